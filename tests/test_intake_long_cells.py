"""Cells of long text (a report pasted into a list) are judged at once, not by backtracking."""

from __future__ import annotations

from ohtrack.intake.table import _is_text, _numeric
from ohtrack.intake.values import colour, status_code


def test_numbers_as_cells_write_them() -> None:
    for text in ("12", " 1.234,5 % ", "-3", "+4,5", "1 000 000", "12%"):
        assert _numeric(text), text
    for text in ("12 projects", "Q4", "-", "n.v.t."):
        assert not _numeric(text), text


def test_a_long_run_of_spaces_before_text_is_text() -> None:
    # ``\s*[-+]?[\d.,\s]+%?\s*`` took time growing with the square of such a run
    cell = "1" + " " * 5000 + "see the annex"
    assert not _numeric(cell)
    assert _is_text(cell)


def test_long_text_is_no_status_or_colour() -> None:
    assert status_code("Completed", ended=False) == "done"
    assert colour("Amber / Red") == "amber/red"
    long = "Red " + "and the project board agreed to review the plan " * 100
    assert colour(long) is None
    assert status_code(long, ended=False) is None


def test_a_column_of_long_text_with_runs_of_spaces_profiles_as_long_text() -> None:
    from ohtrack.intake.content import _kind_of, profile

    # money's ``\s*[mkb]?\s*`` backtracked over a run of spaces inside a cell
    assert _kind_of("£1" + " " * 3000 + "k") == {"money"}
    assert _kind_of("£ 1,5 m") == {"money"}
    cells = [f"Report {i}:" + "\t \n" * 400 + "see the annex" for i in range(50)]
    assert profile(cells).kind == "long text"
