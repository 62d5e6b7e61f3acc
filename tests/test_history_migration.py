"""A store written with schema version 1 is migrated to version 2, not broken."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ohtrack.domain import Programme
from ohtrack.history import StoreError, canonical_json, open_store

V1_DDL = """
CREATE TABLE ohtrack_schema (version INTEGER NOT NULL);
INSERT INTO ohtrack_schema (version) VALUES (1);
CREATE TABLE snapshots (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at DATETIME NOT NULL,
    source VARCHAR(1000),
    label VARCHAR(1000),
    content_hash VARCHAR(64) NOT NULL,
    programme TEXT NOT NULL
);
CREATE INDEX ix_snapshots_content_hash ON snapshots (content_hash);
"""


def programme(name: str, statuses: list[str | None]) -> Programme:
    return Programme.model_validate({
        "info": {"name": name, "model": "ohi-2011", "language": "nl"},
        "initiatives": [{"id": f"I{i}", "title": "t", "status": s} for i, s in enumerate(statuses)],
        "people": [{"id": "P1", "name": "An"}],
    })


def make_v1(path: Path, programmes: list[Programme], extra_text: str | None = None) -> None:
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_DDL)
        texts = [canonical_json(p) for p in programmes] + ([extra_text] if extra_text else [])
        for i, text in enumerate(texts):
            conn.execute("INSERT INTO snapshots (created_at, source, label, content_hash, programme)"
                         " VALUES (?, ?, ?, ?, ?)",
                         (f"2023-0{i + 1}-01 09:00:00.000000", "wb.xlsx", f"v1 #{i + 1}",
                          hashlib.sha256(text.encode()).hexdigest(), text))
    conn.close()


def columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[1] for r in conn.execute("PRAGMA table_info(snapshots)")]


def test_v1_store_is_migrated_with_names_and_counts_filled_in(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    a = programme("Promen", ["idea", "idea", None])
    b = programme("Promen 2", ["active", "done", "stopped"])
    make_v1(db, [a, b])
    with open_store(db) as store:
        assert (store.migrated_from, store.schema_version()) == (1, 3)
        snaps = store.snapshots()
        assert [(s.id, s.label, s.programme_name, s.ohtrack_version) for s in snaps] == [
            (1, "v1 #1", "Promen", None), (2, "v1 #2", "Promen 2", None)]
        assert {k: v for k, v in snaps[0].counts.items() if v} == {
            "initiatives": 3, "people": 1, "status.idea": 2, "status.none": 1}
        assert {k: v for k, v in snaps[1].counts.items() if k.startswith("status.")} == {
            "status.active": 1, "status.done": 1, "status.stopped": 1}
        assert store.programme(2) == b
        assert store.add(b).unchanged_since == 2
        third = store.add(programme("Promen 3", ["embedded"]), label="after migration")
        assert (third.snapshot.id, third.snapshot.ohtrack_version) == (3, "0.1.0")
        assert store.verify() == []
    assert columns(db)[-2:] == ["programme_name", "ohtrack_version"]
    with open_store(db) as store:  # already current: nothing to do
        assert store.migrated_from == 3
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="immutable"):
        conn.execute("DELETE FROM snapshots WHERE id = 1")


def test_failed_migration_leaves_the_v1_store_untouched(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    make_v1(db, [programme("A", ["idea"])], extra_text="{not json")
    with pytest.raises(StoreError, match="snapshot 2: the stored programme is not valid JSON"):
        open_store(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version FROM ohtrack_schema").fetchall() == [(1,)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "snapshot_counts" not in tables
    assert columns(db) == ["id", "created_at", "source", "label", "content_hash", "programme"]


V2_DDL = V1_DDL.replace("VALUES (1)", "VALUES (2)") + """
ALTER TABLE snapshots ADD COLUMN programme_name VARCHAR(1000);
ALTER TABLE snapshots ADD COLUMN ohtrack_version VARCHAR(40);
CREATE TABLE snapshot_counts (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
    name VARCHAR(60) NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, name)
);
"""

#: Three people, P1–P2 tied: 3 people, 1 tie, none across units (P1, P2 both in U1).
TIED = Programme.model_validate({
    "info": {"name": "Tied", "model": "ohi-2011", "language": "en"},
    "units": [{"id": "U1", "name": "A"}, {"id": "U2", "name": "B"}],
    "people": [{"id": "P1", "name": "An", "unit": "U1"}, {"id": "P2", "name": "Bo", "unit": "U1"},
               {"id": "P3", "name": "Cor", "unit": "U2"}],
    "relations": [{"source": "P1", "target": "P2"}],
})


def test_v2_store_is_migrated_and_new_snapshots_keep_their_network(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "v2.sqlite"
    with sqlite3.connect(db) as conn:
        conn.executescript(V2_DDL)
        text = canonical_json(TIED)
        conn.execute("INSERT INTO snapshots (created_at, source, label, content_hash, programme,"
                     " programme_name, ohtrack_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     ("2023-01-01 09:00:00.000000", "wb.xlsx", "v2", hashlib.sha256(text.encode())
                      .hexdigest(), text, "Tied", "0.1.0"))
    conn.close()
    with open_store(db) as store:
        assert (store.migrated_from, store.schema_version()) == (2, 3)
        assert store.snapshots()[0].network is None  # recorded before the store kept it
        old = store.history().states[0].network  # built from the programme, as before
        assert old == {"people": 3, "ties": 1, "cross_unit_ties": 0, "cross_unit_share": 0.0}
        grown = TIED.model_copy(update={"relations": [*TIED.relations,
                                                      TIED.relations[0].model_copy(
                                                          update={"source": "P2", "target": "P3"})]})
        added = store.add(grown).snapshot
        assert added.network is not None
        assert {k: added.network[k] for k in ("people", "ties", "cross_unit_ties", "cross_unit_share",
                                              "isolated", "components")} == {
            "people": 3, "ties": 2, "cross_unit_ties": 1, "cross_unit_share": 0.5, "isolated": 0,
            "components": 1}
        assert isinstance(added.network["ties"], int)

        import ohtrack.analysis.network as network_module

        built: list[str] = []
        real = network_module.network
        monkeypatch.setattr(network_module, "network",
                            lambda p, **kw: built.append(p.info.name) or real(p, **kw))
        states = store.history().states
        assert built == ["Tied"]  # only the snapshot from before the migration
        assert states[1].network == {"people": 3, "ties": 2, "cross_unit_ties": 1,
                                     "cross_unit_share": 0.5}
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="immutable"):
        conn.execute("DELETE FROM snapshot_network WHERE snapshot_id = 2")
