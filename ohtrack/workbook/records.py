"""Converted columns into domain records in bulk: blank rows, custom columns, records (for
``read``/``load``) and light read-only rows (for ``validate``)."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import repeat
from operator import itemgetter, setitem
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from ohtrack.domain.base import Record
from ohtrack.lists import indexes
from ohtrack.workbook.cells import convert_column, plain


def blank_rows(rows: list[list[Any]]) -> list[bool]:
    """Which rows have no value at all (only None and empty strings)."""
    with contextlib.suppress(IndexError):  # (an empty row has no first cell)
        if all(map(itemgetter(0), rows)):  # every first cell filled, as IDs are: none blank
            return [False] * len(rows)
    filled = list(map(any, rows))  # a row of only 0 or False is not blank: look closer
    return [not f and all(v is None or v == "" for v in r) for f, r in zip(filled, rows)] \
        if False in filled else [False] * len(rows)


#: The slots of a pydantic model, set directly (as ``model_construct`` does, at C speed).
SET_DICT, SET_FIELDS, SET_EXTRA, SET_PRIVATE = (
    BaseModel.__dict__[a].__set__ for a in ("__dict__", "__pydantic_fields_set__",
                                            "__pydantic_extra__", "__pydantic_private__"))


_Model = TypeVar("_Model", bound=BaseModel)


@cache
def _field_defaults(model: type[BaseModel]) -> tuple[tuple[str, Any, Callable[[], Any] | None, bool], ...]:
    """Each field of ``model``: (name, default, default factory, required)."""
    return tuple((name, info.default, cast("Callable[[], Any] | None", info.default_factory),
                  info.is_required()) for name, info in model.model_fields.items())


def construct(model: type[_Model], **values: Any) -> _Model:
    """``model.model_construct(**values)`` for values known to be right, at a fraction of its
    cost (it inspects every default factory's signature, each time: 150 µs for a person).

    Fields not given take their default (a factory's new value) and a required one not given
    is left unset, as ``model_construct`` does; a name that is no field raises ``TypeError``.
    """
    unknown = values.keys() - model.model_fields.keys()
    if unknown:
        raise TypeError(f"{model.__name__} has no field {sorted(unknown)[0]!r}")
    data: dict[str, Any] = {}
    for name, default, factory, required in _field_defaults(model):
        if name in values:
            data[name] = values[name]
        elif factory is not None:
            data[name] = factory()
        elif not required:
            data[name] = default
    return assemble(model, [data], set(values))[0]


def assemble(model: type[_Model], dicts: list[dict[str, Any]],
             fields_set: AbstractSet[str]) -> list[_Model]:
    """Instances of ``model`` holding ``dicts`` (every field's value, known to be right), their
    slots set directly as ``model_construct`` does, at C speed; ``fields_set`` is shared by all
    (it only tells which fields were given)."""
    objs: list[_Model] = list(map(model.__new__, repeat(model, len(dicts))))
    deque(map(SET_DICT, objs, dicts), maxlen=0)
    deque(map(SET_FIELDS, objs, repeat(fields_set)), maxlen=0)
    deque(map(SET_EXTRA, objs, repeat(None)), maxlen=0)
    deque(map(SET_PRIVATE, objs, repeat(None)), maxlen=0)
    return objs


#: Stand-ins for the custom columns of rows that are only checked: with and without values.
CUSTOM_SOME: dict[str, Any] = {"…": True}
CUSTOM_NONE: dict[str, Any] = {}


def _never_blank(col: Sequence[Any]) -> bool:
    """No cell of ``col`` reads as empty: ``cells.is_empty`` of none, found at C speed."""
    if None in col:
        return False
    if str not in set(map(type, col)):
        return True
    return all(map(str.strip, (v for v in col if v.__class__ is str)))


def custom_columns(extras_at: dict[int, str], cols: list[Sequence[Any]], n: int,
                   keep: bool = True) -> list[dict[str, Any]]:
    """Each row's custom columns as a dict (empty cells left out), built column by column.

    With ``keep=False`` only whether a row has any is kept: shared ``CUSTOM_SOME`` or
    ``CUSTOM_NONE`` dicts, not to be changed.
    """
    if not extras_at:
        return [{} for _ in range(n)] if keep else [CUSTOM_NONE] * n
    if not keep and any(_never_blank(cols[i]) for i in extras_at):
        return [CUSTOM_SOME] * n  # a column of numbers, say: every row has a custom value
    names = list(extras_at.values())
    values = [convert_column(plain, cols[i])[0] for i in extras_at]
    if not keep:
        k = len(values)
        nones = map(tuple.count, zip(*values), repeat(None))
        return [CUSTOM_NONE if c == k else CUSTOM_SOME for c in nones]
    out = _dicts(names, values, len(values[0]))
    for name, col in zip(names, values):
        for j in indexes(col, None):
            del out[j][name]
    return out


def _dicts(names: list[str], columns: Sequence[Iterable[Any]], n: int) -> list[dict[str, Any]]:
    """A dict a row of ``names`` → the row's values (in order), made at C speed: for 11–30
    names as copies sharing one table of keys (``_shared_keys``), else by a dict display
    ``{k0: v0, k1: v1, …}`` for as many names (twice as fast as copying one dict and updating it
    with the row, for a few names); rows wider than ``_DISPLAY_MAX`` are made so."""
    if _SHARED_MIN < len(names) <= _SHARED_MAX and len(set(names)) == len(names):
        dicts = list(map(dict.copy, repeat(_shared_keys(tuple(names)), n)))
        for name, column in zip(names, columns):  # a column at a time, at C speed
            deque(map(setitem, dicts, repeat(name), column), maxlen=0)
        return dicts
    if len(names) > _DISPLAY_MAX:
        dicts = list(map(dict.copy, repeat(dict.fromkeys(names), n)))
        deque(map(dict.update, dicts, map(zip, repeat(names), zip(*columns))), maxlen=0)
        return dicts
    return _display(len(names))(zip(*columns), *names) if names else [{} for _ in range(n)]


#: The most keys CPython shares among dicts (``SHARED_KEYS_MAX_SIZE``), and the fewest for
#: which a dict sharing its keys is smaller (each holds room for ``_SHARED_MAX`` values).
_SHARED_MIN, _SHARED_MAX = 10, 30


@cache
def _shared_keys(names: tuple[str, ...]) -> dict[str, Any]:
    """A dict of ``names`` (all None) whose copies share one table of keys, as the attribute
    dicts of a class's instances do: a copy holds only its values (a record of fifteen fields:
    296 bytes, not 464), and is made faster. Where Python shares no keys it is a plain dict."""
    holder = type("_Keys", (), {})()
    for name in names:
        setattr(holder, name, None)
    return cast("dict[str, Any]", holder.__dict__)


#: The widest row made by a dict display.
_DISPLAY_MAX = 255


@cache
def _display(k: int) -> Callable[..., list[dict[str, Any]]]:
    """``f(rows, k0, …, k{k-1})``: each row of ``k`` values as a dict of those keys. Only the
    count is in the code made: the keys are arguments."""
    keys = ", ".join(f"k{i}" for i in range(k))
    values = ", ".join(f"v{i}" for i in range(k))
    pairs = ", ".join(f"k{i}: v{i}" for i in range(k))
    code: dict[str, Any] = {}
    exec(f"def rows_as_dicts(rows, {keys}):\n    return [{{{pairs}}} for {values}, in rows]\n", code)
    return cast(Callable[..., list[dict[str, Any]]], code["rows_as_dicts"])


def build_records(model: type[Record], fields: list[str], converted: list[list[Any]],
                  extras: list[dict[str, Any]]) -> list[Record]:
    """``model`` records from converted columns, in bulk: like ``model_construct``, unvalidated.

    Empty cells take the field's default (required text fields the empty string); every
    record gets its own lists and dicts.
    """
    n = len(extras)
    specs = model.model_fields
    names: list[str] = []
    columns: list[Iterable[Any]] = []
    for name, col in zip(fields, converted):
        info = specs[name]
        default = "" if info.is_required() else info.default
        if info.default_factory is None and default is not None and None in col:
            col = [default if v is None else v for v in col]
        names.append(name)
        columns.append(col)
    for name, info in specs.items():
        if name == "extra" or name in fields:
            continue
        names.append(name)
        if info.default_factory is not None:
            factory = info.default_factory
            if factory in (list, dict, set):  # made at C speed: list(()) is a new empty list
                columns.append(list(map(factory, repeat((), n))))
            else:
                columns.append([factory() for _ in range(n)])  # type: ignore[call-arg]
        else:
            columns.append(repeat("" if info.is_required() else info.default, n))
    names.append("extra")
    columns.append(extras)
    dicts = _dicts(names, columns, n)
    # One fields-set per sheet, shared: it only tells which fields came from the sheet.
    return assemble(model, dicts, {*fields, "extra"})


_ROW_TYPES: dict[type[Record], type[tuple[Any, ...]]] = {}


class Rows(Sequence[Any]):
    """Read-only stand-ins for a sheet's records, kept column by column.

    Indexing and iterating give named tuples with the records' attributes (made on
    demand); ``column(field)`` gives one field for every row without making any.
    """

    def __init__(self, row_type: type[tuple[Any, ...]], columns: dict[str, Sequence[Any]],
                 n: int) -> None:
        self._type = row_type
        self._columns = columns
        self._ordered = [columns[f] for f in row_type._fields]  # type: ignore[attr-defined]
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        return tuple.__new__(self._type, [c[index] for c in self._ordered])

    def __iter__(self) -> Iterator[Any]:
        return map(tuple.__new__, repeat(self._type), zip(*self._ordered))

    def column(self, fld: str) -> Sequence[Any]:
        """The values of one field, in row order."""
        return self._columns[fld]


def build_rows(model: type[Record], fields: list[str], converted: list[list[Any]],
               extras: list[dict[str, Any]]) -> Rows:
    """Read-only stand-ins for ``model`` records (see ``Rows``), for checking a workbook.

    Much cheaper to make and to free than pydantic records. Empty cells take the field's
    default; default lists are shared.
    """
    from collections import namedtuple

    row_type = _ROW_TYPES.get(model)
    if row_type is None:
        row_type = _ROW_TYPES[model] = namedtuple(f"{model.__name__}Row", list(model.model_fields))
    n = len(extras)
    given = dict(zip(fields, converted))
    columns: dict[str, Sequence[Any]] = {}
    for name, info in model.model_fields.items():
        if name == "extra":
            columns[name] = extras
            continue
        default = "" if info.is_required() else (
            info.default_factory() if info.default_factory is not None else info.default)  # type: ignore[call-arg]
        col = given.get(name)
        if col is None:
            columns[name] = [default] * n
        elif default is not None and default != [] and None in col:
            columns[name] = [default if v is None else v for v in col]
        else:
            columns[name] = col
    return Rows(row_type, columns, n)
