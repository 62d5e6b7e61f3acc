"""The network over time: when each source of a tie holds, each tie's spells, growth per month.

A person–person tie holds on a date when one of its sources does (all dates inclusive, an
empty date open):

- a relation between its Since and Until;
- a shared group while both memberships hold: a membership runs from its Since to its Until;
  an undated Since is the group's first held event (``group_starts``);
- a held event from its date on (ties made at a session stay);
- an initiative from its start on.

``network_build.build(programme, as_of)`` keeps exactly the ties whose spells hold on ``as_of``; the
tests check that they agree on every date where something changes.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from ohtrack.domain import EventStatus, Programme
from ohtrack.domain.learning import Event
from ohtrack.domain.people import Group, Membership, Relation

#: Events, groups and initiatives with more people than this make no person–person ties: a
#: theme day for 200 managers says nothing about who learned with whom. They still count for
#: attendance and realisation, and are listed in ``Graphs.plenary``.
MAX_TIE_SIZE = 30

#: An inclusive period; None at either end is open.
Interval = tuple[dt.date | None, dt.date | None]


def holds(interval: Interval, on: dt.date | None) -> bool:
    """True when ``interval`` holds on ``on`` (always when ``on`` is None)."""
    if on is None:
        return True
    start, end = interval
    return (start is None or start <= on) and (end is None or on <= end)


def event_status(event: Event, as_of: dt.date | None = None) -> EventStatus:
    """The status of an event on a date.

    A missing status counts as held when attendees are listed, planned otherwise; an event
    dated after ``as_of`` that is not cancelled is still planned on that date.
    """
    status = event.status
    if status is None:
        status = EventStatus.HELD if event.attendees else EventStatus.PLANNED
    if (as_of is not None and event.date is not None and event.date > as_of
            and status is not EventStatus.CANCELLED):
        return EventStatus.PLANNED
    return status


def overdue(event: Event, as_of: dt.date) -> bool:
    """A planned event dated before ``as_of``: its day has passed and it is not recorded as
    held (nor as cancelled)."""
    return event.date is not None and event.date < as_of \
        and event_status(event, as_of) is EventStatus.PLANNED


def planned_apart(events: Iterable[Event], as_of: dt.date | None) -> tuple[Counter[str], Counter[str]]:
    """Per group ID (``""`` for events of no group), the planned sessions told apart on the
    report date: those still to come (dated after it, not cancelled) and those whose day has
    passed without being recorded as held (``overdue``). Both empty without a report date."""
    ahead: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    if as_of is not None:
        for e in events:
            if e.date and e.date > as_of and e.status is not EventStatus.CANCELLED:
                ahead[e.group or ""] += 1
            elif overdue(e, as_of):
                passed[e.group or ""] += 1
    return ahead, passed


def relation_seen(programme: Programme, people: Iterable[str]) -> list[tuple[Relation, str]]:
    """The relations that can make ties, with their type as text: between known people, no
    self-loops, repeated rows (same From, To, Type, Since and Until) once. Rows of one tie
    with other dates are kept: on a date, the first that holds counts."""
    known = set(people)
    seen: set[tuple[object, ...]] = set()
    out = []
    for r in programme.relations:
        rtype = str(r.type)
        key = (r.source, r.target, rtype, r.since, r.until)
        if r.source not in known or r.target not in known or r.source == r.target or key in seen:
            continue
        seen.add(key)
        out.append((r, rtype))
    return out


def group_starts(programme: Programme, planned: bool = True) -> dict[str, dt.date]:
    """Group ID → the date of its first held event (as written: an event's status, not the
    report date). With ``planned``, a group whose events were none of them held starts at
    its first planned (not cancelled) dated event; a group without such events has no start."""
    held: dict[str, dt.date] = {}
    other: dict[str, dt.date] = {}
    for e in programme.events:
        if not e.group or e.date is None:
            continue
        status = event_status(e)
        into = held if status is EventStatus.HELD else other if status is EventStatus.PLANNED else None
        if into is not None:
            into[e.group] = min(into.get(e.group, e.date), e.date)
    return {**other, **held} if planned else held


def membership_interval(m: Membership, start: dt.date | None) -> Interval:
    """When a membership holds: Since (or the group's ``start``) to Until."""
    return (m.since if m.since is not None else start, m.until)


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The period both hold, or None when they never overlap."""
    starts = [d for d in (a[0], b[0]) if d is not None]
    ends = [d for d in (a[1], b[1]) if d is not None]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    if start is not None and end is not None and end < start:
        return None
    return (start, end)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Overlapping or touching (next day) intervals joined, earliest first."""
    lo = dt.date.min
    items = sorted(intervals, key=lambda i: (i[0] or lo, i[1] or dt.date.max))
    out: list[list[dt.date | None]] = []
    for start, end in items:
        if out:
            last_end = out[-1][1]
            if last_end is None or (start or lo) <= last_end + dt.timedelta(days=1):
                if last_end is not None and (end is None or end > last_end):
                    out[-1][1] = end
                continue
        out.append([start, end])
    return [(s, e) for s, e in out]


def tie_spells(programme: Programme,
               max_tie_size: int | None = None) -> dict[tuple[str, str], list[Interval]]:
    """Every person–person tie (sorted ID pair) with the periods it holds, merged.

    The same sources as ``network_build.build`` with no report date: relations (and People →
    Manager, always), groups, held events and initiatives of at most ``max_tie_size`` people.
    """
    size = MAX_TIE_SIZE if max_tie_size is None else max_tie_size
    people = {p.id for p in programme.people if p.id}
    raw: defaultdict[tuple[str, str], list[Interval]] = defaultdict(list)

    def add(a: str, b: str, when: Interval) -> None:
        raw[(a, b) if a <= b else (b, a)].append(when)

    for r, _ in relation_seen(programme, people):
        add(r.source, r.target, (r.since, r.until))
    for p in programme.people:
        if p.manager in people and p.manager != p.id and p.id in people:
            add(p.id, p.manager, (None, None))
    # Pairs of a sorted list come sorted: added without ``add``'s comparison.
    for e in programme.events:
        if event_status(e) is not EventStatus.HELD:
            continue
        who = sorted({a for a in e.attendees if a in people})
        if len(who) <= size:
            when: Interval = (e.date, None)
            for pair in combinations(who, 2):
                raw[pair].append(when)
    for ini in programme.initiatives:
        who = sorted({x for x in [*([ini.owner] if ini.owner else []), *ini.participants] if x in people})
        if len(who) <= size:
            when = (ini.start, None)
            for pair in combinations(who, 2):
                raw[pair].append(when)
    starts = group_starts(programme)
    for grp in programme.groups:
        spans = member_spans(grp, people, starts.get(grp.id))
        if len(spans) > size:
            continue
        for a, b in combinations(sorted(spans), 2):
            for x in spans[a]:
                for y in spans[b]:
                    both = intersect(x, y)
                    if both is not None:
                        raw[(a, b)].append(both)
    # Sorting the pairs alone is much faster than sorting (pair, spans) items.
    return {pair: [v[0]] if len(v := raw[pair]) == 1 else merge(v) for pair in sorted(raw)}


def member_spans(grp: Group, people: set[str], start: dt.date | None) -> dict[str, list[Interval]]:
    """Known person → the periods of their memberships of ``grp`` (a person may have several rows)."""
    out: dict[str, list[Interval]] = {}
    for m in grp.members:
        if m.person in people:
            out.setdefault(m.person, []).append(membership_interval(m, start))
    return out


def month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The last day of every month from ``first``'s month to ``last``'s; the final one is ``last``."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        out.append(min(dt.date(ny, nm, 1) - dt.timedelta(days=1), last))
        y, m = ny, nm
    return out


def growth(spells: dict[tuple[str, str], list[Interval]], unit_at: dict[str, str | None],
           until: dt.date | None) -> list[dict[str, Any]]:
    """Ties and cross-unit ties at the end of every month, from the first dated start to ``until``.

    ``until`` defaults to the last date in the spells. A tie is cross-unit when both people
    have a unit (at the chosen level, in ``unit_at``) and the units differ. Each record:
    ``month`` (``YYYY-MM``), ``date`` (the day counted: the month's last, or ``until``),
    ``ties``, ``cross_unit_ties`` and their change since the month before.
    """
    dates = [d for spans in spells.values() for s in spans for d in s if d is not None]
    starts = [s for spans in spells.values() for s, _ in spans if s is not None]
    if not starts:
        return []
    last = until or max(dates)
    if min(starts) > last:
        return []
    points = month_ends(min(starts), last)
    n = len(points)
    ties = [0] * (n + 1)
    cross = [0] * (n + 1)
    for (a, b), spans in spells.items():
        ua, ub = unit_at.get(a), unit_at.get(b)
        is_cross = bool(ua and ub and ua != ub)
        for s, e in spans:
            i = 0 if s is None else bisect_left(points, s)
            j = n - 1 if e is None else bisect_right(points, e) - 1
            if i <= j:
                ties[i] += 1
                ties[j + 1] -= 1
                if is_cross:
                    cross[i] += 1
                    cross[j + 1] -= 1
    out: list[dict[str, Any]] = []
    t_run = c_run = 0
    for k, d in enumerate(points):
        before_t, before_c = t_run, c_run
        t_run += ties[k]
        c_run += cross[k]
        out.append({"month": f"{d.year:04d}-{d.month:02d}", "date": d.isoformat(), "ties": t_run,
                    "cross_unit_ties": c_run, "ties_change": t_run - before_t if k else None,
                    "cross_unit_change": c_run - before_c if k else None})
    return out


def change_dates(spells: dict[tuple[str, str], list[Interval]]) -> list[dt.date]:
    """Every date on which some tie begins, and every day after one ends (for tests and GEXF)."""
    out: set[dt.date] = set()
    for spans in spells.values():
        for s, e in spans:
            if s is not None:
                out.add(s)
            if e is not None and e < dt.date.max:
                out.add(e + dt.timedelta(days=1))
    return sorted(out)
