"""The stakeholder and learning network of a programme: ``ohtrack.network(programme)``.

Who is tied to whom through relations, groups, learning events and initiatives; who bridges
(brokers) and who is left out; how units connect; how lessons spread; whether learning
events took place; whether groups have the roles their type needs. See docs/network.md.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ohtrack.analysis import network_metrics as metrics
from ohtrack.analysis.network_build import Graphs, build
from ohtrack.analysis.network_time import Interval
from ohtrack.collector import paused
from ohtrack.domain import Programme
from ohtrack.i18n import normalise_lang

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from ohtrack.figures.chart import Chart

#: Version of the ``to_dict`` / ``--json`` layout; raised only when a key changes meaning.
SCHEMA_VERSION = 1

class Network:
    """The network of one programme (optionally as it stood on ``as_of``) and its metrics.

    Graphs are plain networkx graphs keyed by the workbook's person IDs:

    - ``people_graph``: undirected, weighted person–person ties aggregated over every
      source; edge attributes ``weight`` (the sum) and one per source kind: ``relations``
      (sum of relation weights, both directions), ``groups`` (groups shared), ``events``
      (held sessions attended together), ``initiatives`` (initiatives shared), plus
      ``types`` (relation types).
    - ``relations_graph``: a MultiDiGraph of the typed relations (key = type), including
      ``reports_to`` ties from the People sheet's Manager column.
    - ``attendance_graph``: person–event bipartite graph of held events (event nodes are
      ``"event:<ID>"``, attribute ``bipartite`` 0 for people, 1 for events).
    - ``participation_graph``: person–initiative bipartite graph (``"initiative:<ID>"``).
    - ``group_graph``: person–group bipartite graph (``"group:<ID>"``, edge ``role``).
    """

    @paused()
    def __init__(self, programme: Programme, *, as_of: dt.date | None = None, lang: str | None = None,
                 betweenness_sample: int | None = None, exact: bool | None = None,
                 level: int | str | None = None) -> None:
        from ohtrack.domain.tree import UnitTree

        self.programme = programme
        self.as_of = as_of
        self.lang = normalise_lang(lang or programme.info.language)
        self.graphs: Graphs = build(programme, as_of)
        g = self.people_graph
        #: Person → their own unit (as the resolver reads the People sheet's Unit).
        self.unit_of: dict[str, str | None] = self.graphs.unit_of
        tree = UnitTree.build(programme.units)
        self.unit_tree = tree
        #: The level of the unit tree that "cross-unit" is counted at (None: people's own units).
        self.level: int | str | None = tree.resolve_level(level) if level is not None else None
        #: Person → their unit at ``level`` (their own unit when ``level`` is None).
        self.unit_at: dict[str, str | None] = (
            self.unit_of if self.level is None
            else {pid: tree.at_level(u, self.level) for pid, u in self.unit_of.items()})
        self._spells: dict[tuple[str, str], list[Interval]] | None = None
        # Betweenness, the longest step, runs beside the rest where it can (``background``);
        # the properties below wait for it.
        self._betweenness = metrics.start_betweenness(g, sample=betweenness_sample, exact=exact)
        self._findings: list[dict[str, Any]] | None = None
        self.degree, self.strength = metrics.degrees(g)
        self.isolated: list[str] = sorted(v for v, d in self.degree.items() if d == 0)
        from ohtrack.analysis.network_layers import core_periphery, layers

        #: The k-core split of the people graph (``network_layers.core_periphery``).
        self.core_periphery: dict[str, Any] = core_periphery(g)
        #: People with ties far from the core (a core number at most half the main core's).
        self.peripheral: list[str] = self.core_periphery["periphery"]
        #: Every relation type as a layer of its own (``network_layers.layer``).
        self.layers: list[dict[str, Any]] = layers(self.relations_graph)
        self.units: dict[str, Any] = metrics.unit_ties(g, self.unit_at)
        self.communities, self.modularity = metrics.communities(g)
        self.community_of: dict[str, int] = {v: i for i, c in enumerate(self.communities) for v in c}
        self.lessons = metrics.lesson_reach(programme, g, self.unit_of)
        self.events = metrics.realisation(programme, as_of)
        self.groups = metrics.completeness(programme)
        self.learning_groups = metrics.group_ties(programme, self.relations_graph, self.unit_of)

    # -- betweenness and findings (ready once betweenness is) ---------------------------
    def settle(self) -> None:
        """Wait for the work started in a second process (betweenness): after this, a process
        forked from this one has everything (``export_all`` calls it first)."""
        self._betweenness.result()

    @property
    def betweenness(self) -> dict[str, float]:
        """Person → normalised betweenness (exact, or estimated with ``betweenness_bound``)."""
        return self._betweenness.result().values

    @property
    def betweenness_method(self) -> str:
        """``exact``, ``estimated`` (with a bound) or ``sampled`` (networkx, no bound)."""
        return self._betweenness.result().method

    @property
    def betweenness_backend(self) -> str:
        """``igraph``, ``networkx`` or ``numpy`` (the estimate)."""
        return self._betweenness.result().backend

    @property
    def betweenness_sample(self) -> int | None:
        """Pairs (estimated) or sources (sampled) drawn; None when exact."""
        return self._betweenness.result().sample

    @property
    def betweenness_bound(self) -> dict[str, Any] | None:
        """The error bound of an estimated betweenness (None when exact)."""
        bound = self._betweenness.result().bound
        return bound.to_dict() if bound else None

    @property
    def findings(self) -> list[dict[str, Any]]:
        """The ranked findings in plain words (``network_findings.findings``)."""
        if self._findings is None:
            from ohtrack.analysis.network_findings import findings

            with paused():
                self._findings = findings(self)
        return self._findings

    # -- graphs -----------------------------------------------------------------------
    @property
    def people_graph(self) -> nx.Graph:
        """Undirected, weighted person–person ties over every source."""
        return self.graphs.people_graph

    @property
    def relations_graph(self) -> nx.MultiDiGraph:
        """The typed relations (key = type), ``reports_to`` included."""
        return self.graphs.relations_graph

    @property
    def attendance_graph(self) -> nx.Graph:
        """Person–event bipartite graph of held events."""
        return self.graphs.attendance_graph

    @property
    def participation_graph(self) -> nx.Graph:
        """Person–initiative bipartite graph."""
        return self.graphs.participation_graph

    @property
    def group_graph(self) -> nx.Graph:
        """Person–group bipartite graph (edge ``role``)."""
        return self.graphs.group_graph

    # -- labels -----------------------------------------------------------------------
    def person_label(self, pid: str) -> str:
        """``Name (ID)``, or the ID alone when the person has no name."""
        name = self.people_graph.nodes[pid].get("name") if pid in self.people_graph else None
        return f"{name} ({pid})" if name and name != pid else pid

    def unit_label(self, uid: str | None) -> str:
        """A unit's name, or its ID when it has no name."""
        if not uid:
            return ""
        unit = self.programme.unit_by_id().get(uid)
        return unit.name if unit is not None and unit.name else uid

    # -- over time ----------------------------------------------------------------------
    @property
    def spells(self) -> dict[tuple[str, str], list[Interval]]:
        """Every tie the workbook ever has (sorted ID pair) → the periods it holds (inclusive;
        None is open), up to ``as_of``: the dynamic GEXF and ``growth`` are made from it."""
        if self._spells is None:
            from ohtrack.analysis.network_time import tie_spells

            spells = tie_spells(self.programme)
            if self.as_of is not None:
                spells = {pair: cut for pair, spans in spells.items()
                          if (cut := _until(spans, self.as_of))}
            self._spells = spells
        return self._spells

    def growth(self) -> list[dict[str, Any]]:
        """Ties and cross-unit ties (at ``level``) at the end of every month up to ``as_of``.

        See ``ohtrack.analysis.network_time.growth``; the last record is the network itself.
        """
        from ohtrack.analysis.network_time import growth

        return growth(self.spells, self.unit_at, self.as_of)

    def growth_figure(self) -> Chart:
        """Ties and cross-unit ties per month as a chart."""
        from ohtrack.figures.network import growth_figure

        return growth_figure(self)

    def outside_unit_tie(self, pid: str) -> bool | None:
        """True when the person has a tie to someone in another unit (at ``level``); None
        when their unit is unknown."""
        mine = self.unit_at.get(pid)
        if not mine:
            return None
        return any((other := self.unit_at.get(v)) and other != mine for v in self.people_graph.neighbors(pid))

    # -- results ----------------------------------------------------------------------
    def brokers(self, n: int = 5) -> list[tuple[str, float]]:
        """The ``n`` people with the highest betweenness above zero, highest first."""
        ranked = sorted(((v, b) for v, b in self.betweenness.items() if b > 0), key=lambda x: (-x[1], x[0]))
        return ranked[:n]

    def ties(self) -> list[dict[str, Any]]:
        """Every person–person tie: both IDs (sorted), the weight and the weight per source."""
        # The sources in the order of network_build.TIE_KINDS, spelled out (faster than a loop).
        adj = self.people_graph.adj
        return [{"source": a, "target": b, "weight": d["weight"], "relations": d["relations"],
                 "groups": d["groups"], "events": d["events"], "initiatives": d["initiatives"],
                 "types": list(d["types"])}
                for a in sorted(adj) for b, d in sorted(adj[a].items(), key=_first) if a <= b]

    def summary(self) -> dict[str, Any]:
        """Headline numbers (stable keys; the history feature stores these)."""
        g = self.people_graph
        n, m = g.number_of_nodes(), g.number_of_edges()
        total = self.events["total"]
        return {
            "people": n,
            "ties": m,
            "level": self.level,
            "people_with_outside_tie": sum(1 for v in g if self.outside_unit_tie(v)),
            "cross_unit_ties": self.units["cross_unit_ties"],
            "cross_unit_share": self.units["cross_unit_share"],
            "density": (2 * m / (n * (n - 1))) if n > 1 else None,
            "isolated": len(self.isolated),
            "peripheral": len(self.peripheral),
            "core": len(self.core_periphery["core"]),
            "core_k": self.core_periphery["k_max"],
            "components": _components(g),
            "communities": sum(1 for c in self.communities if len(c) > 1),
            "modularity": self.modularity,
            "relations": self.relations_graph.number_of_edges(),
            "events_planned": total["planned"],
            "events_held": total["held"],
            "events_cancelled": total["cancelled"],
            "betweenness_method": self.betweenness_method,
            "betweenness_sample": self.betweenness_sample,
            "betweenness_bound": self.betweenness_bound,
            "plenary_without_ties": len(self.graphs.plenary),
            "new_cross_unit_ties_in_learning_groups": sum(
                g["new_cross_unit_ties"] for g in self.learning_groups),
        }

    def people(self) -> list[dict[str, Any]]:
        """One record per person with every metric by name (the ``people`` list of ``to_dict``)."""
        g = self.people_graph
        ev = self.events["people"]
        periphery = set(self.peripheral)
        out = []
        for pid in sorted(g.nodes):
            d = g.nodes[pid]
            rec = ev.get(pid, {})
            out.append({
                "id": pid, "name": d.get("name"), "role": d.get("role"), "unit": d.get("unit"),
                "degree": self.degree[pid], "strength": self.strength[pid],
                "betweenness": self.betweenness.get(pid, 0.0),
                "community": self.community_of.get(pid),
                "unit_at_level": self.unit_at.get(pid),
                "outside_unit_tie": self.outside_unit_tie(pid),
                "isolated": self.degree[pid] == 0, "peripheral": pid in periphery,
                "core_number": self.core_periphery["core_number"].get(pid, 0),
                "relations": {lay["type"]: _in_layer(lay, pid) for lay in self.layers},
                "events_attended": rec.get("events_attended", 0),
                "attendance_rate": rec.get("attendance_rate"),
            })
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per person with every metric (``people()`` as a DataFrame, indexed by ID)."""
        import pandas as pd

        columns = ["id", "name", "role", "unit", "unit_at_level", "outside_unit_tie", "degree", "strength",
                   "betweenness", "community", "core_number",
                   "isolated", "peripheral", "events_attended", "attendance_rate"]
        return pd.DataFrame(self.people(), columns=columns).set_index("id")

    def to_text(self, lang: str | None = None) -> str:
        """The network as readable text (what ``ohtrack network`` prints)."""
        from ohtrack.analysis.network_text import to_text

        return to_text(self, lang)

    def figure(self, *, brokers: int = 5) -> Chart:
        """The people network as a chart, the top ``brokers`` named."""
        from ohtrack.figures.network import network_figure

        return network_figure(self, brokers=brokers)

    @paused()
    def to_dict(self) -> dict[str, Any]:
        """The documented JSON layout of ``ohtrack network --json`` (docs/network.md)."""
        # What does not need betweenness first, while it may still be computed beside.
        ties, months = self.ties(), self.growth()
        return {
            "schema": SCHEMA_VERSION,
            "programme": self.programme.info.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "language": self.lang,
            "summary": self.summary(),
            "betweenness": {"method": self.betweenness_method, "backend": self.betweenness_backend,
                            "sample": self.betweenness_sample, "normalized": True, "weighted": False,
                            "bound": self.betweenness_bound},
            "betweenness_sample": self.betweenness_sample,
            "people": self.people(),
            "ties": ties,
            "level": self.level,
            "units": [{**u, "name": self.unit_label(u["unit"])} for u in self.units["units"]],
            "growth": {"level": self.level, "counted_on": "last day of each month (the report date last)",
                       "months": months},
            "layers": self.layers,
            "core_periphery": {k: v for k, v in self.core_periphery.items() if k != "core_number"},
            "communities": {"algorithm": metrics.COMMUNITY_ALGORITHM, "seed": metrics.COMMUNITY_SEED,
                            "modularity": self.modularity, "members": self.communities},
            "lessons": self.lessons,
            "events": {k: v for k, v in self.events.items() if k != "people"},
            "groups": self.groups,
            "learning_groups": self.learning_groups,
            "findings": self.findings,
        }


def _first(item: tuple[str, Any]) -> str:
    return item[0]


def _in_layer(lay: dict[str, Any], pid: str) -> dict[str, int]:
    """A person's degrees in one layer: ``in`` and ``out`` when directed, else ``degree``."""
    if lay["directed"]:
        return {"in": lay["in_degree"].get(pid, 0), "out": lay["out_degree"].get(pid, 0)}
    return {"degree": lay["degree"].get(pid, 0)}


def _until(spans: list[Interval], as_of: dt.date) -> list[Interval]:
    """The spells cut at ``as_of``: later ones left out, open or later ends kept open."""
    out: list[Interval] = []
    for start, end in spans:
        if start is not None and start > as_of:
            continue
        out.append((start, end if end is not None and end <= as_of else None))
    return out


def _components(g: nx.Graph) -> int:
    import networkx as nx

    return nx.number_connected_components(g) if g.number_of_nodes() else 0


def network(programme: Programme, *, as_of: dt.date | None = None, lang: str | None = None,
            betweenness_sample: int | None = None, exact: bool | None = None,
            level: int | str | None = None) -> Network:
    """The network of a programme, as it stood on ``as_of`` (relations' Since/Until, group
    memberships' Since/Until, events' and initiatives' dates).

    ``level`` (a depth of the unit tree, 1 = the top units, or a level name from the Units
    sheet) counts ties as cross-unit when the people's units at that level differ (the
    directorates, say); by default their own units. ``UnknownLevelError`` for a level the
    tree does not have.

    ``lang`` (``nl``/``en``, default the workbook's language) sets the language of the
    findings. Betweenness is exact unless the graph is too large for that (``exact=None``);
    then it is estimated with a proven bound, reported as ``betweenness_bound`` (every value
    within ``epsilon`` with probability ``1 - delta``, from ``sample`` pairs of people).
    ``exact=True`` forces the exact computation, ``exact=False`` the estimate;
    ``betweenness_sample`` forces networkx's estimate from that many people (no bound).
    """
    return Network(programme, as_of=as_of, lang=lang, betweenness_sample=betweenness_sample, exact=exact,
                   level=level)


__all__ = ["Network", "network"]
