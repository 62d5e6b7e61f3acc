"""Safe cell writing for every Excel export: user text never becomes a formula."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for the type hint: importing this module stays light
    from openpyxl.cell.cell import Cell

#: Leading characters that make Excel read text as a formula.
FORMULA_LEADS = ("=", "+", "-", "@")


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
    """Assign a value; strings are always stored as text (no formula injection)."""
    value = cell_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_LEADS):
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
