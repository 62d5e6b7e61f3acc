"""Results as JSON text and files: UTF-8, indented, dates as ISO text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ohtrack import jsonout
from ohtrack.fileio import write_text_atomic


def _default(obj: Any) -> Any:
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    if hasattr(obj, "value"):
        return obj.value
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    return str(obj)


def dumps(data: Any) -> str:
    """``data`` as indented, strict JSON text (non-ASCII kept, dates and enums as their
    values, NaN and Infinity as null: see ``ohtrack.jsonout``)."""
    return jsonout.dumps(data, default=_default, ensure_ascii=False, indent=2)


def write_json(data: Any, path: str | Path, *, lang: str = "en") -> Path:
    """Write ``data`` as JSON (atomically, with a final newline)."""
    return write_text_atomic(path, dumps(data) + "\n", lang=lang)
