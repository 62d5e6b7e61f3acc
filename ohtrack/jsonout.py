"""Strict JSON out: numbers JSON can't hold (NaN, ±Infinity) become ``null``.

Python's ``json`` writes ``NaN`` and ``-Infinity`` by default, which no strict JSON parser
reads. Every JSON that ohtrack prints or writes goes through ``dumps``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

__all__ = ["dumps", "finite"]


def finite(data: Any, default: Callable[[Any], Any] | None = None) -> Any:
    """``data`` with every non-finite float replaced by None, in dicts, lists and tuples at any
    depth; other objects go through ``default`` first (as in ``json.dumps``)."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, (str, int, bool)) or data is None:
        return data
    if isinstance(data, dict):
        return {k: finite(v, default) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [finite(v, default) for v in data]
    if default is None:
        return data  # json.dumps says what it can't write
    return finite(default(data), default)


def dumps(data: Any, *, default: Callable[[Any], Any] | None = None, **kwargs: Any) -> str:
    """``json.dumps`` that never writes NaN or Infinity (they become ``null``)."""
    return json.dumps(finite(data, default), allow_nan=False, **kwargs)
