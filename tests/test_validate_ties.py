"""Validation of ties and attendance that the network relies on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ohtrack

PROGRAMME = [["Field", "Value"], ["name", "T"], ["model", "ohi-2011"]]
INITIATIVES = [["ID", "Title", "Outcomes"], ["I1", "Dagstart", "Direction"]]
PEOPLE = [["ID", "Name"], ["A", "Anna"], ["B", "Bram"], ["C", "Cor"]]


def test_works_with_both_ways_is_one_tie(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({
        "Programme": PROGRAMME, "Initiatives": INITIATIVES, "People": PEOPLE,
        "Relations": [["From", "To", "Type"], ["A", "B", "works_with"], ["B", "A", "werkt samen"],
                      ["A", "C", "advises"], ["C", "A", "advises"]],
    })
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code", "severity"]) == [
        ["Relations!A3", "duplicate-tie", "warning"]]
    assert ohtrack.read(path).report.flatten(["cell", "code"]) == [["Relations!A3", "duplicate-tie"]]


def test_a_person_twice_at_one_event(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({
        "Programme": PROGRAMME, "Initiatives": INITIATIVES, "People": PEOPLE,
        "Events": [["ID", "Status", "Attendees"], ["E1", "held", "A; B; A"], ["E2", "held", "A; B"]],
    })
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code"]) == [["Events!C2", "duplicate-attendee"]]
    assert "A listed twice" in report.problems[0].message
