"""Rows → domain records, collecting every problem with its sheet, cell and code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ohtrack.domain import (
    Direction,
    Event,
    EventStatus,
    Goal,
    GoalLevel,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Person,
    Programme,
    ProgrammeInfo,
    Relation,
    Status,
    Unit,
)
from ohtrack.domain.base import Record
from ohtrack.frameworks import Framework, available, custom
from ohtrack.report import Problem, Severity
from ohtrack.text import name_key
from ohtrack.workbook import cells
from ohtrack.workbook.contract import (
    MODEL,
    OPEN_VOCABULARIES,
    PROGRAMME,
    SHEETS,
    Column,
    Sheet,
    find_sheet,
    match_columns,
    vocab_lookup,
)
from ohtrack.workbook.positions import SheetPositions
from ohtrack.workbook.source import RawSheet, RawWorkbook

_ENUMS: dict[str, Callable[[str], Any]] = {
    "status": Status,
    "event_status": EventStatus,
    "direction": Direction,
    "goal_level": GoalLevel,
}
_MODELS: dict[str, type[Record]] = {
    "units": Unit,
    "people": Person,
    "goals": Goal,
    "initiatives": Initiative,
    "relations": Relation,
    "events": Event,
    "indicators": Indicator,
    "measurements": Measurement,
    "lessons": Lesson,
}


@dataclass
class Parsed:
    """What reading a workbook gave: the programme (if it could be built) and problems."""

    programme: Programme | None
    positions: dict[str, SheetPositions] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    sheets: dict[str, str] = field(default_factory=dict)  # contract key → sheet title
    #: Programme field → the cell of its value, e.g. ``{"model": "Programma!B6"}``.
    field_cells: dict[str, str] = field(default_factory=dict)


def _converter(col: Column) -> Callable[[Any], Any]:
    kind = col.kind
    if kind in ("id", "text"):
        return cells.to_text
    if kind == "int":
        return cells.to_int
    if kind == "float":
        return cells.to_float
    if kind == "date":
        return cells.to_date
    if kind == "multi":
        return cells.to_multi
    if kind == "cell":
        return cells.plain
    if kind == "vocab":
        assert col.vocab is not None
        lookup = vocab_lookup(col.vocab)
        vocab = col.vocab
        make = _ENUMS.get(vocab)
        is_open = vocab in OPEN_VOCABULARIES

        def convert(value: Any) -> Any:
            text = cells.to_text(value)
            if text is None:
                return None
            code = lookup.get(name_key(text))
            if code is None:
                if is_open:
                    return text
                allowed = ", ".join(sorted({k for k in lookup.values()}))
                raise cells.CellError("unknown-value", f"{text!r} is not one of: {allowed}")
            return make(code) if make else code

        return convert
    raise ValueError(kind)


class _SheetReader:
    """Reads one table sheet: header, columns, typed rows, problems."""

    def __init__(self, spec: Sheet, raw: RawSheet, out: Parsed) -> None:
        self.spec = spec
        self.raw = raw
        self.out = out
        self.pos = SheetPositions(key=spec.key, title=raw.name)
        out.positions[spec.key] = self.pos
        out.sheets[spec.key] = raw.name

    def sheet_problem(self, code: str, message: str, row: int | None = None,
                      cell: str | None = None, column: str | None = None,
                      severity: Severity = Severity.ERROR) -> None:
        self.out.problems.append(Problem(
            code=code, message=message, severity=severity, sheet=self.raw.name,
            cell=f"{self.raw.name}!{cell}" if cell else None, row=row, column=column))

    def rows(self) -> list[tuple[int, dict[str, Any], dict[str, Any]]]:
        """(excel row, known field values, extra values) for every non-empty data row."""
        raw = self.raw
        rows = raw.rows
        hi = next((i for i, r in enumerate(rows) if any(not cells.is_empty(v) for v in r)), None)
        if hi is None:
            return []
        header = rows[hi]
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
                    f"required column {col.en!r} ({col.nl!r}) is missing from the header row",
                    row=header_row)
        extras: dict[int, str] = {}
        seen_extra: set[str] = set()
        width = max((len(r) for r in rows[hi:]), default=0)
        for i in range(width):
            if i in matched:
                continue
            h = cells.to_text(header[i]) if i < len(header) else None
            letter = cells.col_letter(c0 + i)
            if h is None:
                if any(i < len(r) and not cells.is_empty(r[i]) for r in rows[hi + 1:]):
                    h = f"Column {letter}"
                    self.sheet_problem("unnamed-column", f"column {letter} has data but no "
                                       f"header; kept as {h!r}", row=header_row,
                                       cell=f"{letter}{header_row}", column=letter,
                                       severity=Severity.WARNING)
                else:
                    continue
            elif name_key(h) in seen_extra or any(name_key(h) in c.names() for c in matched.values()):
                self.sheet_problem("duplicate-column", f"column {h!r} appears twice; the second "
                                   f"is kept as {h + ' (' + letter + ')'!r}", row=header_row,
                                   cell=f"{letter}{header_row}", column=letter,
                                   severity=Severity.WARNING)
                h = f"{h} ({letter})"
            seen_extra.add(name_key(h))
            extras[i] = h
        convs = [(i, col.field, _converter(col), col) for i, col in matched.items()]
        id_field = self.spec.columns[0].field if self.spec.columns[0].kind == "id" else None
        out = []
        for r_off, row in enumerate(rows[hi + 1:], start=hi + 1):
            if not any(v is not None and v != "" and not (isinstance(v, str) and not v.strip())
                       for v in row):
                continue
            excel_row = raw.start_row + r_off + 1
            values: dict[str, Any] = {}
            n = len(row)
            for i, fld, conv, col in convs:
                v = row[i] if i < n else None
                if v is None or v == "":
                    continue
                try:
                    values[fld] = conv(v)
                except cells.CellError as exc:
                    letter = self.pos.columns[fld]
                    self.sheet_problem(exc.code, f"{col.en}: {exc}", row=excel_row,
                                       cell=f"{letter}{excel_row}", column=letter)
            extra = {}
            for i, h in extras.items():
                v = cells.plain(row[i]) if i < n else None
                if v is not None:
                    extra[h] = v
            self._required(values, excel_row)
            if id_field and len(values) == 1 and id_field in values and not extra:
                letter = self.pos.columns[id_field]
                self.sheet_problem("only-id", f"row has an ID ({values[id_field]}) but nothing "
                                   "else; fill it in or delete the row", row=excel_row,
                                   cell=f"{letter}{excel_row}", column=letter)
            out.append((excel_row, values, extra))
        return out

    def _required(self, values: dict[str, Any], excel_row: int) -> None:
        for col in self.spec.columns:
            if col.required and col.field in self.pos.columns and values.get(col.field) in (
                    None, "", []):
                letter = self.pos.columns[col.field]
                self.sheet_problem("missing-value", f"{col.en} is required", row=excel_row,
                                   cell=f"{letter}{excel_row}", column=letter)

    def _check_merged_header(self, header_index: int) -> None:
        for (r0, c0), (r1, c1) in self.raw.merged:
            if r0 <= header_index <= r1 and c1 > c0:
                a = f"{cells.col_letter(c0)}{r0 + 1}:{cells.col_letter(c1)}{r1 + 1}"
                self.sheet_problem("merged-header", f"header cells {a} are merged; unmerge them "
                                   "so every column has its own header",
                                   row=header_index + 1, cell=f"{cells.col_letter(c0)}{r0 + 1}",
                                   column=cells.col_letter(c0))


def _records(spec: Sheet, raw: RawSheet, out: Parsed) -> list[Record]:
    reader = _SheetReader(spec, raw, out)
    model = _MODELS[spec.key]
    records: list[Record] = []
    fill = {c.field: "" for c in spec.columns if c.required and c.kind in ("id", "text")}
    for excel_row, values, extra in reader.rows():
        for k, v in fill.items():
            values.setdefault(k, v)
        if spec.key == "indicators" and values.get("direction") is None:
            values.pop("direction", None)
        records.append(model.model_construct(extra=extra, **values))
        reader.pos.rows.append(excel_row)
    return records


def _groups(spec: Sheet, raw: RawSheet, out: Parsed) -> list[Group]:
    reader = _SheetReader(spec, raw, out)
    groups: dict[str, Group] = {}
    for excel_row, values, extra in reader.rows():
        gid = values.get("group") or ""
        g = groups.get(gid)
        if g is None:
            g = groups[gid] = Group.model_construct(id=gid, type=values.get("type"), members=[])
        elif values.get("type") and g.type and values["type"] != g.type:
            letter = reader.pos.columns["type"]
            reader.sheet_problem("conflicting-group-type", f"group {gid} is a {g.type} above, "
                                 f"a {values['type']} here", row=excel_row,
                                 cell=f"{letter}{excel_row}", column=letter,
                                 severity=Severity.WARNING)
        elif values.get("type") and not g.type:
            g.type = values["type"]
        g.members.append(Membership.model_construct(
            person=values.get("person") or "", role=values.get("role"), extra=extra))
        reader.pos.rows.append(excel_row)
    return list(groups.values())


def _programme_info(raw: RawSheet, out: Parsed) -> ProgrammeInfo | None:
    out.sheets["programme"] = raw.name
    index = {k: c for c in PROGRAMME.columns for k in c.names()}
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    roles: dict[str, list[str]] = {}
    group_types = vocab_lookup("group_type")
    c0 = raw.start_col
    val_letter = cells.col_letter(c0 + 1)
    for r_off, row in enumerate(raw.rows):
        excel_row = raw.start_row + r_off + 1
        key = cells.to_text(row[0]) if row else None
        value = row[1] if len(row) > 1 else None
        if key is None:
            continue
        k = name_key(key)
        if k in ("field", "veld", "key", "sleutel") and name_key(cells.to_text(value) or "") in (
                "value", "waarde"):
            continue
        cell = f"{raw.name}!{val_letter}{excel_row}"
        if k.startswith("roles.") or k.startswith("rollen."):
            gtype = key.split(".", 1)[1].strip()
            roles[group_types.get(name_key(gtype), gtype)] = cells.to_multi(value)
            continue
        col = index.get(k)
        if col is None:
            if cells.plain(value) is not None:
                extra[key] = cells.plain(value)
            continue
        out.field_cells[col.field] = cell
        if cells.is_empty(value):
            continue
        try:
            values[col.field] = _converter(col)(value)
        except cells.CellError as exc:
            out.problems.append(Problem(code=exc.code, message=f"{col.en}: {exc}",
                                        sheet=raw.name, cell=cell, row=excel_row,
                                        column=val_letter))
    if "name" not in values:
        out.problems.append(Problem(code="missing-value", message="the programme has no name "
                                    "(field 'name' / 'naam')", sheet=raw.name))
        values["name"] = ""
    model = values.get("model")
    if model is not None:
        values["model"] = str(model).strip().lower()
    info = ProgrammeInfo.model_construct(extra=extra, roles=roles, **values)
    return info


def _custom_model(raw: RawSheet, out: Parsed) -> Framework | None:
    reader = _SheetReader(MODEL, raw, out)
    rows = []
    for _excel_row, values, _extra in reader.rows():
        if values.get("outcome"):
            rows.append((values["outcome"], values.get("practice"), values.get("description")))
    return custom(rows) if rows else None


def parse(raw: RawWorkbook) -> Parsed:
    """Turn a raw workbook into a programme, collecting every problem."""
    out = Parsed(programme=None)
    by_key: dict[str, RawSheet] = {}
    others: dict[str, list[list[object]]] = {}
    for name, sheet in raw.sheets.items():
        spec = find_sheet(name)
        if spec is None or spec.key in by_key:
            if spec is not None:
                out.problems.append(Problem(code="duplicate-sheet", severity=Severity.WARNING,
                                            sheet=name, message=f"a second {spec.en} sheet; "
                                            "kept as an extra sheet, not read"))
            others[name] = [[cells.plain(v) for v in r] for r in sheet.rows]
            continue
        by_key[spec.key] = sheet
    for spec in SHEETS:
        if spec.required and spec.key not in by_key:
            out.problems.append(Problem(
                code="missing-sheet", sheet=spec.en,
                message=f"required sheet {spec.en!r} ({spec.nl!r}) is missing"))
    for sheet_name, cell_refs in raw.uncached_formulas.items():
        if find_sheet(sheet_name) is None:
            continue
        for ref in cell_refs[:50]:
            out.problems.append(Problem(
                code="formula-without-value", sheet=sheet_name, cell=f"{sheet_name}!{ref}",
                message="formula has no calculated value; open the file in Excel or LibreOffice "
                        "and save it so the value is stored"))
    if "programme" not in by_key:
        return out
    info = _programme_info(by_key["programme"], out)
    assert info is not None
    lists: dict[str, Any] = {}
    for spec in SHEETS:
        raw_sheet = by_key.get(spec.key)
        if raw_sheet is None or spec.key in ("programme", "model"):
            continue
        if spec.key == "groups":
            lists["groups"] = _groups(spec, raw_sheet, out)
        else:
            lists[spec.key] = _records(spec, raw_sheet, out)
    custom_model = _custom_model(by_key["model"], out) if "model" in by_key else None
    model_id = info.model
    if model_id == "custom" and custom_model is None:
        out.problems.append(Problem(code="missing-model-sheet", sheet=by_key["programme"].name,
                                    cell=out.field_cells.get("model"),
                                    message="model is 'custom' but there is no Model sheet "
                                            "with outcomes"))
    elif model_id != "custom" and model_id not in available():
        out.problems.append(Problem(code="unknown-model", sheet=by_key["programme"].name,
                                    cell=out.field_cells.get("model"),
                                    message=f"unknown health model {model_id!r}; use one of "
                                            f"{', '.join(available())} or custom"))
    out.programme = Programme.model_construct(
        info=info, custom_model=custom_model, other_sheets=others,
        **{k: lists.get(k, []) for k in (
            "units", "people", "goals", "initiatives", "relations", "groups", "events",
            "indicators", "measurements", "lessons")},
    )
    return out
