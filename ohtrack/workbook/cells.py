"""Turning cell values into typed values (IDs, numbers, dates, lists, vocabulary codes),
cell by cell and column by column (records are built from them in ``workbook.records``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, repeat
from typing import Any

from ohtrack.domain import Direction, EventStatus, GoalLevel, Status
from ohtrack.i18n.problems import render
from ohtrack.text import name_key
from ohtrack.workbook.contract import OPEN_VOCABULARIES, VOCABULARIES, Column, vocab_label, vocab_lookup


class CellError(ValueError):
    """A cell's value doesn't fit its column; ``code`` is the stable problem code.

    The message is the catalogue template ``problems.<code>[.<variant>]`` (English) filled
    with ``value`` (the cell's value as ``repr``) and ``params``; both are kept for the
    problem, so it can be rendered in Dutch too.
    """

    def __init__(self, code: str, variant: str | None, value: Any, **params: Any) -> None:
        self.code = code
        self.params: dict[str, Any] = {"value": repr(value), **params}
        if variant:
            self.params["variant"] = variant
        super().__init__(render(code, self.params, "en"))


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
        raise CellError("not-an-integer", None, value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise CellError("not-an-integer", None, value)
        return int(value)
    s = str(value).strip()
    if re.fullmatch(r"[+-]?\d+(\.0+)?", s):
        return int(float(s))
    raise CellError("not-an-integer", None, s)


_NUM = re.compile(r"[+-]?(\d{1,3}([.\s]\d{3})*|\d+)([.,]\d+)?")


def to_float(value: Any) -> float | None:
    """Numbers, also Dutch ``3,5`` and ``85%`` written as text."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellError("not-a-number", "expected", value)
    if isinstance(value, (int, float)):
        f = float(value)
        if not math.isfinite(f):
            raise CellError("not-a-number", "not-finite", value)
        return f
    s = str(value).strip().rstrip("%").strip()
    if re.fullmatch(r"[+-]?\d+([.,]\d+)?", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?", s):  # Dutch thousands: 1.234,5
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):  # English thousands: 1,234.5
        return float(s.replace(",", ""))
    raise CellError("not-a-number", "expected", s)


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
        raise CellError("invalid-date", "type", value)
    s = str(value).strip()
    try:
        m = _ISO.fullmatch(s)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DMY.fullmatch(s)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        raise CellError("invalid-date", "no-such-date", s) from None
    raise CellError("invalid-date", "format", s)


def to_multi(value: Any) -> list[str]:
    """A multi-value cell as a list of IDs or names (``P001; P007`` or ``a | b``)."""
    if value is None:
        return []
    if not isinstance(value, str):
        text = to_text(value)
        return [text] if text else []
    parts = value.replace("|", ";").split(";")
    return [s for s in (p.strip() for p in parts) if s]


#: Text that is a whole number written with a decimal point: ``12.0``, ``-3.00``.
_WHOLE = re.compile(r"[+-]?\d+\.0+")


def _id_text(text: str) -> str:
    """``"12.0"`` → ``"12"`` (the way Excel shows the number 12.0); other text unchanged."""
    return text[:text.index(".")] if "." in text and _WHOLE.fullmatch(text) else text


def to_id(value: Any) -> str | None:
    """An ID or a reference to one: ``12``, ``12.0`` and ``"12.0"`` all give ``"12"``."""
    text = to_text(value)
    return None if text is None else _id_text(text)


def to_ids(value: Any) -> list[str]:
    """A multi-value cell of IDs: ``to_multi``, each value as ``to_id`` makes it."""
    return [_id_text(v) for v in to_multi(value)]


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
    if bulk is not None and len(values) > 256 and _mostly_distinct(values):
        # mostly distinct values: convert all, no memo; all text (the bulk converters
        # raise TypeError on anything else) without looking at the types first
        out: list[Any] | None = None
        with contextlib.suppress(TypeError):
            out = bulk(values)
        if out is None and conv in (to_text, to_id, plain) and _whole_floats(values) and (
                conv is not plain or max(map(abs, values)) < 2**53):
            ints = map(int, values)  # whole numbers, as Excel stores them
            return (list(ints) if conv is plain else list(map(str, ints))), [], False
        if out is None and str in (types := set(map(type, values))) and types <= _STR_NONE:
            out = bulk(list(map(_BLANK_TEXT.get, values, values)))  # a blank as the empty text
        if out is not None:
            return out, [], ([] in out) if conv in (to_multi, to_ids) else (None in out)
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


def _mostly_distinct(values: Sequence[Any]) -> bool:
    """More than half of an even sample of 1,024 cells distinct: converting every cell beats
    converting each distinct value once (which also gives the cells of one value one object,
    faster to compare and look up afterwards)."""
    sample = values[::max(1, len(values) // 1024)]
    return len(set(sample)) * 2 > len(sample)


def _whole_floats(values: Sequence[Any]) -> bool:
    """Every value a float with no fraction (``float.is_integer`` refuses anything else)."""
    try:
        return all(map(float.is_integer, values))
    except TypeError:
        return False


def _texts(strs: Sequence[str]) -> list[str | None]:
    """``to_text`` of many strings at once."""
    return [s or None for s in map(str.strip, strs)]


def _multis(strs: Sequence[str]) -> list[list[str]]:
    """``to_multi`` of many strings at once: one join, one split, one strip pass.

    The cells are joined with the separator itself, so no text can be mistaken for a cell
    boundary: cell ``i`` is the parts from ``ends[i]`` to ``ends[i + 1]``, ``ends`` adding up
    ``count(";") + 1`` of each cell after its ``|`` became ``;``. When every cell has as many
    parts and none is empty (``P001; P007`` in each row) the parts are dealt out in turn;
    otherwise only the cells with an empty part (an empty cell, ``a;;b``) are then filtered.
    """
    if not strs:
        return []
    joined = ";".join(strs)
    unified = strs
    if "|" in joined:
        unified = [s.replace("|", ";") for s in strs]
        joined = ";".join(unified)
    parts = list(map(str.strip, joined.split(";")))
    counts = list(map(str.count, unified, repeat(";")))
    each = counts[0]
    if "" not in parts and min(counts) == each == max(counts):
        return list(map(list, zip(*[iter(parts)] * (each + 1))))
    ends = list(accumulate(map((1).__add__, counts), initial=0))
    out = list(map(parts.__getitem__, map(slice, ends, ends[1:])))
    j = -1
    while True:  # list.index finds the empty parts at C speed
        try:
            j = parts.index("", j + 1)
        except ValueError:
            break
        i = bisect_right(ends, j) - 1  # the cell part j belongs to
        out[i] = [p for p in out[i] if p]
        j = ends[i + 1] - 1  # the rest of this cell is done
    return out


def _ids(strs: Sequence[str]) -> list[str | None]:
    """``to_id`` of many strings at once."""
    return [None if not s else _id_text(s) if "." in s else s for s in map(str.strip, strs)]


def _id_lists(strs: Sequence[str]) -> list[list[str]]:
    """``to_ids`` of many strings at once."""
    lists = _multis(strs)
    if "." not in "".join(strs):  # no ID written as a decimal number: nothing to change
        return lists
    return [[_id_text(v) for v in vs] if "." in "".join(vs) else vs for vs in lists]


_STR_NONE = {str, type(None)}
#: A blank cell (None) as text: every converter gives the empty text what it gives None.
_BLANK_TEXT: dict[Any, str] = {None: ""}


#: Converters with a fast way to convert many strings at once.
_BULK: dict[Callable[[Any], Any], Callable[[Sequence[str]], list[Any]]] = {
    to_text: _texts,
    to_id: _ids,
    to_multi: _multis,
    to_ids: _id_lists,
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


#: References whose values are IDs of rows (not names from the health model).
ID_REFS = frozenset({"person", "unit", "goal", "initiative", "indicator", "group", "person_or_unit"})

_ENUMS: dict[str, Callable[[str], Any]] = {
    "status": Status,
    "event_status": EventStatus,
    "direction": Direction,
    "goal_level": GoalLevel,
}


def converter(col: Column) -> Callable[[Any], Any]:
    """The function that turns a cell of this column into its typed value (numbers held to
    the column's ``minimum`` and ``maximum``)."""
    kind = col.kind
    if kind == "id":
        return to_id
    if kind in ("text", "prose"):
        return to_text
    if kind in ("int", "float"):
        return _bounded(to_int if kind == "int" else to_float, col.minimum, col.maximum)
    if kind == "date":
        return to_date
    if kind == "multi":
        return to_ids if col.ref in ID_REFS else to_multi
    if kind == "cell":
        return plain
    if kind == "vocab":
        assert col.vocab is not None
        lookup = vocab_lookup(col.vocab)
        vocab = col.vocab
        make = _ENUMS.get(vocab)
        is_open = vocab in OPEN_VOCABULARIES
        codes = list(VOCABULARIES[vocab])  # in the vocabulary's own order (the life cycle …)
        allowed = {f"allowed_{lang}": ", ".join(vocab_label(vocab, c, lang) for c in codes)
                   for lang in ("en", "nl")}

        def convert(value: Any) -> Any:
            text = to_text(value)
            if text is None:
                return None
            code = lookup.get(name_key(text))
            if code is None:
                if is_open:
                    return text
                raise CellError("unknown-value", None, text, **allowed)
            return make(code) if make else code

        return convert
    raise ValueError(kind)


def _bounded(conv: Callable[[Any], Any], lo: float | None,
             hi: float | None) -> Callable[[Any], Any]:
    """``conv`` that raises ``out-of-range`` for a number outside ``lo``..``hi``."""
    if lo is None and hi is None:
        return conv
    low = -math.inf if lo is None else lo
    high = math.inf if hi is None else hi

    def bounded(value: Any) -> Any:
        x = conv(value)
        if x is not None and not low <= x <= high:
            raise CellError("out-of-range", None, value, minimum=_bound(lo), maximum=_bound(hi))
        return x

    return bounded


def _bound(x: float | None) -> str:
    if x is None:
        return "…"
    return f"{int(x)}" if float(x).is_integer() else f"{x}"
