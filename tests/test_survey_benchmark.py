"""Benchmarks (issue 12.7): the UK Civil Service People Survey 2019 organisation scores give
a benchmark distribution; a unit's score is placed among them."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import ohtrack
from ohtrack.analysis.survey import build_report
from ohtrack.surveys.benchmark import benchmark_from_frame
from ohtrack.surveys.scoring import score_frame

CSPS = (Path(__file__).parent / "data" / "survey"
        / "Civil-Service-People-Survey-2019-All-Organisation-Scores-CSV-format.csv")
THEMES = ["Employee Engagement Index", "My work", "Organisational objectives and purpose", "My manager",
          "My team", "Learning and development", "Inclusion and fair treatment",
          "Resources and workload", "Pay and benefits", "Leadership and managing change"]


def _published() -> tuple[dict[str, float], dict[str, list[float]]]:
    """The file read with the csv module: the published median row, and the organisations."""
    with CSPS.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    median = {t: float(rows[0][t].rstrip("%")) for t in THEMES}
    orgs = [r for r in rows if not r["Organisation code"].startswith("CS_")]
    return median, {t: [float(r[t].rstrip("%")) for r in orgs if r[t].strip()] for t in THEMES}


def test_the_civil_service_file_gives_a_benchmark_distribution() -> None:
    bench = ohtrack.load_benchmark(CSPS, exclude=["CS_MEDIAN", "CS_MEAN"])
    assert len(bench.organisations) == 109
    assert bench.excluded == ["Civil Service Benchmark (median)", "All civil servants (mean score)"]
    assert set(THEMES) <= set(bench.columns) and "Organisation code" not in bench.columns
    median, orgs = _published()
    from ohtrack.analysis.survey_benchmark import quartiles

    for theme in THEMES:
        q = quartiles(bench.scores[:, bench.columns.index(theme)])
        want = np.percentile(orgs[theme], [25, 50, 75]).tolist()
        assert [q["q1"], q["median"], q["q3"]] == pytest.approx(want)
        # the median of the 109 organisations is the published benchmark median, to a point
        assert abs(q["median"] - median[theme]) <= 1


def test_units_are_placed_among_the_benchmark(tmp_path: Path) -> None:
    # Team A: 6 people, 4 of them favourable on "My manager" (67%); Team B: 6 of 6 (100%)
    answers = [5, 4, 4, 5, 2, 1] + [5] * 6
    frame = pd.DataFrame({"unit": ["A"] * 6 + ["B"] * 6, "q": [float(a) for a in answers]})
    items = pd.DataFrame({"item": ["q"], "outcome": ["Leiderschap"], "min": [1.0], "max": [5.0]})
    report = build_report(score_frame(frame, items), None, "en")
    bench = benchmark_from_frame(pd.DataFrame({"Organisation": list("abcdefgh"),
                                               "My manager": ["60%", "62%", "65%", "67%", "70%", "71%",
                                                              "75%", "80%"]}))
    result = ohtrack.survey_benchmark(report, bench, mapping={"Leiderschap": "My manager"})
    q = result.quartiles["My manager"]
    assert (q["q1"], q["median"], q["q3"]) == pytest.approx((64.25, 68.5, 72.0))
    placed = {p["unit"]: (p["quartile"], p["percentile"]) for p in result.placements}
    # 66.67% is above 60, 62, 65 and below 67: 3 of 8 lower → 37.5, second quartile
    assert placed["A"] == (2, 37.5)
    assert placed["B"] == (4, 100.0)
    assert placed["*"][0] == 4  # 10 of 12 = 83%
    assert "Against the benchmark (8 organisations)" in result.to_text()


def test_cli_benchmark(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ohtrack_cli.main import cli
    from tests.conftest import write_workbook

    rows: list[list[Any]] = [["Respondent", "Unit", "Q1"]] + [[f"R{i}", "A", 4] for i in range(6)]
    items = [["Item", "Outcome", "Min", "Max"], ["Q1", "My work", 1, 5]]
    path = write_workbook(tmp_path / "s.xlsx", {"Responses": rows, "Items": items})
    result = CliRunner().invoke(cli, ["survey", str(path), "--benchmark", str(CSPS), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Against the benchmark (111 organisations), whole organisation" in result.output
    line = next(x for x in result.output.splitlines() if x.startswith("My work  100%"))
    assert line.split() == ["My", "work", "100%", "73", "/", "77", "/", "80", "4", "100"]
