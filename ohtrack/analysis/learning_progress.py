"""Progress on the routes: per person and route the modules and hours done, the required
modules still missing and the electives chosen; per route, module, unit and group the
completion rate and the attendance against enrolment.

A module is done when its enrolment is completed, or, for a required module, when the
route enrolment is completed, or when the person attended every held session of it they were
expected at and none is still planned for them. A person completes a route when the route enrolment is
completed, or every required module is done and at least ``electives`` (the route's k of n)
chosen electives are. Enrolments dated after ``as_of`` don't count yet, and a completion
or withdrawal whose end date is after ``as_of`` is still in progress on that date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ohtrack.analysis.learning_enrol import Enrolments, expected_attendees, is_required
from ohtrack.analysis.network_build import event_status
from ohtrack.domain import EventStatus, Programme
from ohtrack.domain.routes import Enrolment, code
from ohtrack.index import Index

#: How far an enrolment is, lowest first (the furthest of a person's enrolments counts).
STAGES = ("withdrawn", "enrolled", "in_progress", "completed")


@dataclass
class PersonRoute:
    """One person on one route: what they did, what they still miss, what they chose."""

    person: str
    route: str
    unit: str | None
    status: str
    modules_done: list[str] = field(default_factory=list)
    hours_done: float = 0.0
    required_missing: list[str] = field(default_factory=list)
    electives_chosen: list[str] = field(default_factory=list)
    electives_done: list[str] = field(default_factory=list)
    electives_needed: int = 0
    chosen_with: list[str] = field(default_factory=list)
    sessions_expected: int = 0
    sessions_attended: int = 0

    @property
    def complete(self) -> bool:
        return self.status == "completed"

    @property
    def active(self) -> bool:
        """Still on the route (not withdrawn)."""
        return self.status != "withdrawn"

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "route": self.route, "unit": self.unit, "status": self.status,
                "complete": self.complete, "modules_done": self.modules_done,
                "hours_done": self.hours_done, "required_missing": self.required_missing,
                "electives_chosen": self.electives_chosen, "electives_done": self.electives_done,
                "electives_needed": self.electives_needed, "chosen_with": self.chosen_with,
                "sessions_expected": self.sessions_expected,
                "sessions_attended": self.sessions_attended}


def stage(e: Enrolment, as_of: dt.date | None) -> str | None:
    """The stage of an enrolment on ``as_of``: None when it does not count yet."""
    if as_of is not None and e.date is not None and e.date > as_of:
        return None
    status = code(e.status) or "enrolled"
    if status in ("completed", "withdrawn") and as_of is not None and e.end is not None and e.end > as_of:
        return "in_progress"
    return status if status in STAGES else "enrolled"


def _furthest(stages: list[str]) -> str | None:
    return max(stages, key=STAGES.index) if stages else None


def progress(programme: Programme, as_of: dt.date | None = None,
             enrolments: Enrolments | None = None) -> list[PersonRoute]:
    """Every person on every route they enrolled in (by the route or a module of it)."""
    enrolments = enrolments or Enrolments(programme)
    modules = enrolments.modules
    routes = {r.id: r for r in programme.routes}
    units = Index(programme).person_units()
    attended = _attendance(programme, as_of, enrolments)
    own: dict[tuple[str, str], list[Enrolment]] = {}
    for e in programme.enrolments:
        route = e.route or (modules[e.module].route if e.module in modules else None)
        if route in routes:
            own.setdefault((e.person, route), []).append(e)
    out: list[PersonRoute] = []
    for (person, rid), rows in sorted(own.items()):
        counted = [(e, s) for e in rows if (s := stage(e, as_of)) is not None]
        if not counted:
            continue
        route_stage = _furthest([s for e, s in counted if not e.module])
        module_stage: dict[str, str] = {}
        for e, s in counted:
            if e.module in modules:
                module_stage[e.module] = _furthest([module_stage.get(e.module, "withdrawn"), s]) or s
        in_route = enrolments.route_modules.get(rid, [])
        required = [m for m in in_route if is_required(modules[m].kind)]
        electives = [m for m in in_route if not is_required(modules[m].kind)]

        finished = {m for m in in_route if module_stage.get(m) == "completed"
                    or (m in required and route_stage == "completed")
                    or _attended_all(attended.get((person, m)))}
        modules_done = [m for m in in_route if m in finished]
        chosen = [m for m in electives if module_stage.get(m, "withdrawn") != "withdrawn"]
        k = routes[rid].electives or 0
        record = PersonRoute(
            person=person, route=rid, unit=units.get(person),
            status="enrolled", modules_done=modules_done,
            hours_done=float(sum(modules[m].hours or 0 for m in modules_done)),
            required_missing=[m for m in required if m not in finished],
            electives_chosen=chosen, electives_done=[m for m in chosen if m in finished],
            electives_needed=k,
            chosen_with=sorted({e.chosen_with for e, _ in counted if e.chosen_with}),
            sessions_expected=sum(attended.get((person, m), (0, 0, 0))[0] for m in in_route),
            sessions_attended=sum(attended.get((person, m), (0, 0, 0))[1] for m in in_route))
        stages = [s for _, s in counted]
        if route_stage == "completed" or (not record.required_missing and len(record.electives_done) >= k
                                          and modules_done):
            record.status = "completed"
        elif all(s == "withdrawn" for s in stages):
            record.status = "withdrawn"
        elif modules_done or "in_progress" in stages or "completed" in stages:
            record.status = "in_progress"
        out.append(record)
    return out


def _attended_all(counts: tuple[int, int, int] | None) -> bool:
    """Held sessions expected, attended, still planned: all attended and none to come."""
    return counts is not None and counts[0] > 0 and counts[1] == counts[0] and counts[2] == 0


def _attendance(programme: Programme, as_of: dt.date | None,
                enrolments: Enrolments) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(person, module) → (held sessions they were expected at, of which attended, and
    sessions still planned that they are expected at)."""
    expected = expected_attendees(programme, enrolments)
    out: dict[tuple[str, str], tuple[int, int, int]] = {}
    for e in programme.events:
        status = event_status(e, as_of)
        if not e.module or status is EventStatus.CANCELLED:
            continue
        present = set(e.attendees)
        for p in expected.get(e.id, ()):
            n, k, planned = out.get((p, e.module), (0, 0, 0))
            if status is EventStatus.HELD:
                out[(p, e.module)] = (n + 1, k + (p in present), planned)
            else:
                out[(p, e.module)] = (n, k, planned + 1)
    return out


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None for nothing to divide by."""
    return part / whole if whole else None


def route_summaries(programme: Programme, people: list[PersonRoute]) -> list[dict[str, Any]]:
    """Per route: its modules, hours, the k of n electives, who enrolled, completed, withdrew."""
    out = []
    for r in programme.routes:
        mods = [m for m in programme.modules if m.route == r.id]
        on = [x for x in people if x.route == r.id]
        active = [x for x in on if x.active]
        done = [x for x in active if x.complete]
        out.append({
            "route": r.id, "name": r.name, "audience": r.audience,
            "modules_required": sum(1 for m in mods if is_required(m.kind)),
            "modules_elective": sum(1 for m in mods if not is_required(m.kind)),
            "electives_needed": r.electives or 0,
            "hours_required": float(sum(m.hours or 0 for m in mods if is_required(m.kind))),
            "forms": sorted({str(m.form) for m in mods if m.form}),
            "enrolled": len(active), "withdrawn": len(on) - len(active), "completed": len(done),
            "completion_rate": rate(len(done), len(active)),
            "missing_required": sum(1 for x in active if x.required_missing),
            "chosen_with_someone": sum(1 for x in active if x.chosen_with),
            "sessions_expected": sum(x.sessions_expected for x in active),
            "sessions_attended": sum(x.sessions_attended for x in active),
        })
    return out


def module_summaries(programme: Programme, as_of: dt.date | None,
                     enrolments: Enrolments) -> list[dict[str, Any]]:
    """Per module: enrolled and completed people, sessions held, attendance against enrolment."""
    expected = expected_attendees(programme, enrolments)
    sessions: dict[str, list[Any]] = {}
    for e in programme.events:
        if e.module:
            sessions.setdefault(e.module, []).append(e)
    completed: dict[str, set[str]] = {}
    for x in programme.enrolments:
        if x.module and stage(x, as_of) == "completed":
            completed.setdefault(x.module, set()).add(x.person)
    out = []
    for m in programme.modules:
        evs = sessions.get(m.id, [])
        held = [e for e in evs if event_status(e, as_of) is EventStatus.HELD]
        pairs = sum(len(expected.get(e.id, ())) for e in held)
        went = sum(len(expected.get(e.id, set()) & set(e.attendees)) for e in held)
        out.append({
            "module": m.id, "route": m.route, "title": m.title, "form": code(m.form),
            "kind": "required" if is_required(m.kind) else "elective", "hours": m.hours,
            "enrolled": len(enrolments.people_of(m.id, as_of)),
            "completed": len(completed.get(m.id, ())),
            "sessions": len(evs), "sessions_held": len(held),
            "expected": pairs, "attended": went, "attendance_rate": rate(went, pairs),
        })
    return out


def by_key(people: list[PersonRoute], key: dict[str, list[str]], name: str) -> list[dict[str, Any]]:
    """Completion per unit or group: ``key`` maps a person to the units or groups they count in."""
    acc: dict[str, dict[str, Any]] = {}
    for x in people:
        if not x.active:
            continue
        for k in key.get(x.person, []):
            rec = acc.setdefault(k, {name: k, "people": set(), "enrolments": 0, "completed": 0,
                                     "hours_done": 0.0})
            rec["people"].add(x.person)
            rec["enrolments"] += 1
            rec["completed"] += x.complete
            rec["hours_done"] += x.hours_done
    out = []
    for k in sorted(acc):
        rec = acc[k]
        out.append({name: k, "people": len(rec["people"]), "enrolments": rec["enrolments"],
                    "completed": rec["completed"],
                    "completion_rate": rate(rec["completed"], rec["enrolments"]),
                    "hours_done": rec["hours_done"]})
    return out
