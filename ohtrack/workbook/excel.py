"""Safe cell writing for every Excel export: user text never becomes a formula, and any text
is written as Excel will show it (``excel_text``)."""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from typing import TYPE_CHECKING, Any

from ohtrack.text import safe_text

if TYPE_CHECKING:  # only for the type hint: importing this module stays light
    from openpyxl.cell.cell import Cell

#: Leading characters that make Excel read text as a formula.
FORMULA_LEADS = ("=", "+", "-", "@")
#: The most characters an Excel cell holds.
CELL_LIMIT = 32767
#: What ends a text cut to ``CELL_LIMIT``.
CUT = "…"
#: Text that Excel reads as an escaped character (``_x000D_`` is a carriage return).
_ESCAPE_LIKE = re.compile("_(x[0-9A-Fa-f]{4}_)")


def excel_text(text: str) -> str:
    """``text`` as a cell must hold it for Excel to show it: what XML can't hold replaced by
    U+FFFD (``ohtrack.text.safe_text``), a literal ``_x0000_`` escaped as ``_x005F_x0000_`` so
    that Excel shows it as typed, and text beyond 32,767 characters cut, ending in ``…``."""
    s = safe_text(text)
    if "_x" in s:
        s = _ESCAPE_LIKE.sub(r"_x005F_\1", s)
    if len(s) > CELL_LIMIT:
        s = s[:CELL_LIMIT - len(CUT)] + CUT
    return s


def cell_value(value: Any) -> Any:
    """A domain value as an Excel cell value (enums as codes, lists joined)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    return value


def set_text_safe(cell: Cell, value: Any) -> None:
    """Assign a value; strings are always stored as text (no formula injection) through
    ``excel_text``; a NaN or an infinity (which no cell holds) leaves the cell empty."""
    value = cell_value(value)
    if isinstance(value, float) and not math.isfinite(value):
        value = None
    if isinstance(value, str):
        value = excel_text(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_LEADS):
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
