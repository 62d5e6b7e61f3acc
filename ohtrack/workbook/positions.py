"""Where each record came from: sheet title, header row, column letters, row numbers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ohtrack.report import Problem, Severity


@dataclass
class SheetPositions:
    """Positions of one sheet's records, so checks can name the exact cell."""

    key: str
    title: str
    header_row: int = 1
    columns: dict[str, str] = field(default_factory=dict)  # field → column letter
    rows: list[int] = field(default_factory=list)  # record index → 1-based row

    def cell(self, index: int, fld: str) -> str | None:
        letter = self.columns.get(fld)
        if letter is None or index >= len(self.rows):
            return None
        return f"{self.title}!{letter}{self.rows[index]}"

    def problem(
        self,
        index: int,
        fld: str,
        code: str,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        """A problem at the cell of record ``index``, column ``fld``."""
        row = self.rows[index] if index < len(self.rows) else None
        letter = self.columns.get(fld)
        return Problem(
            code=code,
            message=message,
            severity=severity,
            sheet=self.title,
            cell=f"{self.title}!{letter}{row}" if letter and row else None,
            row=row,
            column=letter,
        )
