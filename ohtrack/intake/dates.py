"""Dates in the forms real lists use, each with the rule that reads it.

``read_date(value, side, order)`` gives ``(date, rule)`` or raises ``DateProblem``. A form
that names a period (a month, a quarter, a fiscal year) gives its first day for a start
date and its last day for an end date (``side``). Two-digit years 00–68 are 2000–2068 and
69–99 are 1969–1999 (the POSIX rule). ``1/3/22``-style dates are day first unless the
column shows month first (``order``, see ``column_order``). Fiscal years (``2022-23``,
``FY22-23``, ``Q4 2023/24``) run from 1 April to 31 March, as in UK and Canadian government.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from ohtrack.intake.blanks import is_placeholder, withheld
from ohtrack.workbook.cells import CellError, to_date

#: The rules, by code, as the docs and the summary name them.
RULES = ("date-cell", "excel-serial", "iso", "iso-month", "day-month-year", "day-month-short-year",
         "month-day-year", "month-name-year", "month-name-day-year", "day-month-name-year",
         "month-range", "season", "quarter", "fiscal-year", "fiscal-quarter", "year", "iso-week",
         "part-of-period", "note-dropped")

#: Words that say "no date yet" besides every field's placeholders (``blanks.NO_VALUE``):
#: the cell becomes empty, with a warning.
NO_DATE_ONLY = frozenset({"ongoing", "doorlopend", "continu", "continuous", "started", "gestart",
                          "x", "z.s.m", "zsm", "asap", "a.s.a.p", "per direct", "direct",
                          "immediately", "meteen"})

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
        ("january", "jan", "januari"), ("february", "feb", "februari", "febr"),
        ("march", "mar", "maart", "mrt", "mrt."), ("april", "apr"), ("may", "mei"),
        ("june", "jun", "juni"), ("july", "jul", "juli"), ("august", "aug", "augustus"),
        ("september", "sep", "sept"), ("october", "oct", "oktober", "okt"),
        ("november", "nov"), ("december", "dec")), start=1):
    for _n in _names:
        MONTHS[_n] = _i
SEASONS = {"spring": (3, 5), "voorjaar": (3, 5), "lente": (3, 5), "summer": (6, 8), "zomer": (6, 8),
           "fall": (9, 11), "autumn": (9, 11), "najaar": (9, 11), "herfst": (9, 11),
           "winter": (12, 14)}
#: Years outside this range are kept, with a warning (a typo such as 1931 for 2031).
PLAUSIBLE = (1950, 2100)

_M = r"([a-z]{3,9}\.?)"
_NUM3 = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_YEAR = re.compile(_M + r"[\s,-]+(\d{4})")
_MONTH_DAY_YEAR = re.compile(_M + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s-]+" + _M + r"[\s,-]+(\d{2}|\d{4})")
_MONTH_RANGE = re.compile(_M + r"\s*[-–/]\s*" + _M + r"\s+(\d{4})")
_SEASON = re.compile(r"([a-z]+)\s+(\d{4})")
_YEAR = re.compile(r"(\d{4})")
_FY = r"(?:fy|fiscal year|fiscal|boekjaar)?\s*(\d{2}|\d{4})\s*[-/–]\s*(\d{2}|\d{4})(?:\s*fiscal year)?"
_FISCAL = re.compile(_FY)
_QUARTER_FIRST = re.compile(r"q([1-4])\s*" + _FY)
_QUARTER_LAST = re.compile(_FY + r"\s*q([1-4])")
_FY_NUMBERED = re.compile(r"(?:fy|fiscal year)\s*(\d{2}|\d{4})\s*[-/]\s*(\d{2}|\d{4})\s+([1-4])")
#: ``2025-W10``, ``week 12 2025``, ``wk 12/2025``, ``2025 week 12``: an ISO week, Monday to Sunday.
_ISO_WEEK = re.compile(r"(\d{4})-?w(\d{1,2})|(?:week|wk)\.?\s*(\d{1,2})[\s,/-]+(\d{4})"
                       r"|(\d{4})[\s,/-]+(?:week|wk)\.?\s*(\d{1,2})")
#: ``begin 2025``, ``medio 2025``, ``eind Q3 2025``, ``half maart 2025``, ``mid-2025``, ``end of
#: 2024``: the first, middle or last third of the period after the word.
_PART = re.compile(r"(begin|beginning of|start of|early|medio|mid|midden|half|halverwege|eind|"
                   r"einde|end of|end|late)[\s-]+(.+)")
_THIRD = {"begin": 0, "beginning of": 0, "start of": 0, "early": 0, "medio": 1, "mid": 1,
          "midden": 1, "half": 1, "halverwege": 1, "eind": 2, "einde": 2, "end of": 2, "end": 2,
          "late": 2}
#: A week, quarter or month without its year (``wk 12``, ``Q3``, ``eind maart``): no date.
_NO_YEAR = re.compile(r"(?:(?:begin|medio|half|eind|einde|early|mid|end of|end|late)[\s-]+)?"
                      r"(?:(?:week|wk)\.?\s*\d{1,2}|q[1-4]|" + _M + ")")
_CAL_QUARTER = re.compile(r"q([1-4])\s*(\d{4})|(\d{4})\s*q([1-4])")
_DIGIT, _OPENING = re.compile(r"\d"), re.compile(r"[(\[]")


class DateProblem(ValueError):
    """A date cell that gives no date: ``code`` is ``no-date`` (TBC, n.v.t. …),
    ``no-such-date`` (2023-04-31) or ``not-a-date`` (other text)."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


def full_year(text: str) -> int:
    """A year as written: two digits 00–68 → 2000s, 69–99 → 1900s."""
    y = int(text)
    if len(text) <= 2:
        return 2000 + y if y <= 68 else 1900 + y
    return y


def _period(first: dt.date, last: dt.date, side: str) -> dt.date:
    return first if side == "start" else last


def _month(y: int, m: int, side: str) -> dt.date:
    return _period(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), side)


def _months(y: int, m1: int, m2: int, side: str) -> dt.date:
    """From the first day of month ``m1`` to the last of ``m2`` (``m2`` > 12 runs into next year)."""
    y2, m2n = (y + 1, m2 - 12) if m2 > 12 else (y, m2)
    return _period(dt.date(y, m1, 1), dt.date(y2, m2n, calendar.monthrange(y2, m2n)[1]), side)


def _third(first: dt.date, last: dt.date, k: int, side: str) -> dt.date:
    """The ``k``-th third (0, 1, 2) of the period ``first``–``last``: by whole months when it
    is of whole months in threes (a year: four months each, a quarter: one), else by days."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    whole = first.day == 1 and last == _month(last.year, last.month, "end")
    if whole and months % 3 == 0:
        step = months // 3
        at = first.year * 12 + first.month - 1 + k * step  # months since year 0
        y1, m1 = divmod(at, 12)
        y2, m2 = divmod(at + step - 1, 12)
        return _period(dt.date(y1, m1 + 1, 1), _month(y2, m2 + 1, "end"), side)
    days = (last - first).days + 1
    start = first + dt.timedelta(days=k * days // 3)
    end = last if k == 2 else first + dt.timedelta(days=(k + 1) * days // 3 - 1)
    return _period(start, max(start, end), side)


def _fiscal_start(a: str, b: str) -> int | None:
    """The first calendar year of fiscal year ``a``-``b`` (``2022-23``, ``22/23``), if consistent."""
    y1, y2 = full_year(a), full_year(b)
    return y1 if y2 == y1 + 1 else None


def _fiscal(y: int, quarter: int | None, side: str) -> dt.date:
    """Fiscal year starting 1 April ``y``; quarter 1 is April–June."""
    if quarter is None:
        return _period(dt.date(y, 4, 1), dt.date(y + 1, 3, 31), side)
    m = 4 + 3 * (quarter - 1)
    if m > 12:
        y, m = y + 1, m - 12
    return _months(y, m, m + 2, side)


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def read_date(value: Any, side: str = "end", order: str = "dmy") -> tuple[dt.date, str]:
    """The date a cell stands for and the rule that read it; ``DateProblem`` when none."""
    if isinstance(value, (dt.date, dt.datetime)):
        return (value.date() if isinstance(value, dt.datetime) else value), "date-cell"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            d = to_date(value)
        except CellError:
            raise DateProblem("not-a-date", str(value)) from None
        assert d is not None
        return d, "excel-serial"
    text = " ".join(str(value).split())
    low = text.lower()
    if is_placeholder(low, NO_DATE_ONLY):
        raise DateProblem("no-date", text)
    if withheld(text):
        raise DateProblem("withheld", text)
    try:
        return _read_text(low, side, order)
    except ValueError as exc:
        if isinstance(exc, DateProblem):
            raise DateProblem(exc.code, text) from None
        raise DateProblem("no-such-date", text) from None


def _read_text(low: str, side: str, order: str) -> tuple[dt.date, str]:
    if re.fullmatch(r"\d+(\.\d+)?", low) and len(low) >= 5:  # a serial number stored as text
        return read_date(float(low), side)[0], "excel-serial"
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}([t ][\d:.]+)?", low):
        d = to_date(low.replace("t", "T"))
        assert d is not None
        return d, "iso"
    m = _NUM3.fullmatch(low)
    if m:
        a, b = int(m[1]), int(m[2])
        day, month = (b, a) if (order == "mdy" and b <= 31) or (a <= 12 < b) else (a, b)
        year = full_year(m[3])
        rule = "day-month-year" if len(m[3]) == 4 else "day-month-short-year"
        if (day, month) == (b, a) and a != b:
            rule = "month-day-year"
        return dt.date(year, month, day), rule
    m = _ISO_MONTH.fullmatch(low)
    if m and 1 <= int(m[2]) <= 12 and _fiscal_start(m[1], m[2]) is None:
        return _month(int(m[1]), int(m[2]), side), "iso-month"
    for pattern, quarter_at, years_at in ((_QUARTER_FIRST, 1, 2), (_QUARTER_LAST, 3, 1),
                                          (_FY_NUMBERED, 3, 1)):
        m = pattern.fullmatch(low)
        if m:
            y = _fiscal_start(m[years_at], m[years_at + 1])
            if y is not None:
                return _fiscal(y, int(m[quarter_at]), side), "fiscal-quarter"
    m = _FISCAL.fullmatch(low)
    if m:
        y = _fiscal_start(m[1], m[2])
        if y is not None:
            return _fiscal(y, None, side), "fiscal-year"
    m = _CAL_QUARTER.fullmatch(low)
    if m:
        q, y = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return _months(y, 3 * q - 2, 3 * q, side), "quarter"
    m = _MONTH_DAY_YEAR.fullmatch(low)
    if m and _month_number(m[1]):
        return dt.date(int(m[3]), _month_number(m[1]) or 0, int(m[2])), "month-name-day-year"
    m = _DAY_MONTH_YEAR.fullmatch(low)
    if m and _month_number(m[2]):
        return dt.date(full_year(m[3]), _month_number(m[2]) or 0, int(m[1])), "day-month-name-year"
    m = _MONTH_YEAR.fullmatch(low)
    if m and _month_number(m[1]):
        return _month(int(m[2]), _month_number(m[1]) or 0, side), "month-name-year"
    m = _MONTH_RANGE.fullmatch(low)
    if m and _month_number(m[1]) and _month_number(m[2]):
        m1, m2 = _month_number(m[1]) or 0, _month_number(m[2]) or 0
        return _months(int(m[3]), m1, m2 if m2 >= m1 else m2 + 12, side), "month-range"
    m = _SEASON.fullmatch(low)
    if m and m[1] in SEASONS:
        m1, m2 = SEASONS[m[1]]
        return _months(int(m[2]), m1, m2, side), "season"
    m = _ISO_WEEK.fullmatch(low)
    if m:
        iso_year, iso_week = (m[1], m[2]) if m[1] else (m[4], m[3]) if m[3] else (m[5], m[6])
        monday = dt.date.fromisocalendar(int(iso_year), int(iso_week), 1)  # ValueError: no such week
        return _period(monday, monday + dt.timedelta(days=6), side), "iso-week"
    m = _PART.fullmatch(low)
    if m and len(low) <= 40:  # no date is longer: "eind eind eind …" recurses no deeper
        with contextlib.suppress(ValueError):
            first, last = (_read_text(m[2], s, order)[0] for s in ("start", "end"))
            return _third(first, last, _THIRD[m[1]], side), "part-of-period"
    m = _YEAR.fullmatch(low)
    if m and PLAUSIBLE[0] <= int(m[1]) <= PLAUSIBLE[1]:
        y = int(m[1])
        return _period(dt.date(y, 1, 1), dt.date(y, 12, 31), side), "year"
    before = _before_note(low)
    if before is not None:
        try:
            return read_date(before, side, order)[0], "note-dropped"
        except DateProblem:
            pass
    m = _NO_YEAR.fullmatch(low)
    if m and (m[1] is None or _month_number(m[1])):
        raise DateProblem("no-year", low)
    raise DateProblem("not-a-date", low)


def _before_note(low: str) -> str | None:
    """The text before a note in brackets that ends it, the text holding a digit before the
    note's bracket (``30.06.2025 (subject to approval)`` → ``30.06.2025``); else None. Found
    by looking once (a pattern did it in time growing with the square of a long cell's text)."""
    end = low.rstrip()
    if not end.endswith((")", "]")):
        return None
    digit = _DIGIT.search(end)
    bracket = _OPENING.search(end, digit.end()) if digit else None
    if bracket is None or bracket.start() >= len(end) - 1:
        return None
    return end[:bracket.start()].rstrip()


_SLASHED = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*")


def column_order(values: Iterable[Any]) -> str:
    """``mdy`` when a column's ``1/3/22``-style dates show month first (a second number
    above 12 and never a first one), else ``dmy``."""
    day_first = month_first = False
    for v in values:
        if not isinstance(v, str):
            continue
        m = _SLASHED.fullmatch(v)
        if m:
            a, b = int(m[1]), int(m[2])
            day_first |= a > 12
            month_first |= b > 12
    return "mdy" if month_first and not day_first else "dmy"


def implausible(d: dt.date) -> bool:
    """True for a year outside 1950–2100 (kept, but worth a warning)."""
    return not PLAUSIBLE[0] <= d.year <= PLAUSIBLE[1]
