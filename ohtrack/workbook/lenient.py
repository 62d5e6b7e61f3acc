"""The valid part of a workbook: every row with an error left out, and a list of what was.

One bad date among 133 rows should not keep a team from its map: ``valid_part`` gives a
programme without the rows that have an error (a wrong date, an unknown owner, a second use
of an ID …) and the problems that left them out. A wrong value on the Programme sheet
leaves that field empty instead. Problems that are not about a row (a missing sheet, a
cycle through several rows is reported at one of them) leave out what they point at and
nothing else; warnings leave out nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ohtrack.domain import Programme
from ohtrack.report import Problem, Severity
from ohtrack.workbook.contract import PROGRAMME, record_sheets
from ohtrack.workbook.parse import Parsed


@dataclass(frozen=True)
class LeftOut:
    """What the lenient reading left out, and the error that made it so."""

    sheet: str
    row: int | None
    what: str  # "row" (a record left out) or "field" (a Programme field left empty)
    problem: Problem


def valid_part(programme: Programme, parsed: Parsed,
               problems: list[Problem]) -> tuple[Programme, list[LeftOut]]:
    """A copy of ``programme`` without the rows (and Programme fields) that have errors."""
    copy = programme.model_copy(deep=True)
    errors = [p for p in problems if p.severity is Severity.ERROR and p.sheet and p.row]
    by_title = {title: key for key, title in parsed.sheets.items()}
    out: list[LeftOut] = []
    bad_rows: dict[str, set[int]] = {}
    for p in errors:
        key = by_title.get(p.sheet or "")
        if key == PROGRAMME.key:
            field = next((f for f, cell in parsed.field_cells.items() if cell == p.cell), None)
            if field is not None and field != "name":
                setattr(copy.info, field, None)
                out.append(LeftOut(p.sheet or "", p.row, "field", p))
            continue
        if key is not None and p.row is not None:
            if p.row not in bad_rows.setdefault(key, set()):
                out.append(LeftOut(p.sheet or "", p.row, "row", p))
            bad_rows[key].add(p.row)
    for spec in record_sheets():
        rows = bad_rows.get(spec.key)
        pos = parsed.positions.get(spec.key)
        if not rows or pos is None:
            continue
        records = copy.table(spec.programme_attr)
        if spec.shape == "members":
            k = 0
            for group in records:
                kept = []
                for m in group.members:  # type: ignore[attr-defined]
                    if pos.rows[k] not in rows:
                        kept.append(m)
                    k += 1
                group.members = kept  # type: ignore[attr-defined]
            copy.set_table(spec.programme_attr, [g for g in records if g.members])  # type: ignore[attr-defined]
        else:
            copy.set_table(spec.programme_attr,
                           [r for r, row in zip(records, pos.rows) if row not in rows])
    return copy, out
