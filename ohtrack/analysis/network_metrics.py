"""Metrics of the people network: degree, brokers, units, communities, lessons, events, groups.

Each function takes plain networkx graphs (and the programme where it needs the workbook's
events, groups or lessons) and returns plain dicts and lists, ready for JSON.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.network_build import event_status
from ohtrack.analysis.network_time import group_starts
from ohtrack.domain import EventStatus, Programme
from ohtrack.index import Index
from ohtrack.progress import listening, step
from ohtrack.text import name_key

if TYPE_CHECKING:
    import networkx as nx

    from ohtrack.analysis.network_estimate import Bound
    from ohtrack.background import Pending

#: Seed of the Louvain community detection, so communities are the same on every run.
COMMUNITY_SEED = 42
COMMUNITY_ALGORITHM = "louvain (igraph community_multilevel, weight='weight', seed=42)"
#: Exact betweenness (Brandes' algorithm, O(n·m)) by default up to this many node×edge
#: operations: about 4 s of igraph on a 2-core machine (e.g. 4,000 people with 50,000 ties).
#: Above it the default is the bounded estimate (``network_estimate``), whose cost hardly
#: grows with n·m: at 10,000 people with 68,000 ties it takes 5 s where exact takes 14 s.
EXACT_LIMIT_NETWORKX = 5_000_000
EXACT_LIMIT_IGRAPH = 200_000_000
#: Sources sampled for networkx's estimate when ``sample`` is asked for (no error bound).
SAMPLE_SIZE = 500
SAMPLE_SEED = 42
#: The bound of the estimate: every value within EPSILON of the exact one (networkx's
#: normalisation) with probability 1 - DELTA.
EPSILON = 0.01
DELTA = 0.1
#: Betweenness runs in a second process (beside the rest of the report) above this many
#: node×edge operations (about 0.1 s of igraph): below it, starting a process costs more.
FORK_LIMIT = 10_000_000


@dataclass
class Betweenness:
    """Normalised betweenness per person and how it was computed."""

    values: dict[str, float]
    method: str  # "exact", "estimated" (with a bound) or "sampled" (networkx, no bound)
    backend: str  # "igraph", "networkx" or "numpy" (the estimate)
    sample: int | None  # sources ("sampled") or pairs ("estimated") sampled; None when exact
    bound: Bound | None = None  # the guarantee of an "estimated" result


def has_igraph() -> bool:
    """True when python-igraph can be imported (it computes exact betweenness much faster)."""
    return importlib.util.find_spec("igraph") is not None


def betweenness(g: nx.Graph, sample: int | None = None, backend: str | None = None, *,
                exact: bool | None = None, epsilon: float | None = None, delta: float | None = None,
                seed: int = SAMPLE_SEED) -> Betweenness:
    """Unweighted, normalised betweenness of an undirected graph (the networkx definition).

    ``exact=None`` (the default) computes it exactly when the graph fits the limit of the
    backend (igraph when importable, else networkx) and otherwise estimates it with the
    Riondato–Kornaropoulos bound: every value within ``epsilon`` with probability
    ``1 - delta`` (default ``EPSILON`` and ``DELTA``; see ``network_estimate``).
    ``exact=True`` forces the exact computation,
    ``exact=False`` the estimate. ``sample`` forces networkx's estimate from that many
    sources instead (no error bound).
    """
    return start_betweenness(g, sample, backend, exact=exact, epsilon=epsilon, delta=delta, seed=seed,
                             fork=False).result()


def start_betweenness(g: nx.Graph, sample: int | None = None, backend: str | None = None, *,
                      exact: bool | None = None, epsilon: float | None = None, delta: float | None = None,
                      seed: int = SAMPLE_SEED, fork: bool | None = None) -> Pending[Betweenness]:
    """``betweenness`` started in a second process when the graph is big enough to be worth
    it (more than ``FORK_LIMIT`` node×edge operations; see ``ohtrack.background``), so the
    caller can go on; ``result()`` gives the same ``Betweenness``."""
    from ohtrack import background

    n, m = g.number_of_nodes(), g.number_of_edges()
    use = backend or ("igraph" if has_igraph() else "networkx")
    if sample is not None and sample < n:
        return background.start(_networkx_betweenness, g, sample, seed, key=_STEP, fork=False)
    limit = EXACT_LIMIT_IGRAPH if use == "igraph" else EXACT_LIMIT_NETWORKX
    estimated = exact is False or (exact is None and n * m > limit)
    if not estimated and not (use == "igraph" and n > 2):
        return background.start(_networkx_betweenness, g, None, seed, key=_STEP, fork=False)
    nodes, edges = _indexed(g, array=estimated)
    if fork is None and n * m <= FORK_LIMIT:
        fork = False  # not worth a process
    if estimated:
        eps, dlt = EPSILON if epsilon is None else epsilon, DELTA if delta is None else delta
        return background.start(_estimate, nodes, edges, eps, dlt, seed, key=_STEP, fork=fork)
    return background.start(_igraph_betweenness, nodes, edges, key=_STEP, fork=fork)


_STEP = "progress.betweenness"


def _indexed(g: nx.Graph, array: bool) -> tuple[list[str], Any]:
    """The graph's nodes and its edges as an ``(m, 2)`` numpy array of their indices, or (not
    ``array``) as a list of index pairs (what igraph takes without numpy)."""
    from ohtrack.analysis.igraph_module import index_pairs

    nodes, pairs = index_pairs(g)
    if not array:
        return nodes, pairs
    import numpy as np

    return nodes, np.array(pairs, dtype=np.int64).reshape(-1, 2)


def _networkx_betweenness(g: nx.Graph, sample: int | None, seed: int) -> Betweenness:
    """networkx's exact betweenness, or its estimate from ``sample`` sources (no bound)."""
    import networkx as nx

    if sample is None:
        return Betweenness(dict(nx.betweenness_centrality(g, normalized=True)), "exact", "networkx", None)
    values = nx.betweenness_centrality(g, k=sample, seed=seed, normalized=True)
    return Betweenness(dict(values), "sampled", "networkx", sample)


def _estimate(nodes: list[str], edges: Any, epsilon: float, delta: float, seed: int) -> Betweenness:
    from ohtrack.analysis.network_estimate import Adjacency, estimate

    values, bound = estimate(Adjacency.from_edges(len(nodes), edges), epsilon, delta, seed)
    return Betweenness(dict(zip(nodes, values.tolist())), "estimated", "numpy", bound.sample, bound)


def _igraph_betweenness(nodes: list[str], edges: list[tuple[int, int]]) -> Betweenness:
    from ohtrack.analysis.igraph_module import graph, igraph

    ig = igraph()
    n = len(nodes)
    ig_graph = graph(n, edges)  # exact: the pairs as a list (``_indexed``), no numpy
    with step(_STEP, total=100) as advance:
        if listening():
            shown = [0]

            def report(_message: str, percent: float) -> None:
                now = min(100, int(percent))
                if now > shown[0]:
                    advance(now - shown[0])
                    shown[0] = now

            ig.set_progress_handler(report)
        try:
            raw = ig_graph.betweenness(directed=False)
        finally:
            ig.set_progress_handler(None)
    scale = 2.0 / ((n - 1) * (n - 2))
    return Betweenness({v: raw[i] * scale for i, v in enumerate(nodes)}, "exact", "igraph", None)


def degrees(g: nx.Graph) -> tuple[dict[str, int], dict[str, float]]:
    """Degree (distinct people tied to) and strength (sum of tie weights) per person."""
    deg = {v: int(d) for v, d in g.degree()}
    strength = {v: float(d) for v, d in g.degree(weight="weight")}
    return deg, strength


def unit_ties(g: nx.Graph, unit_of: dict[str, str | None]) -> dict[str, Any]:
    """Cross-unit ties overall and per unit.

    A tie is cross-unit when both people have a unit and the units differ. Per unit: its
    people, the ties touching them, how many reach another unit, and that share.
    """
    per: dict[str, dict[str, Any]] = {}
    for v in g.nodes:
        u = unit_of.get(v)
        if u:
            per.setdefault(u, {"unit": u, "people": 0, "ties": 0, "cross_unit_ties": 0})["people"] += 1
    cross = known = 0
    for a, b in g.edges():
        ua, ub = unit_of.get(a), unit_of.get(b)
        for u in {ua, ub}:
            if u:
                per[u]["ties"] += 1
        if ua and ub:
            known += 1
            if ua != ub:
                cross += 1
                per[ua]["cross_unit_ties"] += 1
                per[ub]["cross_unit_ties"] += 1
    for rec in per.values():
        rec["cross_unit_share"] = rec["cross_unit_ties"] / rec["ties"] if rec["ties"] else None
    return {"cross_unit_ties": cross, "ties_between_known_units": known,
            "cross_unit_share": cross / known if known else None,
            "units": sorted(per.values(), key=lambda r: str(r["unit"]))}


def communities(g: nx.Graph) -> tuple[list[list[str]], float | None]:
    """Louvain communities (largest first, members sorted) and the partition's modularity.

    igraph's multilevel (Louvain) algorithm on the tie weights, with igraph's random numbers
    drawn from ``random.Random(COMMUNITY_SEED)`` for the run (then Python's ``random`` again),
    so the same graph gives the same communities on every run.
    """
    import random

    from ohtrack.analysis.igraph_module import graph, igraph

    ig = igraph()

    if g.number_of_edges() == 0:
        return [[v] for v in sorted(g.nodes)], None
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    weights = [float(w) for _, _, w in g.edges(data="weight")]
    h = graph(len(nodes), edges, edge_attrs={"weight": weights})
    ig.set_random_number_generator(random.Random(COMMUNITY_SEED))
    try:
        membership = h.community_multilevel(weights="weight").membership
    finally:
        ig.set_random_number_generator(random)
    parts: dict[int, list[str]] = {}
    for v, c in zip(nodes, membership):
        parts.setdefault(c, []).append(v)
    modularity = float(h.modularity(membership, weights="weight"))
    ordered = sorted((sorted(p) for p in parts.values()), key=lambda p: (-len(p), p[0]))
    return ordered, modularity


def lesson_reach(programme: Programme, g: nx.Graph, unit_of: dict[str, str | None]) -> list[dict[str, Any]]:
    """For each lesson: the people it was shared with and how far their ties reach.

    ``shared_with`` names people, units (all their people) or groups (all members); the
    author counts as sharing. ``reach`` is those people plus everyone tied to them.
    """
    by_unit: dict[str, set[str]] = {}
    for pid, u in unit_of.items():
        if u:
            by_unit.setdefault(u, set()).add(pid)
    by_group = {grp.id: {m.person for m in grp.members if m.person in g} for grp in programme.groups}
    index = Index(programme)
    n = g.number_of_nodes()
    out = []
    for les in programme.lessons:
        direct: set[str] = set()
        for ref in les.shared_with:
            who = ref if ref in g else index.id("person", ref)
            if who is not None and who in g:
                direct.add(who)
            else:
                direct |= (by_unit.get(index.id("unit", ref) or ref, set())
                           | by_group.get(index.id("group", ref) or ref, set()))
        seeds: set[str] = direct | ({les.author} if les.author and les.author in g else set())
        reach = set(seeds)
        for v in seeds:
            reach.update(g.neighbors(v))
        units = {unit_of.get(v) for v in reach} - {None}
        out.append({"lesson": les.id, "author": les.author, "shared_with": len(direct),
                    "reach": len(reach), "reach_share": len(reach) / n if n else None,
                    "units_reached": len(units)})
    return out


def realisation(programme: Programme, as_of: dt.date | None = None) -> dict[str, Any]:
    """Planned, held and cancelled events overall, per type and per group; attendance rates.

    A person is measured against the held events they were expected at: those of their
    modules (enrolments) within their groups, and every event of a group without a module
    (``ohtrack.analysis.learning_enrol``). A person's attendance rate is the share of those
    they attended; a group's rate is the attendances of expected members over the expected
    (member, event) pairs. ``group_events_held`` counts the held events of a person's groups,
    ``events_expected`` those they were expected at.
    """
    from ohtrack.analysis.learning_enrol import expected_attendees

    statuses = {e.id: event_status(e, as_of) for e in programme.events}

    def counts(events: list[Any]) -> dict[str, int]:
        c = {"planned": 0, "held": 0, "cancelled": 0}
        for e in events:
            c[statuses[e.id].value] += 1
        c["total"] = len(events)
        return c

    by_type: dict[str, list[Any]] = {}
    by_group: dict[str, list[Any]] = {}
    for e in programme.events:
        by_type.setdefault(str(e.type or ""), []).append(e)
        if e.group:
            by_group.setdefault(e.group, []).append(e)
    members = {grp.id: [m.person for m in grp.members] for grp in programme.groups}
    expected = expected_attendees(programme)
    person_held: dict[str, int] = {}
    person_expected: dict[str, int] = {}
    person_went: dict[str, int] = {}
    for e in programme.events:
        if statuses[e.id] is not EventStatus.HELD or e.id not in expected:
            continue
        present = set(e.attendees)
        for p in expected[e.id]:
            person_expected[p] = person_expected.get(p, 0) + 1
            person_went[p] = person_went.get(p, 0) + (p in present)
    groups_out = []
    for gid, events in sorted(by_group.items()):
        held = [e for e in events if statuses[e.id] is EventStatus.HELD]
        ms = list(dict.fromkeys(members.get(gid, [])))
        for p in ms:
            person_held[p] = person_held.get(p, 0) + len(held)
        pairs = sum(len(expected.get(e.id, ())) for e in held)
        went = sum(len(expected.get(e.id, set()) & set(e.attendees)) for e in held)
        rec: dict[str, Any] = {"group": gid, "types": sorted({str(e.type or "") for e in events}),
                               **counts(events), "members": len(ms)}
        rec["attendance_rate"] = went / pairs if pairs else None
        groups_out.append(rec)
    attended: dict[str, int] = {}
    for e in programme.events:
        if statuses[e.id] is EventStatus.HELD:
            for a in dict.fromkeys(e.attendees):
                attended[a] = attended.get(a, 0) + 1
    people = {p: {"events_attended": attended.get(p, 0), "group_events_held": person_held.get(p, 0),
                  "events_expected": person_expected.get(p, 0),
                  "events_attended_expected": person_went.get(p, 0),
                  "attendance_rate": (person_went[p] / person_expected[p])
                  if person_expected.get(p) else None}
              for p in {*attended, *person_held, *person_expected}}
    return {"total": counts(programme.events),
            "by_type": [{"type": k, **counts(v)} for k, v in sorted(by_type.items())],
            "by_group": groups_out, "people": people}


def completeness(programme: Programme) -> dict[str, Any]:
    """Groups missing a role their type declares, and people in no group their role needs.

    ``programme.info.roles`` maps a group type to its roles (``{"triad": ["voorman", …]}``);
    roles and types match ignoring case, spaces, ``_`` and ``-`` (``Job coach`` = ``jobcoach``).
    """
    required = {_key(t): (t, roles) for t, roles in programme.info.roles.items() if roles}
    incomplete = []
    in_type: dict[str, set[str]] = {}
    for grp in programme.groups:
        tkey = _key(grp.type or "")
        in_type.setdefault(tkey, set()).update(m.person for m in grp.members)
        if tkey not in required:
            continue
        have = {_key(m.role or "") for m in grp.members}
        missing = [r for r in required[tkey][1] if _key(r) not in have]
        if missing:
            incomplete.append({"group": grp.id, "type": grp.type, "missing_roles": missing})
    outside = []
    for p in programme.people:
        role = _key(p.role or "")
        if not role:
            continue
        # A role several group types need (a job coach in triads of either kind) is covered
        # by membership of any of them; the person is reported against the first type only.
        needing = [(tkey, gtype) for tkey, (gtype, roles) in required.items()
                   if role in {_key(r) for r in roles}]
        if needing and not any(p.id in in_type.get(tkey, set()) for tkey, _ in needing):
            outside.append({"person": p.id, "role": p.role, "group_type": needing[0][1]})
    return {"incomplete_groups": incomplete, "people_without_group": outside}


#: Group types whose cross-unit ties are followed: the learning groups a composer makes.
LEARNING_GROUP_TYPES = frozenset({"learning_group"})


def group_ties(programme: Programme, rel: nx.MultiDiGraph, unit_of: dict[str, str | None]
               ) -> list[dict[str, Any]]:
    """For each learning group: the pairs of members from different units, how many of them
    have a relation (any type, as the relations graph holds them), and how many of those
    began on or after the group's first held event (``new_cross_unit_ties``; a relation
    without a Since date counts as older). Group co-membership itself is not a relation.
    """
    starts = group_starts(programme, planned=False)
    out = []
    for grp in programme.groups:
        if name_key(grp.type or "").replace(" ", "_") not in LEARNING_GROUP_TYPES:
            continue
        ms = sorted({m.person for m in grp.members if m.person in rel})
        start = starts.get(grp.id)
        pairs = ties = new = 0
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                ua, ub = unit_of.get(a), unit_of.get(b)
                if not ua or not ub or ua == ub:
                    continue
                pairs += 1
                dates = [d.get("since") for x, y in ((a, b), (b, a)) if rel.has_edge(x, y)
                         for d in rel.get_edge_data(x, y).values()]
                if not dates:
                    continue
                ties += 1
                if start is not None and None not in dates and min(dates) >= start:
                    new += 1
        out.append({"group": grp.id, "members": len(ms), "start": start.isoformat() if start else None,
                    "cross_unit_pairs": pairs, "cross_unit_ties": ties, "new_cross_unit_ties": new})
    return out


def _key(text: str) -> str:
    return name_key(text).replace(" ", "")
