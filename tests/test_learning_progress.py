"""Progress on routes per person, route, unit and group, worked out by hand."""

from __future__ import annotations

import datetime as dt

from ohtrack.analysis.learning import learning
from ohtrack.analysis.learning_progress import by_key, progress, route_summaries
from ohtrack.domain import (
    Enrolment,
    EnrolmentStatus,
    Event,
    EventStatus,
    Group,
    Membership,
    Module,
    ModuleKind,
    Person,
    Programme,
    ProgrammeInfo,
    Route,
    Unit,
)

D = dt.date
DONE, WITHDRAWN, BUSY = EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.IN_PROGRESS
REQ, ELE = ModuleKind.REQUIRED, ModuleKind.ELECTIVE


def programme() -> Programme:
    modules = [Module(id="M1", route="R", title="One", kind=REQ, hours=4),
               Module(id="M2", route="R", title="Two", kind=REQ, hours=2),
               Module(id="M3", route="R", title="Three", kind=ELE, hours=3),
               Module(id="M4", route="R", title="Four", kind=ELE, hours=1),
               Module(id="M5", route="R", title="Five", kind=ELE, hours=2),
               Module(id="N1", route="S", title="Nine", hours=8)]
    e = Enrolment
    enrolments = [
        e(person="A", route="R", status=BUSY, chosen_with="B"), e(person="A", module="M1", status=DONE),
        e(person="A", module="M3", status=DONE), e(person="A", module="M4"),
        e(person="B", route="R", status=DONE, end=D(2024, 6, 1)), e(person="B", module="M3", status=DONE),
        e(person="B", module="M5", status=DONE),
        e(person="C", route="R"), e(person="C", module="M1", status=DONE),
        e(person="C", module="M2", status=DONE),
        e(person="D", route="R", status=WITHDRAWN, end=D(2024, 3, 1)),
        e(person="E", module="M3", status=DONE),
        e(person="F", route="S", date=D(2025, 1, 1)),
        e(person="G", route="R"), e(person="G", module="M2", status=DONE),
        e(person="G", module="M3", status=DONE), e(person="G", module="M4", status=DONE),
    ]
    return Programme(
        info=ProgrammeInfo(name="Progress", language="en"),
        units=[Unit(id="U1", name="One"), Unit(id="U2", name="Two")],
        people=[Person(id=x, name=f"Person {x}", unit={"A": "U1", "B": "U1", "C": "U2", "D": "U2",
                                                       "E": "U2"}.get(x)) for x in "ABCDEFG"],
        groups=[Group(id="G1", members=[Membership(person=x) for x in "ABC"])],
        routes=[Route(id="R", name="Route R", electives=2), Route(id="S", name="Route S")],
        modules=modules, enrolments=enrolments,
        # G attends the one session of M1: done by attendance, nothing of it still planned
        events=[Event(id="X1", module="M1", date=D(2024, 2, 1), status=EventStatus.HELD,
                      attendees=["G"])])


def _rows(as_of: dt.date | None) -> dict[tuple[str, str], tuple[object, ...]]:
    return {(x.person, x.route): (x.status, x.modules_done, x.hours_done, x.required_missing,
                                  x.electives_chosen, x.electives_done)
            for x in progress(programme(), as_of)}


def test_progress_per_person_and_route() -> None:
    assert _rows(D(2024, 12, 31)) == {
        ("A", "R"): ("in_progress", ["M1", "M3"], 7.0, ["M2"], ["M3", "M4"], ["M3"]),
        ("B", "R"): ("completed", ["M1", "M2", "M3", "M5"], 11.0, [], ["M3", "M5"], ["M3", "M5"]),
        ("C", "R"): ("in_progress", ["M1", "M2"], 6.0, [], [], []),  # no electives chosen yet
        ("D", "R"): ("withdrawn", [], 0.0, ["M1", "M2"], [], []),
        ("E", "R"): ("in_progress", ["M3"], 3.0, ["M1", "M2"], ["M3"], ["M3"]),
        ("G", "R"): ("completed", ["M1", "M2", "M3", "M4"], 10.0, [], ["M3", "M4"], ["M3", "M4"]),
    }  # F enrolled for 2025: not yet on 31 December 2024


def test_a_completion_after_the_date_is_still_in_progress() -> None:
    rows = _rows(D(2024, 5, 1))
    assert rows[("B", "R")] == ("in_progress", ["M3", "M5"], 5.0, ["M1", "M2"], ["M3", "M5"],
                                ["M3", "M5"])
    assert rows[("D", "R")][0] == "withdrawn"  # withdrew on 1 March
    assert _rows(D(2024, 2, 1))[("D", "R")][0] == "in_progress"  # and was on the route before
    assert _rows(None)[("F", "S")] == ("enrolled", [], 0.0, ["N1"], [], [])


def test_routes_units_and_groups() -> None:
    p = programme()
    people = progress(p, D(2024, 12, 31))
    route_r, route_s = route_summaries(p, people)
    assert {k: route_r[k] for k in ("enrolled", "withdrawn", "completed", "completion_rate",
                                    "missing_required", "chosen_with_someone", "modules_required",
                                    "modules_elective", "electives_needed", "hours_required")} == {
        "enrolled": 5, "withdrawn": 1, "completed": 2, "completion_rate": 2 / 5,
        "missing_required": 2, "chosen_with_someone": 1, "modules_required": 2,
        "modules_elective": 3, "electives_needed": 2, "hours_required": 6.0}
    assert (route_s["enrolled"], route_s["completion_rate"]) == (0, None)
    units = by_key(people, {x.person: [x.unit] for x in people if x.unit}, "unit")
    assert units == [
        {"unit": "U1", "people": 2, "enrolments": 2, "completed": 1, "completion_rate": 0.5,
         "hours_done": 18.0},
        {"unit": "U2", "people": 2, "enrolments": 2, "completed": 0, "completion_rate": 0.0,
         "hours_done": 9.0}]
    groups = by_key(people, {x: ["G1"] for x in "ABC"}, "group")
    assert groups == [{"group": "G1", "people": 3, "enrolments": 3, "completed": 1,
                       "completion_rate": 1 / 3, "hours_done": 24.0}]


def test_the_report_says_it_in_plain_words() -> None:
    report = learning(programme(), as_of=D(2024, 12, 31), lang="en")
    messages = [f["message"] for f in report.findings]
    assert messages[:3] == [
        "Route R: completed by 2 of 5 participants (40%)",
        "Route R: participants who withdrew: 1",
        "Route R: 4 of 5 participants without 'chosen with' (the choice was not made with anyone)",
    ]
    assert "Person C (C) chose 0 of the 2 electives of Route R" in messages
    # M1's only session was held: who has not completed it missed it
    assert "Person E (E) has not completed One of Route R, although every session was held" in messages
    assert not any("Person A (A) has not completed" in m for m in messages)  # M2 had no sessions
    frame = report.to_frame()
    assert list(frame["person"]) == ["A", "B", "C", "D", "E", "G"]
    assert report.to_frame("routes").loc[0, "completed"] == 2
