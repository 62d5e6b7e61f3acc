"""The history store on PostgreSQL: a throwaway server, or ``OHTRACK_TEST_POSTGRES_URL``.

Skipped when the psycopg driver or the PostgreSQL server binaries are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator

import pytest

from ohtrack.domain import Programme
from ohtrack.history import StoreError, canonical_json, content_hash, open_store

pytest.importorskip("psycopg")
pytestmark = pytest.mark.slow


def _as_owner(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    given = os.environ.get("OHTRACK_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    if not (shutil.which("initdb") and shutil.which("pg_ctl")):
        pytest.skip("PostgreSQL server binaries not installed")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root without runuser")
    folder = tempfile.mkdtemp(prefix="ohtrack-pg-")
    data = os.path.join(folder, "data")
    if os.geteuid() == 0:
        shutil.chown(folder, user="postgres")
    port = str(54000 + os.getpid() % 900)
    try:
        subprocess.run(_as_owner(["initdb", "-D", data, "-A", "trust", "-U", "ohtrack"]),
                       check=True, capture_output=True)
        subprocess.run(_as_owner(["pg_ctl", "-D", data, "-w", "-l", os.path.join(folder, "log"),
                                  "-o", f"-k {folder} -c listen_addresses='' -p {port}", "start"]),
                       check=True, capture_output=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server: {exc}")
    try:
        yield f"postgresql+psycopg://ohtrack@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run(_as_owner(["pg_ctl", "-D", data, "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def fresh(pg_url: str, name: str) -> str:
    """An empty database ``name`` on the server; its URL."""
    import sqlalchemy as sa

    engine = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return pg_url.replace("/postgres?", f"/{name}?")


def programme(name: str, status: str) -> Programme:
    return Programme.model_validate({
        "info": {"name": name, "model": "ohi-2011", "language": "en"},
        "initiatives": [{"id": "I1", "title": "t", "status": status}],
    })


def test_add_noop_rollback_and_history_on_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlalchemy as sa

    from ohtrack.history import schema

    url = fresh(pg_url, "ohtrack_basic")
    with open_store(url) as store:
        assert (store.migrated_from, store.schema_version()) == (0, 3)
        assert store.add(programme("A", "idea"), label="one").snapshot.id == 1
        assert store.add(programme("A", "idea")).unchanged_since == 1

        def broken(data: dict[str, object]) -> dict[str, int]:
            raise RuntimeError("boom")

        monkeypatch.setattr(schema, "counts_of", broken)
        with pytest.raises(RuntimeError):
            store.add(programme("B", "active"))
        monkeypatch.undo()
        assert [s.id for s in store.snapshots()] == [1]
        assert store.add(programme("B", "active")).snapshot.id in (2, 3)  # sequences skip
        assert store.programme(1) == programme("A", "idea")
        hist = store.history()
        assert [(f.from_status, f.to_status) for f in hist.transitions[0].flows] == [("idea", "active")]
        assert store.verify() == []
    engine = sa.create_engine(url)
    with engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="immutable"):
        conn.exec_driver_sql("UPDATE snapshots SET label = 'x'")
    engine.dispose()


def test_v1_store_on_postgres_is_migrated(pg_url: str) -> None:
    import sqlalchemy as sa

    url = fresh(pg_url, "ohtrack_v1")
    text = canonical_json(programme("Old", "done"))
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE ohtrack_schema (version INTEGER NOT NULL)")
        conn.exec_driver_sql("INSERT INTO ohtrack_schema VALUES (1)")
        conn.exec_driver_sql(
            "CREATE TABLE snapshots (id SERIAL PRIMARY KEY, created_at TIMESTAMP NOT NULL, "
            "source VARCHAR(1000), label VARCHAR(1000), content_hash VARCHAR(64) NOT NULL, "
            "programme TEXT NOT NULL)")
        conn.execute(sa.text("INSERT INTO snapshots (created_at, source, label, content_hash, "
                             "programme) VALUES ('2023-01-01 09:00', 'wb.xlsx', 'v1', :h, :p)"),
                     {"h": content_hash(text), "p": text})
    engine.dispose()
    with open_store(url) as store:
        assert store.migrated_from == 1
        (snap,) = store.snapshots()
        assert (snap.programme_name, snap.counts["status.done"]) == ("Old", 1)
        assert store.add(programme("Old", "done")).unchanged_since == 1
    with pytest.raises(StoreError, match="no ohtrack history in this database yet"):
        open_store(fresh(pg_url, "ohtrack_empty"), create=False)
