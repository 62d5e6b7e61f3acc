"""The stakeholder and learning network of a programme: ``ohtrack.network(programme)``.

Who is tied to whom through relations, groups, learning events and initiatives; who bridges
(brokers) and who is left out; how units connect; how lessons spread; whether learning
events took place; whether groups have the roles their type needs. See docs/network.md.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ohtrack.analysis import network_metrics as metrics
from ohtrack.analysis.network_build import TIE_KINDS, Graphs, build
from ohtrack.domain import Programme
from ohtrack.i18n import normalise_lang

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.figure import Figure

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

    def __init__(self, programme: Programme, *, as_of: dt.date | None = None, lang: str | None = None,
                 betweenness_sample: int | None = None, exact: bool | None = None) -> None:
        self.programme = programme
        self.as_of = as_of
        self.lang = normalise_lang(lang or programme.info.language)
        self.graphs: Graphs = build(programme, as_of)
        g = self.people_graph
        self.unit_of: dict[str, str | None] = self.graphs.unit_of
        self.degree, self.strength = metrics.degrees(g)
        bc = metrics.betweenness(g, sample=betweenness_sample, exact=exact)
        self.betweenness: dict[str, float] = bc.values
        self.betweenness_method = bc.method
        self.betweenness_backend = bc.backend
        self.betweenness_sample = bc.sample
        #: The error bound of an estimated betweenness (None when exact).
        self.betweenness_bound: dict[str, Any] | None = bc.bound.to_dict() if bc.bound else None
        self.isolated: list[str] = sorted(v for v, d in self.degree.items() if d == 0)
        self.peripheral: list[str] = sorted(v for v, d in self.degree.items() if d == 1)
        self.units: dict[str, Any] = metrics.unit_ties(g, self.unit_of)
        self.communities, self.modularity = metrics.communities(g)
        self.community_of: dict[str, int] = {v: i for i, c in enumerate(self.communities) for v in c}
        self.lessons = metrics.lesson_reach(programme, g, self.unit_of)
        self.events = metrics.realisation(programme, as_of)
        self.groups = metrics.completeness(programme)
        self.learning_groups = metrics.group_ties(programme, self.relations_graph, self.unit_of)
        from ohtrack.analysis.network_findings import findings

        self.findings: list[dict[str, Any]] = findings(self)

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

    # -- results ----------------------------------------------------------------------
    def brokers(self, n: int = 5) -> list[tuple[str, float]]:
        """The ``n`` people with the highest betweenness above zero, highest first."""
        ranked = sorted(((v, b) for v, b in self.betweenness.items() if b > 0), key=lambda x: (-x[1], x[0]))
        return ranked[:n]

    def ties(self) -> list[dict[str, Any]]:
        """Every person–person tie: both IDs (sorted), the weight and the weight per source."""
        out = []
        for u, v, d in self.people_graph.edges(data=True):
            a, b = (u, v) if u <= v else (v, u)
            out.append({"source": a, "target": b, "weight": d["weight"],
                        **{k: d[k] for k in TIE_KINDS}, "types": list(d["types"])})
        return sorted(out, key=lambda r: (r["source"], r["target"]))

    def summary(self) -> dict[str, Any]:
        """Headline numbers (stable keys; the history feature stores these)."""
        g = self.people_graph
        n, m = g.number_of_nodes(), g.number_of_edges()
        total = self.events["total"]
        return {
            "people": n,
            "ties": m,
            "cross_unit_ties": self.units["cross_unit_ties"],
            "cross_unit_share": self.units["cross_unit_share"],
            "density": (2 * m / (n * (n - 1))) if n > 1 else None,
            "isolated": len(self.isolated),
            "peripheral": len(self.peripheral),
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
        out = []
        for pid in sorted(g.nodes):
            d = g.nodes[pid]
            rec = ev.get(pid, {})
            out.append({
                "id": pid, "name": d.get("name"), "role": d.get("role"), "unit": d.get("unit"),
                "degree": self.degree[pid], "strength": self.strength[pid],
                "betweenness": self.betweenness.get(pid, 0.0),
                "community": self.community_of.get(pid),
                "isolated": self.degree[pid] == 0, "peripheral": self.degree[pid] == 1,
                "events_attended": rec.get("events_attended", 0),
                "attendance_rate": rec.get("attendance_rate"),
            })
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per person with every metric (``people()`` as a DataFrame, indexed by ID)."""
        import pandas as pd

        columns = ["id", "name", "role", "unit", "degree", "strength", "betweenness", "community",
                   "isolated", "peripheral", "events_attended", "attendance_rate"]
        return pd.DataFrame(self.people(), columns=columns).set_index("id")

    def to_text(self, lang: str | None = None) -> str:
        """The network as readable text (what ``ohtrack network`` prints)."""
        from ohtrack.analysis.network_text import to_text

        return to_text(self, lang)

    def figure(self, *, brokers: int = 5) -> Figure:
        """The people network as a matplotlib figure, the top ``brokers`` named."""
        from ohtrack.figures.network import network_figure

        return network_figure(self, brokers=brokers)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON layout of ``ohtrack network --json`` (docs/network.md)."""
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
            "ties": self.ties(),
            "units": [{**u, "name": self.unit_label(u["unit"])} for u in self.units["units"]],
            "communities": {"algorithm": metrics.COMMUNITY_ALGORITHM, "seed": metrics.COMMUNITY_SEED,
                            "modularity": self.modularity, "members": self.communities},
            "lessons": self.lessons,
            "events": {k: v for k, v in self.events.items() if k != "people"},
            "groups": self.groups,
            "learning_groups": self.learning_groups,
            "findings": self.findings,
        }


def _components(g: nx.Graph) -> int:
    import networkx as nx

    return nx.number_connected_components(g) if g.number_of_nodes() else 0


def network(programme: Programme, *, as_of: dt.date | None = None, lang: str | None = None,
            betweenness_sample: int | None = None, exact: bool | None = None) -> Network:
    """The network of a programme, as it stood on ``as_of`` (relations' Since/Until, events' dates).

    ``lang`` (``nl``/``en``, default the workbook's language) sets the language of the
    findings. Betweenness is exact unless the graph is too large for that (``exact=None``);
    then it is estimated with a proven bound, reported as ``betweenness_bound`` (every value
    within ``epsilon`` with probability ``1 - delta``, from ``sample`` pairs of people).
    ``exact=True`` forces the exact computation, ``exact=False`` the estimate;
    ``betweenness_sample`` forces networkx's estimate from that many people (no bound).
    """
    return Network(programme, as_of=as_of, lang=lang, betweenness_sample=betweenness_sample, exact=exact)


__all__ = ["Network", "network"]
