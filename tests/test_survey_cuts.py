"""Cuts by respondent attributes and participation (issue 12.4), worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

import ohtrack
from ohtrack_cli.main import cli
from tests.conftest import write_workbook


def book(tmp_path: Path) -> Path:
    # T1: 6 foremen (answer 4), 4 job coaches (2); T2: 5 foremen (5), 5 job coaches (3)
    rows: list[list[Any]] = [["Respondent", "Eenheid", "Meting", "Rol", "Q1"]]
    rows += [[f"a{i}", "T1", 2024, "voorman", 4] for i in range(6)]
    rows += [[f"b{i}", "T1", 2024, "jobcoach", 2] for i in range(4)]
    rows += [[f"c{i}", "T2", 2024, "voorman", 5] for i in range(5)]
    rows += [[f"d{i}", "T2", 2024, "jobcoach", 3] for i in range(5)]
    return write_workbook(tmp_path / "s.xlsx", {
        "Antwoorden": rows,
        "Vragen": [["Item", "Uitkomst", "Min", "Max"], ["Q1", "Leiderschap", 1, 5]],
        "Eenheden": [["ID", "Naam", "Bovenliggend"], ["S", "Sectie", None], ["T1", "Team 1", "S"],
                     ["T2", "Team 2", "S"]],
        "Kenmerken": [["Kenmerk", "Naam"], ["Rol", "rol"]],
        "Uitgenodigd": [["Eenheid", "Meting", "Uitgenodigd"], ["T1", None, 12], ["T2", 2024, 10]]})


def test_cuts_alone_and_within_units_with_anonymity_across_them(tmp_path: Path) -> None:
    data = ohtrack.load_survey(book(tmp_path))
    assert data.attributes == {"@rol": "rol"}
    report = ohtrack.survey(data, cuts=True, as_of=None)
    assert report.cuts is not None
    cell = {(r["unit"], r["value"]): r for r in report.cuts.records}
    # the organisation: 11 foremen, mean (6·4 + 5·5) / 11; 9 job coaches (6·... ) shown or not
    assert cell[("*", "voorman")]["n"] == 11
    assert cell[("*", "voorman")]["mean"] == (6 * 4 + 5 * 5) / 11
    # Team 1's job coaches are 4: hidden, and so its foremen (10 - 6 would give them away)
    assert cell[("T1", "jobcoach")]["suppressed"] and cell[("T1", "voorman")]["suppressed"]
    # 9 job coaches in all minus Team 2's 5 would give Team 1's 4 away: not both are shown
    shown = {u for u in ("*", "S", "T2") if not cell[(u, "jobcoach")]["suppressed"]}
    assert not ({"*", "T2"} <= shown or {"S", "T2"} <= shown)
    assert all(r["mean"] is None for r in report.cuts.records if r["suppressed"])


def test_participation_per_unit_from_invited_counts(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(book(tmp_path)), cuts=True)
    assert report.cuts is not None
    rate = {p["unit"]: (p["respondents"], p["invited"], p["rate"]) for p in report.cuts.participation}
    assert rate["T1"] == (10, 12, 10 / 12)
    assert rate["T2"] == (10, 10, 1.0)
    assert rate["S"] == (20, 22, 20 / 22)  # the sum of its units' invited counts
    assert rate["*"] == (20, 22, 20 / 22)


def test_cli_cuts_in_text_json_and_xlsx(tmp_path: Path) -> None:
    path = book(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["survey", str(path), "--cuts"])
    assert result.exit_code == 0, result.output
    assert "Gemiddelde per uitkomst naar rol, hele organisatie, meting 2024" in result.output
    assert "Respons, meting 2024" in result.output and "83%" in result.output
    data = json.loads(runner.invoke(cli, ["survey", str(path), "--cuts", "--json"]).stdout)
    assert {r["value"] for r in data["cuts"]["records"]} == {"voorman", "jobcoach"}
    runner.invoke(cli, ["survey", str(path), "--cuts", "--xlsx", str(tmp_path / "out.xlsx")])
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "out.xlsx")
    assert "Uitsplitsingen" in wb.sheetnames and "Respons" in wb.sheetnames


def test_cuts_asked_for_without_their_sheets_say_so(tmp_path: Path) -> None:
    path = book(tmp_path)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    del wb["Kenmerken"], wb["Uitgenodigd"]
    wb.save(path)
    result = CliRunner().invoke(cli, ["survey", str(path), "--cuts"])
    assert ("Geen uitsplitsingen: het enquêtebestand heeft geen blad Kenmerken (kolommen van de "
            "antwoorden om naar uit te splitsen) en geen blad Uitgenodigd") in result.stdout
    plain = CliRunner().invoke(cli, ["survey", str(path)])
    assert "uitsplitsingen" not in plain.stdout
