"""The unit tree of a programme: parents, depths, subtrees and levels, at any depth.

Units form a tree through ``parent``; the units without a (known) parent are the top
units, at depth 1. A unit's *level* is its depth, or the level name written on the Units
sheet (``dienst``, ``afdeling``, ``team``). Every walk is iterative: a chain of thousands of
units needs no recursion. Units in a cycle (which validation reports) are treated as top
units, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ohtrack.errors import UnknownLevelError
from ohtrack.i18n import t
from ohtrack.text import name_key


def _level_error(variant: str, **params: object) -> UnknownLevelError:
    reason = f"unknown-level.{variant}"
    return UnknownLevelError(t(f"errors.{reason}", "en", **params), reason, dict(params))


@dataclass
class UnitTree:
    """Units by ID with their parent, depth, name and level name."""

    parent: dict[str, str | None] = field(default_factory=dict)
    name: dict[str, str] = field(default_factory=dict)
    level_name: dict[str, str | None] = field(default_factory=dict)
    depth: dict[str, int] = field(default_factory=dict)
    children: dict[str | None, list[str]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # pre-order: each unit before its subtree

    @classmethod
    def build(cls, units: Iterable[object]) -> UnitTree:
        """The tree of ``units`` (records with ``id``, ``name``, ``parent`` and an optional ``level``)."""
        units = list(units)
        tree = cls()
        ids = [u.id for u in units]  # type: ignore[attr-defined]
        known = set(ids)
        for u in units:
            uid: str = u.id  # type: ignore[attr-defined]
            if uid in tree.name:
                continue
            tree.name[uid] = getattr(u, "name", uid) or uid
            tree.level_name[uid] = getattr(u, "level", None)
            p = getattr(u, "parent", None)
            tree.parent[uid] = p if p in known and p != uid else None
        # A unit in a cycle never reaches the top: cut the cycle at the unit met first.
        state: dict[str, int] = {}
        for start in tree.name:
            path: list[str] = []
            node: str | None = start
            while node is not None and state.get(node, 0) == 0:
                state[node] = 1
                path.append(node)
                node = tree.parent[node]
            if node is not None and state.get(node) == 1:
                tree.parent[node] = None
            for n in path:
                state[n] = 2
        for uid in tree.name:
            tree.children.setdefault(tree.parent[uid], []).append(uid)
        stack = [(uid, 1) for uid in reversed(tree.children.get(None, []))]
        while stack:
            uid, d = stack.pop()
            tree.depth[uid] = d
            tree.order.append(uid)
            stack.extend((c, d + 1) for c in reversed(tree.children.get(uid, [])))
        return tree

    def __contains__(self, uid: object) -> bool:
        return uid in self.name

    def __len__(self) -> int:
        return len(self.name)

    def ancestors(self, uid: str) -> list[str]:
        """The unit and every unit above it, nearest first."""
        out: list[str] = []
        node: str | None = uid
        while node is not None and node in self.parent:
            out.append(node)
            node = self.parent[node]
        return out

    def subtree(self, uid: str) -> list[str]:
        """The unit and every unit below it, in pre-order."""
        out: list[str] = []
        stack = [uid]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(self.children.get(node, [])))
        return out

    @property
    def max_depth(self) -> int:
        return max(self.depth.values(), default=0)

    def level_names(self) -> list[str]:
        """The level names written on the Units sheet, from the top down."""
        first: dict[str, int] = {}
        for uid, lvl in self.level_name.items():
            if lvl:
                first.setdefault(lvl, self.depth[uid])
                first[lvl] = min(first[lvl], self.depth[uid])
        return sorted(first, key=lambda n: (first[n], n))

    def resolve_level(self, level: int | str) -> int | str:
        """A level as a depth (``1``, ``"2"``) or as a level name (matched loosely).

        Raises ``UnknownLevelError`` naming the levels there are when it is neither.
        """
        if isinstance(level, int) or str(level).strip().isdigit():
            depth = int(level)
            deepest = max(self.max_depth, 1)
            if not 1 <= depth <= deepest:
                raise _level_error("depth", level=depth, deepest=deepest)
            return depth
        wanted = name_key(level)
        for name in self.level_names():
            if name_key(name) == wanted:
                return name
        if not self.level_names():
            raise _level_error("none", level=str(level))
        raise _level_error("name", level=str(level), names=", ".join(self.level_names()))

    def at_level(self, uid: str | None, level: int | str) -> str | None:
        """The unit at ``level`` that ``uid`` belongs to (itself or the unit above it).

        A unit above the level (a directorate when the level is teams) stands for itself;
        an unknown unit gives None.
        """
        if uid is None or uid not in self.parent:
            return None
        chain = self.ancestors(uid)
        if isinstance(level, int):
            if self.depth[uid] <= level:
                return uid
            return chain[self.depth[uid] - level]
        key = name_key(level)
        for node in chain:
            if self.level_name[node] and name_key(self.level_name[node] or "") == key:
                return node
        return uid

    def group_by_level(self, uids: Sequence[str | None], level: int | str) -> list[str | None]:
        """``at_level`` of many units (each distinct unit worked out once)."""
        memo: dict[str | None, str | None] = {}
        out = []
        for u in uids:
            if u not in memo:
                memo[u] = self.at_level(u, level)
            out.append(memo[u])
        return out
