"""Progress of long work (reading a big workbook, betweenness, composing groups, rendering).

The library says what it is doing with ``step``; nothing is shown unless someone listens.
The command line listens on a terminal (a tqdm bar on stderr that appears only when a step
takes longer than a second, and never with ``--json`` or when output is piped); a program
can listen too::

    import ohtrack
    from ohtrack.progress import reporting, tqdm_reporter

    with reporting(tqdm_reporter()):
        net = ohtrack.network(ohtrack.load("groot.xlsx"))

A step is named by a catalogue key (``progress.read`` …, in ``ohtrack.i18n.progress``); a
reporter is any callable ``(key, total) -> Tracker`` and says the key in its own language.
``total`` is None when the amount of work is not known in advance (then the bar shows a
count and the time).
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any, Protocol


class Tracker(Protocol):
    """One step being reported: ``update(n)`` after each ``n`` units of work, then ``close()``."""

    def update(self, n: int = 1) -> Any: ...

    def close(self) -> Any: ...


Reporter = Callable[[str, "int | None"], Tracker]

_REPORTER: contextvars.ContextVar[Reporter | None] = contextvars.ContextVar("ohtrack_progress",
                                                                           default=None)


def _nothing(n: int = 1) -> None:
    return None


@contextlib.contextmanager
def step(key: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """Report one step of work named by catalogue ``key``; yields ``advance(n)``. Silent
    when nobody listens."""
    reporter = _REPORTER.get()
    if reporter is None:
        yield _nothing
        return
    tracker = reporter(key, total)

    def advance(n: int = 1) -> None:
        tracker.update(n)

    try:
        yield advance
    finally:
        tracker.close()


def listening() -> bool:
    """True when a reporter is installed (skip work done only to report progress)."""
    return _REPORTER.get() is not None


@contextlib.contextmanager
def reporting(reporter: Reporter | None) -> Iterator[None]:
    """Send the steps of the work done inside the block to ``reporter`` (None: silence)."""
    token = _REPORTER.set(reporter)
    try:
        yield
    finally:
        _REPORTER.reset(token)


def tqdm_reporter(*, lang: str | Callable[[], str] = "nl", delay: float = 1.0,
                  file: IO[str] | None = None) -> Reporter:
    """A reporter drawing a tqdm bar on ``file`` (stderr) for each step that takes longer
    than ``delay`` seconds, labelled in ``lang`` (or the language a callable gives when the
    step starts). The bar is redrawn twice a second, so a step that reports no progress of
    its own (one long call) still shows that it runs and for how long."""

    def start(key: str, total: int | None) -> Tracker:
        from tqdm import tqdm

        from ohtrack.i18n import t

        tqdm.monitor_interval = 0  # no monitor thread: _Ticking redraws (and a fork stays safe)

        label = t(key, lang() if callable(lang) else lang)
        bar = tqdm(total=total, desc=label, delay=delay, file=file or sys.stderr, leave=False, unit="",
                   dynamic_ncols=True, mininterval=0.2)
        return _Ticking(bar, delay)

    return start


class _Ticking:
    """A tqdm bar redrawn by a background thread from ``delay`` seconds on until closed."""

    def __init__(self, bar: Any, delay: float) -> None:
        import threading

        self.bar = bar
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tick, args=(delay,), daemon=True)
        self._thread.start()

    def _tick(self, delay: float) -> None:
        if self._stop.wait(delay):
            return
        while not self._stop.is_set():
            self.bar.refresh()
            self._stop.wait(0.5)

    def update(self, n: int = 1) -> Any:
        return self.bar.update(n)

    def close(self) -> Any:
        self._stop.set()
        self._thread.join()
        return self.bar.close()
