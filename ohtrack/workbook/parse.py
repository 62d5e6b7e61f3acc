"""Rows → domain records, collecting every problem with its sheet, cell and code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from ohtrack.domain import Programme
from ohtrack.domain.base import Record
from ohtrack.frameworks import Framework, available, custom
from ohtrack.i18n.problems import both
from ohtrack.report import Problem, Severity
from ohtrack.text import name_key
from ohtrack.workbook import cells
from ohtrack.workbook.contract import (
    MODEL,
    Column,
    Sheet,
    find_sheet,
    is_template_sheet,
    match_columns,
    record_sheets,
    sheets,
)
from ohtrack.workbook.fields import programme_info
from ohtrack.workbook.positions import SheetPositions, cell_texts, problem_texts
from ohtrack.workbook.records import blank_rows, build_records, build_rows, construct, custom_columns
from ohtrack.workbook.source import RawSheet, RawWorkbook


@dataclass
class Parsed:
    """What reading a workbook gave: the programme (if it could be built) and problems."""

    programme: Programme | None
    positions: dict[str, SheetPositions] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    sheets: dict[str, str] = field(default_factory=dict)  # contract key → sheet title
    #: Programme field → the cell of its value, e.g. ``{"model": "Programma!B6"}``.
    field_cells: dict[str, str] = field(default_factory=dict)
    #: Sheet title → cells holding a formula without a stored value (read as empty).
    formula_cells: dict[str, set[str]] = field(default_factory=dict)
    #: Sheet title → cells holding an Excel error value such as ``#N/A`` (read as empty).
    error_cells: dict[str, set[str]] = field(default_factory=dict)
    #: False when the rows only need checking: lists from cells may then be shared.
    records: bool = True


_REF = re.compile(r"([A-Z]{1,3})(\d+)")


@dataclass
class _Table:
    """A sheet's data rows, column by column: converted values and custom columns."""

    rows: list[int]  # excel row of each kept record
    fields: list[str]  # domain field of each converted column
    columns: list[list[Any]]  # converted values, one list per field
    extras: list[dict[str, Any]]  # custom columns per record

    def values(self) -> list[dict[str, Any]]:
        """Each record's known field values (empty cells left out)."""
        out = []
        for vals in zip(*self.columns) if self.columns else ((),) * len(self.rows):
            out.append({f: v for f, v in zip(self.fields, vals) if v is not None and v != []})
        return out


class _SheetReader:
    """Reads one table sheet: header, columns, typed values column by column, problems."""

    def __init__(self, spec: Sheet, raw: RawSheet, out: Parsed) -> None:
        self.spec = spec
        self.raw = raw
        self.out = out
        self.pos = SheetPositions(key=spec.key, title=raw.name)
        out.positions[spec.key] = self.pos
        out.sheets[spec.key] = raw.name

    def sheet_problem(self, code: str, texts: dict[str, Any], row: int | None = None,
                      cell: str | None = None, column: str | None = None,
                      severity: Severity = Severity.ERROR) -> None:
        """A problem on this sheet; ``texts`` from ``problem_texts``."""
        self.out.problems.append(Problem(
            code=code, severity=severity, sheet=self.raw.name,
            cell=f"{self.raw.name}!{cell}" if cell else None, row=row, column=column, **texts))

    def _header(self, rows: list[list[Any]]) -> int | None:
        for i, r in enumerate(rows):
            if any(not cells.is_empty(v) for v in r):
                return i
        return None

    def _extras(self, header: list[Any], matched: dict[int, Column], cols: list[Sequence[Any]],
                header_row: int) -> dict[int, str]:
        extras: dict[int, str] = {}
        seen_extra: set[str] = set()
        c0 = self.raw.start_col
        for i in range(max(len(header), len(cols))):
            if i in matched:
                continue
            h = cells.to_text(header[i]) if i < len(header) else None
            letter = cells.col_letter(c0 + i)
            if h is None:
                if i < len(cols) and any(not cells.is_empty(v) for v in set(cols[i])):
                    h = f"Column {letter}"
                    self.sheet_problem("unnamed-column", problem_texts(
                                       "unnamed-column", letter=letter, kept=h), row=header_row,
                                       cell=f"{letter}{header_row}", column=letter,
                                       severity=Severity.WARNING)
                else:
                    continue
            elif h.casefold() in seen_extra or any(name_key(h) in c.names() for c in matched.values()):
                self.sheet_problem("duplicate-column", problem_texts(
                                   "duplicate-column", name=h, kept=f"{h} ({letter})"), row=header_row,
                                   cell=f"{letter}{header_row}", column=letter,
                                   severity=Severity.WARNING)
                h = f"{h} ({letter})"
            seen_extra.add(h.casefold())
            extras[i] = h
        return extras

    def table(self) -> _Table:
        """Every non-empty data row, converted column by column, with its problems."""
        raw = self.raw
        rows = raw.rows
        hi = self._header(rows)
        if hi is None:
            return _Table([], [], [], [])
        header = list(rows[hi])
        header_row = raw.start_row + hi + 1
        self.pos.header_row = header_row
        c0 = raw.start_col
        self._check_merged_header(header_row - 1)
        matched = match_columns(self.spec, header)
        for i, col in matched.items():
            self.pos.columns[col.field] = cells.col_letter(c0 + i)
        for col in self.spec.columns:
            if col.required and col.field not in self.pos.columns:
                self.sheet_problem(
                    "missing-column",
                    problem_texts("missing-column", **both("column", col.en, col.nl)),
                    row=header_row)
        body = rows[hi + 1:]
        blank = blank_rows(body)
        if True in blank:
            keep = [j for j, b in enumerate(blank) if not b]
            data = [body[j] for j in keep]
        else:
            keep, data = list(range(len(body))), body
        widths = set(map(len, data))
        width = max(len(header), max(widths, default=0))
        if widths and widths != {width}:
            data = [list(r) + [None] * (width - len(r)) for r in data]
        cols: list[Sequence[Any]] = list(zip(*data)) if data else [()] * width
        first = raw.start_row + hi + 2
        excel_rows = list(range(first, first + len(keep))) if len(keep) == len(body) else [
            first + j for j in keep]
        extras_at = self._extras(header, matched, cols, header_row)
        fields: list[str] = []
        columns: list[list[Any]] = []
        bad: set[tuple[int, int]] = set()
        blank_fields: set[str] = set()
        for k, (i, col) in enumerate(matched.items()):
            values, errors, has_blank = cells.convert_column_blank(cells.converter(col), cols[i],
                                                                   col.kind == "multi" and self.out.records)
            if has_blank:
                blank_fields.add(col.field)
            letter = self.pos.columns[col.field]
            for j, exc in errors:
                bad.add((j, k))
                r = excel_rows[j]
                self.sheet_problem(exc.code, cell_texts(exc, col), row=r, cell=f"{letter}{r}",
                                   column=letter)
            fields.append(col.field)
            columns.append(values)
        formulas = self.out.formula_cells.get(raw.name, set()) | self.out.error_cells.get(raw.name, set())
        if formulas:  # a formula without a value or an error reads as empty, but is not empty
            at_row = {r: j for j, r in enumerate(excel_rows)}
            at_col = {self.pos.columns[f]: k for k, f in enumerate(fields)}
            for m in filter(None, map(_REF.fullmatch, formulas)):
                if m[1] in at_col and int(m[2]) in at_row:
                    bad.add((at_row[int(m[2])], at_col[m[1]]))
        n = len(data)
        extras = custom_columns(extras_at, cols, n, self.out.records)
        return self._rows(_Table(excel_rows, fields, columns, extras), bad,
                          blank_fields)

    def _rows(self, t: _Table, bad: set[tuple[int, int]], blank_fields: set[str]) -> _Table:
        """Drop rows that are empty once read; report missing values and ID-only rows.

        ``bad`` holds the (row, column) positions whose conversion failed: not empty;
        ``blank_fields`` the fields with at least one empty cell.
        """
        n, nf = len(t.rows), len(t.fields)
        blanks = [0] * n
        blank_at: list[list[int]] = []
        for f, col in zip(t.fields, t.columns):
            if f in blank_fields:
                at = [j for j, v in enumerate(col) if v is None or v == []]
                for j in at:
                    blanks[j] += 1
                blank_at.append(at)
            else:
                blank_at.append([])
        if not any(blanks):
            self.pos.rows = t.rows
            return t
        bad_rows = {j for j, _ in bad}
        drop = {j for j, c in enumerate(blanks)
                if c == nf and not t.extras[j] and j not in bad_rows}
        for k, f in enumerate(t.fields):
            if not self.spec.column(f).required:
                continue
            letter = self.pos.columns[f]
            for j in blank_at[k]:
                if j not in drop and (j, k) not in bad:
                    r = t.rows[j]
                    spec_col = self.spec.column(f)
                    self.sheet_problem("missing-value", problem_texts(
                                       "missing-value", **both("column", spec_col.en, spec_col.nl)),
                                       row=r, cell=f"{letter}{r}", column=letter)
        id_field = self.spec.columns[0].field if self.spec.columns[0].kind == "id" else None
        if id_field in t.fields and nf > 1:
            id_at = t.fields.index(id_field)
            letter = self.pos.columns[id_field]
            ids = t.columns[id_at]
            for j, c in enumerate(blanks):
                if (c == nf - 1 and ids[j] is not None and not t.extras[j]
                        and j not in bad_rows):
                    r = t.rows[j]
                    self.sheet_problem("only-id", problem_texts("only-id", id=f"{ids[j]}"), row=r,
                                       cell=f"{letter}{r}", column=letter)
        if drop:
            keep = [j for j in range(n) if j not in drop]
            t = _Table([t.rows[j] for j in keep], t.fields, [[c[j] for j in keep] for c in t.columns],
                       [t.extras[j] for j in keep])
        self.pos.rows = t.rows
        return t

    def _check_merged_header(self, header_index: int) -> None:
        for (r0, c0), (r1, c1) in self.raw.merged:
            if r0 <= header_index <= r1 and c1 > c0:
                a = f"{cells.col_letter(c0)}{r0 + 1}:{cells.col_letter(c1)}{r1 + 1}"
                self.sheet_problem("merged-header", problem_texts("merged-header", range=a),
                                   row=header_index + 1, cell=f"{cells.col_letter(c0)}{r0 + 1}",
                                   column=cells.col_letter(c0))


def _records(spec: Sheet, raw: RawSheet, out: Parsed, records: bool) -> Sequence[Record]:
    if spec.shape == "members":
        return _members(spec, raw, out)
    assert spec.model is not None
    t = _SheetReader(spec, raw, out).table()
    if records:
        return build_records(spec.model, t.fields, t.columns, t.extras)
    return build_rows(spec.model, t.fields, t.columns, t.extras)


def _members(spec: Sheet, raw: RawSheet, out: Parsed) -> list[Record]:
    """A sheet of one row per member: records of ``spec.model`` (a group) with ``members``.

    The group's own fields (its ID, type …) come from its first row that has them; a
    different value further down is reported and the first kept.
    """
    assert spec.model is not None and spec.member_model is not None and spec.id_field
    reader = _SheetReader(spec, raw, out)
    t = reader.table()
    member_fields = set(spec.member_model.model_fields)
    own = [c.field for c in spec.columns if c.field not in member_fields and c.field != spec.id_field]
    groups: dict[str, Any] = {}
    for excel_row, values, extra in zip(t.rows, t.values(), t.extras):
        gid = values.get(spec.id_field) or ""
        g: Any = groups.get(gid)
        if g is None:
            fields: dict[str, Any] = {spec.id_field: gid, "members": [], **{f: values.get(f) for f in own}}
            g = groups[gid] = construct(spec.model, **fields)
        for f in own:
            value, have = values.get(f), getattr(g, f)
            if value is None or value == have:
                continue
            if have is None:
                setattr(g, f, value)
                continue
            letter = reader.pos.columns[f]
            reader.sheet_problem("conflicting-group-type", problem_texts(
                                 "conflicting-group-type", group=gid, first=f"{have}",
                                 type=f"{value}"), row=excel_row,
                                 cell=f"{letter}{excel_row}", column=letter,
                                 severity=Severity.WARNING)
        g.members.append(construct(
            spec.member_model, **{f: v for f, v in values.items() if f in member_fields}, extra=extra))
    return list(groups.values())


def _custom_model(raw: RawSheet, out: Parsed) -> Framework | None:
    rows = []
    for values in _SheetReader(MODEL, raw, out).table().values():
        if values.get("outcome"):
            rows.append((values["outcome"], values.get("practice"), values.get("description")))
    return custom(rows) if rows else None


def _other_rows(sheet: RawSheet) -> list[list[object]]:
    """A sheet the contract doesn't know, as rows from A1 (trailing blanks trimmed)."""
    rows = sheet.rows
    flat, _ = cells.convert_column(cells.plain, list(chain.from_iterable(rows)))
    out: list[list[object]] = [[] for _ in range(sheet.start_row)]
    lead: list[object] = [None] * sheet.start_col
    k = 0
    for r in rows:
        vals = flat[k:k + len(r)]
        k += len(r)
        while vals and vals[-1] is None:
            vals.pop()
        out.append(lead + vals if vals else [])
    while out and not out[-1]:
        out.pop()
    return out


def _is_survey_file(names: list[str]) -> bool:
    """True when the sheets are a survey file's (Responses and Items), not a programme's."""
    from ohtrack.surveys.contract import find_sheet as find_survey_sheet

    keys = {spec.key for spec in map(find_survey_sheet, names) if spec is not None}
    return {"responses", "items"} <= keys


def _error_values(raw: RawWorkbook, out: Parsed, read: dict[str, RawSheet]) -> None:
    """Each cell holding an Excel error (``#N/A``, ``#DIV/0!`` …), which reads as empty: an
    error in the sheets that are read, a warning in the extra sheets that are only kept."""
    titles = {sheet.name for sheet in read.values()}
    for sheet_name, found in raw.error_cells.items():
        if is_template_sheet(sheet_name):
            continue
        out.error_cells[sheet_name] = set(found)
        severity = Severity.ERROR if sheet_name in titles else Severity.WARNING
        for ref, error in found.items():
            out.problems.append(Problem(code="error-value", severity=severity, sheet=sheet_name,
                                        cell=f"{sheet_name}!{ref}",
                                        **problem_texts("error-value", error=error)))


def parse(raw: RawWorkbook, records: bool = True) -> Parsed:
    """Turn a raw workbook into a programme, collecting every problem.

    With ``records=False`` the programme's rows are read-only stand-ins (named tuples with
    the records' attributes): enough to check the workbook, much faster for big ones.
    """
    out = Parsed(programme=None, records=records)
    by_key: dict[str, RawSheet] = {}
    others: dict[str, list[list[object]]] = {}
    for name, sheet in raw.sheets.items():
        if is_template_sheet(name):
            continue  # the template's instructions and drop-down lists: help, not data
        spec = find_sheet(name)
        if spec is None or spec.key in by_key:
            if spec is not None:
                out.problems.append(Problem(code="duplicate-sheet", severity=Severity.WARNING,
                                            sheet=name, **problem_texts(
                                                "duplicate-sheet", **both("sheet", spec.en, spec.nl))))
            others[name] = _other_rows(sheet)
            continue
        by_key[spec.key] = sheet
    missing = [spec for spec in sheets() if spec.required and spec.key not in by_key]
    if missing and _is_survey_file(list(raw.sheets)):
        out.problems.append(Problem(code="survey-file", **problem_texts("survey-file")))
        return out
    found = ", ".join(repr(n) for n in raw.sheets)
    for spec in missing:
        out.problems.append(Problem(
            code="missing-sheet", sheet=spec.en,
            **problem_texts("missing-sheet", "found" if found else "none", found=found,
                            **both("sheet", spec.en, spec.nl))))
    _error_values(raw, out, by_key)
    for sheet_name, cell_refs in raw.uncached_formulas.items():
        if find_sheet(sheet_name) is None:
            continue
        out.formula_cells[sheet_name] = set(cell_refs)
        for ref in cell_refs[:50]:
            m = _REF.fullmatch(ref)
            out.problems.append(Problem(
                code="formula-without-value", sheet=sheet_name, cell=f"{sheet_name}!{ref}",
                row=int(m[2]) if m else None, column=m[1] if m else None,
                **problem_texts("formula-without-value")))
    if "programme" not in by_key:
        return out
    info = programme_info(by_key["programme"], out)
    assert info is not None
    lists: dict[str, Any] = {}
    for spec in record_sheets():
        raw_sheet = by_key.get(spec.key)
        if raw_sheet is not None:
            lists[spec.programme_attr] = _records(spec, raw_sheet, out, records)
    custom_model = _custom_model(by_key["model"], out) if "model" in by_key else None
    model_id = info.model
    if model_id == "custom" and custom_model is None:
        out.problems.append(Problem(code="missing-model-sheet", sheet=by_key["programme"].name,
                                    cell=out.field_cells.get("model"),
                                    **problem_texts("missing-model-sheet")))
    elif model_id != "custom" and model_id not in available():
        out.problems.append(Problem(code="unknown-model", sheet=by_key["programme"].name,
                                    cell=out.field_cells.get("model"),
                                    **problem_texts("unknown-model", model=model_id,
                                                    models=", ".join(available()))))
    own = {k: v for k, v in lists.items() if k in Programme.model_fields}
    tables = {k: v for k, v in lists.items() if k not in own}
    defaults: dict[str, list[Any]] = {
        s.programme_attr: [] for s in record_sheets() if s.programme_attr in Programme.model_fields}
    out.programme = Programme.model_construct(
        info=info, custom_model=custom_model, other_sheets=others, tables=tables,
        **{**defaults, **own})
    return out
