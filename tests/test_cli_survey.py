"""``ohtrack survey``: table, --json records, --xlsx heatmap, --png, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from openpyxl import load_workbook

from ohtrack_cli.main import cli
from tests.conftest import NOT_A_SURVEY, write_workbook


def book(path: Path, bad: bool = False) -> Path:
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1", "Q2"]]
    for wave, shift in (("2021", 0), ("2023", 1)):
        rows += [[f"A{i}{wave}", "A", wave, 2 + shift, 3] for i in range(4)]
        rows += [[f"B{i}{wave}", "B", wave, 3 + shift, 4] for i in range(8)]
        rows += [[f"C{i}{wave}", "C", wave, 4, 2 + shift] for i in range(10)]
    if bad:
        rows[1][3] = 7
    return write_workbook(path, {
        "Responses": rows,
        "Items": [["Item", "Text", "Outcome", "Practice", "Reversed", "Min", "Max"],
                  ["Q1", "=1+1", "Direction", "Shared vision", "no", 1, 5],
                  ["Q2", "We rarely fight", "Culture and climate", None, "yes", 1, 5]],
        "Units": [["ID", "Name", "Parent"], ["P", "-Plant", None], ["A", "Team A", "P"],
                  ["B", "Team B", "P"], ["C", "Team C", None]]})


def test_json_has_one_record_per_unit_wave_outcome_and_practice(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["survey", str(book(tmp_path / "s.xlsx")), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    outcome_records = [r for r in data["records"] if "practice" not in r]
    assert len(outcome_records) == 5 * 2 * 2  # units *, P, A, B, C × 2 waves × 2 outcomes
    assert len([r for r in data["records"] if "practice" in r]) == 5 * 2
    first = outcome_records[0]
    assert {k: first[k] for k in ("unit", "wave", "outcome", "n", "suppressed")} == {
        "unit": "*", "wave": "2021", "outcome": "Direction", "n": 22, "suppressed": False}
    # A (4) is small; B (8) is its only sibling under P, so it is hidden too
    hidden = sorted({r["unit"] for r in data["records"] if r["suppressed"]})
    assert hidden == ["A", "B"]
    for r in data["records"]:
        if r["suppressed"]:
            assert r["n"] is None and r["mean"] is None and r["favourable"] is None
    change = next(c for c in data["changes"] if c["unit"] == "P" and c["outcome"] == "Direction")
    assert change["from"] == "2021" and change["to"] == "2023"
    # P = 4 × 2 and 8 × 3 in 2021, each one higher in 2023: SD 0.4924 in both waves
    sd = (4 * (2 - 8 / 3) ** 2 + 8 * (3 - 8 / 3) ** 2) ** 0.5 / 11**0.5
    assert change["change"] == 1.0
    assert abs(change["hedges_g"] - 1 / sd * (1 - 3 / (4 * 24 - 9))) < 1e-12
    assert {a["outcome"] for a in data["alpha"]} == {"Direction", "Culture and climate"}
    assert data["problems"] == [] and data["valid"] is True


def test_table_marks_suppressed_cells(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["survey", str(book(tmp_path / "s.xlsx")), "--lang", "en"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("Survey on ") and lines[2] == "Wave 2021"
    row_a = next(line for line in lines if line.strip().startswith("Team A"))
    assert row_a.split()[2:] == ["supp.", "supp."]
    row_c = next(line for line in lines if line.strip().startswith("Team C"))
    assert row_c.split()[2:] == ["4.00", "4.00"]  # Q2 reversed: 6 - 2


def test_xlsx_and_png_outputs(tmp_path: Path) -> None:
    out, png = tmp_path / "out.xlsx", tmp_path / "heat.png"
    result = CliRunner().invoke(cli, ["survey", str(book(tmp_path / "s.xlsx")), "--xlsx", str(out),
                                      "--png", str(png), "--lang", "nl", "--min-group", "5"])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    wb = load_workbook(out)
    assert wb.sheetnames == ["Heatmap 2021", "Heatmap 2023", "Scores", "Veranderingen",
                             "Betrouwbaarheid", "Problemen", "Regels"]
    ws = wb["Heatmap 2023"]
    assert [ws.cell(row=3, column=c).value for c in (1, 2, 3)] == ["Eenheid", "Direction",
                                                                   "Culture and climate"]
    assert [ws.cell(row=r, column=1).value for r in range(4, 9)] == [
        "Hele organisatie", "-Plant", "Team A", "Team B", "Team C"]
    assert ws["A5"].data_type == "s" and ws["A5"].quotePrefix  # text, not a formula
    assert ws["B6"].value == "afgeschermd" and ws["B8"].value == 4 and ws["C8"].value == 3
    rules = ws.conditional_formatting
    assert [str(r.sqref) for r in rules] == ["B4:C8"]


def test_problems_make_exit_code_1_but_scores_are_still_printed(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["survey", str(book(tmp_path / "s.xlsx", bad=True)), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    # shared output: the answer counted for the organisation and for P (12 people), not for
    # A (4 people), and never by cell or value
    assert [(p["cell"], p["code"], p["message"]) for p in data["problems"]] == [
        (None, "out-of-range", "Q1, de hele organisatie: 1 × buiten de schaal 1..5; telt niet mee"),
        (None, "out-of-range", "Q1, -Plant: 1 × buiten de schaal 1..5; telt niet mee")]


def test_a_workbook_that_is_no_survey_file_is_one_error_line() -> None:
    path = NOT_A_SURVEY
    result = CliRunner().invoke(cli, ["survey", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: not a survey file")
    dutch = CliRunner().invoke(cli, ["survey", str(path)])
    assert dutch.output.startswith(f"Fout: {path}: geen enquêtebestand: het heeft geen blad 'Antwoorden'")
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_a_csv_file_is_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text("Respondent,Unit\nR1,A\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["survey", str(path)])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "geen Excel-werkmap" in result.output


def test_min_group_must_be_positive(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["survey", str(book(tmp_path / "s.xlsx")), "--min-group", "0"])
    assert result.exit_code == 2


def test_programme_option_gives_units_and_model_names(tmp_path: Path, make_workbook: Any) -> None:
    from tests.conftest import MINIMAL

    programme = make_workbook({**MINIMAL, "Units": [["ID", "Name", "Parent"], ["P", "Plant", None],
                                                    ["A", "Team A", "P"], ["B", "Team B", "P"]]},
                              name="prog.xlsx")
    rows: list[list[Any]] = [["Respondent", "Eenheid", "Meting", "Q1"]]
    rows += [[f"R{i}", "A" if i < 6 else "Team B", "2024", 5] for i in range(12)]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Antwoorden": rows, "Vragen": [["Item", "Uitkomst", "Min", "Max"], ["Q1", "Leiderschap", 1, 5]]})
    result = CliRunner().invoke(cli, ["survey", str(path), "--programme", str(programme), "--json",
                                      "--lang", "nl"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["outcomes"] == ["Leiderschap"]
    assert [(r["unit"], r["n"], r["mean"], r["favourable"]) for r in data["records"]] == [
        ("*", 12, 5.0, 100.0), ("P", 12, 5.0, 100.0), ("A", 6, 5.0, 100.0), ("B", 6, 5.0, 100.0)]


def test_answers_from_a_csv_file_beside_the_items(tmp_path: Path) -> None:
    from tests.test_survey import ITEMS_NL
    from tests.test_survey_columns import CSV, UNITS

    items = write_workbook(tmp_path / "vragen.xlsx", {"Vragen": ITEMS_NL, "Eenheden": UNITS})
    answers = tmp_path / "antwoorden.csv"
    answers.write_text(CSV, encoding="utf-8")
    result = CliRunner().invoke(cli, ["survey", str(items), "--answers", str(answers), "--min-group", "1",
                                      "--json"])
    assert result.exit_code == 1  # the file has errors; the scores are still given
    data = json.loads(result.stdout)
    assert {p["cell"] for p in data["problems"]} == {None}
    assert {p["code"] for p in data["problems"]} == {"missing-answer", "out-of-range", "not-a-number"}
    assert data["stats"]["respondents"] == 10
