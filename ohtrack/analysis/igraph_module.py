"""igraph, imported without its plotting layer pulling in matplotlib.

``import igraph`` imports ``matplotlib.pyplot`` whenever matplotlib is installed (for
``igraph.plot``, which ohtrack never uses): about 0.6 s of a command that draws nothing.
``igraph()`` imports it with matplotlib hidden, so igraph's drawing layer gets its own
"matplotlib not installed" stand-in; when matplotlib is already loaded nothing is hidden.
"""

from __future__ import annotations

import sys
from types import ModuleType


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
