"""Checking answers in bulk: numbers in range, missing answers, excluded rows, with cells."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.report import Problem, Severity
from ohtrack.surveys.reader import Positions, said, survey_problem
from ohtrack.workbook.cells import col_letter

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class ProblemSink:
    """Collects problems, at most ``limit`` per code, then one line with how many more.

    A problem's message is given as its params (``said(name, …)``: the catalogue template
    ``survey.problem.<name>``), so it can be said in Dutch and English."""

    positions: Positions
    limit: int = 200
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, code: str, message: Mapping[str, Any], index: int | None, column: str | None,
            severity: Severity = Severity.ERROR) -> None:
        seen = self.counts.get(code, 0)
        self.counts[code] = seen + 1
        if seen >= self.limit:
            return
        pos = self.positions
        row = pos.rows[index] if index is not None and index < len(pos.rows) else None
        letter = pos.columns.get(column) if column else None
        self.problems.append(survey_problem(
            code, message, severity=severity, sheet=pos.sheet,
            cell=f"{pos.sheet}!{letter}{row}" if letter and row else None, row=row, column=letter))

    def add_mask(self, code: str, mask: np.ndarray, column: str, message: Mapping[str, Any],
                 severity: Severity = Severity.ERROR, values: np.ndarray | None = None,
                 offset: int = 0) -> None:
        """One problem per True in ``mask`` (a column of answers, or a block of it that starts
        at record ``offset``), up to the limit; ``values`` fill the message's ``{value}``."""
        room = max(self.limit - self.counts.get(code, 0), 0)
        if not room:
            self.counts[code] = self.counts.get(code, 0) + int(np.count_nonzero(mask))
            return
        hits = np.flatnonzero(mask)
        if not len(hits):
            return
        for i in hits[:room]:
            shown = message if values is None else {**message, "value": _show(values[i])}
            self.add(code, shown, int(i) + offset, column, severity)
        self.counts[code] = self.counts.get(code, 0) + len(hits) - min(room, len(hits))

    def finish(self) -> list[Problem]:
        """The problems, plus a summary line for every code that went over the limit."""
        out = sorted(self.problems, key=lambda p: (p.row or 0, len(p.column or ""), p.column or ""))
        for code, total in self.counts.items():
            if total > self.limit:
                out.append(survey_problem(code, said("more", more=total - self.limit, total=total),
                                          severity=Severity.WARNING, sheet=self.positions.sheet))
        return out


def _show(value: object) -> object:
    """A cell's value for a message: a number as a number (said as the language writes it),
    text quoted."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return repr(value) if isinstance(value, str) else str(value)


def default_positions(frame: pd.DataFrame, sheet: str = "Responses") -> Positions:
    """Positions for a DataFrame that came from no file: header in row 1, columns in order."""
    return Positions(sheet=sheet, rows=range(2, len(frame) + 2),
                     columns={str(c): col_letter(i) for i, c in enumerate(frame.columns)})


def numeric_answers(column: pd.Series, item: str, sink: ProblemSink) -> tuple[np.ndarray, np.ndarray]:
    """An item's answers as floats (NaN = none) and the mask of cells that held text that is
    no number (reported here, so not again as missing)."""
    import pandas as pd

    if pd.api.types.is_numeric_dtype(column.dtype) and not pd.api.types.is_bool_dtype(column.dtype):
        values = np.ascontiguousarray(column.to_numpy(dtype=float, na_value=np.nan))
        return values, np.zeros(len(column), dtype=bool)
    raw = column.astype(object)
    text = raw.map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v)
    is_bool = text.map(lambda v: isinstance(v, bool)).to_numpy(dtype=bool)
    numbers = pd.to_numeric(text.where(~is_bool, None).replace("", None), errors="coerce")
    out = np.ascontiguousarray(numbers.to_numpy(dtype=float, na_value=np.nan))
    blank = text.map(lambda v: v is None or v == "" or (isinstance(v, float) and np.isnan(v)))
    bad = np.isnan(out) & ~blank.to_numpy(dtype=bool)
    sink.add_mask("not-a-number", bad, item, said("not-a-number", item=item), values=raw.to_numpy())
    return out, bad
