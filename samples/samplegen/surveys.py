"""Survey sample files: simulated Likert answers, written as Antwoorden / Vragen / Eenheden."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ohtrack.domain import Programme
from ohtrack.fileio import write_atomic


@dataclass(frozen=True)
class Item:
    """One survey question, mapped on the health model."""

    id: str
    text: str
    outcome: str
    practice: str | None = None
    reversed: bool = False
    minimum: int = 1
    maximum: int = 5


@dataclass
class SurveyBook:
    """The three sheets of a survey file, as plain rows."""

    items: list[Item]
    #: (respondent, unit ID, wave, {item ID: answer or None})
    responses: list[tuple[str, str, int, dict[str, int | None]]] = field(default_factory=list)
    units: list[tuple[str, str, str | None]] = field(default_factory=list)


def units_of(programme: Programme) -> list[tuple[str, str, str | None]]:
    """The unit tree of a programme as (ID, name, parent) rows."""
    return [(u.id, u.name, u.parent) for u in programme.units]


def likert(rng: random.Random, mean: float, item: Item, spread: float = 0.6) -> int:
    """One answer around ``mean`` (on the agree side), flipped for reversed items."""
    value = rng.gauss(mean, spread)
    value = max(item.minimum, min(item.maximum, round(value)))
    return item.minimum + item.maximum - value if item.reversed else value


def answers(rng: random.Random, items: Sequence[Item], means: dict[str, float],
            missing: float) -> dict[str, int | None]:
    """One respondent's answers: a general and a per-outcome tendency plus item noise; a
    ``missing`` share is left blank."""
    general = rng.gauss(0, 0.45)
    per_outcome = {o: rng.gauss(0, 0.45) for o in sorted({it.outcome for it in items})}
    out: dict[str, int | None] = {}
    for it in items:
        mean = means[it.outcome] + general + per_outcome[it.outcome]
        out[it.id] = None if rng.random() < missing else likert(rng, mean, it)
    return out


def write(book: SurveyBook, path: Path) -> Path:
    """Write a survey workbook with Dutch sheet and column names (atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    font, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")

    def sheet(title: str, header: list[str], rows: list[list[object]], widths: list[int]) -> None:
        ws = wb.create_sheet(title)
        ws.append(header)
        for cell in ws[1]:
            cell.font, cell.fill = font, fill
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = w

    ids = [it.id for it in book.items]
    sheet("Antwoorden", ["Respondent", "Eenheid", "Meting", *ids],
          [[r, u, w, *(a[i] for i in ids)] for r, u, w, a in book.responses],
          [12, 12, 9, *([7] * len(ids))])
    sheet("Vragen", ["Item", "Tekst", "Uitkomst", "Praktijk", "Omgekeerd", "Min", "Max"],
          [[it.id, it.text, it.outcome, it.practice, "ja" if it.reversed else "nee", it.minimum,
            it.maximum] for it in book.items], [8, 70, 26, 30, 11, 6, 6])
    sheet("Eenheden", ["ID", "Naam", "Bovenliggend"], [list(u) for u in book.units], [10, 40, 14])
    return write_atomic(path, lambda p: wb.save(p))
