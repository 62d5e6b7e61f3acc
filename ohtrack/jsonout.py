"""Strict JSON out: numbers JSON can't hold (NaN, ±Infinity) become ``null``, and text it
can't hold (lone surrogates, which UTF-8 can't encode) becomes U+FFFD (``ohtrack.text``).

Python's ``json`` writes ``NaN`` and ``-Infinity`` by default, which no strict JSON parser
reads. Every JSON that ohtrack prints or writes goes through ``dumps`` or ``dumps_lines``.
Every other character is kept: JSON escapes NUL and the other controls (``\\u0000``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from ohtrack.collector import paused
from ohtrack.text import utf8_text

__all__ = ["dumps", "dumps_lines", "finite"]


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
    return utf8_text(json.dumps(finite(data, default), allow_nan=False, **kwargs))


@paused()  # a big report makes a line per record: the collector would walk them all, often
def dumps_lines(data: Any, *, default: Callable[[Any], Any] | None = None, depth: int = 2,
                **kwargs: Any) -> str:
    """``dumps``, indented ``depth`` levels deep and everything deeper on one line: each record
    of a list (a person, a tie) on a line of its own. json's C encoder writes those lines, so
    a million records take seconds, where the indenting encoder takes minutes."""
    encoder = json.JSONEncoder(allow_nan=False, default=default, **kwargs)
    lines: list[str] = []

    def encode(value: Any) -> str:
        try:
            return encoder.encode(value)
        except ValueError:  # a NaN or an Infinity somewhere in it: those become null
            return encoder.encode(finite(value, default))

    def write(value: Any, level: int, prefix: str) -> None:
        pad = "  " * level
        if level >= depth or not isinstance(value, (dict, list, tuple)) or not value:
            lines.append(pad + prefix + encode(value))
            return
        items = list(value.items()) if isinstance(value, dict) else [(None, v) for v in value]
        lines.append(pad + prefix + ("{" if isinstance(value, dict) else "["))
        for i, (key, item) in enumerate(items):
            write(item, level + 1, "" if key is None else encode(str(key)) + ": ")
            if i < len(items) - 1:
                lines[-1] += ","
        lines.append(pad + ("}" if isinstance(value, dict) else "]"))

    write(data, 0, "")
    return utf8_text("\n".join(lines))
