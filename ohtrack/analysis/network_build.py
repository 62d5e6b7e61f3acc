"""Building the network graphs from a programme: people, relations, groups, events, initiatives.

Every graph is a plain networkx graph keyed by the workbook's person IDs. References to
unknown people, self-loops and repeated ties are skipped here (``validate`` reports them).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from ohtrack.analysis.network_time import (
    MAX_TIE_SIZE,
    event_status,
    group_starts,
    holds,
    member_spans,
    membership_interval,
    relation_seen,
)
from ohtrack.domain import EventStatus, Programme
from ohtrack.index import Index

if TYPE_CHECKING:
    import networkx as nx

#: The kinds of source a person–person tie can come from (edge attributes of ``people_graph``).
TIE_KINDS = ("relations", "groups", "events", "initiatives")

#: Prefixes that keep event and initiative nodes apart from person IDs in bipartite graphs.
EVENT_PREFIX = "event:"
INITIATIVE_PREFIX = "initiative:"


@dataclass
class Graphs:
    """The graphs of one programme at one date."""

    people_graph: nx.Graph
    relations_graph: nx.MultiDiGraph
    attendance_graph: nx.Graph
    participation_graph: nx.Graph
    group_graph: nx.Graph
    unit_of: dict[str, str | None] = field(default_factory=dict)
    #: Bipartite nodes (``event:E1``, ``group:G1``, ``initiative:I1``) too large to make ties.
    plenary: list[str] = field(default_factory=list)


def relation_active(since: dt.date | None, until: dt.date | None, as_of: dt.date | None) -> bool:
    """True when a dated relation holds on ``as_of`` (Since and Until both inclusive)."""
    if as_of is None:
        return True
    return (since is None or since <= as_of) and (until is None or as_of <= until)


def build(programme: Programme, as_of: dt.date | None = None,
          max_tie_size: int = MAX_TIE_SIZE) -> Graphs:
    """All graphs of a programme, optionally as they stood on ``as_of``.

    On ``as_of``: relations count between Since and Until; held events and initiatives
    count once they took place or started (their ties stay); a group membership counts
    between its Since (empty: the group's first held event) and its Until
    (``ohtrack.analysis.network_time``). A group is too large to make ties when it ever had
    more than ``max_tie_size`` members.
    """
    import networkx as nx

    people = {p.id: p for p in programme.people if p.id}
    known_units = Index(programme).person_units()  # the resolver validate uses
    unit_of = {pid: known_units.get(pid) for pid in people}
    units = programme.unit_by_id()
    unit_name = {uid: unit.name for uid, unit in units.items()}
    person_attrs = {pid: {"name": p.name, "role": p.role, "unit": unit_of[pid],
                          "unit_name": unit_name.get(unit_of[pid] or "", unit_of[pid])}
                    for pid, p in people.items()}

    def add_people(g: nx.Graph, kind: bool = False) -> None:
        extra = {"kind": "person", "bipartite": 0} if kind else {}
        g.add_nodes_from((pid, {**person_attrs[pid], "tags": list(p.tags), **extra})
                         for pid, p in people.items())

    rel = nx.MultiDiGraph()
    add_people(rel)
    seen: set[tuple[str, str, str]] = set()
    rel_edges: list[tuple[str, str, str, dict[str, object]]] = []
    # Person pair (sorted IDs) → the sum of its relations' weights, and their types.
    rel_w: defaultdict[tuple[str, str], float] = defaultdict(float)
    types: dict[tuple[str, str], set[str]] = {}
    for r, rtype in relation_seen(programme, people):
        key = (r.source, r.target, rtype)
        if key in seen or (as_of is not None and not relation_active(r.since, r.until, as_of)):
            continue
        seen.add(key)
        weight = 1.0 if r.weight is None else float(r.weight)
        rel_edges.append((r.source, r.target, rtype, {
            "type": rtype, "weight": weight, "since": r.since, "until": r.until, "origin": "relations"}))
        pair = (r.source, r.target) if r.source <= r.target else (r.target, r.source)
        rel_w[pair] += weight
        types.setdefault(pair, set()).add(rtype)
    for pid, p in people.items():
        key = (pid, p.manager or "", "reports_to")
        if p.manager in people and p.manager != pid and key not in seen:
            seen.add(key)
            rel_edges.append((pid, p.manager, "reports_to", {
                "type": "reports_to", "weight": 1.0, "since": None, "until": None,
                "origin": "people.manager"}))
            pair = (pid, p.manager) if pid <= p.manager else (p.manager, pid)
            rel_w[pair] += 1.0
            types.setdefault(pair, set()).add("reports_to")
    rel.add_edges_from(rel_edges)

    attendance = nx.Graph()
    add_people(attendance, kind=True)
    held = [e for e in programme.events if event_status(e, as_of) is EventStatus.HELD]
    attendance.add_nodes_from((EVENT_PREFIX + e.id, {"kind": "event", "bipartite": 1, "event": e.id,
                               "title": e.title, "type": e.type, "group": e.group, "date": e.date})
                              for e in held)
    attendance.add_edges_from((a, EVENT_PREFIX + e.id) for e in held for a in dict.fromkeys(e.attendees)
                              if a in people)

    participation = nx.Graph()
    add_people(participation, kind=True)
    started = [ini for ini in programme.initiatives
               if as_of is None or ini.start is None or ini.start <= as_of]  # started on that date
    participation.add_nodes_from((INITIATIVE_PREFIX + ini.id, {
        "kind": "initiative", "bipartite": 1, "initiative": ini.id, "title": ini.title,
        "status": str(ini.status) if ini.status else None}) for ini in started)
    participation.add_edges_from(
        (pid, INITIATIVE_PREFIX + ini.id) for ini in started
        for pid in dict.fromkeys([*([ini.owner] if ini.owner else []), *ini.participants]) if pid in people)

    groups = nx.Graph()
    add_people(groups, kind=True)
    groups.add_nodes_from(("group:" + grp.id, {"kind": "group", "bipartite": 1, "group": grp.id,
                                               "type": grp.type}) for grp in programme.groups)
    starts = group_starts(programme)
    group_size: dict[str, int] = {}
    known = set(people)  # once: a set per group made this quadratic in a large organisation
    for grp in programme.groups:
        spans = member_spans(grp, known, starts.get(grp.id))
        group_size["group:" + grp.id] = len(spans)  # every member ever: the size does not change
        for m in grp.members:
            if m.person in people and holds(membership_interval(m, starts.get(grp.id)), as_of):
                groups.add_edge(m.person, "group:" + grp.id, role=m.role)

    pg = nx.Graph()
    add_people(pg)
    plenary: list[str] = []

    def members(graph: nx.Graph, kind: str) -> list[list[str]]:
        out = []
        for node, data in graph.nodes(data=True):
            if data["kind"] != kind:
                continue
            people_in = list(graph.neighbors(node))
            if group_size.get(node, len(people_in)) > max_tie_size:
                plenary.append(node)
            else:
                out.append(people_in)
        return out

    shared_events = _co_membership(members(attendance, "event"))
    shared_inis = _co_membership(members(participation, "initiative"))
    shared_groups = _co_membership(members(groups, "group"))
    edges = []
    # Sorted: the same workbook gives the same edge order (so the same export files, and the
    # same results from seeded algorithms).
    groups_get, events_get, inis_get = shared_groups.get, shared_events.get, shared_inis.get
    for pair in sorted(rel_w.keys() | shared_events.keys() | shared_inis.keys() | shared_groups.keys()):
        rw = rel_w.get(pair)
        # A whole relation weight counts as int, like the counts of shared sessions.
        w = 0 if rw is None else int(rw) if rw.is_integer() else rw
        g_, e_, i_ = groups_get(pair, 0), events_get(pair, 0), inis_get(pair, 0)
        ts = types[pair] if rw is not None else ()
        edges.append((pair[0], pair[1], {"weight": w + g_ + e_ + i_, "relations": w, "groups": g_,
                                         "events": e_, "initiatives": i_,
                                         "types": sorted(ts) if len(ts) > 1 else list(ts)}))
    pg.add_edges_from(edges)
    return Graphs(pg, rel, attendance, participation, groups, unit_of, plenary)


def _co_membership(member_lists: list[list[str]]) -> dict[tuple[str, str], int]:
    """For each pair of people (sorted IDs), how many of the lists hold them both."""
    counter: defaultdict[tuple[str, str], int] = defaultdict(int)
    for members in member_lists:
        for pair in combinations(sorted(set(members)), 2):
            counter[pair] += 1
    return counter


__all__ = ["EVENT_PREFIX", "INITIATIVE_PREFIX", "MAX_TIE_SIZE", "TIE_KINDS", "Graphs", "build",
           "event_status",           "relation_active", "relation_seen"]
