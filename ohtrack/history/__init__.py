"""The history of a programme: immutable snapshots in a store (SQLite by default).

``open_store(path_or_url)`` opens or creates a store; ``Store.add(programme)`` records a
snapshot (a no-op when nothing changed since the latest one); ``Store.history()`` gives the
status flows, indicator series and network numbers over time. SQLAlchemy is imported only
when this package is.
"""

from __future__ import annotations

from ohtrack.history.store import (
    DEFAULT_FILE,
    AddResult,
    Snapshot,
    Store,
    StoreError,
    canonical_json,
    content_hash,
    open_store,
    record,
)

__all__ = ["DEFAULT_FILE", "AddResult", "Snapshot", "Store", "StoreError", "canonical_json",
           "content_hash", "open_store", "record"]
