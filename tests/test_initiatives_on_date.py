"""Initiatives judged on the report date, with answers worked out by hand."""

from __future__ import annotations

import datetime as dt

from ohtrack.analysis.initiatives import initiatives
from ohtrack.domain import Initiative, Programme, ProgrammeInfo, Status

D = dt.date


def _programme() -> Programme:
    return Programme(info=ProgrammeInfo(name="P", language="nl"), initiatives=[
        Initiative(id="A", title="Dagstart", status=Status.ACTIVE, start=D(2022, 1, 1), end=D(2022, 6, 30)),
        Initiative(id="B", title="Werkoverleg", status=Status.PLANNED, start=D(2022, 3, 1)),
        Initiative(id="C", title="Borging", status=Status.DONE, end=D(2022, 2, 1)),
        Initiative(id="D", title="Ideeënbord", status=Status.STOPPED),
        Initiative(id="E", title="Later", status=Status.PLANNED, start=D(2023, 1, 1)),
        Initiative(id="F", title="Zonder status"),
    ])


def test_on_the_report_date() -> None:
    r = initiatives(_programme(), as_of=D(2022, 7, 10))
    # A ended 30 June and is still active: 10 days overdue. B was to start 1 March: 131 days late.
    assert [(s.id, s.days_overdue) for s in r.overdue] == [("A", 10)]
    assert [(s.id, s.days_late) for s in r.late_starts] == [("B", 131)]
    assert [s.id for s in r.stopped] == ["D"]
    assert r.counts() == {"idea": 0, "planned": 2, "active": 1, "done": 1, "embedded": 0,
                          "stopped": 1, "none": 1}
    assert r.findings() == [
        "1 verbetertraject is over de einddatum en niet afgerond: Dagstart (A, 30 juni 2022)",
        "1 verbetertraject is nog gepland terwijl de startdatum voorbij is: Werkoverleg (B, 1 maart 2022)",
        "1 verbetertraject is gestopt: Ideeënbord (D)"]


def test_an_earlier_date_gives_that_days_view() -> None:
    r = initiatives(_programme(), as_of=D(2022, 2, 15), lang="en")
    assert r.overdue == [] and r.late_starts == []


def test_status_history_from_snapshots() -> None:
    def snap(status: Status) -> Programme:
        p = _programme()
        p.initiatives[0].status = status
        return p

    history = [(D(2022, 1, 1), snap(Status.PLANNED)), (D(2022, 2, 1), snap(Status.ACTIVE)),
               (D(2022, 5, 1), snap(Status.DONE)), (D(2022, 9, 1), snap(Status.EMBEDDED))]
    r = initiatives(_programme(), as_of=D(2022, 7, 10), history=history)
    a = r.states[0]
    # Done since 1 May (the snapshot of 1 September is after the report date): not overdue.
    assert a.status == "done" and not a.overdue
    assert [(s.status, s.since, s.until, s.days) for s in a.history] == [
        ("planned", D(2022, 1, 1), D(2022, 2, 1), 31), ("active", D(2022, 2, 1), D(2022, 5, 1), 89),
        ("done", D(2022, 5, 1), None, 70)]
    assert r.to_dict()["from_history"] is True


def test_no_status_past_its_end_date_is_not_called_unfinished() -> None:
    """F has no status and ended 31 May 2022; on 10 July 2022 it is 40 days past its end, but
    whether it is finished the workbook does not say: not overdue, said apart."""
    p = _programme()
    p.initiatives[5].end = D(2022, 5, 31)
    r = initiatives(p, as_of=D(2022, 7, 10))
    assert [s.id for s in r.overdue] == ["A"]
    assert [(s.id, s.days_past_end_unrecorded) for s in r.ended_unrecorded] == [("F", 40)]
    assert ("1 verbetertraject zonder status is over de einddatum (of het af is, zegt de werkmap "
            "niet): Zonder status (F, 31 mei 2022)") in r.findings()
    assert r.to_dict()["ended_unrecorded"] == ["F"]
    assert initiatives(p, as_of=D(2022, 5, 31)).ended_unrecorded == []  # the end day itself
