"""Who is enrolled in what, when: the modules a person signed up for, and who is expected
at each learning event.

An enrolment in a route stands for the route's required modules (a module without a kind
counts as required); an enrolment in a module for that module. An enrolment counts from its
date (when it has one); a completed one until its end date (so a second group's sessions of
the same module don't count for who completed it in the first), a withdrawn one until the
day before its end date (not at all when the withdrawal has no date). A person is expected
at an event of a module when enrolled in the module on the event's date and, if the event
has a group, a member of that group on that date (membership Since/Until); at an
event with a group but no module, or of a module nobody enrolled in, every member of the
group is expected (as before there were enrolments).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ohtrack.analysis.network_build import relation_active
from ohtrack.domain import Programme
from ohtrack.domain.routes import Enrolment, code


def is_required(kind: object) -> bool:
    """True for a required module (and for one whose kind is not filled in)."""
    return code(kind) != "elective"


@dataclass(frozen=True)
class Span:
    """When an enrolment counts: from ``start`` (or always) until ``stop`` (exclusive, or open)."""

    start: dt.date | None
    stop: dt.date | None
    #: Withdrawn without an end date: never counts.
    never: bool = False

    def covers(self, day: dt.date | None) -> bool:
        """True when the enrolment counts on ``day`` (an undated day: whenever it counts at all)."""
        if self.never:
            return False
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.stop is None or day < self.stop)


def span(e: Enrolment) -> Span:
    """The span of one enrolment (see the module docstring)."""
    status = code(e.status)
    if status == "withdrawn":
        if e.end is None:
            return Span(e.date, None, never=True)
        return Span(e.date, e.end)
    if status == "completed" and e.end is not None:
        return Span(e.date, e.end + dt.timedelta(days=1))
    return Span(e.date, None)


class Enrolments:
    """The enrolments of a programme, by person and module (routes expanded to their modules)."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.modules = {m.id: m for m in programme.modules}
        self.route_modules: dict[str, list[str]] = {}
        for m in programme.modules:
            self.route_modules.setdefault(m.route, []).append(m.id)
        #: (person, module) → the spans during which the person is enrolled in it.
        self.spans: dict[tuple[str, str], list[Span]] = {}
        #: person → the routes they are on (by a route enrolment or a module of the route).
        self.routes_of: dict[str, list[str]] = {}
        for e in programme.enrolments:
            s = span(e)
            for mid in self.modules_of_enrolment(e):
                self.spans.setdefault((e.person, mid), []).append(s)
            route = e.route or (self.modules[e.module].route if e.module in self.modules else None)
            if route:
                routes = self.routes_of.setdefault(e.person, [])
                if route not in routes:
                    routes.append(route)

    def modules_of_enrolment(self, e: Enrolment) -> list[str]:
        """The modules one enrolment covers: the module, or the route's required modules."""
        if e.module:
            return [e.module] if e.module in self.modules else []
        if e.route:
            return [m for m in self.route_modules.get(e.route, []) if is_required(self.modules[m].kind)]
        return []

    def enrolled(self, person: str, module: str, day: dt.date | None = None) -> bool:
        """True when ``person`` is enrolled in ``module`` on ``day``."""
        return any(s.covers(day) for s in self.spans.get((person, module), ()))

    def people_of(self, module: str, day: dt.date | None = None) -> set[str]:
        """Everyone enrolled in ``module`` on ``day``."""
        return {p for (p, m), spans in self.spans.items()
                if m == module and any(s.covers(day) for s in spans)}


def expected_attendees(programme: Programme, enrolments: Enrolments | None = None) -> dict[str, set[str]]:
    """Event ID → the people expected at it, for events with a group or a module.

    Events with neither (a theme day for everyone) expect nobody in particular and are left
    out, as are events of unknown modules and groups.
    """
    enrolments = enrolments or Enrolments(programme)
    groups = {g.id: g for g in programme.groups}
    by_module: dict[str, set[str]] = {}
    for (person, module) in enrolments.spans:
        by_module.setdefault(module, set()).add(person)
    out: dict[str, set[str]] = {}
    for e in programme.events:
        grp = groups.get(e.group) if e.group else None
        group = ({m.person for m in grp.members if relation_active(m.since, m.until, e.date)}
                 if grp is not None else None)
        if e.module and e.module in by_module:
            candidates: Iterable[str] = by_module[e.module]
            who = {p for p in candidates if enrolments.enrolled(p, e.module, e.date)}
            out[e.id] = who & group if group is not None else who
        elif e.module and e.module in enrolments.modules and group is None:
            out[e.id] = set()
        elif group is not None:
            out[e.id] = set(group)
    return out
