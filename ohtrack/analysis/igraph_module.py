"""igraph, imported without its plotting layer pulling in matplotlib, and graphs made without
it importing numpy.

``import igraph`` imports ``matplotlib.pyplot`` whenever matplotlib is installed (for
``igraph.plot``, which ohtrack never uses): about 0.6 s of a command that draws nothing.
``igraph()`` imports it with matplotlib hidden, so igraph's drawing layer gets its own
"matplotlib not installed" stand-in; when matplotlib is already loaded nothing is hidden.
Likewise ``igraph.Graph(…)`` imports numpy on every call to see whether the edges are an
array (0.1–0.2 s the first time): ``graph(n, edges)`` of a list of pairs makes it with numpy
hidden while numpy is not loaded, so a team's network report never imports it.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ohtrack.hidden import hidden

if TYPE_CHECKING:
    import networkx as nx


def igraph() -> ModuleType:
    """The ``igraph`` module (imported once, without matplotlib when that isn't loaded)."""
    loaded = sys.modules.get("igraph")
    if loaded is not None:
        return loaded
    with hidden("matplotlib"):
        import igraph as ig
    return ig


def index_pairs(g: nx.Graph) -> tuple[list[Any], list[tuple[int, int]]]:
    """A networkx graph's nodes, and its edges as pairs of indices into them (what ``graph``
    takes), in the graph's own order."""
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    return nodes, [(index[u], index[v]) for u, v in g.edges()]


def graph(n: int, edges: list[tuple[int, int]], **attrs: Any) -> Any:
    """``igraph.Graph(n=n, edges=edges, **attrs)`` of a list of index pairs, without importing
    numpy when nothing has yet (an array of edges would need it: ``edges.tolist()`` first)."""
    ig = igraph()
    with hidden("numpy"):
        return ig.Graph(n=n, edges=edges, **attrs)
