"""Text files: encodings, separators, header rows, duplicate headers: answers by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from ohtrack.intake import import_inventory
from ohtrack.intake.textfile import detect_encoding, detect_separator, read_text_table

ROWS = 'Actie;Eigenaar;Status;Deadline\n"Werkoverleg ‘s ochtends";Anna de Vries;loopt;1-3-22\n' \
       'Café opknappen – fase 2;Bram Bakker;gereed;30.06.22\n'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "mac_roman"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "acties.csv"
    p.write_bytes(ROWS.encode(encoding))
    table = read_text_table(p)
    assert table.encoding == encoding
    assert table.separator == ";"
    assert table.rows[1][0] == "Werkoverleg ‘s ochtends"
    assert table.rows[2][0] == "Café opknappen – fase 2"
    assert table.rows[0][0] == "Actie"  # no BOM left on the first header


def test_cp1252_and_mac_roman_told_apart_by_their_punctuation() -> None:
    text = "The taxpayers’ money – “value” • £40"
    assert detect_encoding(text.encode("cp1252")) == "cp1252"
    assert detect_encoding(text.encode("mac_roman")) == "mac_roman"


@pytest.mark.parametrize(("sep", "name"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_separators(tmp_path: Path, sep: str, name: str) -> None:
    lines = [["Project", "Owner", "Budget"], ["Lean, phase 1", "Eva Smit", "1.234,50"],
             ["Kaizen; daily", "Ivo Jansen", "20"]]
    text = "\n".join(sep.join(f'"{c}"' if (c.find(",") >= 0 or c.find(";") >= 0) else c for c in r)
                     for r in lines) + "\n"
    p = tmp_path / f"list-{name}.csv"
    p.write_text(text, encoding="utf-8")
    assert detect_separator(text) == sep
    assert read_text_table(p).rows == lines


def test_header_in_row_4_and_problems_at_the_source_row(tmp_path: Path) -> None:
    p = tmp_path / "uk_list.csv"
    p.write_text("Improvement list 2024,,,\n"
                 "Owner: Quality office,,,\n"
                 ",,,\n"
                 "Project Name,Department,RAG,end_date\n"
                 "Daily huddles,Finance,Amber,30.06.24\n"
                 "Visual board,HR,Red,TBC\n"
                 "Kaizen week,Finance,Green,2023-04-31\n", encoding="utf-8")
    r = import_inventory(p)
    assert r.layout["header"] == 4
    assert [i.title for i in r.programme.initiatives] == ["Daily huddles", "Visual board", "Kaizen week"]
    assert r.problem_texts() == [
        "uk_list.csv row 6, column 'end_date': 'TBC' is no date: left empty",
        "uk_list.csv row 7, column 'end_date': '2023-04-31' is a date that does not exist: left empty",
    ]
    assert [(p.row, p.column, p.code) for p in r.problems] == [
        (6, "end_date", "date-no-date"), (7, "end_date", "date-no-such-date")]


def test_duplicate_headers_are_both_kept(tmp_path: Path) -> None:
    p = tmp_path / "gmpp.csv"
    p.write_text("project_name;colour_rating;colour_rating\nA;;Amber\nB;Red;\n", encoding="cp1252")
    r = import_inventory(p)
    a, b = r.programme.initiatives
    assert a.extra == {"colour_rating (2)": "Amber"}
    assert b.extra == {"colour_rating": "Red"}
    assert [x.code for x in r.problems] == ["duplicate-header"]
    assert r.problem_texts() == [
        "gmpp.csv column 'colour_rating (2)': a second column called 'colour_rating': kept as "
        "'colour_rating (2)'"]


@pytest.mark.parametrize(("text", "rows"), [
    ('a,b\r\n1,"two\r\nlines"\r\n2,x\r\n', [["a", "b"], ["1", "two\r\nlines"], ["2", "x"]]),
    ('a,b\n1,"two\nlines"\n2,x', [["a", "b"], ["1", "two\nlines"], ["2", "x"]]),
    ('a,b\r1,"x\u2028y"\r2,z\r', [["a", "b"], ["1", "x\u2028y"], ["2", "z"]]),  # old Mac lines
    ("a,b\n1,x\x0cy\n2,p\u2029q\n", [["a", "b"], ["1", "x\x0cy"], ["2", "p\u2029q"]]),
    ("a,b\n1,x\x85", [["a", "b"], ["1", "x\x85"]]),
])
def test_rows_split_at_line_ends_only(tmp_path: Path, text: str, rows: list[list[str]]) -> None:
    path = tmp_path / "lines.csv"
    path.write_bytes(text.encode("utf-8"))
    assert read_text_table(path, separator=",").rows == rows


def test_problems_in_many_rows_name_each_row_even_with_odd_file_names(tmp_path: Path) -> None:
    p = tmp_path / "plan-1 {2024}.csv"  # "-1" and braces in the name: only the row varies
    p.write_text("Project Name,end_date {-1}\nA,TBC\nB,31.12.24 (moved)\nC,TBC\nD,2024-12-01\nE,TBC\n",
                 encoding="utf-8")
    r = import_inventory(p)
    assert r.problem_texts() == [
        "plan-1 {2024}.csv row 2, column 'end_date {-1}': 'TBC' is no date: left empty",
        "plan-1 {2024}.csv row 3, column 'end_date {-1}': '31.12.24 (moved)': read as 2024-12-31;"
        " the note after the date is kept in the source column",
        "plan-1 {2024}.csv row 4, column 'end_date {-1}': 'TBC' is no date: left empty",
        "plan-1 {2024}.csv row 6, column 'end_date {-1}': 'TBC' is no date: left empty",
    ]
    assert [q.message for q in r.problems] == r.problem_texts()  # was "plan2.csv row -1, …"
    assert [q.row for q in r.problems] == [2, 3, 4, 6]
    assert r.problems[0].params == r.problems[2].params and r.problems[0].params is not r.problems[2].params


def test_prose_is_no_list(tmp_path: Path) -> None:
    """Meeting notes split at their commas: widths 2, 3, 1 and 1 (half the lines share a
    width) are no table; a title above a steady list is."""
    from ohtrack.errors import InventoryError

    notes = tmp_path / "notes.txt"
    notes.write_text("Notes from the meeting\n\nWe discussed the plan, and agreed on three things.\n"
                     "First, the budget, which is tight.\nSecond: the team.\n", encoding="utf-8")
    with pytest.raises(InventoryError) as err:
        import_inventory(notes)
    assert err.value.reason == "prose"
    assert err.value.text("nl").endswith("geen lijst gevonden: de regels hebben geen vast aantal kolommen "
                                         "(tekst, geen tabel); niets in te lezen")
    listed = tmp_path / "acties.csv"
    listed.write_text("Actielijst team Noord\nNr,Actie,Wie\n1,Dagstart,Jan\n2,Werkoverleg,Piet\n",
                      encoding="utf-8")
    assert len(import_inventory(listed).programme.initiatives) == 2
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4\nplain text\n")
    with pytest.raises(InventoryError) as err:
        import_inventory(pdf)
    assert err.value.reason == "not-a-list"
