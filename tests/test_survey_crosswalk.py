"""A survey built on OHI 2011 practices read against a programme on OHI 2024."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ohtrack
from ohtrack.domain import Programme
from tests.conftest import write_workbook


def _report(tmp_path: Path, model: str) -> Any:
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1", "Q2", "Q3"]]
    rows += [[f"R{i}", None, "2024", 4, 2, 5] for i in range(6)]
    path = write_workbook(tmp_path / "s.xlsx", {"Responses": rows, "Items": [
        ["Item", "Outcome", "Practice", "Min", "Max"],
        ["Q1", "Direction", "Shared vision", 1, 5],          # in both versions
        ["Q2", "Direction", "Employee involvement", 1, 5],   # 2011 only
        ["Q3", "External orientation", "Customer focus", 1, 5]]})  # 2011 only
    prog = Programme.model_validate({"info": {"name": "P", "model": model, "language": "en"}})
    return ohtrack.survey(ohtrack.load_survey(path), prog, min_group=5)


def test_practices_of_the_older_version_without_counterpart_are_named(tmp_path: Path) -> None:
    report = _report(tmp_path, "ohi-2024")
    found = [(p.cell, p.code, p.params["practice"]) for p in report.problems
             if p.code == "practice-not-carried"]
    assert found == [("Items!A3", "practice-not-carried", "Employee involvement"),
                     ("Items!A4", "practice-not-carried", "Customer focus")]
    problem = next(p for p in report.problems if p.code == "practice-not-carried")
    assert "no counterpart in the model 'ohi-2024'" in problem.text("en")
    assert "zonder tegenhanger in het model 'ohi-2024'" in problem.text("nl")
    # Not dropped: their answers are still scored, under the practice as written.
    practices = {r["practice"]: r["mean"] for r in report.records if "practice" in r and r["unit"] == "*"}
    assert practices == {"Shared vision": 4.0, "Employee involvement": 2.0, "Customer focus": 5.0}


def test_same_version_gives_no_such_problem(tmp_path: Path) -> None:
    report = _report(tmp_path, "ohi-2011")
    assert not [p for p in report.problems if p.code == "practice-not-carried"]
