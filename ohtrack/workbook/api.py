"""The public entry points for workbooks: read, load and validate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ohtrack.collector import paused
from ohtrack.domain import Programme
from ohtrack.errors import InvalidWorkbookError, WorkbookError
from ohtrack.index import resolve_references
from ohtrack.progress import step
from ohtrack.report import Problem, Report
from ohtrack.workbook.checks import check
from ohtrack.workbook.contract import record_sheets
from ohtrack.workbook.lenient import LeftOut, valid_part
from ohtrack.workbook.parse import Parsed, parse
from ohtrack.workbook.source import read_workbook


@dataclass
class ReadResult:
    """A programme (None if it couldn't be built) and the validation report."""

    programme: Programme | None
    report: Report
    parsed: Parsed | None = None

    def valid_part(self) -> tuple[Programme, list[LeftOut]]:
        """The programme without the rows that have errors, and what was left out (see
        ``ohtrack.workbook.lenient``). Raises ``WorkbookError`` when there is no programme."""
        if self.programme is None or self.parsed is None:
            first = self.report.errors[0] if self.report.errors else None
            if first is not None and first.code == "unreadable-file":
                params = {k: v for k, v in first.params.items() if k != "variant"}
                raise WorkbookError(first.message, first.params.get("variant"), params)
            raise InvalidWorkbookError(None, self.report, path=self.report.source)
        return valid_part(self.programme, self.parsed, self.report.problems)


def read(path: str | Path, *, max_memory: int | str | None = None) -> ReadResult:
    """Read a workbook and validate it, collecting every problem; never raises for bad data.

    A file that is no workbook at all, or that would take more memory to read than
    ``max_memory`` (bytes or ``"2G"``; default ``$OHTRACK_MAX_MEMORY``, else 1 GiB), gives a
    report with one ``unreadable-file`` problem.
    """
    return _read(path, records=True, max_memory=max_memory)


def _read(path: str | Path, records: bool, max_memory: int | str | None = None) -> ReadResult:
    with step("progress.read", total=3) as advance:
        return _read_steps(Path(path), records, max_memory, advance)


def _read_steps(p: Path, records: bool, max_memory: int | str | None,
                advance: Callable[[int], None]) -> ReadResult:
    report = Report(source=str(p))
    with paused():
        try:
            raw = read_workbook(p, max_memory=max_memory)
        except WorkbookError as exc:
            params = {"variant": exc.reason, **exc.params} if exc.reason else {}
            report.add(Problem(code="unreadable-file", message=str(exc), file=str(p), params=params))
            return ReadResult(None, report)
        advance(1)
        parsed = parse(raw, records)
        advance(1)
        problems = list(parsed.problems)
        programme = parsed.programme
        if programme is not None:
            problems.extend(check(programme, parsed.positions,
                                  parsed.sheets.get("programme", "Programme"), parsed.field_cells))
            report.stats = stats(programme)
            if records:
                resolve_references(programme)
        advance(1)
        names = list(raw.sheets)
        del raw  # the rows read: freed while the collector is still off
        report.problems = sort_problems(problems, names)
        report.stats["sheets"] = names
        return ReadResult(programme, report, parsed)


def _column_number(letters: str | None) -> int:
    n = 0
    for ch in letters or "":
        n = n * 26 + ord(ch) - 64
    return n


def sort_problems(problems: list[Problem], sheet_order: list[str]) -> list[Problem]:
    """Problems in reading order: file-wide first, then by sheet (workbook order), row, column.

    Problems about sheets the workbook lacks (e.g. ``missing-sheet``) come before the
    sheets that are there; the sort is stable, so ties keep the order they were found in.
    """
    order = {name: i for i, name in enumerate(sheet_order)}

    def key(p: Problem) -> tuple[int, int, int, int]:
        if p.sheet is None:
            return (0, 0, 0, 0)
        return (1, order.get(p.sheet, -1), p.row or 0, _column_number(p.column))

    return sorted(problems, key=key)


def stats(programme: Programme) -> dict[str, object]:
    """Counts of what a programme holds, by sheet (every sheet of the contract)."""
    out: dict[str, object] = {s.key: len(programme.table(s.programme_attr)) for s in record_sheets()}
    out["model"] = programme.info.model
    out["language"] = programme.info.language
    return out


def validate(path: str | Path, *, max_memory: int | str | None = None) -> Report:
    """Validate a workbook: a ``Report`` with every problem, its cell and a stable code.

    ``max_memory`` as for ``read``."""
    # the programme is not kept: skip building it; and let go of it (and of the rows read)
    # before the collector is back on, so no collection walks them
    with paused():
        return _read(path, records=False, max_memory=max_memory).report


def load(path: str | Path, *, strict: bool = True, max_memory: int | str | None = None) -> Programme:
    """Load a workbook into a ``Programme``.

    With ``strict`` (the default) a workbook with errors raises ``InvalidWorkbookError``
    whose message names the first problem and whose ``report`` holds them all; a file that
    is no workbook raises ``WorkbookError``. Warnings never stop loading. With
    ``strict=False`` the rows with errors are left out (``ReadResult.valid_part`` says which).
    """
    result = read(path, max_memory=max_memory)
    report = result.report
    if result.programme is not None and not strict:
        return result.valid_part()[0]
    if result.programme is None or (strict and not report.valid):
        errors = report.errors
        first = errors[0] if errors else None
        if first is not None and first.code == "unreadable-file":
            params = {k: v for k, v in first.params.items() if k != "variant"}
            raise WorkbookError(first.message, first.params.get("variant"), params)
        raise InvalidWorkbookError(None, report, path=str(path))
    return result.programme
