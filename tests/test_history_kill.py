"""History survives a SIGKILL in the middle of ``track add``: the store opens and is consistent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ohtrack.history import open_store

ADDER = textwrap.dedent("""
    import sys
    from ohtrack.domain import Programme
    from ohtrack.history import open_store

    store = open_store(sys.argv[1])
    i = len(store.snapshots())
    while True:
        p = Programme.model_validate({
            "info": {"name": f"P{i}", "model": "ohi-2011"},
            "initiatives": [{"id": f"I{k}", "title": "x" * 200, "status": "active"}
                            for k in range(40 + i % 7)],
        })
        store.add(p, source="loop.xlsx", label=str(i))
        i += 1
""")


def count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM snapshots").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_store_is_consistent_after_kill_during_add(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    script = tmp_path / "adder.py"
    script.write_text(ADDER)
    for round_, wanted in enumerate((5, 12, 20)):
        proc = subprocess.Popen([sys.executable, str(script), str(db)])
        try:
            deadline = time.monotonic() + 60
            while count(db) < wanted and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(0.013 * (round_ + 1))  # land somewhere inside a later add
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -signal.SIGKILL
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with open_store(db, create=False) as store:
            snaps = store.snapshots()
            n = len(snaps)
            assert n >= wanted
            assert [s.id for s in snaps] == list(range(1, n + 1))
            assert [s.label for s in snaps] == [str(i) for i in range(n)]
            assert store.verify() == []
            assert all(s.counts["initiatives"] == 40 + i % 7 for i, s in enumerate(snaps))
            last = store.programme(n)
            assert (last.name, len(last.initiatives)) == (f"P{n - 1}", 40 + (n - 1) % 7)
