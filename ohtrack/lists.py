"""Passes over a column (a list of cells) made at C speed: where a value is, a function of
each value computed once per distinct value."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def indexes(values: list[Any], v: Any) -> list[int]:
    """Where ``v`` is in ``values`` (as ``==`` finds it), found by ``list.index`` at C speed."""
    out: list[int] = []
    j = -1
    with contextlib.suppress(ValueError):
        while True:
            j = values.index(v, j + 1)
            out.append(j)
    return out


def each(fn: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """``fn`` of every value, computed once per distinct value (at C speed when it can)."""
    uniq = dict.fromkeys(values)  # in the order first seen: units and people keep list order
    if True in uniq or False in uniq:  # True == 1: a memo would mix them up
        return [fn(v) for v in values]
    memo = {v: fn(v) for v in uniq}
    return list(map(memo.__getitem__, values))


def grouped(items: Iterable[T], key: Callable[[T], Hashable]) -> list[list[T]]:
    """``items`` of one ``key`` together, each group where its first item was, items in order."""
    out: dict[Hashable, list[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return list(out.values())
