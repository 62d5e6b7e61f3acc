"""The registry: every sheet of the contract, lookups by key, entity and name, registration."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ohtrack.domain.tables import register_table, unregister_table
from ohtrack.text import name_key
from ohtrack.workbook.contract.sheets import SHEETS
from ohtrack.workbook.contract.spec import Column, Sheet

_registered: list[Sheet] = []
_index: dict[str, Sheet] = {}


def sheets() -> tuple[Sheet, ...]:
    """Every sheet of the contract in workbook order: the built-in ones, then registered ones."""
    return (*SHEETS, *_registered)


def record_sheets() -> tuple[Sheet, ...]:
    """The sheets whose rows are records of the programme (all but Programme and Model)."""
    return tuple(s for s in sheets() if s.is_records)


def sheet(key: str) -> Sheet:
    """The sheet with this key (``units``); ``KeyError`` if there is none."""
    for s in sheets():
        if s.key == key:
            return s
    raise KeyError(key)


def entity_sheet(entity: str) -> Sheet:
    """The sheet whose records are ``entity`` (``unit`` → Units); ``KeyError`` if none."""
    for s in sheets():
        if s.entity == entity:
            return s
    raise KeyError(entity)


def register_sheet(spec: Sheet) -> None:
    """Add a sheet to the contract: it is read, checked, counted, written and pseudonymised.

    The sheet needs a record ``model`` whose fields are its columns; its key, names and
    entity must be new. Records live in ``Programme.tables[spec.key]`` unless the
    programme has an attribute of that name.
    """
    if spec.model is None or spec.shape == "fields":
        raise ValueError(f"sheet {spec.key!r}: a registered sheet needs a record model and rows")
    taken = {k for s in sheets() for k in s.names()}
    if spec.key in {s.key for s in sheets()} or taken & spec.names():
        raise ValueError(f"sheet {spec.key!r}: its key or a name is already in the contract")
    if spec.entity and spec.entity in {s.entity for s in sheets()}:
        raise ValueError(f"sheet {spec.key!r}: entity {spec.entity!r} is already in the contract")
    unknown = set(spec.row_fields()) - model_fields(spec)
    if unknown:
        raise ValueError(f"sheet {spec.key!r}: columns {sorted(unknown)} are not fields of its model")
    register_table(spec.programme_attr, spec.model)
    _registered.append(spec)
    _index.clear()


def unregister_sheet(key: str) -> None:
    """Remove a registered sheet again (built-in sheets stay)."""
    for s in list(_registered):
        if s.key == key:
            _registered.remove(s)
            unregister_table(s.programme_attr)
    _index.clear()


@contextmanager
def registered(spec: Sheet) -> Iterator[Sheet]:
    """``register_sheet`` for the length of a ``with`` block."""
    register_sheet(spec)
    try:
        yield spec
    finally:
        unregister_sheet(spec.key)


def model_fields(spec: Sheet) -> set[str]:
    """The fields a sheet's columns must cover: its model's (and for ``members`` its row model's)."""
    skip = {"extra", "members", "roles"}
    out: set[str] = set()
    for model in (spec.model, spec.member_model):
        if model is not None:
            out |= {f for f in model.model_fields if f not in skip}
    return out


def find_sheet(name: str) -> Sheet | None:
    """The contract sheet a workbook sheet name stands for (Dutch or English), if any."""
    if not _index:
        _index.update({k: s for s in sheets() for k in s.names()})
    return _index.get(name_key(name))


def match_columns(sheet: Sheet, headers: list[object]) -> dict[int, Column]:
    """Header position → contract column, for the headers the contract knows."""
    index = {k: c for c in sheet.columns for k in c.names()}
    out: dict[int, Column] = {}
    for i, h in enumerate(headers):
        if h is None or h == "":
            continue
        col = index.get(name_key(h))
        if col is not None and col not in out.values():
            out[i] = col
    return out


#: Sheets the template adds for people, not data: skipped when reading (never round-tripped).
TEMPLATE_SHEETS = frozenset(name_key(n) for n in ("Instructions", "Instructies", "Lists", "Lijsten"))


def is_template_sheet(name: str) -> bool:
    """True for the template's own help and drop-down list sheets."""
    return name_key(name) in TEMPLATE_SHEETS
