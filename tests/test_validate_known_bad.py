"""A workbook with (nearly) every content problem: every position asserted exactly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ohtrack
from tests.conftest import MINIMAL
from tests.fixtures import make_fixtures as fx

KNOWN_BAD = [
    ["Programma!B4", "not-an-integer"],
    ["Programma!B6", "years-out-of-order"],
    ["Eenheden!C2", "cycle"],
    ["Eenheden!C4", "unknown-unit"],
    ["Eenheden!A6", "duplicate-id"],
    ["People!D2", "self-reference"],
    ["People!C3", "unknown-unit"],
    ["People!D3", "unknown-person"],
    ["People!B4", "missing-value"],
    ["Doelen!C2", "cycle"],
    ["Doelen!D3", "unknown-outcome"],
    ["Initiatives!J2", "end-before-start"],
    ["Initiatives!B3", "missing-value"],
    ["Initiatives!C3", "unknown-unit"],
    ["Initiatives!D3", "unknown-person"],
    ["Initiatives!E3", "unknown-value"],
    ["Initiatives!F3", "unknown-outcome"],
    ["Initiatives!G3", "unknown-practice"],
    ["Initiatives!H3", "unknown-goal"],
    ["Initiatives!I3", "invalid-date"],
    ["Initiatives!J3", "invalid-date"],
    ["Initiatives!K3", "unknown-person"],
    ["Initiatives!A5", "duplicate-id"],
    ["Initiatives!F5", "not-mapped"],
    ["Initiatives!I5", "invalid-date"],
    ["Initiatives!A6", "only-id"],
    ["Initiatives!B6", "missing-value"],
    ["Initiatives!F6", "not-mapped"],
    ["Initiatives!A7", "missing-value"],
    ["Relations!D2", "negative-weight"],
    ["Relations!B3", "self-loop"],
    ["Relations!D3", "not-a-number"],
    ["Relations!A4", "duplicate-tie"],
]


def test_known_bad_positions_exactly(tmp_path: Path) -> None:
    report = ohtrack.validate(fx.make_known_bad(tmp_path))
    assert report.flatten(["cell", "code"]) == KNOWN_BAD
    assert not report.valid


def test_known_bad_rows_columns_and_messages(tmp_path: Path) -> None:
    report = ohtrack.validate(fx.make_known_bad(tmp_path))
    for p in report.problems:
        assert p.cell is not None and p.sheet is not None
        sheet, ref = p.cell.split("!")
        assert sheet == p.sheet
        assert ref == f"{p.column}{p.row}"
        assert p.message and "\n" not in p.message
    by_cell = {(p.cell, p.code): p for p in report.problems}
    assert by_cell["Eenheden!A6", "duplicate-id"].message == (
        "unit ID 12 is used twice (first at Eenheden!A5)")
    assert by_cell["Eenheden!C2", "cycle"].message == "unit tree has a cycle: U1 → U2 → U1"
    assert by_cell["Initiatives!I3", "invalid-date"].message == "Start: no such date: '31-2-2022'"
    assert by_cell["Initiatives!K3", "unknown-person"].message == "no person with ID or name 'P8'"
    assert by_cell["Programma!B6", "years-out-of-order"].severity.value == "warning"


def test_problems_sorted_by_sheet_order_row_column(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({
        "Initiatives": [["ID", "Title", "Owner", "Start"], ["I1", "A", "P9", "soon"],
                        ["I2", None, "P8", None]],
        "Programme": MINIMAL["Programme"],
        "People": [["ID", "Name", "Manager"], ["P1", "Ann", "P5"]],
    })
    report = ohtrack.validate(path)
    # Initiatives comes first in this workbook; a problem without a column leads its row.
    assert report.flatten(["sheet", "row", "column", "code"]) == [
        ["Initiatives", 2, None, "not-mapped"],
        ["Initiatives", 2, "C", "unknown-person"],
        ["Initiatives", 2, "D", "invalid-date"],
        ["Initiatives", 3, None, "not-mapped"],
        ["Initiatives", 3, "B", "missing-value"],
        ["Initiatives", 3, "C", "unknown-person"],
        ["People", 2, "C", "unknown-person"],
    ]


def test_validate_and_read_report_the_same(tmp_path: Path) -> None:
    """``validate`` checks light stand-in rows, ``read`` real records: the same problems."""
    from tests.conftest import SAMPLES
    from tests.fixtures.make_fixtures import FIXTURES

    paths = [make(tmp_path) for make in FIXTURES.values()] + sorted(SAMPLES.glob("*.xlsx"))
    for path in paths:
        assert ohtrack.validate(path).to_dict() == ohtrack.read(path).report.to_dict(), path


def test_sort_problems_order() -> None:
    from ohtrack.report import Problem
    from ohtrack.workbook.api import sort_problems

    def p(code: str, sheet: str | None = None, row: int | None = None,
          column: str | None = None) -> Problem:
        return Problem(code=code, message=code, sheet=sheet, row=row, column=column)

    problems = [p("b", "People", 2, "C"), p("a", "Initiatives", 10, "AA"), p("c", "Initiatives", 10, "B"),
                p("d"), p("e", "Programme"), p("f", "Initiatives", 2, "Z"), p("g", "People", 1)]
    ordered = sort_problems(problems, ["Initiatives", "People"])
    assert [x.code for x in ordered] == ["d", "e", "f", "c", "a", "g", "b"]
