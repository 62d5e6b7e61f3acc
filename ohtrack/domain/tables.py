"""Record types of the sheets without an attribute of their own on ``Programme``.

The workbook contract registers a sheet's record model here, so a programme's
``tables`` (and its JSON, e.g. in history snapshots) know what their rows are.
"""

from __future__ import annotations

from ohtrack.domain.base import Record

_TYPES: dict[str, type[Record]] = {}


def register_table(key: str, model: type[Record]) -> None:
    """Declare the record type of table ``key``."""
    _TYPES[key] = model


def unregister_table(key: str) -> None:
    """Forget table ``key`` (its rows load as plain data again)."""
    _TYPES.pop(key, None)


def record_type(key: str) -> type[Record] | None:
    """The record type of table ``key``, if one is registered."""
    return _TYPES.get(key)
