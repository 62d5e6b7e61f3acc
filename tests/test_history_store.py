"""The history store: snapshots, no-op adds, one transaction per add, immutability, opening."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ohtrack.domain import Programme
from ohtrack.history import StoreError, canonical_json, open_store
from ohtrack.history import schema as history_schema


def programme(name: str = "P", statuses: dict[str, str | None] | None = None) -> Programme:
    statuses = {"I1": "idea"} if statuses is None else statuses
    return Programme.model_validate({
        "info": {"name": name, "model": "ohi-2011", "language": "en", "baseline_year": 2021},
        "initiatives": [{"id": k, "title": f"Initiative {k}", "status": v}
                        for k, v in statuses.items()],
        "indicators": [{"id": "K1", "name": "Score", "baseline": 60, "ambition": 90}],
        "measurements": [{"indicator": "K1", "date": "2022-03-01", "value": 64}],
    })


def rows(path: Path, sql: str) -> list[Any]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_add_records_snapshot_and_same_content_is_a_noop(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    now = dt.datetime(2024, 5, 1, 12, 30, 15, 999, tzinfo=dt.timezone.utc)
    with open_store(db) as store:
        assert store.migrated_from == 0 and store.schema_version() == 3
        first = store.add(programme(), source="wb.xlsx", label="start", now=now)
        assert (first.added, first.snapshot.id, first.unchanged_since) == (True, 1, None)
        again = store.add(programme(), source="other.xlsx", label="again")
        assert (again.added, again.unchanged_since) == (False, 1)
        snap = store.snapshots()
        assert [s.id for s in snap] == [1]
        s1 = snap[0]
        assert (s1.created_at, s1.source, s1.label, s1.programme_name) == (
            dt.datetime(2024, 5, 1, 12, 30, 15), "wb.xlsx", "start", "P")
        assert s1.counts == {"events": 0, "goals": 0, "groups": 0, "indicators": 1,
                             "initiatives": 1, "lessons": 0, "measurements": 1, "people": 0,
                             "relations": 0, "status.idea": 1, "units": 0, "routes": 0,
                             "modules": 0, "enrolments": 0, "credentials": 0, "themes": 0,
                             "profile_scores": 0, "development_points": 0}
        text = canonical_json(programme())
        assert s1.content_hash == hashlib.sha256(text.encode()).hexdigest()
        assert json.loads(text)["info"]["name"] == "P"
        assert store.programme(1) == programme()


def test_changed_content_and_a_revert_are_new_snapshots(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        a, b = programme(statuses={"I1": "idea"}), programme(statuses={"I1": "active"})
        assert [store.add(p).snapshot.id for p in (a, b, a)] == [1, 2, 3]
        assert store.add(a).unchanged_since == 3
        hashes = [s.content_hash for s in store.snapshots()]
        assert hashes[0] == hashes[2] != hashes[1]
        assert store.latest() is not None and store.latest().id == 3  # type: ignore[union-attr]
    assert (tmp_path / "ohtrack-history.sqlite").is_file()


def test_failed_add_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "h.sqlite"
    with open_store(db) as store:
        store.add(programme("one"))

        def broken(data: dict[str, Any]) -> dict[str, int]:
            raise RuntimeError("disk on fire")

        # counts are computed after the snapshot row is inserted, in the same transaction
        monkeypatch.setattr(history_schema, "counts_of", broken)
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.add(programme("two"))
        monkeypatch.undo()
        assert [s.programme_name for s in store.snapshots()] == ["one"]
    assert rows(db, "SELECT count(*) FROM snapshots") == [(1,)]
    assert rows(db, "SELECT count(*) FROM snapshot_counts") == [(18,)]  # 17 sheets and one status
    with open_store(db) as store:
        assert store.add(programme("two")).snapshot.id == 2


def test_snapshots_are_immutable_in_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    with open_store(db) as store:
        store.add(programme())
    with sqlite3.connect(db) as conn:
        for sql in ("UPDATE snapshots SET label = 'x'", "DELETE FROM snapshots",
                    "DELETE FROM snapshot_counts", "UPDATE snapshot_counts SET value = 9"):
            with pytest.raises(sqlite3.IntegrityError, match="immutable"):
                conn.execute(sql)
    assert rows(db, "SELECT label FROM snapshots") == [(None,)]


def test_default_location_is_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        store.add(programme())
        assert store.url == f"sqlite:///{tmp_path / 'ohtrack-history.sqlite'}"
    with open_store(f"sqlite:///{tmp_path / 'ohtrack-history.sqlite'}", create=False) as store:
        assert [s.id for s in store.snapshots()] == [1]


def test_opening_errors_are_one_line_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no history store here"):
        open_store(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all, just some bytes" * 50)
    with pytest.raises(StoreError, match="file is not a database"):
        open_store(junk)
    with pytest.raises(StoreError, match=r"folder .* does not exist"):
        open_store(tmp_path / "nope" / "h.sqlite")
    with pytest.raises(StoreError, match="no snapshot 7"):
        open_store(tmp_path / "h.sqlite").programme(7)


def test_store_from_a_newer_ohtrack_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE ohtrack_schema SET version = 9")
    with pytest.raises(StoreError, match="schema version 9, newer than this ohtrack understands"):
        open_store(db)


def test_foreign_snapshots_table_is_not_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE snapshots (x INTEGER)")
    with pytest.raises(StoreError, match="not an ohtrack history store"):
        open_store(db)


def test_a_snapshot_comes_back_equal_with_dates_in_custom_columns(tmp_path: Path) -> None:
    import ohtrack
    from tests.conftest import SAMPLES

    original = ohtrack.load(SAMPLES / "staal-osf2-verbeterteam.xlsx")
    original.initiatives[0].extra["Besloten op"] = dt.date(2022, 3, 1)
    original.other_sheets["Notities"] = [["Datum"], [dt.date(2022, 4, 1)]]
    with open_store(tmp_path / "h.sqlite") as store:
        store.add(original, source="staal.xlsx")
        assert store.programme(1) == original
