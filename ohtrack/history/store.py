"""The snapshot store: immutable snapshots of a programme in SQLite (default) or any SQLAlchemy URL.

Each add runs in one transaction: the snapshot row and its counts are written together or
not at all. On SQLite the driver's own transaction handling is replaced by explicit
``BEGIN IMMEDIATE`` (the SQLAlchemy recipe), so reads and the schema migration are
transactional too and two writers queue instead of interleaving; the default rollback
journal makes every commit atomic, so a killed process leaves the last committed state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ohtrack.errors import StoreError
from ohtrack.history import schema as s
from ohtrack.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator

    from ohtrack.domain import Programme
    from ohtrack.history.timeline import History

#: The store's file name when none is given: in the current folder or a given folder.
DEFAULT_FILE = "ohtrack-history.sqlite"


@dataclass(frozen=True)
class Snapshot:
    """One recorded state of a programme (the programme itself via ``Store.programme``)."""

    id: int
    created_at: dt.datetime
    source: str | None
    label: str | None
    content_hash: str
    programme_name: str | None
    ohtrack_version: str | None
    counts: dict[str, int] = field(default_factory=dict)
    #: The network summary recorded with the snapshot (None: recorded before schema 3).
    network: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``track list --json``)."""
        return {"id": self.id, "created_at": self.created_at.isoformat(timespec="seconds") + "Z",
                "source": self.source, "label": self.label, "content_hash": self.content_hash,
                "programme_name": self.programme_name, "ohtrack_version": self.ohtrack_version,
                "counts": dict(self.counts),
                "network": None if self.network is None else dict(self.network)}


@dataclass(frozen=True)
class AddResult:
    """What ``Store.add`` did: a new snapshot, or nothing because the content is unchanged."""

    snapshot: Snapshot
    added: bool
    #: The recorded programme's language (for messages about the add).
    language: str = "nl"
    #: The store's schema version before it was opened (0: new; 1: migrated from 1 …).
    migrated_from: int | None = None

    @property
    def unchanged_since(self) -> int | None:
        """The ID of the identical latest snapshot when nothing was added."""
        return None if self.added else self.snapshot.id

    @property
    def migrated(self) -> bool:
        """True when the store was migrated from an older schema when opened."""
        return bool(self.migrated_from) and (self.migrated_from or 0) < s.CURRENT_VERSION

    def to_text(self, lang: str | None = None) -> str:
        """What was added (or not), in plain words (what ``ohtrack track add`` prints)."""
        lang = lang or self.language
        if self.added:
            return t("history.added", lang, id=self.snapshot.id, source=self.snapshot.source)
        return t("history.unchanged", lang, id=self.unchanged_since)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the snapshot, whether it was added, the migration."""
        return {"added": self.added, "snapshot": self.snapshot.to_dict(),
                "migrated_from": self.migrated_from}


def canonical_json(programme: Programme) -> str:
    """The programme as canonical JSON text: sorted keys, no spaces, UTF-8 as is."""
    data = programme.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(text: str) -> str:
    """sha256 (hex) of canonical JSON text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve_url(url_or_path: str | Path | None = None) -> str:
    """A SQLAlchemy URL from a URL, a file path, a folder (→ its ``ohtrack-history.sqlite``)
    or None (→ ``ohtrack-history.sqlite`` in the current folder)."""
    if url_or_path is not None and "://" in str(url_or_path):
        return str(url_or_path)
    path = Path(url_or_path) if url_or_path is not None else Path.cwd() / DEFAULT_FILE
    if path.is_dir():
        path = path / DEFAULT_FILE
    return f"sqlite:///{path.resolve()}"


def open_store(url_or_path: str | Path | None = None, *, create: bool = True) -> Store:
    """Open (and create or migrate) the history store.

    ``url_or_path``: a SQLAlchemy URL (``postgresql://…``), a SQLite file, a folder, or None for
    ``ohtrack-history.sqlite`` in the current folder. With ``create=False`` a missing store is
    an error instead of being made. An older schema is migrated in one transaction.
    """
    url = resolve_url(url_or_path)
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise StoreError(f"{url}: not a database URL") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        db = Path(parsed.database or "")
        if not db.exists() and not create:
            raise StoreError(f"{db}: no history store here (run 'ohtrack track add' first)")
        if not db.parent.is_dir():
            raise StoreError(f"{db}: folder {db.parent} does not exist")
    store = Store(_engine(parsed))
    try:
        with store._begin() as conn:
            store.migrated_from = s.ensure(conn, create=create)
    except BaseException:
        store.close()
        raise
    return store


def record(workbook: str | Path, store: str | Path | None = None, *,
           label: str | None = None) -> AddResult:
    """Load ``workbook`` (strictly) and add it to the store at ``store`` (see ``open_store``).

    The workbook is read first, so a workbook with errors creates no store and adds nothing.
    """
    from ohtrack.workbook.api import load

    programme = load(workbook)
    with open_store(store) as opened:
        return opened.add(programme, source=Path(workbook).name, label=label)


def _engine(url: sa.URL) -> sa.Engine:
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"{url.render_as_string(hide_password=True)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, record: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves

        @sa.event.listens_for(engine, "begin")
        def _begin(conn: sa.Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


class Store:
    """A history store: add snapshots, list them, read programmes back, compute the history."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        #: Schema version the store had when opened (0: new; < current: it was migrated).
        self.migrated_from: int = s.CURRENT_VERSION

    @property
    def url(self) -> str:
        """The store's URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def _begin(self) -> Any:
        return _Transaction(self)

    def schema_version(self) -> int:
        """The store's schema version (0: no ohtrack tables)."""
        with self._begin() as conn:
            return s.current_version(conn) or 0

    def add(self, programme: Programme, *, source: str | None = None,
            label: str | None = None, now: dt.datetime | None = None) -> AddResult:
        """Record a snapshot of ``programme`` unless it equals the latest snapshot's content.

        One transaction: on any failure the store stays as it was.
        """
        import ohtrack
        from ohtrack.history.timeline import network_numbers

        text = canonical_json(programme)
        digest = content_hash(text)
        created = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
        created = created.replace(tzinfo=None, microsecond=0)
        with self._begin() as conn:
            s.lock(conn)
            latest = self._latest(conn)
            if latest is not None and latest.content_hash == digest:
                return AddResult(latest, False, programme.language, self.migrated_from)
            result = conn.execute(sa.insert(s.snapshots).values(
                created_at=created, source=source, label=label, content_hash=digest,
                programme=text, programme_name=programme.name,
                ohtrack_version=ohtrack.__version__,
            ))
            ident = int(result.inserted_primary_key[0])
            counts = s.counts_of(json.loads(text))
            conn.execute(sa.insert(s.snapshot_counts),
                         [{"snapshot_id": ident, "name": k, "value": v} for k, v in counts.items()])
            conn.execute(sa.insert(s.snapshot_network),
                         [{"snapshot_id": ident, "name": k, "value": v}
                          for k, v in network_numbers(programme).items()])
            snap = self._get(conn, ident)
        return AddResult(snap, True, programme.language, self.migrated_from)

    def add_workbook(self, path: str | Path, *, label: str | None = None) -> AddResult:
        """Load a workbook (strictly) and record it, its file name as the source."""
        from ohtrack.workbook.api import load

        return self.add(load(path), source=Path(path).name, label=label)

    def snapshots(self) -> list[Snapshot]:
        """Every snapshot, oldest first, without the programmes."""
        with self._begin() as conn:
            return self._rows(conn, None)

    def snapshot(self, ident: int) -> Snapshot:
        """Snapshot ``ident`` (``StoreError`` if there is none)."""
        with self._begin() as conn:
            return self._get(conn, ident)

    def latest(self) -> Snapshot | None:
        """The newest snapshot, or None for an empty store."""
        with self._begin() as conn:
            return self._latest(conn)

    def programme(self, ident: int) -> Programme:
        """The programme as recorded in snapshot ``ident``."""
        from ohtrack.domain import Programme

        with self._begin() as conn:
            text = conn.execute(sa.select(s.snapshots.c.programme)
                                .where(s.snapshots.c.id == ident)).scalar()
        if text is None:
            raise StoreError(f"{self.url}: no snapshot {ident}")
        try:
            return Programme.model_validate(json.loads(text))
        except ValueError as exc:  # bad JSON, or JSON that is not a programme (pydantic)
            reason = _first_error(exc)
            raise StoreError(t("history.damaged", "en", store=self.url, id=ident, reason=reason),
                             "damaged", {"store": self.url, "id": ident, "reason": reason}) from exc

    def language(self) -> str:
        """The latest snapshot's programme language (``nl`` for an empty store)."""
        latest = self.latest()
        return self.programme(latest.id).language if latest else "nl"

    def verify(self) -> list[int]:
        """IDs of snapshots whose stored JSON does not match their content hash (empty: sound)."""
        bad = []
        with self._begin() as conn:
            for ident, digest, text in conn.execute(sa.select(
                    s.snapshots.c.id, s.snapshots.c.content_hash, s.snapshots.c.programme)):
                if content_hash(text) != digest:
                    bad.append(ident)
        return bad

    def iter_programmes(self) -> Iterator[tuple[Snapshot, Programme]]:
        """Every snapshot with its programme, oldest first."""
        for snap in self.snapshots():
            yield snap, self.programme(snap.id)

    def history(self, *, lang: str | None = None) -> History:
        """Status flows, indicator series and network numbers across all snapshots."""
        from ohtrack.history.timeline import timeline

        return timeline(list(self.iter_programmes()), lang=lang)

    # -- rows ------------------------------------------------------------------------------
    def _latest(self, conn: sa.Connection) -> Snapshot | None:
        ident = conn.execute(sa.select(sa.func.max(s.snapshots.c.id))).scalar()
        return None if ident is None else self._get(conn, ident)

    def _get(self, conn: sa.Connection, ident: int) -> Snapshot:
        rows = self._rows(conn, ident)
        if not rows:
            raise StoreError(f"{self.url}: no snapshot {ident}")
        return rows[0]

    def _rows(self, conn: sa.Connection, ident: int | None) -> list[Snapshot]:
        t = s.snapshots
        query = sa.select(t.c.id, t.c.created_at, t.c.source, t.c.label, t.c.content_hash,
                          t.c.programme_name, t.c.ohtrack_version).order_by(t.c.id)
        cq = sa.select(s.snapshot_counts).order_by(s.snapshot_counts.c.name)
        nq = sa.select(s.snapshot_network).order_by(s.snapshot_network.c.name)
        if ident is not None:
            query = query.where(t.c.id == ident)
            cq = cq.where(s.snapshot_counts.c.snapshot_id == ident)
            nq = nq.where(s.snapshot_network.c.snapshot_id == ident)
        counts: dict[int, dict[str, int]] = {}
        for sid, name, value in conn.execute(cq):
            counts.setdefault(sid, {})[name] = value
        network: dict[int, dict[str, Any]] = {}
        for sid, name, value in conn.execute(nq):
            network.setdefault(sid, {})[name] = _number(name, value)
        return [Snapshot(r.id, r.created_at, r.source, r.label, r.content_hash, r.programme_name,
                         r.ohtrack_version, counts.get(r.id, {}), network.get(r.id))
                for r in conn.execute(query)]


class _Transaction:
    """``with store._begin() as conn``: one transaction; database errors become StoreError."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._ctx: Any = None

    def __enter__(self) -> sa.Connection:
        try:
            self._ctx = self.store.engine.begin()
            conn: sa.Connection = self._ctx.__enter__()
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{self.store.url}: {_reason(exc)}") from None
        return conn

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        try:
            self._ctx.__exit__(kind, value, tb)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{self.store.url}: {_reason(exc)}") from None
        if isinstance(value, sa.exc.SQLAlchemyError):
            raise StoreError(f"{self.store.url}: {_reason(value)}") from None


def _number(name: str, value: float | None) -> float | int | None:
    """A stored network number as it was: counts back to int, shares and scores float."""
    from ohtrack.history.timeline import FLOAT_KEYS

    if value is None or name in FLOAT_KEYS:
        return value
    return int(value)


def _first_error(exc: ValueError) -> str:
    """The first line of a JSON or validation error, without pydantic's links."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        return f"{where}: {first.get('msg')}" if where else str(first.get("msg"))
    return " ".join(str(exc).split())


def _reason(exc: sa.exc.SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return " ".join(str(orig or exc).split())
