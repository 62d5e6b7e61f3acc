"""Expected attendance comes from enrolment and group membership (worked out by hand)."""

from __future__ import annotations

import datetime as dt

import ohtrack
from ohtrack.analysis.learning_enrol import expected_attendees
from ohtrack.analysis.network_metrics import realisation
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
)
from tests.conftest import SAMPLES

D = dt.date
HELD, PLANNED = EventStatus.HELD, EventStatus.PLANNED


def programme(enrolments: bool = True) -> Programme:
    people = [Person(id=x, name=f"Person {x}") for x in "ABCDEFH"]
    # H left the group on 5 February: not expected at its sessions after that
    group = Group(id="G", type="learning_group", members=[Membership(person=x) for x in "ABCDEF"]
                  + [Membership(person="H", until=D(2024, 2, 5))])
    events = [
        Event(id="E1", group="G", module="M1", date=D(2024, 2, 1), status=HELD,
              attendees=["A", "B", "C", "F", "H"]),
        Event(id="E2", group="G", module="M1", date=D(2024, 3, 1), status=HELD, attendees=["A"]),
        Event(id="E3", group="G", module="M2", date=D(2024, 2, 10), status=HELD, attendees=["A", "B"]),
        Event(id="E4", group="G", date=D(2024, 2, 20), status=HELD, attendees=["A", "B", "C", "D", "F"]),
        Event(id="E5", group="G", module="M2", date=D(2024, 4, 1), status=PLANNED),
    ]
    signed = [
        Enrolment(person="A", route="R", date=D(2024, 1, 1)),
        Enrolment(person="B", route="R", date=D(2024, 1, 1)),
        Enrolment(person="C", route="R", date=D(2024, 1, 1), status=EnrolmentStatus.WITHDRAWN,
                  end=D(2024, 2, 15)),
        Enrolment(person="E", route="R", date=D(2024, 1, 1)),
        Enrolment(person="H", route="R", date=D(2024, 1, 1)),
        Enrolment(person="A", module="M2", date=D(2024, 1, 1)),
        # F took M1 in an earlier group: completed on the first session, not expected after it
        Enrolment(person="F", module="M1", status=EnrolmentStatus.COMPLETED, date=D(2023, 12, 1),
                  end=D(2024, 2, 1)),
    ]
    return Programme(
        info=ProgrammeInfo(name="Attendance", language="en"), people=people, groups=[group],
        routes=[Route(id="R", name="Route", electives=1)],
        modules=[Module(id="M1", route="R", title="One", kind=ModuleKind.REQUIRED),
                 Module(id="M2", route="R", title="Two", kind=ModuleKind.ELECTIVE)],
        enrolments=signed if enrolments else [], events=events)


def test_who_is_expected_at_each_event() -> None:
    expected = expected_attendees(programme())
    assert {k: sorted(v) for k, v in expected.items()} == {
        "E1": ["A", "B", "C", "E", "F", "H"],  # C withdrew after it; F completed on it
        "E2": ["A", "B", "E"],
        "E3": ["A"],  # the elective: only who chose it
        "E4": ["A", "B", "C", "D", "E", "F"],  # no module: the whole group
        "E5": ["A"],
    }


def test_people_and_groups_are_measured_against_what_they_signed_up_for() -> None:
    rec = realisation(programme())
    people = {p: (r["events_expected"], r["events_attended_expected"], r["attendance_rate"])
              for p, r in rec["people"].items()}
    assert people == {"A": (4, 4, 1.0), "B": (3, 2, 2 / 3), "C": (2, 2, 1.0), "D": (1, 1, 1.0),
                      "E": (3, 0, 0.0), "F": (2, 2, 1.0), "H": (1, 1, 1.0)}
    assert rec["people"]["B"]["group_events_held"] == 4
    (group,) = rec["by_group"]
    assert (group["held"], group["planned"], group["attendance_rate"]) == (4, 1, 12 / 16)


def test_without_enrolments_every_held_event_of_the_group_counts() -> None:
    rec = realisation(programme(enrolments=False))
    assert {p: r["attendance_rate"] for p, r in rec["people"].items()} == {
        "A": 1.0, "B": 3 / 4, "C": 2 / 4, "D": 1 / 4, "E": 0.0, "F": 2 / 4, "H": 1.0}
    assert rec["by_group"][0]["attendance_rate"] == 13 / 25  # H not after 5 February


def test_low_attendance_says_it_is_against_enrolment() -> None:
    net = ohtrack.network(programme(), lang="en")
    low = [f["message"] for f in net.findings if f["code"] == "low-attendance"]
    assert low == ["Person E attended 0 of the 3 sessions held that they were expected at "
                   "(their groups and enrolments)"]
    nl = [f["message"] for f in ohtrack.network(programme(), lang="nl").findings
          if f["code"] == "low-attendance"]
    assert nl == ["Person E was bij 0 van de 3 gehouden bijeenkomsten die bij de eigen groepen "
                  "en inschrijvingen horen"]


def test_the_blended_sample_reports_only_the_one_who_skipped_what_they_chose() -> None:
    p = ohtrack.load(SAMPLES / "gemeente-blended-leren.xlsx")
    net = ohtrack.network(p)
    low = [f["subject"] for f in net.findings if f["code"] == "low-attendance"]
    assert low == ["BZ2"]
    employees = {m.person for g in p.groups if g.id == "MDW" for m in g.members}
    rates = {x: net.events["people"][x]["attendance_rate"] for x in employees}
    assert len(employees) == 27 and sum(1 for r in rates.values() if r < 0.5) == 1
    # every employee chose with their manager, except the two who chose before that was agreed
    chosen = {e.person: e.chosen_with for e in p.enrolments if e.module and e.person in employees}
    managers = {x.id: x.manager for x in p.people}
    assert sorted(x for x, w in chosen.items() if w is None) == ["KC1", "OR3"]
    assert all(w == managers[x] for x, w in chosen.items() if w is not None)
