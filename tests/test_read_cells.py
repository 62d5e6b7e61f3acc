"""Cell conversion: IDs, numbers, dates, multi-value cells; bulk paths equal the single ones."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ohtrack.workbook import cells


@pytest.mark.parametrize(("value", "expected"), [
    (12.0, "12"), (12, "12"), ("  12 ", "12"), (12.5, "12.5"), ("", None), ("   ", None),
    (None, None), (True, "TRUE"), (dt.date(2022, 3, 1), "2022-03-01"),
])
def test_to_text(value: Any, expected: str | None) -> None:
    assert cells.to_text(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (dt.datetime(2022, 3, 1, 0, 0), dt.date(2022, 3, 1)), (dt.date(2022, 3, 1), dt.date(2022, 3, 1)),
    ("2022-03-01", dt.date(2022, 3, 1)), ("1-3-2022", dt.date(2022, 3, 1)),
    ("01-03-2022", dt.date(2022, 3, 1)), ("1/3/2022", dt.date(2022, 3, 1)),
    (44621.0, dt.date(2022, 3, 1)), ("", None),
])
def test_to_date(value: Any, expected: dt.date | None) -> None:
    assert cells.to_date(value) == expected


@pytest.mark.parametrize(("value", "code"), [
    ("31-2-2022", "invalid-date"), ("2022-13-01", "invalid-date"), ("soon", "invalid-date"),
])
def test_to_date_errors(value: str, code: str) -> None:
    with pytest.raises(cells.CellError) as info:
        cells.to_date(value)
    assert info.value.code == code


@pytest.mark.parametrize(("value", "expected"), [
    ("3,5", 3.5), ("85%", 85.0), ("1.234,5", 1234.5), ("1,234.5", 1234.5), (7, 7.0),
])
def test_to_float(value: Any, expected: float) -> None:
    assert cells.to_float(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("P001; P007", ["P001", "P007"]), ("a | b ;; c ", ["a", "b", "c"]), (";", []), ("", []),
    (12.0, ["12"]), (None, []),
])
def test_to_multi(value: Any, expected: list[str]) -> None:
    assert cells.to_multi(value) == expected


_texts = st.text(alphabet=st.sampled_from(list("ab P1;|  \t\n\u00a0é😀\x00.0")), max_size=12)
#: Any text at all, with NUL (what ``_x0000_`` in a cell becomes) and the separators likely.
_any_text = st.one_of(_texts, st.text(), st.lists(st.sampled_from(["\x00", ";", "|", ";\x00;", "P1", " "]))
                      .map("".join))


@settings(max_examples=200, deadline=None)
@given(st.lists(_any_text, min_size=0, max_size=40))
def test_bulk_multi_equals_one_by_one(values: list[str]) -> None:
    assert cells._multis(values) == [cells.to_multi(v) for v in values]
    assert cells._id_lists(values) == [cells.to_ids(v) for v in values]
    assert cells._texts(values) == [cells.to_text(v) for v in values]
    assert cells._ids(values) == [cells.to_id(v) for v in values]


@settings(max_examples=10, deadline=None)
@given(st.lists(_any_text, min_size=300, max_size=400, unique=True), st.data())
def test_bulk_path_of_a_long_column_shifts_nothing(values: list[str], data: st.DataObject) -> None:
    """Mostly distinct values take the bulk path; a NUL in one cell must not move the others."""
    column = data.draw(st.permutations(values))
    for conv in (cells.to_multi, cells.to_ids):
        out, errors = cells.convert_column(conv, column, lists=True)
        assert errors == [] and out == [conv(v) for v in column]


def test_a_nul_inside_a_multi_value_cell_shifts_nothing() -> None:
    column = [f"P{i}; P{i + 1}" for i in range(300)]
    column[10] = "P10\x00; P11"
    column[20] = ";\x00;"
    out, _ = cells.convert_column(cells.to_multi, column, lists=True)
    assert out[10] == ["P10\x00", "P11"] and out[20] == ["\x00"]
    assert out[11] == ["P11", "P12"] and out[299] == ["P299", "P300"]


@pytest.mark.parametrize(("value", "expected"), [
    ("12", "12"), (12, "12"), (12.0, "12"), ("12.0", "12"), (" 12.00 ", "12"), ("-3.0", "-3"),
    ("12.5", "12.5"), ("1.0.0", "1.0.0"), ("v12.0", "v12.0"), ("012", "012"), ("", None), (None, None),
])
def test_to_id_makes_one_id_of_12_and_12_0(value: Any, expected: str | None) -> None:
    assert cells.to_id(value) == expected


def test_to_ids() -> None:
    assert cells.to_ids("12.0; 13 | P1.0 | 7.00") == ["12", "13", "P1.0", "7"]
    assert cells.to_ids(12.0) == ["12"]


_cell = st.one_of(st.none(), st.just(""), _texts, st.integers(-5, 5).map(float),
                  st.booleans(), st.integers(0, 3), st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))


@settings(max_examples=60, deadline=None)
@given(st.lists(_cell, max_size=300))
def test_convert_column_equals_one_by_one(values: list[Any]) -> None:
    for conv, lists in ((cells.to_text, False), (cells.to_multi, True), (cells.plain, False),
                        (cells.to_id, False), (cells.to_ids, True)):
        out, errors = cells.convert_column(conv, values, lists)
        assert errors == []
        assert out == [conv(v) for v in values]
        assert [type(v) for v in out] == [type(conv(v)) for v in values]
    out, errors = cells.convert_column(cells.to_date, values)
    expected_bad = []
    for i, v in enumerate(values):
        try:
            assert out[i] == cells.to_date(v)
        except cells.CellError:
            assert out[i] is None
            expected_bad.append(i)
    assert [i for i, _ in errors] == expected_bad


def test_convert_column_lists_are_not_shared() -> None:
    out, _ = cells.convert_column(cells.to_multi, ["a; b", "a; b", "", ""], lists=True)
    assert out == [["a", "b"], ["a", "b"], [], []]
    assert out[0] is not out[1] and out[2] is not out[3]


def test_many_distinct_ids_as_floats() -> None:
    values = [float(i) for i in range(1, 1001)]
    assert cells.convert_column(cells.to_text, values)[0] == [str(i) for i in range(1, 1001)]
