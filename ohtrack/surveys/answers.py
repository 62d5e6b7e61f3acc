"""Checking answers in bulk: numbers in range, missing answers, excluded rows, with cells."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.report import Problem, Severity
from ohtrack.surveys.reader import Positions, said, survey_problem
from ohtrack.workbook.cells import col_letter

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class _Tally:
    """Answer problems of one code and column, counted per unit (tree index)."""

    message: dict[str, Any]
    severity: Severity
    per_node: list[np.ndarray] = field(default_factory=list)
    unplaced: int = 0


@dataclass
class ProblemSink:
    """Collects problems, at most ``limit`` per code, then one line with how many more.

    A problem's message is given as its params (``said(name, …)``: the catalogue template
    ``survey.problem.<name>``), so it can be said in Dutch and English.

    Problems about one respondent's answers (they have a row) are *private*: ``finish()``
    lists them by cell, for the private validation report only; ``shared()`` counts them per
    item and unit, which is what shared outputs show. ``node`` (record → unit index) is set
    once the respondents' units are known."""

    positions: Positions
    limit: int = 200
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    node: np.ndarray | None = None
    general: list[Problem] = field(default_factory=list)
    tallies: dict[tuple[str, str | None], _Tally] = field(default_factory=dict)

    def add(self, code: str, message: Mapping[str, Any], index: int | None, column: str | None,
            severity: Severity = Severity.ERROR, tally: bool = True) -> None:
        """One problem; with a record ``index`` it is private (and counted per unit unless
        ``tally`` is False), without one it is shared as it is."""
        seen = self.counts.get(code, 0)
        self.counts[code] = seen + 1
        pos = self.positions
        if index is None:
            self.general.append(survey_problem(code, message, severity=severity, sheet=pos.sheet))
            return
        if tally:
            self._tally(code, column, message, severity, np.array([index]))
        if seen >= self.limit:
            return
        row = pos.rows[index] if index < len(pos.rows) else None
        letter = pos.columns.get(column) if column else None
        self.problems.append(survey_problem(
            code, message, severity=severity, sheet=pos.sheet,
            cell=f"{pos.sheet}!{letter}{row}" if letter and row else None, row=row, column=letter))

    def _tally(self, code: str, column: str | None, message: Mapping[str, Any], severity: Severity,
               records: np.ndarray) -> None:
        tally = self.tallies.setdefault((code, column), _Tally(
            {k: v for k, v in message.items() if k != "value"}, severity))
        if self.node is None:
            tally.unplaced += len(records)
            return
        counts = np.bincount(self.node[records])
        if tally.per_node and len(tally.per_node[-1]) >= len(counts):
            tally.per_node[-1][:len(counts)] += counts  # one running count, not one per block
        else:
            tally.per_node.append(counts)

    def add_mask(self, code: str, mask: np.ndarray, column: str, message: Mapping[str, Any],
                 severity: Severity = Severity.ERROR, values: np.ndarray | None = None,
                 offset: int = 0) -> None:
        """One problem per True in ``mask`` (a column of answers, or a block of it that starts
        at record ``offset``), up to the limit; ``values`` fill the message's ``{value}``."""
        hits = np.flatnonzero(mask)
        if not len(hits):
            return
        self._tally(code, column, message, severity, hits + offset)
        room = max(self.limit - self.counts.get(code, 0), 0)
        for i in hits[:room]:
            shown = message if values is None else {**message, "value": _show(values[i])}
            pos = self.positions
            index = int(i) + offset
            row = pos.rows[index] if index < len(pos.rows) else None
            letter = pos.columns.get(column)
            self.problems.append(survey_problem(
                code, shown, severity=severity, sheet=pos.sheet,
                cell=f"{pos.sheet}!{letter}{row}" if letter and row else None, row=row,
                column=letter))
        self.counts[code] = self.counts.get(code, 0) + len(hits)

    def add_masks(self, code: str, masks: np.ndarray, columns: Sequence[str],
                  messages: Callable[[str], Mapping[str, Any]], severity: Severity = Severity.ERROR,
                  offset: int = 0) -> None:
        """``add_mask`` for each row of ``masks`` (row j: ``columns[j]``, its message
        ``messages(columns[j])``). Once the cells of ``code`` are no longer listed (the limit
        is reached), all rows are counted per unit at once."""
        if self.node is None or self.counts.get(code, 0) < self.limit:
            for j in np.flatnonzero(masks.any(axis=1)).tolist():
                self.add_mask(code, masks[j], columns[j], messages(columns[j]), severity, offset=offset)
            return
        flat = np.flatnonzero(masks)  # a tenth of the time of a 2-d nonzero
        if not len(flat):
            return
        row, record = np.divmod(flat, masks.shape[1])
        nodes = self.node[record + offset]
        width = int(nodes.max()) + 1
        per = np.bincount(row * width + nodes, minlength=len(masks) * width).reshape(len(masks), width)
        for j in np.flatnonzero(per.any(axis=1)).tolist():
            tally = self.tallies.get((code, columns[j]))
            if tally is None:  # its first problem
                self._tally(code, columns[j], messages(columns[j]), severity,
                            np.flatnonzero(masks[j]) + offset)
            elif tally.per_node and len(tally.per_node[-1]) >= width:
                tally.per_node[-1][:width] += per[j]
            else:
                tally.per_node.append(per[j].copy())
        self.counts[code] = self.counts.get(code, 0) + len(row)

    def finish(self) -> list[Problem]:
        """The private list: every answer problem at its cell (up to the limit per code, then
        a summary line), for the validation report only."""
        out = sorted(self.problems, key=lambda p: (p.row or 0, len(p.column or ""), p.column or ""))
        for code, total in self.counts.items():
            if total > self.limit and any(c == code for c, _ in self.tallies):
                out.append(survey_problem(code, said("more", more=total - self.limit, total=total),
                                          severity=Severity.WARNING, sheet=self.positions.sheet))
        return out

    def shared(self, parent: Sequence[int], names: Sequence[str], rows: np.ndarray,
               min_group: int, roll_up: Callable[[np.ndarray], None]) -> list[Problem]:
        """What shared outputs show: problems that are about no one respondent, and answer
        problems counted per code, item and unit: for the whole organisation, then for each
        unit whose rows (``rows``: per unit, its whole subtree) reach ``min_group`` (at most
        ``limit`` of these per code); no cell, no value, no respondent. ``roll_up`` adds each
        unit's row of a units × columns matrix into its ancestors'."""
        out = list(self.general)
        if not self.tallies:
            return out
        size = len(parent)
        keys = list(self.tallies)
        per = np.zeros((size, len(keys)), dtype=np.int64)
        for j, key in enumerate(keys):
            tally = self.tallies[key]
            for part in tally.per_node:
                per[:len(part), j] += part[:size]
            per[0, j] += tally.unplaced
        roll_up(per)
        named = np.flatnonzero(rows >= min_group)
        named = named[named > 0]
        units: list[Problem] = []
        shown: dict[str, int] = {}
        for j, (code, column) in enumerate(keys):
            tally = self.tallies[(code, column)]
            out.append(self._counted(code, tally, column, int(per[0, j]), None))
            for i in named[per[named, j] > 0]:
                shown[code] = shown.get(code, 0) + 1
                if shown[code] <= self.limit:
                    units.append(self._counted(code, tally, column, int(per[i, j]), names[i]))
        out.extend(units)
        for code, total in shown.items():
            if total > self.limit:
                out.append(survey_problem(code, said("more-units", more=total - self.limit, total=total),
                                          severity=Severity.WARNING, sheet=self.positions.sheet))
        return out

    def _counted(self, code: str, tally: _Tally, column: str | None, count: int, unit: str | None) -> Problem:
        params = {**tally.message, "template": "survey.problem.counted." + _template(tally.message),
                  "count": count, "item": column}
        params.update({"unit": unit} if unit is not None else {"unit_en": ORGANISATION_EN,
                                                               "unit_nl": ORGANISATION_NL})
        return survey_problem(code, params, severity=tally.severity, sheet=self.positions.sheet)


#: The whole organisation, as counted problems name it.
ORGANISATION_EN, ORGANISATION_NL = "the whole organisation", "de hele organisatie"


def _template(message: Mapping[str, Any]) -> str:
    return str(message.get("template", "")).rsplit(".", 1)[-1]


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
