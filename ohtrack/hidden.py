"""Optional imports a library would make that ohtrack doesn't need, kept out for a while.

Some libraries import numpy (or matplotlib) "in case" inside a call: igraph's ``Graph(…)`` to
see whether the edges are an array, networkx's GEXF writer to know numpy's number types. Where
ohtrack hands them plain Python values, that import is 0.1–0.2 s of a command for nothing.
``hidden("numpy")`` makes ``import numpy`` fail while the block runs, as if it were not
installed (the library then takes its own path without it), unless it is loaded already.
The blocks are short library calls; a thread importing the module for the first time while
one runs would be refused too, so they are kept to calls that make no threads.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hidden(*names: str) -> Iterator[None]:
    """While the block runs, ``import name`` raises ``ImportError`` for each of ``names`` that
    is not loaded yet (``sys.modules[name] = None``); loaded ones stay as they are."""
    absent = [n for n in names if n not in sys.modules]
    for n in absent:
        sys.modules[n] = None  # type: ignore[assignment]  # import → ImportError
    try:
        yield
    finally:
        for n in absent:
            if sys.modules.get(n, "") is None:
                del sys.modules[n]
