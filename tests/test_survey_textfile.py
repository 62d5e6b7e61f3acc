"""A CSV file of responses read by pyarrow, and by pandas where pyarrow can't: the same frame."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ohtrack.surveys.columns import frame_by_pandas, text_format
from ohtrack.surveys.textfile import frame_by_arrow
from tests.conftest import write_workbook
from tests.test_survey import ITEMS_NL
from tests.test_survey_columns import UNITS, scored

FIELDS = {"respondent": 0, "unit": 1, "wave": 2}
ITEMS = {"V1": 3, "V2": 4}


def by_arrow(path: Path, fields: dict[str, int] = FIELDS,
             items: dict[str, int] = ITEMS) -> tuple[pd.DataFrame, np.ndarray] | None:
    encoding, sep = text_format(path)
    return frame_by_arrow(path, encoding, sep, fields, items)


def by_pandas(path: Path, fields: dict[str, int] = FIELDS,
              items: dict[str, int] = ITEMS) -> tuple[pd.DataFrame, np.ndarray]:
    encoding, sep = text_format(path)
    return frame_by_pandas(path, encoding, sep, fields, items)


def test_decimal_comma_bom_blank_lines_and_leading_zeros(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    # BOM; line 3 empty, line 4 ends in \r\n, line 5 has every cell blank: 3 and 5 left out.
    csv.write_text("\ufeffR;U;W;V1;V2\n007;T1;2023;4,5;2\n\n008;T1;2023;;1\r\n;;;;\n9;T2;2024;5;3\n",
                   encoding="utf-8")
    read = by_arrow(csv)
    assert read is not None  # pyarrow read it
    frame, lines = read
    assert lines.tolist() == [2, 4, 6]
    assert frame.columns.tolist() == ["respondent", "unit", "wave", "V1", "V2"]
    assert frame["respondent"].tolist() == ["007", "008", "9"]
    assert frame["unit"].tolist() == ["T1", "T1", "T2"]
    assert frame["wave"].tolist() == ["2023", "2023", "2024"]
    assert frame["V1"].tolist()[0] == 4.5 and np.isnan(frame["V1"].tolist()[1])
    assert frame["V2"].tolist() == [2.0, 1.0, 3.0]
    assert frame["respondent"].dtype == object and frame["V1"].dtype == np.float64


def test_windows_1252_comma_separated(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_bytes("R,U,W,V1,V2\nR1,Café,2023,4,2\nR2,T1,2023,,1\n".encode("cp1252"))
    read = by_arrow(csv)
    assert read is not None
    frame, lines = read
    assert frame["unit"].tolist() == ["Café", "T1"]
    assert lines.tolist() == [2, 3]
    assert frame["V1"].isna().tolist() == [False, True]


def _book_and_answers(tmp_path: Path, rows: str) -> tuple[Path, Path]:
    """The items workbook and an ``antwoorden.csv`` of four items with these rows."""
    book = write_workbook(tmp_path / "items.xlsx", {"Vragen": ITEMS_NL, "Eenheden": UNITS})
    csv = tmp_path / "antwoorden.csv"
    csv.write_text("Respondent;Eenheid;Meting;V1;V2;V3;V4\n" + rows, encoding="utf-8")
    return book, csv


def test_a_text_answer_falls_back_to_pandas_with_its_cell(tmp_path: Path) -> None:
    book, csv = _book_and_answers(
        tmp_path, "R1;T1;2023;4;2;5;4\n\nR2;T1;2023;5;1;4;weet niet\nR3;T1;2023;3;3;9;2\n")
    assert by_arrow(csv, items={"V1": 3, "V2": 4, "V3": 5, "V4": 6}) is None  # pandas reads it
    data, report = scored(book, csv)
    assert data.positions.rows.tolist() == [2, 4, 5]
    assert [[p.cell, p.code] for p in report.cell_problems] == [
        ["antwoorden.csv!G4", "not-a-number"],
        ["antwoorden.csv!F5", "out-of-range"],
    ]


def test_out_of_scale_answers_read_by_pyarrow_keep_their_cells(tmp_path: Path) -> None:
    book, csv = _book_and_answers(
        tmp_path, "R1;T1;2023;4;2;5;4\n\nR2;T1;2023;5;1;4;99\nR3;T1;2023;3;3;1000;2\n")
    assert by_arrow(csv, items={"V1": 3, "V2": 4, "V3": 5, "V4": 6}) is not None
    data, report = scored(book, csv)
    assert data.positions.rows.tolist() == [2, 4, 5]
    assert [[p.cell, p.code] for p in report.cell_problems] == [
        ["antwoorden.csv!G4", "out-of-range"],
        ["antwoorden.csv!F5", "out-of-range"],
    ]


@pytest.mark.parametrize("text", [
    # an attribute between the items, no wave column, a line break in a quoted cell
    'R;U;V2;Rol;V1\n007;T1;2;x;4\n\n008;T1;1;"a\nb";\n;;;;\n010;;;;5\n',
    # ","-separated, a quoted ID, whole numbers only
    'R,U,V2,Rol,V1\n"007",T1,2,x,4\n008,T2,1,y,3\n',
])
def test_both_readers_give_the_same_frame(tmp_path: Path, text: str) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text(text, encoding="utf-8")
    fields, items = {"respondent": 0, "unit": 1, "@Rol": 3}, {"V1": 4, "V2": 2}
    arrow = by_arrow(csv, fields, items)
    assert arrow is not None
    pandas = by_pandas(csv, fields, items)
    pd.testing.assert_frame_equal(arrow[0], pandas[0])
    assert arrow[1].tolist() == pandas[1].tolist()
    assert arrow[0].columns.tolist() == ["respondent", "unit", "wave", "V2", "@Rol", "V1"]
    assert arrow[0]["wave"].tolist() == [None] * len(arrow[0])


def test_a_short_row_is_read_by_pandas(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("R;U;W;V1;V2\n007;T1;2023;4;2\n008;T1;2023;1\n", encoding="utf-8")
    assert by_arrow(csv) is None  # rows of different widths
    frame, lines = by_pandas(csv)
    assert lines.tolist() == [2, 3]
    assert frame["V1"].tolist() == [4.0, 1.0] and np.isnan(frame["V2"].tolist()[1])
