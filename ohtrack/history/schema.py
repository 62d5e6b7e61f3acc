"""The history store's tables, its schema version, and the migrations between versions.

Version 1 (ohtrack 0.1 development stores): ``ohtrack_schema(version)`` and
``snapshots(id, created_at, source, label, content_hash, programme)``.

Version 2 adds to ``snapshots`` the programme's name and the ohtrack version that
wrote it, and a ``snapshot_counts`` table (records per sheet, initiatives per status) so a
listing needs no JSON parsing. Migration 1 → 2 adds the columns and fills both from each
snapshot's stored JSON. On SQLite and PostgreSQL, triggers make ``snapshots`` and
``snapshot_counts`` append-only (immutable snapshots); elsewhere the ``Store`` API simply
offers no update or delete.

Version 3 (current) adds ``snapshot_network`` (the network summary: people, ties,
cross-unit ties and share …, one row per number), written by ``Store.add`` so the history
needs no network rebuilt. Migration 2 → 3 creates the table; snapshots recorded before it
have no rows there, and the history builds their network once per call as before.

Every migration runs inside the transaction that opens the store, so a store is either at
the old version or fully at the new one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from ohtrack.errors import StoreError
from ohtrack.workbook.contract import record_sheets

CURRENT_VERSION = 3

metadata = sa.MetaData()

schema_version = sa.Table(
    "ohtrack_schema", metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

snapshots = sa.Table(
    "snapshots", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("source", sa.String(1000)),
    sa.Column("label", sa.String(1000)),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("programme", sa.Text, nullable=False),
    # version 2
    sa.Column("programme_name", sa.String(1000)),
    sa.Column("ohtrack_version", sa.String(40)),
)

snapshot_counts = sa.Table(
    "snapshot_counts", metadata,
    sa.Column("snapshot_id", sa.Integer, sa.ForeignKey("snapshots.id"), primary_key=True),
    sa.Column("name", sa.String(60), primary_key=True),
    sa.Column("value", sa.Integer, nullable=False),
)

snapshot_network = sa.Table(
    "snapshot_network", metadata,
    sa.Column("snapshot_id", sa.Integer, sa.ForeignKey("snapshots.id"), primary_key=True),
    sa.Column("name", sa.String(60), primary_key=True),
    sa.Column("value", sa.Float),
)

_IMMUTABLE = ("snapshots", "snapshot_counts", "snapshot_network")


def counts_of(data: dict[str, Any]) -> dict[str, int]:
    """Counts stored with a snapshot, from its programme JSON: records per sheet and
    initiatives per status (``status.<code>``; ``status.none`` for blank statuses)."""
    tables = data.get("tables") or {}
    out = {s.key: len(data.get(s.programme_attr) or tables.get(s.programme_attr) or [])
           for s in record_sheets()}
    for ini in data.get("initiatives") or []:
        key = f"status.{ini.get('status') or 'none'}"
        out[key] = out.get(key, 0) + 1
    return out


def current_version(conn: sa.Connection) -> int | None:
    """The store's schema version, or None when it has no ohtrack tables at all."""
    tables = set(sa.inspect(conn).get_table_names())
    if schema_version.name not in tables:
        if snapshots.name in tables:
            raise StoreError("the database has a 'snapshots' table but no ohtrack schema version; "
                             "it is not an ohtrack history store")
        return None
    value = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    return int(value) if value is not None else None


def ensure(conn: sa.Connection, *, create: bool = True) -> int:
    """Create the tables of a new store or migrate an old one to ``CURRENT_VERSION``.

    Returns the version found before (0 for a new store). Runs in the caller's transaction.
    """
    lock(conn)
    found = current_version(conn)
    if found is None:
        if not create:
            raise StoreError("no ohtrack history in this database yet (run 'ohtrack track add')")
        metadata.create_all(conn)
        _protect(conn)
        conn.execute(sa.insert(schema_version).values(version=CURRENT_VERSION))
        return 0
    if found > CURRENT_VERSION:
        raise StoreError(f"the store has schema version {found}, newer than this ohtrack "
                         f"understands ({CURRENT_VERSION}); upgrade ohtrack")
    for version in range(found + 1, CURRENT_VERSION + 1):
        MIGRATIONS[version](conn)
        conn.execute(sa.update(schema_version).values(version=version))
    return found


def lock(conn: sa.Connection) -> None:
    """Serialise writers for this transaction (SQLite already did with BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7010770)")


def _protect(conn: sa.Connection, tables: tuple[str, ...] = _IMMUTABLE) -> None:
    """Append-only tables (SQLite and PostgreSQL triggers): updates and deletes abort."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION ohtrack_immutable() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'ohtrack snapshots are immutable'; END $$ LANGUAGE plpgsql")
        for table in tables:
            conn.exec_driver_sql(
                f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION ohtrack_immutable()")
        return
    if conn.dialect.name != "sqlite":
        return
    for table in tables:
        for action in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'ohtrack snapshots are immutable'); END"
            )


def _v1_to_v2(conn: sa.Connection) -> None:
    """Add programme name, ohtrack version and per-snapshot counts, filled from the JSON."""
    conn.exec_driver_sql("ALTER TABLE snapshots ADD COLUMN programme_name VARCHAR(1000)")
    conn.exec_driver_sql("ALTER TABLE snapshots ADD COLUMN ohtrack_version VARCHAR(40)")
    snapshot_counts.create(conn)
    rows = conn.execute(sa.select(snapshots.c.id, snapshots.c.programme)
                        .order_by(snapshots.c.id)).all()
    for ident, text in rows:
        try:
            data = json.loads(text)
        except ValueError:
            raise StoreError(f"snapshot {ident}: the stored programme is not valid JSON; "
                             "the store was left at schema version 1") from None
        name = (data.get("info") or {}).get("name")
        conn.execute(sa.update(snapshots).where(snapshots.c.id == ident)
                     .values(programme_name=name))
        conn.execute(sa.insert(snapshot_counts),
                     [{"snapshot_id": ident, "name": k, "value": v}
                      for k, v in counts_of(data).items()])
    _protect(conn, ("snapshots", "snapshot_counts"))


def _v2_to_v3(conn: sa.Connection) -> None:
    """Add the per-snapshot network summary table (empty for the snapshots already there)."""
    snapshot_network.create(conn)
    _protect(conn, ("snapshot_network",))


#: Target version → the migration that reaches it from the version before.
MIGRATIONS: dict[int, Callable[[sa.Connection], None]] = {2: _v1_to_v2, 3: _v2_to_v3}
