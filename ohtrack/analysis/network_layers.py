"""Relations by type, each a layer of its own, and the core and periphery of a network.

Every relation type (``reports_to``, ``advises``, ``seeks_advice_from`` …) is a layer: a
graph of its own ties. A type is *directed* (who goes to whom) unless it is symmetric by
its meaning (``works_with``); directed layers get in-degree (how often one is sought),
out-degree and reciprocity, symmetric ones degree. Core and periphery come from the
k-core decomposition (igraph's ``coreness``): the *core* is the main core (the largest k
for which every member has k ties inside it), the *periphery* the people with ties whose
core number is at most half of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ohtrack.text import name_key

if TYPE_CHECKING:
    import networkx as nx

#: Relation types that are the same seen from either side (every other type is directed).
SYMMETRIC_TYPES = frozenset({"works_with"})
#: What ``core_periphery`` reports as its method.
CORE_METHOD = "k-core"
#: A person is peripheral when their core number is at most this share of the main core's.
PERIPHERY_SHARE = 0.5
#: People named as most sought per directed layer.
TOP_SOUGHT = 3


def directed(rtype: str) -> bool:
    """True unless the type is symmetric by its meaning (``works_with``, ``werkt samen``)."""
    return name_key(rtype).replace(" ", "_") not in SYMMETRIC_TYPES


def core_periphery(g: nx.Graph) -> dict[str, Any]:
    """The k-core split of an undirected graph (ties' weights and directions ignored).

    ``core_number`` per person, ``k_max`` (the main core's k), ``core`` (people in the main
    core) and ``periphery`` (people with ties and a core number of at most
    ``PERIPHERY_SHARE * k_max``; nobody when ``k_max`` is below 2: a tree or a chain has no
    core to be far from). People without ties are neither.
    """
    return _split(_core_numbers(g))


def _split(number: dict[str, int]) -> dict[str, Any]:
    k_max = max(number.values(), default=0)
    core = sorted(v for v, k in number.items() if k == k_max and k > 0)
    periphery = sorted(v for v, k in number.items()
                       if k_max >= 2 and 0 < k <= PERIPHERY_SHARE * k_max)
    return {"method": CORE_METHOD, "periphery_share": PERIPHERY_SHARE, "k_max": k_max,
            "core": core, "periphery": periphery, "core_number": dict(sorted(number.items()))}


def _core_numbers(g: nx.Graph) -> dict[str, int]:
    """Each person's core number (igraph's ``coreness``, the same as networkx's
    ``core_number`` on the graph without repeated ties and self-ties, many times faster)."""
    return _coreness(list(g.nodes), g.edges())


def _coreness(nodes: list[str], edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    """``_core_numbers`` of the graph of ``nodes`` and ``edges``."""
    from ohtrack.analysis.igraph_module import graph as igraph_graph

    if not nodes:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    graph = igraph_graph(len(nodes), [(index[u], index[v]) for u, v in edges if u != v])
    graph.simplify()
    return {str(v): int(k) for v, k in zip(nodes, graph.coreness())}


def layer(rel: nx.MultiDiGraph, rtype: str) -> dict[str, Any]:
    """One relation type as a layer: its ties, density and, per person, in/out-degree
    (directed) or degree (symmetric); reciprocity and the dyad census when directed."""
    return _layer(list(rel.nodes), rtype, [(u, v) for u, v, k in rel.edges(keys=True) if k == rtype])


def _layer(nodes: list[str], rtype: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """``layer`` from the people and the ties of one type (from, to), counted with sets and
    dicts instead of a graph per type."""
    is_directed = directed(rtype)
    arcs = set(pairs)  # a type's tie between two people counts once
    n = len(nodes)
    order = sorted(nodes)
    out: dict[str, Any] = {"type": rtype, "directed": is_directed}
    undirected = {(u, v) if u <= v else (v, u) for u, v in arcs}
    if is_directed:
        ties = len(arcs)
        mutual = sum(1 for u, v in arcs if (v, u) in arcs) // 2
        asym = ties - 2 * mutual
        indeg = dict.fromkeys(order, 0)
        outdeg = dict.fromkeys(order, 0)
        for u, v in arcs:
            outdeg[u] += 1
            indeg[v] += 1
        out |= {"ties": ties, "density": ties / (n * (n - 1)) if n > 1 else None,
                "reciprocity": 2 * mutual / ties if ties else None,
                "dyads": {"mutual": mutual, "asymmetric": asym, "null": n * (n - 1) // 2 - mutual - asym},
                "in_degree": {str(v): k for v, k in indeg.items()},
                "out_degree": {str(v): k for v, k in outdeg.items()}}
        ranked = sorted(((v, k) for v, k in out["in_degree"].items() if k > 0), key=lambda x: (-x[1], x[0]))
        out["most_sought"] = [{"person": v, "in_degree": k} for v, k in ranked[:TOP_SOUGHT]]
    else:
        ties = len(undirected)
        degree = dict.fromkeys(order, 0)
        for u, v in undirected:
            degree[u] += 1
            degree[v] += 1
        out |= {"ties": ties, "density": 2 * ties / (n * (n - 1)) if n > 1 else None,
                "degree": {str(v): k for v, k in degree.items()}}
    cp = _split(_coreness(nodes, undirected))
    out["core_periphery"] = {k: v for k, v in cp.items() if k != "core_number"}
    return out


def layers(rel: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every relation type in the relations graph as a layer, by type name."""
    by_type: dict[str, list[tuple[str, str]]] = {}
    for u, v, k in rel.edges(keys=True):
        by_type.setdefault(str(k), []).append((u, v))
    nodes = list(rel.nodes)
    return [_layer(nodes, t, by_type[t]) for t in sorted(by_type)]
