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
from typing import Any


def igraph() -> ModuleType:
    """The ``igraph`` module (imported once, without matplotlib when that isn't loaded)."""
    loaded = sys.modules.get("igraph")
    if loaded is not None:
        return loaded
    if "matplotlib" in sys.modules:
        import igraph as ig

        return ig
    sys.modules["matplotlib"] = None  # type: ignore[assignment]  # import → ImportError
    try:
        import igraph as ig
    finally:
        del sys.modules["matplotlib"]
    return ig


def graph(n: int, edges: list[tuple[int, int]], **attrs: Any) -> Any:
    """``igraph.Graph(n=n, edges=edges, **attrs)`` of a list of index pairs, without importing
    numpy when nothing has yet (an array of edges would need it: ``edges.tolist()`` first)."""
    ig = igraph()
    if "numpy" in sys.modules:
        return ig.Graph(n=n, edges=edges, **attrs)
    sys.modules["numpy"] = None  # type: ignore[assignment]  # igraph's check → ImportError
    try:
        return ig.Graph(n=n, edges=edges, **attrs)
    finally:
        del sys.modules["numpy"]
