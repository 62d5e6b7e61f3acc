"""Turning cell values into typed values: IDs, numbers, dates, lists, vocabulary codes."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import Any


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
    if value is None:
        return []
    if not isinstance(value, str):
        text = to_text(value)
        return [text] if text else []
    parts = value.replace("|", ";").split(";")
    return [s for s in (p.strip() for p in parts) if s]


def convert_column(
    conv: Callable[[Any], Any], values: Sequence[Any], lists: bool = False
) -> tuple[list[Any], list[tuple[int, CellError]]]:
    """Convert one column's cells, each distinct value once; errors as (index, error).

    Failed cells become None. With ``lists`` every result is copied, so rows never share
    a list object.
    """
    out, errors, _blank = convert_column_blank(conv, values, lists)
    return out, errors


def convert_column_blank(
    conv: Callable[[Any], Any], values: Sequence[Any], lists: bool = False
) -> tuple[list[Any], list[tuple[int, CellError]], bool]:
    """``convert_column``, plus whether any result is empty (None or an empty list)."""
    bulk = _BULK.get(conv)
    if bulk is not None and len(values) > 256 and len(set(values[:256])) > 128:
        types = set(map(type, values))  # mostly distinct values: convert all, no memo
        if types == {str}:
            out = bulk(list(values))
            return out, [], (None in out) if conv is not to_multi else ([] in out)
        if (types == {float} and conv in (to_text, plain) and all(map(float.is_integer, values))
                and max(map(abs, values)) < 2**53):
            ints = map(int, values)  # whole numbers, as Excel stores them
            return (list(map(str, ints)) if conv is to_text else list(ints)), [], False
    uniq = set(values)
    if (True in uniq or False in uniq) and bool in set(map(type, values)):
        out, each_errors = _convert_each(conv, values, lists)  # True == 1 would mix up the memo
        return out, each_errors, any(v is None or v == [] for v in out)
    memo: dict[Any, Any] = {}
    failed: dict[Any, CellError] = {}
    if bulk is not None and len(uniq) > 64:
        strs = [v for v in uniq if v.__class__ is str]
        if strs:
            memo.update(zip(strs, bulk(strs)))
            uniq.difference_update(strs)
    for v in uniq:
        try:
            memo[v] = conv(v)
        except CellError as exc:
            memo[v] = None
            failed[v] = exc
    out = list(map(memo.__getitem__, values))
    if lists:
        out = list(map(list, out))
    errors: list[tuple[int, CellError]] = []
    if failed:
        errors = [(i, failed[v]) for i, v in enumerate(values) if v in failed]
    return out, errors, any(v is None or v == [] for v in memo.values())


def _texts(strs: list[str]) -> list[str | None]:
    """``to_text`` of many strings at once."""
    return [s or None for s in map(str.strip, strs)]


def _multis(strs: list[str]) -> list[list[str]]:
    """``to_multi`` of many strings at once: one join, one split, one strip pass."""
    if not strs:
        return []
    parts = list(map(str.strip, ";\x00;".join(strs).replace("|", ";").split(";")))
    out: list[list[str]] = []
    cur: list[str] = []
    for p in parts:  # "\x00" (never in XML text) marks where one cell ends
        if p == "\x00":
            out.append(cur)
            cur = []
        elif p:
            cur.append(p)
    out.append(cur)
    return out


#: Converters with a fast way to convert many strings at once.
_BULK: dict[Callable[[Any], Any], Callable[[list[str]], list[Any]]] = {
    to_text: _texts,
    to_multi: _multis,
    plain: lambda strs: [s or None for s in map(str.strip, strs)],
}


def _convert_each(
    conv: Callable[[Any], Any], values: Sequence[Any], lists: bool
) -> tuple[list[Any], list[tuple[int, CellError]]]:
    out: list[Any] = []
    errors: list[tuple[int, CellError]] = []
    for i, v in enumerate(values):
        try:
            out.append(conv(v))
        except CellError as exc:
            out.append(None)
            errors.append((i, exc))
    return out, errors
