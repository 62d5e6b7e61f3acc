"""Two values of one indicator on one date are reported at both cells, never resolved silently."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import ohtrack
from tests.conftest import MINIMAL


def test_duplicate_measurements_are_reported_at_both_cells(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({
        **MINIMAL,
        "Indicators": [["ID", "Name", "Baseline", "Ambition"], ["K1", "Score", 5, 8]],
        "Measurements": [["Indicator", "Date", "Value"],
                         ["K1", dt.date(2022, 6, 1), 6.5],
                         ["K1", dt.date(2022, 6, 1), 65],  # a typo beside the real value
                         ["K1", dt.date(2022, 12, 1), 7],
                         ["k1", "1-6-2022", 6.5]],  # the same indicator and date, written otherwise
    })
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code"]) == [
        ["Measurements!C2", "duplicate-measurement"], ["Measurements!C3", "duplicate-measurement"],
        ["Measurements!C5", "duplicate-measurement"]]
    assert report.problems[1].message == (
        "indicator K1 has more than one value on 2022-06-01 (this one 65.0; also Measurements!C2, "
        "Measurements!C5); keep the right one")
    assert not report.valid
