"""A warm second process (``background.warm``): prepared first, then the calls sent to it."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ohtrack import background
from tests.test_background import _dies_in_a_child, _fails

forking = pytest.mark.skipif(not background.can_fork(),
                             reason="no fork here (one core, no fork start method, other threads "
                                    "or OHTRACK_WORKERS=1)")
ROOT = Path(__file__).resolve().parents[1]
STAAL = ROOT / "samples" / "staal-osf2-verbeterteam.xlsx"

_PREPARED: list[str] = []


def _prepare() -> None:
    _PREPARED.append("ready")


def _state(tag: str) -> tuple[int, list[str], str]:
    return os.getpid(), list(_PREPARED), tag


@forking
def test_calls_run_in_the_prepared_child_in_turn() -> None:
    warm = background.warm(_prepare)
    assert warm is not None
    first = warm.submit(_state, "a", key="progress.figure")
    second = warm.submit(_state, "b", key="progress.figure")
    # Asked for in the other order: each still gets its own result.
    pid_b, prepared_b, tag_b = second.result()
    pid_a, prepared_a, tag_a = first.result()
    assert (tag_a, tag_b) == ("a", "b")
    assert pid_a == pid_b != os.getpid()
    assert prepared_a == prepared_b == ["ready"]  # prepared there, once, before the calls
    assert _PREPARED == []  # … and not here
    warm.close()


@forking
def test_an_error_in_the_child_is_raised_here() -> None:
    warm = background.warm(_prepare)
    assert warm is not None
    with pytest.raises(ValueError, match="no such unit"):
        warm.submit(_fails, "no such unit", key="progress.figure").result()
    assert warm.submit(_state, "after", key="progress.figure").result()[2] == "after"


@forking
def test_what_cant_be_sent_runs_here() -> None:
    warm = background.warm(_prepare)
    assert warm is not None
    local = warm.submit(lambda: os.getpid(), key="progress.figure")  # a lambda: not picklable
    assert local.result() == os.getpid()
    big = warm.submit(_state, "x" * 5000, key="progress.figure", limit=1000)  # over the limit
    assert big.result()[0] == os.getpid()
    sent = warm.submit(_state, "small", key="progress.figure", limit=1000)
    assert sent.result()[0] != os.getpid()


@forking
def test_a_child_that_dies_leaves_the_work_to_the_caller() -> None:
    warm = background.warm(_prepare)
    assert warm is not None
    assert warm.submit(_dies_in_a_child, 7, key="progress.figure").result() == 7
    # The child is gone: what is sent next is done here as well.
    assert warm.submit(_state, "next", key="progress.figure").result()[0] == os.getpid()


def test_no_warm_child_where_forking_is_forbidden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(background.ENV, "1")
    assert background.warm(_prepare) is None


def test_pending_work_pickles_as_its_value() -> None:
    pending = background.start(_state, "v", key="progress.figure", fork=False)
    copy = pickle.loads(pickle.dumps(pending))
    assert copy.result() == _state("v")
    assert not copy.running()


@forking
@pytest.mark.skipif(not STAAL.exists(), reason="samples/ not present")
def test_a_png_drawn_in_the_warm_child_is_the_one_drawn_here(tmp_path: Path) -> None:
    """``prepare`` then ``export``, in a process of its own: the same PNG, drawn elsewhere."""
    code = (
        "import sys, datetime as dt, ohtrack\n"
        "from ohtrack import exports\n"
        "warm = sys.argv[2] == 'warm'\n"
        "if warm:\n"
        "    exports.prepare('IndicatorReport')\n"
        "    assert exports._DRAWER\n"
        "r = ohtrack.indicators(ohtrack.load(sys.argv[1]), as_of=dt.date(2026, 12, 2))\n"
        "exports.export(r, sys.argv[3], fmt='png')\n"
        "assert ('matplotlib.figure' in sys.modules) is not warm  # drawn there, not here\n"
    )
    env = {k: v for k, v in os.environ.items() if k != background.ENV}
    for mode in ("warm", "here"):
        subprocess.run([sys.executable, "-c", code, str(STAAL), mode, str(tmp_path / f"{mode}.png")],
                       check=True, env=env)
    warm, here = (tmp_path / "warm.png").read_bytes(), (tmp_path / "here.png").read_bytes()
    assert warm[:8] == b"\x89PNG\r\n\x1a\n" and warm == here


def test_a_chart_needs_no_warm_child_nor_matplotlib(tmp_path: Path) -> None:
    code = (
        "import sys, datetime as dt, ohtrack\n"
        "from ohtrack import exports\n"
        "exports.prepare('ModelMap')\n"
        "assert not exports._DRAWER\n"
        "mm = ohtrack.model_map(ohtrack.load(sys.argv[1]), as_of=dt.date(2026, 12, 2))\n"
        "exports.export(mm, sys.argv[2], fmt='png')\n"
        "assert 'matplotlib' not in sys.modules\n"
    )
    env = {k: v for k, v in os.environ.items() if k != background.ENV}
    subprocess.run([sys.executable, "-c", code, str(STAAL), str(tmp_path / "map.png")], check=True,
                   env=env)
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@forking
def test_warm_children_end_with_their_caller() -> None:
    """Even when the caller dies without closing anything, and a second warm child holds the
    first one's pipe: both end (they would otherwise keep the caller's output open)."""
    code = (
        "import os, sys\n"
        "from ohtrack import background\n"
        "a = background.warm(list)\n"
        "b = background.warm(list)\n"  # forked after a: holds a's jobs pipe
        "print(a._process.pid, b._process.pid, flush=True)\n"
        "os._exit(0)\n"  # no atexit: daemon children are not terminated for us
    )
    env = {k: v for k, v in os.environ.items() if k != background.ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=env, timeout=60)
    pids = [int(x) for x in out.stdout.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 10
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in pids if _alive(p)]
    assert alive == []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
