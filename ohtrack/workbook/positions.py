"""Where each record came from: sheet title, header row, column letters, row numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ohtrack.i18n.problems import both, render
from ohtrack.report import Problem, Severity
from ohtrack.workbook.cells import CellError
from ohtrack.workbook.contract import Column


def problem_texts(code: str, variant: str | None = None, **params: Any) -> dict[str, Any]:
    """``message`` (English, from the catalogue ``ohtrack.i18n.problems``) and ``params`` of a
    ``Problem``: pass them on as ``Problem(code=code, **problem_texts(code, ...))``."""
    if variant:
        params["variant"] = variant
    message = render(code, params, "en")
    if message is None:
        raise KeyError(f"no message for problem {code!r} (variant {variant!r})")
    return {"message": message, "params": params}


def cell_texts(exc: CellError, column: Column) -> dict[str, Any]:
    """``problem_texts`` of a cell that doesn't fit ``column``: ``<column>: <what is wrong>``."""
    return problem_texts(exc.code, **exc.params, **both("in_column", column.en, column.nl))


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
        texts: dict[str, Any],
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        """A problem at the cell of record ``index``, column ``fld``; ``texts`` from ``problem_texts``."""
        row = self.rows[index] if index < len(self.rows) else None
        letter = self.columns.get(fld)
        return Problem(
            code=code,
            severity=severity,
            sheet=self.title,
            cell=f"{self.title}!{letter}{row}" if letter and row else None,
            row=row,
            column=letter,
            **texts,
        )
