"""Turning cell values into typed values: IDs, numbers, dates, lists, vocabulary codes."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from ohtrack.text import split_multi


class CellError(ValueError):
    """A cell's value doesn't fit its column; ``code`` is the stable problem code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def col_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 27 → AB)."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def plain(value: Any) -> Any:
    """A cell value as kept in custom columns: whole floats become ints, text is stripped."""
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        return value
    if isinstance(value, str):
        v = value.strip()
        return v or None
    return value


def to_text(value: Any) -> str | None:
    """Any cell as text: ``12.0`` → ``"12"``, dates in ISO form, blanks → None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    s = str(value).strip()
    return s or None


def to_int(value: Any) -> int | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellError("not-an-integer", f"expected a whole number, got {value!r}")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise CellError("not-an-integer", f"expected a whole number, got {value!r}")
        return int(value)
    s = str(value).strip()
    if re.fullmatch(r"[+-]?\d+(\.0+)?", s):
        return int(float(s))
    raise CellError("not-an-integer", f"expected a whole number, got {s!r}")


_NUM = re.compile(r"[+-]?(\d{1,3}([.\s]\d{3})*|\d+)([.,]\d+)?")


def to_float(value: Any) -> float | None:
    """Numbers, also Dutch ``3,5`` and ``85%`` written as text."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellError("not-a-number", f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        f = float(value)
        if not math.isfinite(f):
            raise CellError("not-a-number", f"expected a finite number, got {value!r}")
        return f
    s = str(value).strip().rstrip("%").strip()
    if re.fullmatch(r"[+-]?\d+([.,]\d+)?", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?", s):  # Dutch thousands: 1.234,5
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):  # English thousands: 1,234.5
        return float(s.replace(",", ""))
    raise CellError("not-a-number", f"expected a number, got {s!r}")


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?")


def to_date(value: Any) -> dt.date | None:
    """Real Excel dates, ISO ``2022-03-01``, Dutch ``1-3-2022`` / ``01-03-2022``."""
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial number without a date format
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError("invalid-date", f"expected a date, got {value!r}")
    s = str(value).strip()
    try:
        m = _ISO.fullmatch(s)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DMY.fullmatch(s)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        raise CellError("invalid-date", f"no such date: {s!r}") from None
    raise CellError("invalid-date", f"expected a date (2022-03-01 or 1-3-2022), got {s!r}")


def to_multi(value: Any) -> list[str]:
    """A multi-value cell as a list of IDs or names (``P001; P007`` or ``a | b``)."""
    if is_empty(value):
        return []
    if isinstance(value, float):
        return [to_text(value) or ""]
    return [to_text(v) or "" for v in split_multi(value)]
