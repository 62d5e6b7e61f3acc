"""Long work in a second process while the caller goes on (``start``, then ``result``).

Betweenness of a big network is the longest single step of the network report, and the
rest of the report (layers, communities, growth, ties) does not need it: on a machine with
more than one core the work runs in a forked child process meanwhile, and ``result`` waits
for it. The child runs the same function on the same arguments, so the result is the same
as when it runs in the caller (which it does where a fork is not safe or not possible: one
core, not Linux, no ``fork`` start method, other threads alive, ``OHTRACK_WORKERS=1``, or
a child that dies). The child's progress (``ohtrack.progress.step``) is shown by the caller while it
waits, under the step's own name.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from ohtrack.progress import listening, reporting, step

T = TypeVar("T")

#: The environment variable that allows (unset, or 2 and more) or forbids (1) the second process.
ENV = "OHTRACK_WORKERS"


def can_fork() -> bool:
    """True when a forked child may run work here: Linux, more than one core, the ``fork`` start
    method, no other thread alive (a fork copies their locks, not the threads), and not
    forbidden by ``OHTRACK_WORKERS=1``."""
    if os.environ.get(ENV, "").strip() == "1" or (os.cpu_count() or 1) < 2:
        return False
    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        return False  # macOS: system libraries are not safe in a forked child
    return threading.active_count() == 1


class Pending(Generic[T]):
    """Work started by ``start``: ``result()`` gives its value (or raises its error)."""

    def __init__(self, fn: Callable[..., T], args: tuple[Any, ...], key: str) -> None:
        self._fn, self._args, self._key = fn, args, key
        self._done = False
        self._value: T | None = None
        self._process: Any = None
        self._conn: Connection | None = None
        self._shared: Any = None
        self._owner = os.getpid()  # a copy in a process forked later computes its own value

    def _fork(self) -> None:
        ctx = multiprocessing.get_context("fork")
        self._shared = ctx.Array("q", 2, lock=False)  # work done, total (-1 while unknown)
        self._shared[1] = -1
        receive, send = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_child, args=(self._fn, self._args, self._key, send, self._shared),
                                    daemon=True)
        self._process.start()
        send.close()
        self._conn = receive

    def __getstate__(self) -> dict[str, Any]:
        """Pickled as its value (waited for): the child and its pipe stay here."""
        return {"_fn": None, "_args": (), "_key": self._key, "_done": True,
                "_value": self.result(), "_process": None, "_conn": None, "_shared": None,
                "_owner": os.getpid()}

    def result(self) -> T:
        """The work's value, computed in the child (waiting for it, its progress shown) or
        here when there is no child."""
        if not self._done:
            mine = self._conn is not None and os.getpid() == self._owner
            outcome = self._wait() if mine else None
            self._done = True
            if outcome is None:
                self._value = self._fn(*self._args)
            elif outcome[0] == "error":
                raise outcome[1]
            else:
                self._value = outcome[1]
        return self._value  # type: ignore[return-value]

    def running(self) -> bool:
        """True while a child works on it (False once it has finished, or when there is no
        child: then ``result()`` does the work)."""
        return self._conn is not None and not self._done and not self._conn.poll(0)

    def _wait(self) -> tuple[str, Any] | None:
        conn = self._conn
        assert conn is not None
        try:
            if listening() and not conn.poll(0):
                self._show_progress(conn.poll)
            outcome: tuple[str, Any] = conn.recv()
            return outcome
        except (EOFError, OSError):  # the child died (killed, out of memory): do it here
            return None
        finally:
            conn.close()
            self._process.join()

    def _show_progress(self, poll: Callable[[float], bool]) -> None:
        shared = self._shared
        while shared[1] < 0 and not poll(0.05):
            pass
        if shared[1] < 0:  # done without a step to show
            return
        total = int(shared[1])
        with step(self._key, total=total) as advance:
            shown = 0
            while not poll(0.1):
                done = int(shared[0])
                if done > shown:
                    advance(done - shown)
                    shown = done
            if total > shown:
                advance(total - shown)


def start(fn: Callable[..., T], *args: Any, key: str, fork: bool | None = None) -> Pending[T]:
    """Start ``fn(*args)`` in a forked child when ``can_fork()`` (or ``fork=True``; ``False``
    runs it in ``result()``); its progress steps are reported as catalogue ``key``."""
    pending = Pending(fn, args, key)
    if can_fork() if fork is None else fork:
        try:
            pending._fork()
        except OSError:  # no process could be started: do it here
            pending._conn = None
    return pending


def _child(fn: Callable[..., Any], args: tuple[Any, ...], key: str, send: Connection, shared: Any) -> None:
    try:
        _send(send, _run(fn, args, shared))
    finally:
        send.close()


def _run(fn: Callable[..., Any], args: tuple[Any, ...], shared: Any) -> tuple[str, Any]:
    """``("ok", fn(*args))``, or ``("error", exc)``; its progress counted into ``shared``."""
    def reporter(_key: str, total: int | None) -> _Counter:
        shared[0] = 0
        shared[1] = -1 if total is None else total
        return _Counter(shared)

    try:
        with reporting(reporter):
            return ("ok", fn(*args))
    except BaseException as exc:  # every error goes back to the caller
        return ("error", exc)


def _send(conn: Connection, outcome: tuple[str, Any]) -> None:
    """Send ``outcome``; one that can't be pickled goes as an error that can."""
    try:
        conn.send(outcome)
    except Exception:
        conn.send(("error", RuntimeError(traceback.format_exc())))


class _Counter:
    """The child's progress tracker: counts into shared memory the caller reads."""

    def __init__(self, shared: Any) -> None:
        self.shared = shared

    def update(self, n: int = 1) -> None:
        self.shared[0] += n

    def close(self) -> None:
        return None
