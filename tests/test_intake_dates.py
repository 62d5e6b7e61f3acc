"""Dates in the forms real lists use: each rule, worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from ohtrack.intake.dates import DateProblem, column_order, full_year, read_date

D = dt.date


@pytest.mark.parametrize(("text", "side", "date", "rule"), [
    ("30.06.08", "start", D(2008, 6, 30), "day-month-short-year"),
    ("31.12.40", "end", D(2040, 12, 31), "day-month-short-year"),
    ("1-3-22", "start", D(2022, 3, 1), "day-month-short-year"),
    ("31/05/2010", "start", D(2010, 5, 31), "day-month-year"),
    ("20.05.2020", "start", D(2020, 5, 20), "day-month-year"),
    ("3/31/2024", "end", D(2024, 3, 31), "month-day-year"),  # 31 can't be a month
    ("2012-07-31", "end", D(2012, 7, 31), "iso"),
    ("2023-04", "start", D(2023, 4, 1), "iso-month"),
    ("2023-04", "end", D(2023, 4, 30), "iso-month"),
    ("Jul 2012", "start", D(2012, 7, 1), "month-name-year"),
    ("April 2013", "end", D(2013, 4, 30), "month-name-year"),
    ("March 31, 2023", "end", D(2023, 3, 31), "month-name-day-year"),
    ("30-Sep-2023", "end", D(2023, 9, 30), "day-month-name-year"),
    ("1 maart 2022", "start", D(2022, 3, 1), "day-month-name-year"),
    ("31-Mar-23 (under review)", "end", D(2023, 3, 31), "note-dropped"),
    ("Q4 2023/24", "start", D(2024, 1, 1), "fiscal-quarter"),  # fiscal Q4: January–March
    ("Q4 2023/24", "end", D(2024, 3, 31), "fiscal-quarter"),
    ("2022/23 Q1", "end", D(2022, 6, 30), "fiscal-quarter"),
    ("Q2 FY22-23", "start", D(2022, 7, 1), "fiscal-quarter"),
    ("Fiscal Year 23/24 2", "end", D(2023, 9, 30), "fiscal-quarter"),
    ("2022-23", "start", D(2022, 4, 1), "fiscal-year"),
    ("2024-2025", "end", D(2025, 3, 31), "fiscal-year"),
    ("2023-24 fiscal year", "end", D(2024, 3, 31), "fiscal-year"),
    ("Q4 2023", "end", D(2023, 12, 31), "quarter"),
    ("May-June 2022", "start", D(2022, 5, 1), "month-range"),
    ("May-June 2022", "end", D(2022, 6, 30), "month-range"),
    ("Fall 2022", "end", D(2022, 11, 30), "season"),
    ("2023", "end", D(2023, 12, 31), "year"),
    (44927, "end", D(2023, 1, 1), "excel-serial"),  # 44927 days after 1899-12-30
    ("44927", "end", D(2023, 1, 1), "excel-serial"),
    (dt.datetime(2022, 3, 1, 9, 30), "end", D(2022, 3, 1), "date-cell"),
    # ISO weeks, Monday to Sunday: 3 March 2025 is the Monday of week 10
    ("2025-W10", "start", D(2025, 3, 3), "iso-week"), ("2025-W10", "end", D(2025, 3, 9), "iso-week"),
    ("week 12 2025", "start", D(2025, 3, 17), "iso-week"), ("wk 12/2025", "end", D(2025, 3, 23), "iso-week"),
    ("2026-W53", "end", D(2027, 1, 3), "iso-week"),  # 2026 has 53 ISO weeks
    # a third of a year is four months, of a quarter one month, of a month about ten days
    ("begin 2025", "start", D(2025, 1, 1), "part-of-period"),
    ("begin 2025", "end", D(2025, 4, 30), "part-of-period"),
    ("medio 2025", "start", D(2025, 5, 1), "part-of-period"),
    ("mid-2025", "end", D(2025, 8, 31), "part-of-period"),
    ("eind 2024", "start", D(2024, 9, 1), "part-of-period"),
    ("end of 2024", "end", D(2024, 12, 31), "part-of-period"),
    ("eind Q3 2025", "start", D(2025, 9, 1), "part-of-period"),
    ("half maart 2025", "start", D(2025, 3, 11), "part-of-period"),  # days 10-19 of 31
    ("half maart 2025", "end", D(2025, 3, 20), "part-of-period"),
    ("eind februari 2024", "end", D(2024, 2, 29), "part-of-period"),
])
def test_each_rule(text: object, side: str, date: dt.date, rule: str) -> None:
    assert read_date(text, side) == (date, rule)


@pytest.mark.parametrize(("text", "code"), [
    ("TBC", "no-date"), ("n.v.t.", "no-date"), ("NA", "no-date"), ("TBD", "no-date"),
    ("Not yet determined", "no-date"), ("Started", "no-date"),
    ("2023-04-31", "no-such-date"), ("2022-06-31", "no-such-date"), ("31.02.2022", "no-such-date"),
    ("On hold due to lack of funding", "not-a-date"),
    ("z.s.m.", "no-date"), ("ASAP", "no-date"), ("per direct", "no-date"), ("volgt", "no-date"),
    ("wk 12", "no-year"), ("Q3", "no-year"), ("eind maart", "no-year"), ("2025 wk 53", "no-such-date"),
    ("eind " * 2000 + "2024", "not-a-date"),  # read at once, however often the word repeats
    ("Exempt under Section 22 of the Freedom of Information Act 2000", "withheld"),
])
def test_no_date(text: str, code: str) -> None:
    with pytest.raises(DateProblem) as info:
        read_date(text)
    assert info.value.code == code
    assert info.value.value == text


def test_two_digit_years_follow_the_posix_rule() -> None:
    assert [full_year(y) for y in ("00", "68", "69", "99", "2024")] == [2000, 2068, 1969, 1999, 2024]


def test_month_first_only_when_the_column_shows_it() -> None:
    assert column_order(["03-31-2023", "04-01-2023"]) == "mdy"
    assert column_order(["31-03-2023", "04-01-2023"]) == "dmy"
    assert column_order(["01-02-2023"]) == "dmy"  # ambiguous: day first
    assert column_order(["13/12/2022", "12/13/2022"]) == "dmy"  # both seen: day first
    assert read_date("04-01-2023", "end", "mdy") == (D(2023, 4, 1), "month-day-year")
    assert read_date("04-01-2023", "end", "dmy") == (D(2023, 1, 4), "day-month-year")


def test_a_note_is_dropped_from_the_end_only_after_a_digit() -> None:
    assert read_date("30.06.2025 [subject to approval (board)]") == (D(2025, 6, 30), "note-dropped")
    assert read_date("1-3-22  (see note)") == (D(2022, 3, 1), "note-dropped")
    for text in ("(under review) 30.06.2025", "30.06.2025 (open", "TBC (awaiting 2025 plan)"):
        with pytest.raises(DateProblem):
            read_date(text)


def test_long_text_in_a_date_cell_is_read_at_once() -> None:
    # a cell of the 2014 GMPP list: thousands of characters of text in brackets (a pattern
    # took seconds over such cells, growing with the square of their length)
    text = "Exempt under Section 43 (2) of the Act " * 250 + "(Commercial Interests)"
    with pytest.raises(DateProblem) as info:
        read_date(text)
    assert info.value.code == "withheld"
    text = "Subject to the outcome of the review (2) of the Act " * 250 + "(Commercial Interests)"
    with pytest.raises(DateProblem) as info:
        read_date(text)  # no exemption: every date pattern tried over the whole text
    assert info.value.code == "not-a-date"
