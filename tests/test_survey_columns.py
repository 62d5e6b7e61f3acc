"""Answers read fast as typed columns: a survey sheet's cells and a CSV file of responses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ohtrack.analysis.survey import build_report
from ohtrack.errors import WorkbookError
from ohtrack.surveys.reader import read_survey
from ohtrack.surveys.scoring import score_frame
from tests.conftest import write_workbook
from tests.test_survey import ITEMS_NL, small_book

UNITS = [["ID", "Naam", "Bovenliggend"], ["S", "Sectie", None], ["T1", "Team 1", "S"], ["T2", "Team 2", "S"]]
CSV = """\ufeffRespondent;Eenheid;Meting;V1;V2;V3;V4
R1;T1;2023;4;2;5;4
R2;T1;2023;5;1;4;4
R3;T1;2023;3;3;;2

R4;T1;2023;4;2;3;3
R5;T1;2023;2;4;2;9
R6;T2;2023;5;1;5;5
R7;T2;2023;4;2;4;4
R8;T2;2023;3;3;3;weet niet
R9;T2;2023;4;1;4;4,5
R10;T2;2023;1;5;2;2
"""


def scored(path: Path, responses: Path | None = None) -> Any:
    data = read_survey(path, responses=responses)
    scores = score_frame(data.responses, data.items, data.units, min_group=1, positions=data.positions)
    return data, build_report(scores, str(path), "en", [*data.problems, *scores.problems])


def test_csv_responses_beside_a_workbook_of_items(tmp_path: Path) -> None:
    book = write_workbook(tmp_path / "items.xlsx", {"Vragen": ITEMS_NL, "Eenheden": UNITS})
    csv = tmp_path / "antwoorden.csv"
    csv.write_text(CSV, encoding="utf-8")
    data, report = scored(book, csv)
    # Line 5 is blank, so R4 is on line 6: cells are named by the file's own lines.
    assert data.positions.rows.tolist() == [2, 3, 4, 6, 7, 8, 9, 10, 11, 12]
    assert [[p.cell, p.code] for p in report.cell_problems] == [
        ["antwoorden.csv!F4", "missing-answer"],
        ["antwoorden.csv!G7", "out-of-range"],
        ["antwoorden.csv!G10", "not-a-number"],
    ]
    lead = {r["unit"]: r for r in report.outcome_records() if r["outcome"] == "Leiderschap"}
    # T2: R6 5, R7 4, R8 3 (its text left out), R9 (4 + 4,5) / 2 = 4.25, R10 2
    assert lead["T2"]["mean"] == pytest.approx((5 + 4 + 3 + 4.25 + 2) / 5)
    assert lead["T1"]["mean"] == pytest.approx((4.5 + 4 + 2 + 3 + 2) / 5)
    assert data.responses["unit"].tolist() == ["T1"] * 5 + ["T2"] * 5
    assert data.responses["wave"].tolist() == ["2023"] * 10


def test_csv_and_sheet_give_the_same_scores(tmp_path: Path) -> None:
    sheet = small_book(tmp_path / "s.xlsx")
    book = write_workbook(tmp_path / "items.xlsx", {"Vragen": ITEMS_NL, "Eenheden": UNITS})
    csv = tmp_path / "a.csv"
    text = CSV[1:].replace("\n\n", "\n").replace("4,5", "5").replace(";", ",").replace("R10", "R10é")
    csv.write_bytes(text.encode("cp1252"))  # Windows-1252, ","-separated: as older exports are
    _, from_sheet = scored(sheet)
    _, from_csv = scored(book, csv)
    assert from_csv.records == from_sheet.records
    assert [p.code for p in from_csv.problems] == [p.code for p in from_sheet.problems]
    assert read_survey(book, responses=csv).responses["respondent"].tolist()[-1] == "R10é"


def test_a_workbook_without_items_and_a_missing_csv_give_one_line(tmp_path: Path) -> None:
    book = write_workbook(tmp_path / "items.xlsx", {"Vragen": ITEMS_NL})
    with pytest.raises(WorkbookError, match=r"nope\.csv: the answers file can't be read \(no such file\)"):
        read_survey(book, responses=tmp_path / "nope.csv")
    other = write_workbook(tmp_path / "other.xlsx", {"Eenheden": UNITS})
    with pytest.raises(WorkbookError, match=r"no 'Items' \('Vragen'\) sheet"):
        read_survey(other, responses=tmp_path / "nope.csv")


def test_sheet_cells_that_are_no_numbers_are_reported_not_guessed(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1", "Q2"],
                             ["R1", "A", 2024, 4, "4"],   # a number written as text counts
                             ["R2", "A", 2024, True, 5],  # TRUE is no answer on a 1-5 scale
                             [" ", " ", None, " ", None],  # spaces only: a blank row
                             ["R3", "A", 2024, 2, "nan"]]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows, "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "Direction", 1, 5],
                                     ["Q2", "Direction", 1, 5]]})
    data, report = scored(path)
    assert data.positions.rows.tolist() == [2, 3, 5]
    assert [[p.cell, p.code] for p in report.cell_problems] == [
        ["Responses!D3", "not-a-number"], ["Responses!E5", "not-a-number"]]
    direction = next(r for r in report.outcome_records() if r["unit"] == "*")
    # R1 (4 + 4) / 2, R2 5 (TRUE left out), R3 2 ("nan" left out)
    assert direction["mean"] == pytest.approx((4 + 5 + 2) / 3)


def test_numeric_answers_are_one_float_block(tmp_path: Path) -> None:
    data = read_survey(small_book(tmp_path / "s.xlsx"))
    numeric = data.responses[["V1", "V2", "V3"]]
    assert all(d == np.float64 for d in numeric.dtypes)
    assert data.responses["V4"].dtype == object  # "weet niet" keeps its column as cells
    assert np.isnan(data.responses["V3"].to_numpy()[2])


def test_problems_name_the_file_they_are_in(tmp_path: Path) -> None:
    import ohtrack

    items = [*ITEMS_NL, ["V9", None, None, None, None, 1, 5]]  # no outcome: a problem in Items
    book = write_workbook(tmp_path / "items.xlsx", {"Vragen": items, "Eenheden": UNITS})
    csv = tmp_path / "antwoorden.csv"
    csv.write_text(CSV, encoding="utf-8")
    report = ohtrack.survey(ohtrack.load_survey(book, responses=csv), min_group=1)
    assert [(Path(p.file or "").name, p.cell, p.code) for p in report.cell_problems] == [
        ("items.xlsx", "Vragen!C6", "missing-value"),
        ("antwoorden.csv", "antwoorden.csv!F4", "missing-answer"),
        ("antwoorden.csv", "antwoorden.csv!G7", "out-of-range"),
        ("antwoorden.csv", "antwoorden.csv!G10", "not-a-number")]


def test_csv_ids_are_labelled_as_text_and_a_line_without_ids_is_kept(tmp_path: Path) -> None:
    book = write_workbook(tmp_path / "items.xlsx", {"Vragen": ITEMS_NL, "Eenheden": UNITS})
    csv = tmp_path / "antwoorden.csv"
    csv.write_text("Respondent;Eenheid;Meting;V1;V2;V3;V4\n007;T1;2023.0;4;2;5;4\n"
                   ";;;3;3;3;3\n;;;;;;\n 12.0 ; T2 ;2023;5;1;4;4\n", encoding="utf-8")
    data = read_survey(book, responses=csv)
    # line 3 has answers but no IDs: kept (scoring reports it); line 4 is blank: left out
    assert data.positions.rows.tolist() == [2, 3, 5]
    assert data.responses["respondent"].tolist() == ["007", None, "12"]
    assert data.responses["unit"].tolist() == ["T1", None, "T2"]
    assert data.responses["wave"].tolist() == ["2023", None, "2023"]
