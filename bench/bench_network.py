"""Benchmark: the whole network report against igraph's exact betweenness on the same graph.

A generated programme with 10,000 people, 50,000 relations and 2,000 events (plus groups
and initiatives). Target: ``ohtrack.network(programme)`` (build + metrics + findings, no
exports) within 2x the time igraph takes for exact betweenness alone on the resulting
people graph, measured in this run.

    /work/venv/bin/python bench/bench_network.py [--people 10000 --relations 50000 --events 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from typing import Any

from ohtrack.domain import EventStatus, Programme
from ohtrack.domain.initiatives import Initiative
from ohtrack.domain.learning import Event
from ohtrack.domain.people import Group, Membership, Person, Relation, Unit
from ohtrack.domain.programme import ProgrammeInfo

TYPES = ("advises", "works_with", "coaches", "reports_to")


def generate(people: int, relations: int, events: int, seed: int = 1) -> Programme:
    """A programme with clustered ties: most relations inside a unit, some across units."""
    rng = random.Random(seed)
    n_units = max(1, people // 200)
    units = [Unit.model_construct(id=f"U{u}", name=f"Unit {u}", parent=None) for u in range(n_units)]
    persons = [
        Person.model_construct(
            id=f"P{i}",
            name=f"Person {i}",
            unit=f"U{i % n_units}",
            role=rng.choice(("voorman", "jobcoach", "kandidaat", "manager")),
            tags=[],
        )
        for i in range(people)
    ]
    by_unit: dict[int, list[str]] = {}
    for i in range(people):
        by_unit.setdefault(i % n_units, []).append(f"P{i}")
    rels: list[Relation] = []
    while len(rels) < relations:
        a = rng.randrange(people)
        pool = by_unit[a % n_units] if rng.random() < 0.8 else None
        b = rng.choice(pool) if pool else f"P{rng.randrange(people)}"
        if b != f"P{a}":
            rels.append(
                Relation.model_construct(
                    source=f"P{a}", target=b, type=rng.choice(TYPES), since=None, until=None, weight=None
                )
            )
    groups: list[Group] = []
    for gi in range(people // 20):
        u = gi % n_units
        members = rng.sample(by_unit[u], min(8, len(by_unit[u])))
        groups.append(
            Group.model_construct(
                id=f"G{gi}",
                type="learning_group",
                members=[Membership.model_construct(person=m, role=None) for m in members],
            )
        )
    evs: list[Event] = []
    start = dt.date(2022, 1, 1)
    for ei in range(events):
        grp = groups[ei % len(groups)]
        status = rng.choices(("held", "planned", "cancelled"), (0.7, 0.2, 0.1))[0]
        attendees = [m.person for m in grp.members if rng.random() < 0.8] if status == "held" else []
        evs.append(
            Event.model_construct(
                id=f"E{ei}",
                type="intervision",
                group=grp.id,
                status=EventStatus(status),
                date=start + dt.timedelta(days=ei % 700),
                attendees=attendees,
                title=None,
                facilitator=None,
                initiative=None,
            )
        )
    inis: list[Initiative] = []
    for ii in range(people // 50):
        parts = [f"P{rng.randrange(people)}" for _ in range(8)]
        inis.append(
            Initiative.model_construct(
                id=f"I{ii}",
                title=f"Initiative {ii}",
                owner=parts[0],
                participants=parts[1:],
                status=None,
                outcomes=[],
                practices=[],
            )
        )
    return Programme.model_construct(
        info=ProgrammeInfo(name="Bench", language="en"),
        units=units,
        people=persons,
        relations=rels,
        groups=groups,
        events=evs,
        initiatives=inis,
        goals=[],
        indicators=[],
        measurements=[],
        lessons=[],
        other_sheets={},
        custom_model=None,
    )


def igraph_betweenness_seconds(g: object) -> float:
    """Seconds igraph takes for exact betweenness alone (graph conversion not counted)."""
    import igraph as ig
    import networkx as nx

    assert isinstance(g, nx.Graph)
    index = {v: i for i, v in enumerate(g.nodes)}
    h = ig.Graph(n=len(index), edges=[(index[u], index[v]) for u, v in g.edges()])
    t0 = time.perf_counter()
    h.betweenness(directed=False)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--relations", type=int, default=50_000)
    ap.add_argument("--events", type=int, default=2_000)
    args = ap.parse_args()
    programme = generate(args.people, args.relations, args.events)
    import networkx  # noqa: F401  (import time is not part of either measurement)

    from ohtrack.analysis import network_metrics
    from ohtrack.analysis.network import network

    inner: list[float] = []
    plain = network_metrics.betweenness

    def timed(*a: Any, **k: Any) -> Any:
        t = time.perf_counter()
        out = plain(*a, **k)
        inner.append(time.perf_counter() - t)
        return out

    network_metrics.betweenness = timed
    # Report and baseline alternate twice; the faster run of each counts (shared machines).
    reports: list[float] = []
    runs: list[float] = []
    for _ in range(2):
        t0 = time.perf_counter()
        net = network(programme)
        reports.append(time.perf_counter() - t0)
        runs.append(igraph_betweenness_seconds(net.people_graph))
    report, base = min(reports), min(runs)
    best = reports.index(report)
    s = net.summary()
    print(
        f"graph: {s['people']} people, {s['ties']} ties, {s['relations']} relations, "
        f"{s['events_held']} held events; betweenness {s['betweenness_method']} "
        f"({net.betweenness_backend}), sample={s['betweenness_sample']}"
    )
    print(f"igraph exact betweenness alone: {base:.2f} s (runs: {', '.join(f'{r:.2f}' for r in runs)})")
    print(f"ohtrack network report:         {report:.2f} s (runs: {', '.join(f'{r:.2f}' for r in reports)}; "
          f"of which betweenness {inner[best]:.2f} s, the rest {report - inner[best]:.2f} s)")
    print(f"ratio report / igraph:          {report / base:.2f} (target <= 2.00)")


if __name__ == "__main__":
    main()
