"""The practices each snapshot's initiatives cover, on one model for the whole history.

A programme can change health model between snapshots (OHI 2011 to OHI 2024): each older
snapshot's practices are carried onto the model of the newest snapshot through the cited
crosswalk (``ohtrack.frameworks.crosswalk``), so the snapshots compare like with like; the
practices with no counterpart are listed, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ohtrack.errors import OhtrackError

if TYPE_CHECKING:  # pragma: no cover
    from ohtrack.domain import Programme
    from ohtrack.frameworks import Framework


@dataclass(frozen=True)
class Coverage:
    """The practices one snapshot's initiatives name, on the history's model ``model``.

    ``own_model`` is the snapshot's own model; when it differs from ``model``, ``practices``
    are its practices carried over through the crosswalk and ``not_carried`` the ones (ids of
    ``own_model``) without a counterpart in ``model`` (all of them when no crosswalk exists).
    """

    model: str
    own_model: str
    practices: tuple[str, ...]
    not_carried: tuple[str, ...] = ()

    @property
    def carried(self) -> bool:
        """Whether this snapshot was on another model than the history's."""
        return self.own_model != self.model

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "own_model": self.own_model, "practices": list(self.practices),
                "not_carried": list(self.not_carried)}


def _framework(programme: Programme) -> Framework | None:
    try:
        return programme.framework
    except OhtrackError:  # a custom model without its Model sheet: nothing to cover
        return None


def covered_practices(programme: Programme) -> tuple[str, ...]:
    """Ids of the practices (model order) that at least one initiative names."""
    fw = _framework(programme)
    if fw is None:
        return ()
    resolver = fw.resolver()
    named = {found[1].id for ini in programme.initiatives for name in ini.practices
             if (found := resolver.practice(name)) is not None}
    return tuple(p.id for _o, p in fw.iter_practices() if p.id in named)


def model_id(programme: Programme) -> str | None:
    """The id of the programme's model (None when it can't be had)."""
    fw = _framework(programme)
    return None if fw is None else fw.id


def coverage(programmes: list[Programme]) -> list[Coverage | None]:
    """Per programme (oldest first), its covered practices on the newest programme's model."""
    from ohtrack.frameworks import crosswalk, has_crosswalk

    target = model_id(programmes[-1]) if programmes else None
    out: list[Coverage | None] = []
    for prog in programmes:
        own = model_id(prog)
        if own is None or target is None:
            out.append(None)
            continue
        practices = covered_practices(prog)
        if own == target:
            out.append(Coverage(target, own, practices))
        elif has_crosswalk(own, target):
            carried = crosswalk(own, target).carry(practices)
            out.append(Coverage(target, own, carried.practices, carried.not_carried))
        else:
            out.append(Coverage(target, own, (), practices))
    return out
