"""A text file read column by column (pyarrow) gives the cells the csv module gives."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ohtrack.intake import textfile
from ohtrack.intake.columnar import ColumnRows, read_columns


def _csv_rows(text: str, sep: str) -> list[list[str]]:
    """The csv module's rows, a blank line as a row of empty cells (as pyarrow gives it)."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    width = len(rows[0]) if rows else 0
    return [r if r else [""] * width for r in rows]


CELL = st.text(alphabet=st.sampled_from(list('ab ,;"\n\r\té€’\u2028x0')), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=8),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["\n", "\r\n", "\r"]),
       st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
def test_same_cells_as_the_csv_module(rows: list[list[str]], sep: str, end: str,
                                      quoting: int) -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=sep, lineterminator=end, quoting=quoting).writerows(rows)
    text = buf.getvalue()
    expected = _csv_rows(text, sep)
    columns = read_columns(text, None, sep)
    if all(len(r) == 3 for r in expected):  # regular as the csv module reads it
        assert columns is not None
    if columns is not None:
        assert list(ColumnRows(columns)) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab,"\n\r ')), max_size=40))
def test_any_text_same_cells_or_none(text: str) -> None:
    columns = read_columns(text, None, ",")
    if columns is not None:
        assert list(ColumnRows(columns)) == _csv_rows(text, ",")


def test_a_file_of_many_blocks_gives_every_cell_in_order() -> None:
    """Several of pyarrow's blocks (each with its own distinct values): the same cells as the
    csv module, in order; a value repeated in a block is one object there."""
    rows = [[f"P{i:06d}", ["loopt", "klaar", "", "gepland"][i % 4], f'"regel\n{i % 7}",x',
             f"T{i}" if i < 50_000 else "zelfde"]  # distinct in the first blocks only
            for i in range(60_000)]
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows([["ID", "Status", "Notitie", "Titel"], *rows])
    text = buf.getvalue()
    assert len(text) > (1 << 20)  # two blocks at least
    columns = read_columns(text, text.encode("utf-8"), ",")
    assert columns is not None
    assert list(ColumnRows(columns)) == _csv_rows(text, ",")
    status = columns[1]
    assert len({id(v) for v in status[1:5000]}) <= 4 * 4  # a few objects a block, not a cell


@pytest.mark.parametrize("text", [
    "title\na,b\nc,d\n",        # a title line above the table: rows of two widths
    'a,b\n"open,d\n',            # a quote never closed
    "a\nb\n",                    # one column: the csv module is as fast
])
def test_irregular_text_is_left_to_the_csv_module(text: str) -> None:
    assert read_columns(text, None, ",") is None


def test_bytes_that_are_no_utf8_fall_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textfile, "MIN_BYTES", 0)
    p = tmp_path / "bad.csv"
    p.write_bytes(b"\xef\xbb\xbfname,owner\nab\xff,Jan\ncd,Piet\n")  # BOM, then a stray byte
    table = textfile.read_text_table(p, encoding="utf-8")
    assert not isinstance(table.rows, ColumnRows)
    assert list(table.rows) == [["name", "owner"], ["ab\ufffd", "Jan"], ["cd", "Piet"]]


def test_a_bom_is_not_a_cell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textfile, "MIN_BYTES", 0)
    p = tmp_path / "bom.csv"
    p.write_bytes("\ufeffnaam;eigenaar\nTaak één;Jan\n".encode())
    table = textfile.read_text_table(p)
    assert isinstance(table.rows, ColumnRows)
    assert (table.encoding, table.separator) == ("utf-8-sig", ";")
    assert list(table.rows) == [["naam", "eigenaar"], ["Taak één", "Jan"]]
    assert table.rows[1] == ["Taak één", "Jan"] and table.rows[-1] == table.rows[1]
    assert table.rows[:1] == [["naam", "eigenaar"]]
    assert table.rows.columns_from(1) == [["Taak één"], ["Jan"]]
    with pytest.raises(IndexError):
        table.rows[2]


def test_an_import_is_the_same_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole import, read column by column and row by row, gives the same programme."""
    from ohtrack.intake import import_inventory

    p = tmp_path / "list.csv"
    lines = ["Ref;Actie;Afdeling;Eigenaar;Status;Deadline"]
    lines += [f"A{i};Actie {i};Afd {i % 3};Jan {i % 4};{['open', 'afgesloten'][i % 2]};"
              f"{['1-3-22', 'n.v.t.', '', 'Q4 2023/24'][i % 4]}" for i in range(40)]
    lines.insert(20, ";;;;;")  # a blank row in the middle: a row number skipped, not shifted
    p.write_text("\n".join(lines) + "\n\n", encoding="utf-8")

    def result(min_bytes: int) -> tuple[object, ...]:
        monkeypatch.setattr(textfile, "MIN_BYTES", min_bytes)
        r = import_inventory(p)
        return ([i.model_dump() for i in r.programme.initiatives],
                [(x.code, x.row, x.column, x.message) for x in r.problems], r.counts)

    columnar, rows = result(0), result(10**12)
    assert columnar == rows
    assert len(columnar[0]) == 40
    # Header row 1, A0–A18 rows 2–20, the blank row 21, so A21's 'n.v.t.' is on row 24.
    rows_no_date = [x[1] for x in columnar[1] if x[0] == "date-no-date"]
    assert rows_no_date == [3, 7, 11, 15, 19, 24, 28, 32, 36, 40]


@pytest.mark.parametrize(("encoding", "bom", "found"), [
    ("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"), ("cp1252", b"", "cp1252"),
    ("mac_roman", b"", "mac_roman"),
])
def test_a_big_file_in_any_encoding_reads_as_the_csv_module(
        tmp_path: Path, encoding: str, bom: bytes, found: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over ``MIN_BYTES``: a UTF-8 file goes to pyarrow without being decoded whole first (its
    head alone finds the separator); any other falls back to the text, with the same cells.
    A character cut in two at the end of the head changes nothing."""
    lines = ["Actie;Eigenaar;Notitie"]
    lines += [f"Actie {i};Jürgen Ñúñez;{'é' * (i % 5)}" for i in range(12_000)]
    text = "\n".join(lines) + "\n"
    data = bom + text.encode(encoding)
    assert len(data) >= textfile.MIN_BYTES
    size = 4 * textfile._SAMPLE + 4  # the bytes of the head
    if encoding == "utf-8" and not bom:  # move an "é" (two bytes) onto the head's last byte
        j = data.rfind("é".encode(), 0, size - 1)
        at = len(data[:j].decode())
        text = text[:at] + "x" * (size - 1 - j) + text[at:]
        data = text.encode()
        with pytest.raises(UnicodeDecodeError):
            data[:size].decode("utf-8")
    p = tmp_path / "lijst.csv"
    p.write_bytes(data)
    if encoding == "utf-8":  # never decoded whole
        monkeypatch.setattr(textfile, "decode", lambda data: pytest.fail("decoded whole"))
    table = textfile.read_text_table(p)
    assert (table.encoding, table.separator) == (found, ";")
    assert isinstance(table.rows, ColumnRows)
    assert list(table.rows) == _csv_rows(text, ";")


def test_a_big_irregular_utf8_file_is_read_row_by_row_after_one_try(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A title line above the table: pyarrow can't read it column by column; the csv module
    reads the rows, and pyarrow is not tried a second time."""
    text = "Actielijst 2024\n" + "".join(f"Actie {i};Jürgen;{i}\n" for i in range(20_000))
    p = tmp_path / "lijst.csv"
    p.write_bytes(text.encode())
    assert p.stat().st_size >= textfile.MIN_BYTES
    tries: list[str] = []

    def counted(*args: object) -> object:
        tries.append("pyarrow")
        return read_columns(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(textfile, "read_columns", counted)
    table = textfile.read_text_table(p)
    assert (table.encoding, table.separator, tries) == ("utf-8", ";", ["pyarrow"])
    assert list(table.rows) == list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
