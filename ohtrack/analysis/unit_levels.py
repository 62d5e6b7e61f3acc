"""Units at a level of the unit tree: which directorate (level 1) or department a person is in."""

from __future__ import annotations

from ohtrack.domain import Programme


def ancestors(programme: Programme) -> dict[str, list[str]]:
    """Unit ID → the chain from the top of its tree down to the unit itself.

    A loop in the tree (``validate`` reports it) is cut where it closes.
    """
    parent = {u.id: programme.unit_id(u.parent) if u.parent else None for u in programme.units}
    out: dict[str, list[str]] = {}
    for uid in parent:
        chain: list[str] = []
        node: str | None = uid
        while node is not None and node not in chain:
            chain.append(node)
            node = parent.get(node)
        out[uid] = chain[::-1]
    return out


def unit_at_level(programme: Programme, level: int | None = None) -> dict[str, str | None]:
    """Person ID → their unit at ``level`` of the tree (0 = the top, 1 = the units under it …).

    A person in a unit higher up than ``level`` keeps that unit; ``None`` as level gives
    each person's own unit; people without a (known) unit map to None.
    """
    chains = ancestors(programme)
    out: dict[str, str | None] = {}
    for p in programme.people:
        uid = programme.unit_id(p.unit) if p.unit else None
        if uid is None or level is None:
            out[p.id] = uid
            continue
        chain = chains.get(uid, [uid])
        out[p.id] = chain[min(level, len(chain) - 1)]
    return out
