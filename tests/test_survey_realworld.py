"""Real survey data: the lq2002 leadership survey (R package ``multilevel``), converted to a
survey workbook, gives the company means published with the data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ohtrack.analysis.survey import survey
from ohtrack.surveys.reader import load_survey
from tests.conftest import REALWORLD, shared_data, write_workbook

DATA = REALWORLD / "survey" / "multilevel_r_package"
SCALES = {"Leadership": ("LEAD", 11, 1, 5, "GLEAD"), "Task significance": ("TSIG", 3, 1, 5, "GTSIG"),
          "Hostility": ("HOSTIL", 5, 0, 4, "GHOSTILE")}


@pytest.fixture(scope="module")
def lq2002(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, Path]:
    # GPL (>= 2) data: not copied into the repository, used where it is beside it.
    frame = pd.read_csv(shared_data(DATA / "lq2002.csv"))
    items = [f"{prefix}{i + 1:02d}" for prefix, k, *_ in SCALES.values() for i in range(k)]
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", *items]]
    for rec in frame.itertuples(index=False):
        rows.append([f"{rec.COMPID}-{rec.SUB}", f"C{rec.COMPID}", 2002,
                     *[int(getattr(rec, i)) for i in items]])
    item_rows: list[list[Any]] = [["Item", "Outcome", "Min", "Max"]]
    for outcome, (prefix, k, lo, hi, _) in SCALES.items():
        item_rows += [[f"{prefix}{i + 1:02d}", outcome, lo, hi] for i in range(k)]
    path = write_workbook(tmp_path_factory.mktemp("lq") / "lq2002.xlsx",
                          {"Responses": rows, "Items": item_rows})
    return frame, path


def test_lq2002_company_means_match_the_published_group_means(lq2002: tuple[pd.DataFrame, Path]) -> None:
    frame, path = lq2002
    facts = json.loads(shared_data(DATA / "computed_facts.json").read_text())
    report = survey(load_survey(path), lang="en")
    assert report.problems == []
    assert report.stats["respondents"] == facts["lq2002.LEAD"]["n"] == 2042
    companies = [r for r in report.outcome_records() if r["unit"] != "*"]
    assert len({r["unit"] for r in companies}) == facts["lq2002.LEAD"]["groups"] == 49
    assert not any(r["suppressed"] for r in report.records)  # the smallest company has 10
    published = frame.groupby("COMPID").first()
    sizes = frame.groupby("COMPID").size()
    for r in companies:
        comp = int(r["unit"][1:])
        column = SCALES[r["outcome"]][4]
        assert r["mean"] == pytest.approx(published.loc[comp, column], abs=1e-8)
        assert r["n"] == sizes[comp]
    org = {r["outcome"]: r["mean"] for r in report.outcome_records() if r["unit"] == "*"}
    assert org["Leadership"] == pytest.approx(frame["LEAD"].mean(), abs=1e-8)
    assert [a["n"] for a in report.alpha] == [2042, 2042, 2042]
    assert all(0.6 < a["alpha"] < 1 for a in report.alpha)
