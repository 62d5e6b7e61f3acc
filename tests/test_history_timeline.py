"""History over snapshots: status flows, counts, indicator series, network numbers, figure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import ohtrack
from ohtrack.domain import Programme
from ohtrack.history import open_store
from ohtrack.history.timeline import status_counts, status_flows


def programme(statuses: dict[str, str | None], measurements: list[tuple[str, str, float]],
              relations: Sequence[tuple[str, str]] = ()) -> Programme:
    return Programme.model_validate({
        "info": {"name": "P", "model": "ohi-2011", "language": "en"},
        "units": [{"id": "U1", "name": "A"}, {"id": "U2", "name": "B"}],
        "people": [{"id": "P1", "name": "An", "unit": "U1"}, {"id": "P2", "name": "Bo", "unit": "U1"},
                   {"id": "P3", "name": "Cor", "unit": "U2"}],
        "relations": [{"source": a, "target": b} for a, b in relations],
        "initiatives": [{"id": k, "title": k, "status": v} for k, v in statuses.items()],
        "indicators": [{"id": "K1", "name": "Score"}, {"id": "K2", "name": "Absence"}],
        "measurements": [{"indicator": k, "date": d, "value": v} for k, d, v in measurements],
    })


S1 = programme({"I1": "idea", "I2": "planned", "I3": "active", "I4": None},
               [("K1", "2022-01-01", 60), ("K1", "2021-01-01", 55)])
S2 = programme({"I1": "planned", "I2": "stopped", "I3": "done", "I5": "idea", "I4": None},
               [("K1", "2022-01-01", 60), ("K1", "2023-01-01", 64), ("K2", "2023-01-01", 7)],
               [("P1", "P2")])
S3 = programme({"I1": "idea", "I2": "active", "I3": "embedded", "I4": None},
               [("K1", "2023-01-01", 64), ("K2", "2023-06-01", 6.5)], [("P1", "P2"), ("P2", "P3")])


def flows(a: Programme, b: Programme) -> list[tuple[Any, ...]]:
    return [(f.from_status, f.to_status, f.kind, f.initiatives) for f in status_flows(a, b)]


def test_status_counts_and_flows() -> None:
    assert status_counts(S2) == {"idea": 1, "planned": 1, "active": 0, "done": 1, "embedded": 0,
                                 "stopped": 1, "none": 1}
    assert flows(S1, S2) == [
        (None, "idea", "new", ["I5"]),
        ("idea", "planned", "forward", ["I1"]),
        ("planned", "stopped", "stopped", ["I2"]),
        ("active", "done", "forward", ["I3"]),
    ]
    assert flows(S2, S3) == [
        ("idea", None, "removed", ["I5"]),
        ("planned", "idea", "backward", ["I1"]),
        ("done", "embedded", "forward", ["I3"]),
        ("stopped", "active", "restarted", ["I2"]),
    ]
    assert flows(S3, S3) == []


def history(tmp_path: Path) -> Any:
    store = open_store(tmp_path / "h.sqlite")
    t0 = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    for i, p in enumerate((S1, S2, S3)):
        store.add(p, label=f"s{i + 1}", now=t0 + dt.timedelta(days=30 * i))
    hist = store.history()
    store.close()
    return hist


def test_history_states_transitions_and_indicator_series(tmp_path: Path) -> None:
    hist = history(tmp_path)
    assert [(s.id, s.label, s.created_at.date()) for s in hist.states] == [
        (1, "s1", dt.date(2024, 1, 1)), (2, "s2", dt.date(2024, 1, 31)), (3, "s3", dt.date(2024, 3, 1))]
    assert [(t.from_snapshot, t.to_snapshot, len(t.flows)) for t in hist.transitions] == [
        (1, 2, 4), (2, 3, 4)]
    assert hist.indicator_series() == {"K1": [(1, 60.0), (2, 64.0), (3, 64.0)],
                                       "K2": [(1, None), (2, 7.0), (3, 6.5)]}
    k1 = hist.states[0].indicators["K1"]
    assert (k1.name, k1.date, k1.value) == ("Score", dt.date(2022, 1, 1), 60.0)
    d = hist.to_dict()
    assert list(d) == ["as_of", "later_snapshots", "snapshots", "transitions", "indicator_series",
                       "network_available"]
    assert d["snapshots"][1]["statuses"]["stopped"] == 1
    assert d["transitions"][0]["flows"][0] == {"from": None, "to": "idea", "kind": "new", "count": 1,
                                               "initiatives": ["I5"]}
    assert d["indicator_series"]["K2"][0] == {"snapshot": 1, "value": None}


def test_network_over_time(tmp_path: Path) -> None:
    pytest.importorskip("ohtrack.analysis.network")
    hist = history(tmp_path)
    assert hist.network_available
    assert [s.network for s in hist.states] == [
        {"people": 3, "ties": 0, "cross_unit_ties": 0, "cross_unit_share": None},
        {"people": 3, "ties": 1, "cross_unit_ties": 0, "cross_unit_share": 0.0},
        {"people": 3, "ties": 2, "cross_unit_ties": 1, "cross_unit_share": 0.5},
    ]


def test_history_figure(tmp_path: Path) -> None:
    hist = history(tmp_path)
    out = tmp_path / "h.png"
    ohtrack.export(hist, out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    texts = hist.figure().texts()
    panels = ["Initiatives per status", "Network", "Indicators (latest value per snapshot)"]
    assert [x for x in texts if x in panels] == panels  # one panel each, in this order
    assert [x for x in texts if x.startswith("#")][:3] == [  # the snapshots along the bottom
        f"#{s.id} {s.created_at.date().isoformat()}" for s in hist.states]


def test_empty_history(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        hist = store.history(lang="nl")
    assert (hist.states, hist.transitions, hist.lang) == ([], [], "nl")
    assert hist.to_dict()["snapshots"] == []


def test_history_as_a_frame(tmp_path: Path) -> None:
    frame = history(tmp_path).to_frame()
    assert list(frame.index) == [1, 2, 3] and list(frame["label"]) == ["s1", "s2", "s3"]
    assert list(frame["status.idea"]) == [1, 1, 1] and list(frame["network.ties"]) == [0, 1, 2]
