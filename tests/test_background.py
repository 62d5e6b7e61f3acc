"""Work in a forked second process (``ohtrack.background``): same result, errors, progress."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time

import numpy as np
import pytest

from ohtrack import background
from ohtrack.progress import reporting, step

PARENT = os.getpid()
AS_OF = dt.date(2026, 12, 2)
forking = pytest.mark.skipif(not background.can_fork() and os.environ.get(background.ENV) != "1",
                             reason="no fork here (one core, no fork start method, or other threads)")


def _squares(n: int) -> tuple[int, np.ndarray]:
    return os.getpid(), np.arange(n) ** 2


def _fails(message: str) -> None:
    raise ValueError(message)


def _dies_in_a_child(value: int) -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return value


def _counts(total: int) -> int:
    time.sleep(0.3)  # still running when the caller starts waiting, so the caller shows it
    with step("progress.betweenness", total=total) as advance:
        for _ in range(total):
            advance(1)
    return total


@forking
def test_the_child_gives_what_the_caller_would() -> None:
    pid, got = background.start(_squares, 1000, key="progress.betweenness", fork=True).result()
    assert pid != os.getpid()
    assert np.array_equal(got, np.arange(1000) ** 2)
    pid, _ = background.start(_squares, 10, key="progress.betweenness", fork=False).result()
    assert pid == os.getpid()


@forking
def test_an_error_in_the_child_is_raised_in_the_caller() -> None:
    pending = background.start(_fails, "no such unit", key="progress.betweenness", fork=True)
    with pytest.raises(ValueError, match="no such unit"):
        pending.result()


@forking
def test_a_child_that_dies_is_replaced_by_doing_the_work_here() -> None:
    assert background.start(_dies_in_a_child, 7, key="progress.betweenness", fork=True).result() == 7


@forking
def test_the_childs_progress_is_shown_by_the_caller() -> None:
    seen: dict[str, list[int]] = {}

    class Tracker:
        def __init__(self, key: str, total: int | None) -> None:
            self.key = key
            seen[key] = [total or 0, 0]

        def update(self, n: int = 1) -> None:
            seen[self.key][1] += n

        def close(self) -> None:
            return None

    with reporting(Tracker):
        assert background.start(_counts, 50_000, key="progress.betweenness", fork=True).result() == 50_000
    assert seen == {"progress.betweenness": [50_000, 50_000]}


def test_one_worker_or_one_core_means_no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(background.ENV, "1")
    assert not background.can_fork()
    monkeypatch.delenv(background.ENV)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert not background.can_fork()


def test_no_fork_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    if sys.platform == "win32":
        pytest.skip("no fork on Windows")
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not background.can_fork()
    finally:
        stop.set()
        thread.join()


@forking
def test_a_child_that_reports_no_step_shows_no_progress() -> None:
    seen: list[str] = []

    class Tracker:
        def __init__(self, key: str, total: int | None) -> None:
            seen.append(key)

        def update(self, n: int = 1) -> None:
            return None

        def close(self) -> None:
            return None

    with reporting(Tracker):
        pid, _ = background.start(_squares, 10, key="progress.betweenness", fork=True).result()
    assert pid != os.getpid() and seen == []


def _tagged(tag: str) -> tuple[int, str]:
    return os.getpid(), tag


def test_pending_work_pickles_as_its_value() -> None:
    import pickle

    pending = background.start(_tagged, "v", key="progress.figure", fork=False)
    copy = pickle.loads(pickle.dumps(pending))
    assert copy.result() == _tagged("v")
    assert not copy.running()


def test_a_playbooks_figures_rendered_aside_are_the_ones_rendered_here() -> None:
    from ohtrack.figures.chart import Chart
    from ohtrack.playbooks import Playbook, Section
    from ohtrack.playbooks.document import Figure

    def chart(i: int) -> str:
        c = Chart(200, 80)
        c.rect(10, 10, 20 * (i + 1), 30, "#2171b5")
        c.text(10, 60, f"Figuur {i}")
        return c.svg()

    figures = [Figure(chart(i), f"Figuur {i}") for i in range(3)]
    book = Playbook("Draaiboek: Proef", "nl", [Section("model", "Model", list(figures))])
    book.rasterise()  # started in second processes where they may run
    aside = [f.png for f in figures]  # each waits for its own
    here = [Figure(chart(i), f"Figuur {i}").png for i in range(3)]
    assert aside == here and all(p[:4] == b"\x89PNG" for p in aside)
    book.rasterise()  # made once: nothing left to do
    assert all(f._drawing is None for f in figures) and [f.png for f in figures] == aside


def _in_a_grandchild(pending: background.Pending[tuple[int, np.ndarray]]) -> tuple[int, list[int]]:
    pid, values = pending.result()
    return pid, values.tolist()


@forking
def test_pending_work_copied_into_a_later_fork_is_computed_there_and_left_to_its_owner() -> None:
    pending = background.start(_squares, 100, key="progress.betweenness", fork=True)
    copy = background.start(_in_a_grandchild, pending, key="progress.figure", fork=True)
    pid, got = copy.result()
    assert pid != os.getpid() and got == [i * i for i in range(100)]  # made there, pipe untouched
    owner_pid, mine = pending.result()  # the owner still gets its own child's value
    assert owner_pid not in (os.getpid(), pid) and mine.tolist() == got
