"""The Programme sheet: field/value pairs (``Field | Value``), one row per field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.domain import ProgrammeInfo
from ohtrack.i18n.problems import both
from ohtrack.report import Problem, Severity
from ohtrack.text import name_key
from ohtrack.workbook import cells
from ohtrack.workbook.contract import PROGRAMME, vocab_lookup
from ohtrack.workbook.positions import cell_texts, problem_texts
from ohtrack.workbook.source import RawSheet

if TYPE_CHECKING:
    from ohtrack.workbook.parse import Parsed

#: Headers of the Programme sheet's help column (the template writes one); it is not read.
_HELP_HEADERS = frozenset(name_key(w) for w in ("help", "toelichting"))


def programme_info(raw: RawSheet, out: Parsed) -> ProgrammeInfo:
    """The Programme sheet's field/value pairs. A field given twice keeps its first value; a
    value in a third column or without a field name is reported, never dropped silently."""
    out.sheets["programme"] = raw.name
    index = {k: c for c in PROGRAMME.columns for k in c.names()}
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    roles: dict[str, list[str]] = {}
    given: dict[tuple[str, str], str] = {}  # field → the cell of its first value
    group_types = vocab_lookup("group_type")
    errors = out.error_cells.get(raw.name, set())
    c0 = raw.start_col
    key_letter, val_letter = cells.col_letter(c0), cells.col_letter(c0 + 1)
    skip: set[int] = set()  # the help column
    warn = Severity.WARNING

    def problem(at: str, r: int, texts: dict[str, Any], *, code: str, severity: Severity = warn) -> None:
        out.problems.append(Problem(code=code, severity=severity, sheet=raw.name,
                                    cell=f"{raw.name}!{at}", row=r, **texts))

    for r_off, row in enumerate(raw.rows):
        excel_row = raw.start_row + r_off + 1
        key = cells.to_text(row[0]) if row else None
        value = row[1] if len(row) > 1 else None
        k = name_key(key) if key is not None else ""
        if k in ("field", "veld", "key", "sleutel") and name_key(cells.to_text(value) or "") in (
                "value", "waarde"):
            skip |= {i for i in range(2, len(row)) if name_key(cells.to_text(row[i]) or "") in _HELP_HEADERS}
            continue
        for i in range(2, len(row)):
            if i not in skip and not cells.is_empty(row[i]):
                letter = cells.col_letter(c0 + i)
                problem(f"{letter}{excel_row}", excel_row, problem_texts(
                    "stray-value", "column", letter=letter, **both("sheet", PROGRAMME.en, PROGRAMME.nl)),
                    code="stray-value")
        if key is None:
            if not cells.is_empty(value):
                problem(f"{val_letter}{excel_row}", excel_row,
                        problem_texts("stray-value", "no-field", field_letter=key_letter), code="stray-value")
            continue
        cell = f"{raw.name}!{val_letter}{excel_row}"
        col = index.get(k)
        if k.startswith("roles.") or k.startswith("rollen."):
            gtype = key.split(".", 1)[1].strip()
            code = group_types.get(name_key(gtype), gtype)
            slot = ("roles", name_key(code))
        elif col is None:
            slot = ("extra", k)
        else:
            slot = ("field", col.field)
            out.field_cells.setdefault(col.field, cell)
        if cells.is_empty(value):
            continue
        if slot in given:
            problem(f"{val_letter}{excel_row}", excel_row,
                    problem_texts("duplicate-field", field=key, first=given[slot]), code="duplicate-field")
            continue
        given[slot] = cell
        if slot[0] == "roles":
            roles[code] = cells.to_multi(value)
        elif col is None:
            extra[key] = cells.plain(value)
        else:
            out.field_cells[col.field] = cell
            try:
                values[col.field] = cells.converter(col)(value)
            except cells.CellError as exc:
                out.problems.append(Problem(code=exc.code, **cell_texts(exc, col),
                                            sheet=raw.name, cell=cell, row=excel_row,
                                            column=val_letter))
    name_cell = out.field_cells.get("name")
    if "name" not in values and not (name_cell and name_cell.split("!")[-1] in errors):
        out.problems.append(Problem(code="missing-value", sheet=raw.name,
                                    **problem_texts("missing-value", "programme-name"),
                                    cell=name_cell))
    values.setdefault("name", "")
    model = values.get("model")
    if model is not None:
        values["model"] = str(model).strip().lower()
    info = ProgrammeInfo.model_construct(extra=extra, roles=roles, **values)
    return info
