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
def paused(long_lived: bool = False) -> Iterator[None]:
    """The collector off meanwhile, then back as it was (also usable as a decorator).

    With ``long_lived`` what was made meanwhile and still lives (a whole imported programme)
    goes straight into the oldest generation: otherwise the first allocation after the pause
    starts a young collection that walks every one of those objects once (0.1 s for a
    100,000-row import). Cycles among them are then collected by the next full collection.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if long_lived and gc.get_freeze_count() == 0:  # never thaw what others froze
                gc.freeze()  # every tracked object into the permanent generation, counts reset …
                gc.unfreeze()  # … and from there into the oldest one: no object walked
            gc.enable()
