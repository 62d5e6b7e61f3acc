"""History computations over snapshots: status flows, indicator series, network over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.domain.initiatives import STATUS_ORDER
from ohtrack.history.coverage import Coverage, coverage
from ohtrack.i18n import normalise_lang

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ohtrack.domain import Programme
    from ohtrack.figures.chart import Chart
    from ohtrack.history.store import Snapshot

#: Status codes counted per snapshot, life-cycle order; ``none`` is a blank status.
STATUSES: tuple[str, ...] = (*(s.value for s in STATUS_ORDER), "none")
#: Keys taken from ``ohtrack.network(programme).summary()`` per snapshot.
NETWORK_KEYS = ("people", "ties", "cross_unit_ties", "cross_unit_share")
#: Summary numbers that are shares or scores (the others are counts).
FLOAT_KEYS = frozenset({"cross_unit_share", "density", "modularity"})
_RANK = {s.value: i for i, s in enumerate(STATUS_ORDER)}


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator's latest measurement in one snapshot (None values: never measured)."""

    name: str
    date: dt.date | None
    value: float | None


@dataclass
class SnapshotState:
    """What one snapshot says: initiatives per status, indicators' latest values, network."""

    id: int
    created_at: dt.datetime
    label: str | None
    source: str | None
    statuses: dict[str, int]
    indicators: dict[str, IndicatorValue]
    network: dict[str, Any] | None
    #: The practices its initiatives cover, on the newest snapshot's model (None: no model).
    coverage: Coverage | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "created_at": self.created_at.isoformat(timespec="seconds") + "Z",
            "label": self.label, "source": self.source, "statuses": dict(self.statuses),
            "indicators": {k: {"name": v.name, "date": v.date.isoformat() if v.date else None,
                               "value": v.value} for k, v in self.indicators.items()},
            "network": None if self.network is None else dict(self.network),
            "coverage": None if self.coverage is None else self.coverage.to_dict(),
        }


@dataclass
class Flow:
    """Initiatives that went from one status to another between two snapshots.

    ``from_status`` None: new initiatives; ``to_status`` None: removed ones. ``kind`` is
    ``new``, ``removed``, ``forward`` (later in idea → planned → active → done → embedded),
    ``backward``, ``stopped`` (to stopped) or ``restarted`` (from stopped).
    """

    from_status: str | None
    to_status: str | None
    initiatives: list[str]

    @property
    def count(self) -> int:
        return len(self.initiatives)

    @property
    def kind(self) -> str:
        a, b = self.from_status, self.to_status
        if a is None:
            return "new"
        if b is None:
            return "removed"
        if b == "stopped":
            return "stopped"
        if a == "stopped":
            return "restarted"
        return "forward" if _RANK.get(b, -1) > _RANK.get(a, -1) else "backward"

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_status, "to": self.to_status, "kind": self.kind,
                "count": self.count, "initiatives": list(self.initiatives)}


@dataclass
class Transition:
    """The status flows between two consecutive snapshots."""

    from_snapshot: int
    to_snapshot: int
    flows: list[Flow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"from_snapshot": self.from_snapshot, "to_snapshot": self.to_snapshot,
                "flows": [f.to_dict() for f in self.flows]}


@dataclass
class History:
    """A programme over time: one state per snapshot and the transitions between them."""

    lang: str
    states: list[SnapshotState]
    transitions: list[Transition]
    network_available: bool
    #: The report date: snapshots recorded after it are left out (None: every snapshot).
    as_of: dt.date | None = None
    #: How many snapshots were recorded after the report date and left out.
    later: int = 0

    def indicator_series(self) -> dict[str, list[tuple[int, float | None]]]:
        """Indicator ID → (snapshot ID, latest value) for every snapshot, in first-seen order."""
        ids: list[str] = []
        for st in self.states:
            ids += [k for k in st.indicators if k not in ids]
        return {k: [(st.id, st.indicators[k].value if k in st.indicators else None)
                    for st in self.states] for k in ids}

    def to_dict(self) -> dict[str, Any]:
        """Stable JSON: snapshots (states), transitions, indicator series, network flag."""
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "later_snapshots": self.later,
            "snapshots": [s.to_dict() for s in self.states],
            "transitions": [t.to_dict() for t in self.transitions],
            "indicator_series": {k: [{"snapshot": i, "value": v} for i, v in pts]
                                 for k, pts in self.indicator_series().items()},
            "network_available": self.network_available,
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per snapshot: label, initiatives per status, the network numbers."""
        import pandas as pd

        rows = [{"snapshot": st.id, "created_at": st.created_at, "label": st.label,
                 **{f"status.{k}": v for k, v in st.statuses.items()},
                 **{f"network.{k}": v for k, v in (st.network or {}).items()}}
                for st in self.states]
        return pd.DataFrame(rows).set_index("snapshot") if rows else pd.DataFrame()

    def to_text(self, lang: str | None = None) -> str:
        """The history as readable text (what ``ohtrack track history`` prints)."""
        from ohtrack.history.text import history_text

        return history_text(self, lang)

    def figure(self) -> Chart:
        """A chart: statuses, network and indicators per snapshot."""
        from ohtrack.figures.history import history_figure

        return history_figure(self)


def timeline(snapshots: Sequence[tuple[Snapshot, Programme]], *, lang: str | None = None,
             as_of: dt.date | None = None) -> History:
    """The history of ``(snapshot, programme)`` pairs in order (oldest first), up to the
    report date ``as_of`` (snapshots recorded later are left out; None: all of them).

    Each snapshot's covered practices are on the newest snapshot's model: a snapshot on
    another OHI version has its practices carried over through the crosswalk, and the ones
    that can't be are listed (``SnapshotState.coverage``). The network numbers come from each
    snapshot's recorded summary; only snapshots recorded
    before the store kept one (schema 3) have their network built again.
    """
    default = snapshots[-1][1].language if snapshots else "nl"
    language = normalise_lang(lang, default=normalise_lang(default))
    total = len(snapshots)
    if as_of is not None:
        snapshots = [(snap, prog) for snap, prog in snapshots if snap.created_at.date() <= as_of]
    covered = coverage([prog for _snap, prog in snapshots])
    states = [SnapshotState(snap.id, snap.created_at, snap.label, snap.source,
                            status_counts(prog), latest_indicator_values(prog),
                            _network_of(snap, prog), cov)
              for (snap, prog), cov in zip(snapshots, covered)]
    transitions = [Transition(a[0].id, b[0].id, status_flows(a[1], b[1]))
                   for a, b in zip(snapshots, snapshots[1:])]
    return History(language, states, transitions, network_available=True, as_of=as_of,
                   later=total - len(snapshots))


def _network_of(snap: Snapshot, programme: Programme) -> dict[str, Any]:
    numbers = snap.network if snap.network is not None else network_numbers(programme)
    return {k: numbers.get(k) for k in NETWORK_KEYS}


def network_numbers(programme: Programme) -> dict[str, float | int | None]:
    """The numbers of the programme's network summary (what a snapshot records)."""
    from ohtrack.analysis.network import network

    summary = network(programme).summary()
    return {k: v for k, v in summary.items() if v is None or isinstance(v, (int, float))}


def status_counts(programme: Programme) -> dict[str, int]:
    """Initiatives per status (every status listed, ``none`` for blank)."""
    out = dict.fromkeys(STATUSES, 0)
    for ini in programme.initiatives:
        out[ini.status.value if ini.status else "none"] += 1
    return out


def status_flows(old: Programme, new: Programme) -> list[Flow]:
    """Initiatives (by ID) whose status changed, appeared or disappeared, grouped by move."""
    before = {i.id: (i.status.value if i.status else "none") for i in old.initiatives}
    after = {i.id: (i.status.value if i.status else "none") for i in new.initiatives}
    moves: dict[tuple[str | None, str | None], list[str]] = {}
    for ident, status in after.items():
        was = before.get(ident)
        if was != status:
            moves.setdefault((was, status), []).append(ident)
    for ident, status in before.items():
        if ident not in after:
            moves.setdefault((status, None), []).append(ident)
    order = {s: i for i, s in enumerate(STATUSES)}

    def key(item: tuple[tuple[str | None, str | None], list[str]]) -> tuple[int, int]:
        (a, b), _ = item
        return (-1 if a is None else order[a], len(STATUSES) if b is None else order[b])

    return [Flow(a, b, ids) for (a, b), ids in sorted(moves.items(), key=key)]


def latest_indicator_values(programme: Programme) -> dict[str, IndicatorValue]:
    """Each indicator's latest dated measurement in this programme (value None if none)."""
    from ohtrack.analysis.indicators import measurements_by_indicator, series

    by = measurements_by_indicator(programme.measurements)
    out = {}
    for ind in programme.indicators:
        pts = series(by.get(ind.id, []))
        last = pts[-1] if pts else None
        out[ind.id] = IndicatorValue(ind.name, last.date if last else None,
                                     last.value if last else None)
    return out
