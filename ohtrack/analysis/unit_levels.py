"""People by their unit at a level of the unit tree (``ohtrack.domain.tree.UnitTree``)."""

from __future__ import annotations

from ohtrack.domain import Programme
from ohtrack.domain.tree import UnitTree
from ohtrack.index import Index


def first_branching_level(tree: UnitTree) -> int:
    """The highest depth with more than one unit: the directorates under a single top unit,
    or the top units themselves when there are several (1 when the tree is one chain)."""
    for depth in range(1, tree.max_depth + 1):
        if sum(1 for d in tree.depth.values() if d == depth) > 1:
            return depth
    return 1


def unit_at_level(programme: Programme, level: int | str | None = None,
                  tree: UnitTree | None = None) -> dict[str, str | None]:
    """Person ID → their unit at ``level`` (a depth, 1 being the top, or a level name from the
    Units sheet); ``None`` as level gives each person's own unit. A person in a unit above
    the level keeps that unit; people without a known unit map to None. ``UnknownLevelError``
    for a level the tree does not have.
    """
    tree = tree or UnitTree.build(programme.units)
    units = Index(programme).person_units()
    if level is None:
        return units
    resolved = tree.resolve_level(level)
    return {pid: tree.at_level(uid, resolved) for pid, uid in units.items()}
