"""Python's cyclic garbage collector paused while bulk work runs, in one place.

Reading a workbook, importing an inventory and building a network report make millions of
small objects that live on and hardly any cyclic garbage; the collector would walk all of
them again and again (a quarter of a 10,000-person network report, about 0.1 s of reading
the 100,000-initiative bench workbook). Reference counting frees everything as usual, and
cycles left over are collected once the collector runs again.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off meanwhile, then back as it was (also usable as a decorator)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
