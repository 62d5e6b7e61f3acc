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


_texts = st.text(alphabet=st.sampled_from(list("ab P1;|  \t\n\u00a0é😀")), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(_texts, min_size=0, max_size=40))
def test_bulk_multi_equals_one_by_one(values: list[str]) -> None:
    assert cells._multis(values) == [cells.to_multi(v) for v in values]
    assert cells._texts(values) == [cells.to_text(v) for v in values]


_cell = st.one_of(st.none(), st.just(""), _texts, st.integers(-5, 5).map(float),
                  st.booleans(), st.integers(0, 3), st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))


@settings(max_examples=60, deadline=None)
@given(st.lists(_cell, max_size=300))
def test_convert_column_equals_one_by_one(values: list[Any]) -> None:
    for conv, lists in ((cells.to_text, False), (cells.to_multi, True), (cells.plain, False)):
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
