"""The leadership profile: scores per group and unit at intake and later, and development points.

Per source (self, manager, peer), theme and wave, a cell is the mean score of a set of
people: the whole programme, a group, a unit with everything under it. Cells are shown
only when they have at least ``min_group`` people and no smaller set can be worked out from
the shown cells (``learning_anonymity``), tried in the order: programme, groups, units from
the top down. Individual scores appear in no cell; a person's own scores are in
``development_overview`` only, which is for that person.

Waves: a person's intake score on a theme (from a source) is the one marked ``intake`` (the
earliest one when none of their scores has a moment); the later score is their latest other
one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ohtrack.analysis.learning_anonymity import publishable
from ohtrack.domain import Programme
from ohtrack.domain.profiles import ProfileScore
from ohtrack.domain.routes import code
from ohtrack.domain.tree import UnitTree
from ohtrack.index import Index

#: Fewer people than this in a cell and its scores are not shown (as in surveys).
MIN_GROUP = 5
WAVES = ("intake", "later")
#: The whole programme as a cell key.
ALL = "*"


@dataclass(frozen=True)
class Cell:
    """One cell: ``cut`` (programme, group or unit) and ``key``, theme, source, wave, its size
    ``n`` and ``mean`` (None when not shown)."""

    cut: str
    key: str
    theme: str
    source: str
    wave: str
    n: int
    mean: float | None

    @property
    def shown(self) -> bool:
        return self.mean is not None

    def to_dict(self) -> dict[str, Any]:
        return {"cut": self.cut, "key": self.key, "theme": self.theme, "source": self.source,
                "wave": self.wave, "n": self.n, "mean": self.mean, "shown": self.shown}


@dataclass
class ProfileReport:
    """The profile's themes, the cells shown and hidden, changes, and development themes."""

    themes: list[dict[str, Any]]
    min_group: int
    cells: list[Cell] = field(default_factory=list)
    development: list[dict[str, Any]] = field(default_factory=list)

    def changes(self) -> list[dict[str, Any]]:
        """For every cell shown at intake and later: the change of the mean."""
        later = {(c.cut, c.key, c.theme, c.source): c for c in self.cells if c.wave == "later" and c.shown}
        out = []
        for c in self.cells:
            if c.wave != "intake" or not c.shown:
                continue
            after = later.get((c.cut, c.key, c.theme, c.source))
            if after is None or after.mean is None or c.mean is None:
                continue
            out.append({"cut": c.cut, "key": c.key, "theme": c.theme, "source": c.source,
                        "intake": c.mean, "later": after.mean, "change": after.mean - c.mean,
                        "n_intake": c.n, "n_later": after.n})
        return out

    @property
    def hidden(self) -> int:
        """How many groups and units have a figure (a theme, source or wave) that is not shown."""
        return len({(c.cut, c.key) for c in self.cells if not c.shown and c.n})

    def to_dict(self) -> dict[str, Any]:
        return {"themes": self.themes, "min_group": self.min_group,
                "cells": [c.to_dict() for c in self.cells], "changes": self.changes(),
                "hidden": self.hidden, "development": self.development}


def waves(scores: Iterable[ProfileScore]) -> dict[tuple[str, str, str, str], float]:
    """(wave, source, theme, person) → the score of that wave (see the module docstring)."""
    by: dict[tuple[str, str, str], list[ProfileScore]] = {}
    for s in scores:
        by.setdefault((code(s.source) or "self", s.theme, s.person), []).append(s)
    out: dict[tuple[str, str, str, str], float] = {}
    far = dt.date.max
    for (source, theme, person), rows in by.items():
        rows = sorted(rows, key=lambda s: s.date or far)
        if any(code(s.moment) for s in rows):
            marked = [s for s in rows if code(s.moment) == "intake"]
            intake = marked[0] if marked else None
        else:
            intake = rows[0]
        if intake is not None:
            out[("intake", source, theme, person)] = float(intake.score)
        rest = [s for s in rows if s is not intake and code(s.moment) != "intake"]
        if rest:
            out[("later", source, theme, person)] = float(rest[-1].score)
    return out


def profile_report(programme: Programme, min_group: int = MIN_GROUP) -> ProfileReport:
    """Profile scores per programme, group and unit, shown only where no small set can be told."""
    themes = [{"theme": t.id, "name": t.name, "description": t.description} for t in programme.themes]
    report = ProfileReport(themes=themes, min_group=min_group,
                           development=development_themes(programme))
    scores = waves(programme.profile_scores)
    if not scores:
        return report
    cuts = _cuts(programme)
    decided: dict[tuple[frozenset[str], ...], list[bool]] = {}
    keys = sorted({(w, s, t) for w, s, t, _ in scores}, key=lambda k: (_order(programme, k[2]), k[1],
                                                                       WAVES.index(k[0])))
    for wave, source, theme in keys:
        who = {p: v for (w, s, t, p), v in scores.items() if (w, s, t) == (wave, source, theme)}
        sets = [frozenset(members & who.keys()) for _, _, members in cuts]
        listed = [(cut, key, cell) for (cut, key, _), cell in zip(cuts, sets) if cell]
        signature = tuple(cell for _, _, cell in listed)
        if signature not in decided:
            decided[signature] = publishable(signature, min_group)
        for (cut, key, cell), ok in zip(listed, decided[signature]):
            mean = sum(who[p] for p in cell) / len(cell) if ok else None
            report.cells.append(Cell(cut, key, theme, source, wave, len(cell), mean))
    return report


def _order(programme: Programme, theme: str) -> int:
    ids = [t.id for t in programme.themes]
    return ids.index(theme) if theme in ids else len(ids)


def _cuts(programme: Programme) -> list[tuple[str, str, set[str]]]:
    """The candidate cells in the order they are tried: programme, groups, units top-down."""
    people = {p.id for p in programme.people}
    out: list[tuple[str, str, set[str]]] = [("programme", ALL, people)]
    for g in sorted(programme.groups, key=lambda g: g.id):
        out.append(("group", g.id, {m.person for m in g.members}))
    tree = UnitTree.build(programme.units)
    under: dict[str, set[str]] = {}
    for pid, uid in Index(programme).person_units().items():
        for u in tree.ancestors(uid) if uid else []:
            under.setdefault(u, set()).add(pid)
    for u in sorted(under, key=lambda u: (tree.depth[u], u)):
        out.append(("unit", u, under[u]))
    return out


def development_themes(programme: Programme) -> list[dict[str, Any]]:
    """Themes by how many people chose them as a development point, most chosen first."""
    names = {t.id: t.name for t in programme.themes}
    people: dict[str, set[str]] = {}
    points: dict[str, int] = {}
    for d in programme.development_points:
        if not d.theme:
            continue
        people.setdefault(d.theme, set()).add(d.person)
        points[d.theme] = points.get(d.theme, 0) + 1
    rows = [{"theme": t, "name": names.get(t, t), "people": len(ps), "points": points[t]}
            for t, ps in people.items()]
    return sorted(rows, key=lambda r: (-r["people"], -r["points"], _order(programme, r["theme"])))


@dataclass
class DevelopmentOverview:
    """One person's own scores and development points: for that person, not for sharing."""

    person: str
    name: str | None
    scores: list[dict[str, Any]]
    points: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "name": self.name, "scores": self.scores, "points": self.points}


def development_overview(programme: Programme, person: str) -> DevelopmentOverview:
    """The person's own development overview: every score (date, source, moment) and point.

    This holds individual scores: give it to the person, never put it in a shared output.
    ``person`` is an ID or an unambiguous name; ``LearningError`` when it names nobody.
    """
    from ohtrack.analysis.learning_text import learning_error


    found = Index(programme).person(person)
    if found is None:
        raise learning_error("unknown_person", "en", person=person)
    scores = sorted((s for s in programme.profile_scores if s.person == found.id),
                    key=lambda s: (_order(programme, s.theme), s.date or dt.date.max))
    points = [d for d in programme.development_points if d.person == found.id]
    return DevelopmentOverview(
        person=found.id, name=found.name,
        scores=[{"theme": s.theme, "date": s.date.isoformat() if s.date else None,
                 "source": code(s.source) or "self", "moment": code(s.moment), "score": s.score}
                for s in scores],
        points=[{"theme": d.theme, "action": d.action, "status": code(d.status),
                 "date": d.date.isoformat() if d.date else None} for d in points])
