"""``ohtrack indicators``: text, JSON, PNG and errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from ohtrack_cli.main import cli

SHEETS = {
    "Programme": [["Field", "Value"], ["name", "P"], ["model", "ohi-2011"], ["language", "en"],
                  ["baseline_year", 2021], ["impulse_year", 2022], ["ambition_year", 2025]],
    "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "Daily start", "Direction"]],
    "Indicators": [["ID", "Name", "Outcome", "Direction", "Baseline", "Impulse", "Ambition"],
                   ["K1", "Score", "Direction", "higher", 60, 70, 90],
                   ["K2", "Absence", "Culture and climate", "lower", 8, 6, 4],
                   ["K3", "Empty", "Direction", "higher", None, None, None]],
    "Measurements": [["Indicator", "Date", "Value"], ["K1", "2021-06-01", 62],
                     ["K1", "2022-06-01", 63], ["K2", "2022-01-01", 6.9]],
}


def test_text_output_has_table_rollup_flags_and_rules(make_workbook: Callable[..., Path]) -> None:
    wb = make_workbook(SHEETS)
    result = CliRunner().invoke(cli, ["indicators", str(wb), "--as-of", "2022-07-01"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Indicators of P as of 1 July 2022"
    k1 = next(line for line in lines if line.startswith("K1 "))
    assert k1.split() == ["K1", "Score", "60", "70", "90", "63", "2022-06-01", "70", "(impulse)",
                          "30%", "off", "track", "improving"]
    k2 = next(line for line in lines if line.startswith("K2 "))
    assert "on track" in k2 and "55%" in k2
    assert "  K3 Empty: no measurements; no baseline; no impulse or ambition target" in lines
    direction = next(line for line in lines if line.startswith("Direction "))
    # only the statuses some outcome has: on track (K2), off track (K1), no data (K3)
    heading = lines[lines.index("By outcome") + 1]
    assert heading.split() == ["Outcome", "Indicators", "on", "track", "off", "track", "no", "data"]
    assert direction.split() == ["Direction", "2", "0", "1", "1"]
    assert any(line.startswith("  - Status on the report date.") for line in lines)


def test_json_and_png_and_dutch(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    wb = make_workbook(SHEETS)
    png = tmp_path / "out.png"
    result = CliRunner().invoke(cli, ["indicators", str(wb), "--json", "--png", str(png),
                                      "--as-of", "2022-07-01", "--lang", "nl"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["counts"] == {"met": 0, "missed": 0, "achieved": 0, "on_track": 1, "off_track": 1,
                              "stale": 0, "unknown": 0, "no_target": 0, "no_data": 1}
    assert [o["name"] for o in data["by_outcome"]] == ["Richting", "Cultuur en klimaat"]
    assert data["flagged"] == [{"id": "K3", "flags": ["no_measurements", "no_baseline",
                                                     "no_targets"]}]
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert f"{png} geschreven" in result.stderr  # said in the workbook's language


def test_dutch_text(make_workbook: Callable[..., Path]) -> None:
    wb = make_workbook(SHEETS)
    result = CliRunner().invoke(cli, ["indicators", str(wb), "--as-of", "2022-07-01",
                                      "--lang", "nl"])
    assert result.output.splitlines()[0] == "Indicatoren van P per 1 juli 2022"
    assert "op koers" in result.output


def test_errors(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["indicators", str(tmp_path / "nope.xlsx")])
    assert missing.exit_code == 2
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    result = runner.invoke(cli, ["indicators", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("Fout: ")
    wrong_date = runner.invoke(cli, ["indicators", str(make_workbook(SHEETS)), "--as-of", "1-7-22"])
    assert wrong_date.exit_code == 2
