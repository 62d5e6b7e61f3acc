"""The unit tree of a survey: the whole organisation on top, units under it, in pre-order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ohtrack.surveys.reader import UnitNode
from ohtrack.text import name_key

#: The ID of the tree's root: the whole organisation.
ORGANISATION = "*"


@dataclass
class UnitTree:
    """Units in pre-order (root first); ``parent[i]`` is an index, -1 for the root."""

    ids: list[str] = field(default_factory=lambda: [ORGANISATION])
    names: list[str] = field(default_factory=lambda: [ORGANISATION])
    parent: list[int] = field(default_factory=lambda: [-1])
    depth: list[int] = field(default_factory=lambda: [0])

    @classmethod
    def build(cls, nodes: Iterable[UnitNode]) -> UnitTree:
        """A tree from unit nodes (parents must exist; unknown parents make top units)."""
        nodes = list(nodes)
        known = {u.id for u in nodes}
        children: dict[str | None, list[UnitNode]] = {}
        for u in nodes:
            p = u.parent if u.parent in known and u.parent != u.id else None
            children.setdefault(p, []).append(u)
        tree = cls()
        stack: list[tuple[UnitNode, int]] = [(u, 0) for u in reversed(children.get(None, []))]
        seen: set[str] = set()
        while stack:
            u, parent = stack.pop()
            if u.id in seen:
                continue
            seen.add(u.id)
            idx = tree.add(u.id, u.name, parent)
            stack.extend((c, idx) for c in reversed(children.get(u.id, [])))
        for u in nodes:  # units in a cycle never reached from the top: put them on top
            if u.id not in seen:
                seen.add(u.id)
                tree.add(u.id, u.name, 0)
        return tree

    def add(self, uid: str, name: str, parent: int) -> int:
        """Append a unit under ``parent``; its index."""
        self.ids.append(uid)
        self.names.append(name)
        self.parent.append(parent)
        self.depth.append(self.depth[parent] + 1)
        return len(self.ids) - 1

    def lookup(self) -> dict[str, int]:
        """Unit ID (exact), then name keys of IDs and names → index."""
        out: dict[str, int] = {}
        for i, uid in enumerate(self.ids[1:], start=1):
            out.setdefault(uid, i)
        for i, (uid, name) in enumerate(zip(self.ids, self.names)):
            if i == 0:
                continue
            out.setdefault(name_key(uid), i)
            out.setdefault(name_key(name), i)
        return out

    def preorder(self) -> list[int]:
        """Indices in display order: each unit followed by the units under it."""
        children: list[list[int]] = [[] for _ in self.ids]
        for i, p in enumerate(self.parent):
            if p >= 0:
                children[p].append(i)
        out: list[int] = []
        stack = [0]
        while stack:
            i = stack.pop()
            out.append(i)
            stack.extend(reversed(children[i]))
        return out

    def __len__(self) -> int:
        return len(self.ids)
