"""Every value validation accepts is one every command can use (issue 15.1, the "Why" cases of
baseline year 0 or 99999, a weight of 1e308 and indicator values of 1e308).

Out of range: one problem at its cell, and the commands stop with one ``Error:`` line. At the
edge of the range (years 1900 and 2200, amounts of ±1e12): ``indicators``, ``network`` and
``playbook`` run and print strict JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.workbook.contract import AMOUNTS, YEARS
from ohtrack_cli.main import cli
from tests.conftest import write_workbook


def workbook(path: Path, year: Any = 2021, weight: Any = 1, value: Any = 63, target: Any = 90) -> Path:
    return write_workbook(path, {
        "Programme": [["Field", "Value"], ["name", "Limits"], ["model", "ohi-2011"], ["language", "en"],
                      ["baseline_year", year], ["impulse_year", 2022], ["ambition_year", 2025]],
        "People": [["ID", "Name"], ["P1", "Ann"], ["P2", "Bob"], ["P3", "Cas"]],
        "Relations": [["Source", "Target", "Weight"], ["P1", "P2", weight], ["P2", "P3", weight],
                      ["P1", "P3", weight]],
        "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "Daily start", "Direction"]],
        "Indicators": [["ID", "Name", "Outcome", "Direction", "Baseline", "Impulse", "Ambition"],
                       ["K1", "Score", "Direction", "higher", -target, target / 2, target]],
        "Measurements": [["Indicator", "Date", "Value"], ["K1", "2021-06-01", value],
                         ["K1", "2022-06-01", -value]],
    })


def strict(text: str) -> Any:
    def refuse(name: str) -> None:
        raise ValueError(name)

    return json.loads(text, parse_constant=refuse)


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize(("change", "cell"), [
    ({"year": 0}, "Programme!B5"), ({"year": 99999}, "Programme!B5"),
    ({"weight": 1e308}, "Relations!C2"), ({"value": 1e308}, "Measurements!C2"),
    ({"target": 1e308}, "Indicators!G2"),
])
def test_a_value_out_of_range_is_a_problem_at_its_cell(change: dict[str, Any], cell: str,
                                                       tmp_path: Path) -> None:
    path = workbook(tmp_path / "wb.xlsx", **change)
    report = ohtrack.validate(path)
    assert not report.valid
    assert (cell, "out-of-range") in [(p.cell, p.code) for p in report.problems]
    for command in (["indicators", str(path), "--json"], ["network", str(path), "--json"],
                    ["playbook", str(path), "-o", str(tmp_path / "p.md")]):
        result = run(*command)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.stderr.splitlines()[0].startswith("Error: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("year", [YEARS["minimum"], YEARS["maximum"]])
@pytest.mark.parametrize("amount", [AMOUNTS["maximum"], 1e-12])
def test_values_at_the_edge_of_the_range_work_in_every_command(year: float, amount: float,
                                                               tmp_path: Path) -> None:
    path = workbook(tmp_path / "wb.xlsx", year=int(year), weight=amount, value=amount, target=amount)
    assert ohtrack.validate(path).valid
    for command in (["indicators", str(path), "--json", "--as-of", "2023-01-01"],
                    ["network", str(path), "--json"], ["map", str(path), "--json"]):
        result = run(*command)
        assert result.exit_code == 0, result.output
        strict(result.stdout)
    for name in ("p.md", "p.docx"):
        result = run("playbook", str(path), "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
    graph = run("network", str(path), "--export", str(tmp_path / "n.json"))
    assert graph.exit_code == 0, graph.output
    data = strict((tmp_path / "n.json").read_text(encoding="utf-8"))
    assert {link["weight"] for link in data["links"]} == {amount}
