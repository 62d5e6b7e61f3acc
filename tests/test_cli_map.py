"""``ohtrack map``: text summary, JSON shape, exports and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from ohtrack.i18n import format
from ohtrack_cli.main import cli

WORKBOOK = {
    "Programma": [["Veld", "Waarde"], ["naam", "Locatie Noord"], ["model", "ohi-2011"],
                  ["taal", "nl"]],
    "Eenheden": [["ID", "Naam"], ["E1", "Magazijn"], ["E2", "Productie"]],
    "Verbetertrajecten": [
        ["ID", "Titel", "Eenheid", "Status", "Uitkomsten", "Praktijken"],
        ["V1", "Dagstart", "Magazijn", "lopend", "Richting", "Gedeelde visie; Strategische helderheid"],
        ["V2", "Kennisdag", "E2", "idee", None, "Kennisdeling"],
        ["V3", "Teamcoaching", "E2", "afgerond", "Leiderschap; Motivatie", None],
        ["V4", "Visiesessie", None, "gepland", "Richting", None],
    ],
}


def test_json_shape(make_workbook: Callable[..., Path]) -> None:
    result = CliRunner().invoke(cli, ["map", str(make_workbook(WORKBOOK)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["lang"] == "nl"
    assert [(o["id"], o["name"], o["count"]) for o in data["outcomes"][:2]] == [
        ("direction", "Richting", 2), ("leadership", "Leiderschap", 1)]
    assert len(data["practices"]) == 37
    assert [u["id"] for u in data["units"]] == ["E1", "E2", "(no unit)"]
    assert {"unit": "E2", "outcome": "innovation-and-learning", "count": 1, "own": 1} in data["matrix"]
    assert data["status_mix"] == {"idea": 1, "planned": 1, "active": 1, "done": 1,
                                  "embedded": 0, "stopped": 0, "none": 0}
    assert data["balance"]["formula"].startswith("J = H / ln(K)")
    assert data["findings"][0] == "Geen enkel verbetertraject richt zich op Cultuur en klimaat"
    assert data["unmapped"] == []


def test_text_summary_in_english(make_workbook: Callable[..., Path]) -> None:
    result = CliRunner().invoke(cli, ["map", str(make_workbook(WORKBOOK)), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("Model map: Locatie Noord (Organizational Health Index (2011)), as of "
                        + format.date(dt.date.today(), "en"))
    assert lines[1] == "4 initiatives, 4 on the model, 0 not on the model"
    assert lines[5] == "1  Direction                 2            2/3        " + "█" * 24
    assert "  Practices without an initiative: 34 of 37" in lines
    assert "Magazijn   1  ·  ·  ·  ·  ·  ·  ·  ·  1    1            0.00" in lines
    balance = next(line for line in lines if line.startswith("Balance: "))
    assert balance.startswith("Balance: 0.61 (Pielou's evenness J = H / ln(K)")
    assert "  - Half of all initiatives address Direction" in lines


def test_text_summary_in_dutch_by_default(make_workbook: Callable[..., Path]) -> None:
    result = CliRunner().invoke(cli, ["map", str(make_workbook(WORKBOOK))])
    assert result.exit_code == 0, result.output
    assert "Bevindingen" in result.stdout.splitlines()
    assert "  - De helft van alle verbetertrajecten richt zich op Richting" in result.stdout


def test_exports_and_clean_json(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    xlsx, png = tmp_path / "map.xlsx", tmp_path / "map.png"
    result = CliRunner().invoke(cli, ["map", str(make_workbook(WORKBOOK)), "--json",
                                      "--xlsx", str(xlsx), "--png", str(png)])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)
    assert result.stderr.splitlines() == [f"{xlsx} geschreven", f"{png} geschreven"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ws = load_workbook(xlsx)["Eenheden x uitkomsten"]
    assert [c.value for c in ws[2]][:4] == ["E1", "Magazijn", 1, 0]


def test_invalid_workbook_is_one_error_line(make_workbook: Callable[..., Path]) -> None:
    bad = make_workbook({"Programme": [["Field", "Value"], ["name", "X"]],
                         "Initiatives": [["ID", "Title"], ["I1", None]]})
    result = CliRunner().invoke(cli, ["map", str(bad)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("Fout: ")


def test_missing_file_and_bad_language_are_usage_errors(tmp_path: Path,
                                                        make_workbook: Callable[..., Path]) -> None:
    assert CliRunner().invoke(cli, ["map", str(tmp_path / "nope.xlsx")]).exit_code == 2
    assert CliRunner().invoke(cli, ["map", str(make_workbook()), "--lang", "fr"]).exit_code == 2


def test_unwritable_output_is_an_error(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["map", str(make_workbook()), "--xlsx",
                                      str(tmp_path / "no" / "such" / "map.xlsx")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
