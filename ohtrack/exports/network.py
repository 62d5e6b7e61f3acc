"""Exports of the people network: GraphML, GEXF, node-link JSON and a Kumu workbook.

Every file is written atomically. Attributes are flattened for the graph formats: lists are
joined with ``|``, dates written as ISO text and empty values left out, so Gephi, yEd and
Cytoscape open the files. Every text, IDs included, goes through ``ohtrack.text.safe_text``:
what XML can't hold shows as U+FFFD (an ID that would then equal another gets `` (2)``).
Pseudonymise the programme before building the network to leave names out of every export
(``ohtrack network --pseudonymise``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ohtrack import jsonout
from ohtrack.analysis.network_build import TIE_KINDS
from ohtrack.fileio import write_atomic, write_text_atomic, write_workbook_atomic
from ohtrack.hidden import hidden
from ohtrack.text import safe_text

if TYPE_CHECKING:
    import networkx as nx

    from ohtrack.analysis.network import Network

def _flat(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(str(v) for v in value) if isinstance(value, (set, frozenset)) else value
        return safe_text("|".join(str(v) for v in items)) or None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, (bool, int, float)):
        return value
    return safe_text(value)


def safe_ids(ids: Iterable[str]) -> dict[str, str]:
    """Each ID as the graph formats can hold it (``safe_text``), still one to one: an ID that
    would equal another one after the change gets `` (2)``, `` (3)`` … (in sorted order)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for pid in sorted(ids, key=lambda x: (safe_text(x) != x, x)):  # unchanged IDs keep theirs
        base = safe = safe_text(pid)
        n = 2
        while safe in taken:
            safe, n = f"{base} ({n})", n + 1
        out[pid] = safe
        taken.add(safe)
    return out


def export_graph(net: Network) -> nx.Graph:
    """A copy of ``people_graph`` with flat attributes and the metrics on every node.

    Nodes: ``label``, ``name``, ``role``, ``unit``, ``unit_name``, ``tags``, ``degree``,
    ``strength``, ``betweenness``, ``community``. Edges: ``weight`` and one count per
    source kind (``relations``, ``groups``, ``events``, ``initiatives``), ``types``.
    """
    import networkx as nx

    g = nx.Graph(name=safe_text(net.programme.info.name))
    ids = safe_ids(net.people_graph.nodes)
    for pid, d in net.people_graph.nodes(data=True):
        attrs = {"label": d.get("name") or pid, "name": d.get("name"), "role": d.get("role"),
                 "unit": d.get("unit"), "unit_name": d.get("unit_name"), "tags": d.get("tags"),
                 "degree": int(net.degree[pid]), "strength": float(net.strength[pid]),
                 "betweenness": float(net.betweenness.get(pid, 0.0)),
                 "community": int(net.community_of.get(pid, -1))}
        g.add_node(ids[pid], **{k: f for k, v in attrs.items() if (f := _flat(v)) is not None})
    for u, v, d in net.people_graph.edges(data=True):
        attrs = {"weight": float(d["weight"]), "relations": float(d["relations"]),
                 **{k: int(d[k]) for k in TIE_KINDS if k != "relations"}, "types": d.get("types")}
        g.add_edge(ids[u], ids[v], **{k: f for k, v_ in attrs.items() if (f := _flat(v_)) is not None})
    return g


def node_link(net: Network) -> dict[str, Any]:
    """The export graph as networkx node-link data (``nodes`` and ``links``)."""
    import networkx as nx

    data: dict[str, Any] = nx.node_link_data(export_graph(net), edges="links")
    return data


def write_kumu(net: Network, path: str | Path) -> Path:
    """A Kumu workbook: ``Elements`` (Label, Type, Tags, …) and ``Connections`` (From, To, Type, …).

    Kumu's own fields (Label, Type, Tags, From, To, Strength, Direction) keep their names; the
    other fields, the element type and the kinds of tie are in the network's language.
    Multi-values are joined with ``|``; every cell goes through ``set_text_safe``. Labels are
    made unique (``Name (ID)`` when two people share a name) because Kumu links by label.
    """
    from openpyxl import Workbook

    from ohtrack.i18n import t
    from ohtrack.workbook.excel import set_text_safe

    lang = net.lang
    kind = {k: t(f"network.kind.{k}", lang) for k in TIE_KINDS}

    g = net.people_graph
    # Kumu links by label: labels unique as the cells will show them (``safe_text``)
    ids = safe_ids(g.nodes)
    shown = {v: safe_text(d.get("name") or v) for v, d in g.nodes(data=True)}
    twice = _dupes(list(shown.values()))
    label = {v: (f"{shown[v]} ({ids[v]})" if shown[v] in twice else shown[v]) for v in g.nodes}
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Elements"
    _rows(ws, ["Label", "Type", "Tags", "ID", t("network.unit", lang), t("network.role", lang),
               t("network.degree", lang), t("network.betweenness", lang), t("network.community", lang)],
          ([label[v], t("network.person", lang),
            "|".join(str(x) for x in [d.get("unit_name"), *d.get("tags", [])] if x),
            ids[v], d.get("unit_name"), d.get("role"), net.degree[v], round(net.betweenness.get(v, 0.0), 6),
            net.community_of.get(v)] for v, d in sorted(g.nodes(data=True))), set_text_safe)
    cs = wb.create_sheet("Connections")
    rows = []
    for u, v, d in g.edges(data=True):
        a, b = (u, v) if u <= v else (v, u)
        kinds = [kind[k] for k in TIE_KINDS if d[k]]
        rows.append([label[a], label[b], "|".join(d["types"] or kinds), "|".join(kinds), d["weight"],
                     "undirected", *(d[k] for k in TIE_KINDS)])
    _rows(cs, ["From", "To", "Type", "Tags", "Strength", "Direction", *kind.values()],
          sorted(rows, key=lambda r: (str(r[0]), str(r[1]))), set_text_safe)
    return write_workbook_atomic(path, wb, lang=net.lang)


def _dupes(names: list[str]) -> set[str]:
    seen: set[str] = set()
    out: set[str] = set()
    for n in names:
        (out if n in seen else seen).add(n)
    return out


def _rows(ws: Any, header: list[str], rows: Any, put: Any) -> None:
    for c, h in enumerate(header, start=1):
        put(ws.cell(row=1, column=c), h)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                put(ws.cell(row=r, column=c), value)


def write_graphml(net: Network, path: str | Path) -> Path:
    """The export graph as GraphML (yEd, Cytoscape, Gephi)."""
    import networkx as nx

    return write_atomic(path, lambda tmp: nx.write_graphml(export_graph(net), tmp), lang=net.lang)


def dynamic_graph(net: Network) -> nx.Graph:
    """The export graph with every tie's spells (ISO dates, both ends inclusive; an open end
    left out): the ties of ``net`` up to its report date, ended ones too (weight 1)."""
    g = export_graph(net)
    ids = safe_ids(net.people_graph.nodes)  # the IDs export_graph gave the people
    for (pa, pb), spans in net.spells.items():
        a, b = ids[pa], ids[pb]
        if not g.has_edge(a, b):
            g.add_edge(a, b, weight=1.0)
        if spans != [(None, None)]:  # a tie that always held needs no spell
            g.edges[a, b]["spells"] = [(s.isoformat() if s else None, e.isoformat() if e else None)
                                       for s, e in spans]
    return g


def write_gexf(net: Network, path: str | Path) -> Path:
    """The export graph as a dynamic GEXF: every tie with its spells, so Gephi's timeline
    shows the network growing (``mode="dynamic"``, ``timeformat="date"``)."""
    import networkx as nx

    def write(tmp: Path) -> None:
        with hidden("numpy"):  # its writer would import numpy for number types the graph hasn't got
            nx.write_gexf(dynamic_graph(net), tmp)  # dynamic from the first dated spell on

    return write_atomic(path, write, lang=net.lang)


def write_node_link(net: Network, path: str | Path) -> Path:
    """The export graph as networkx node-link JSON (``nodes`` and ``links``)."""
    text = jsonout.dumps(node_link(net), ensure_ascii=False, indent=1) + "\n"
    return write_text_atomic(path, text, lang=net.lang)


__all__ = ["dynamic_graph", "export_graph", "node_link", "safe_ids", "write_gexf", "write_graphml",
           "write_kumu", "write_node_link"]
