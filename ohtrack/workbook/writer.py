"""Domain → xlsx: ``save`` writes a programme as a workbook that ``load`` reads back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ohtrack.domain import Programme
from ohtrack.domain.base import Record
from ohtrack.fileio import write_atomic
from ohtrack.workbook.contract import MODEL, PROGRAMME, Sheet, record_sheets, vocab_label
from ohtrack.workbook.excel import set_text_safe

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not on import
    from openpyxl import Workbook

#: Header style: white bold text on dark blue.
HEADER_COLOURS = ("FFFFFF", "1F4E79")


def _label(spec: Sheet, fld: str, value: Any, lang: str) -> Any:
    col = spec.column(fld)
    if col.vocab and value is not None:
        code = getattr(value, "value", value)
        return vocab_label(col.vocab, str(code), lang)
    return value


def _header(ws: Any, headers: list[str]) -> None:
    from openpyxl.styles import Font, PatternFill

    font = Font(bold=True, color=HEADER_COLOURS[0])
    fill = PatternFill("solid", fgColor=HEADER_COLOURS[1])
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=c)
        set_text_safe(cell, h)
        cell.font = font
        cell.fill = fill
    ws.freeze_panes = "A2"


def _table(wb: Workbook, spec: Sheet, records: list[Record], lang: str,
           rows: Sequence[tuple[Record, dict[str, Any]]] | None = None) -> None:
    ws = wb.create_sheet(spec.title(lang))
    extras: list[str] = []
    for rec in records:
        for k in rec.extra:
            if k not in extras:
                extras.append(k)
    headers = [c.header(lang) for c in spec.columns] + extras
    _header(ws, headers)
    pairs = rows if rows is not None else [(r, r.__dict__) for r in records]
    for r, (rec, values) in enumerate(pairs, start=2):
        for c, col in enumerate(spec.columns, start=1):
            v = values.get(col.field)
            if v is None or v == []:
                continue
            set_text_safe(ws.cell(row=r, column=c), _label(spec, col.field, v, lang))
        for c, k in enumerate(extras, start=len(spec.columns) + 1):
            v = rec.extra.get(k)
            if v is not None:
                set_text_safe(ws.cell(row=r, column=c), v)
    for c, h in enumerate(headers, start=1):
        ws.column_dimensions[ws.cell(1, c).column_letter].width = max(10, min(40, len(h) + 4))


def member_rows(spec: Sheet, groups: Sequence[Record]) -> list[tuple[Record, dict[str, Any]]]:
    """The rows of a ``members`` sheet: each member with its group's fields and its own."""
    rows = []
    for g in groups:
        own = {c.field: getattr(g, c.field) for c in spec.columns if c.field in type(g).model_fields}
        for m in getattr(g, "members", []):
            rows.append((m, {**own, **m.__dict__}))
    return rows


def build_workbook(programme: Programme, lang: str | None = None) -> Workbook:
    """The openpyxl workbook for a programme, with headers in ``lang`` (default: its own)."""
    from openpyxl import Workbook

    lang = lang or programme.info.language or "nl"
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    ws = wb.create_sheet(PROGRAMME.title(lang))
    _header(ws, ["Veld", "Waarde"] if lang == "nl" else ["Field", "Value"])
    info = programme.info
    r = 2
    for col in PROGRAMME.columns:
        value = getattr(info, col.field)
        if value is None:
            continue
        set_text_safe(ws.cell(row=r, column=1), col.header(lang))
        set_text_safe(ws.cell(row=r, column=2), value)
        r += 1
    for gtype, roles in info.roles.items():
        set_text_safe(ws.cell(row=r, column=1), f"roles.{vocab_label('group_type', gtype, lang)}")
        set_text_safe(ws.cell(row=r, column=2), "; ".join(roles))
        r += 1
    for k, v in info.extra.items():
        set_text_safe(ws.cell(row=r, column=1), k)
        set_text_safe(ws.cell(row=r, column=2), v)
        r += 1
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80
    if programme.custom_model is not None:
        ms = wb.create_sheet(MODEL.title(lang))
        _header(ms, [c.header(lang) for c in MODEL.columns])
        r = 2
        for o in programme.custom_model.outcomes:
            if not o.practices:
                set_text_safe(ms.cell(row=r, column=1), o.name_en)
                if o.description_en:
                    set_text_safe(ms.cell(row=r, column=3), o.description_en)
                r += 1
            for pr in o.practices:
                set_text_safe(ms.cell(row=r, column=1), o.name_en)
                set_text_safe(ms.cell(row=r, column=2), pr.name_en)
                if pr.description_en:
                    set_text_safe(ms.cell(row=r, column=3), pr.description_en)
                r += 1
    for spec in record_sheets():
        records = programme.table(spec.programme_attr)
        if spec.shape == "members":
            rows = member_rows(spec, records)
            if rows:
                _table(wb, spec, [m for m, _ in rows], lang, rows)
        elif records or spec.required:
            _table(wb, spec, records, lang)
    for name, rows_ in programme.other_sheets.items():
        os_ = wb.create_sheet(name[:31])
        for r, row in enumerate(rows_, start=1):
            for c, cv in enumerate(row, start=1):
                if cv is not None:
                    set_text_safe(os_.cell(row=r, column=c), cv)
    return wb


def save(programme: Programme, path: str | Path, lang: str | None = None) -> Path:
    """Write a programme as an ohtrack workbook (atomically); ``load`` reads it back equal."""
    wb = build_workbook(programme, lang)
    return write_atomic(path, lambda p: wb.save(p))
