"""The public API is visible to type checkers: no name in ``ohtrack.__all__`` is ``Any``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ohtrack
from tests.conftest import ROOT

#: Methods of the results that users call, checked like the public names.
METHODS = ["ModelMap.to_dict", "ModelMap.to_frame", "ModelMap.to_text", "ModelMap.figure",
           "Network.to_dict", "Network.to_frame", "Network.to_text", "Network.figure",
           "NetworkComparison.to_text", "IndicatorReport.to_frame", "IndicatorReport.to_text",
           "IndicatorReport.figure", "SurveyReport.to_frame", "SurveyReport.to_text",
           "SurveyReport.figure", "History.to_text", "History.figure", "Report.to_frame",
           "Report.to_text"]


def test_all_is_a_literal_sorted_list_of_real_names() -> None:
    source = (ROOT / "ohtrack" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(r"^__all__ = \[\n(    \"\w+\",\n)+\]$", source, re.M)
    assert ohtrack.__all__ == sorted(ohtrack.__all__)
    for name in ohtrack.__all__:
        assert getattr(ohtrack, name) is not None, name


@pytest.mark.slow
def test_reveal_type_of_every_public_name_is_not_any(tmp_path: Path) -> None:
    from mypy import api

    names = [n for n in ohtrack.__all__ if n != "__version__"]
    lines = ["import ohtrack", *(f"reveal_type(ohtrack.{n})" for n in names),
             *(f"reveal_type(ohtrack.{m})" for m in METHODS)]
    probe = tmp_path / "probe.py"
    probe.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err, _ = api.run([str(probe), "--config-file", str(ROOT / "pyproject.toml"),
                           "--cache-dir", str(ROOT / ".mypy_cache")])
    revealed = re.findall(r'probe\.py:(\d+): note: Revealed type is "(.*)"', out)
    assert len(revealed) == len(lines) - 1, out + err
    bad = []
    for line, kind in revealed:
        returns = kind.rsplit("-> ", 1)[-1]
        if kind == "Any" or returns == "Any":
            bad.append(f"{lines[int(line) - 1]}: {kind}")
    assert bad == []
    by_name = {lines[int(n) - 1]: kind for n, kind in revealed}
    assert by_name["reveal_type(ohtrack.model_map)"] == (
        "def (programme: ohtrack.domain.aggregate.Programme, *, as_of: datetime.date | None =, "
        "level: int | str | None =, lang: str | None =, "
        "survey: ohtrack.analysis.survey.SurveyReport | None =) -> ohtrack.analysis.model_map.ModelMap")
    assert by_name["reveal_type(ohtrack.playbook)"].startswith("def (programme: ")
    assert by_name["reveal_type(ohtrack.ModelMap.figure)"].endswith("-> ohtrack.figures.chart.Chart")
