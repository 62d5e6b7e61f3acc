"""The model map as an Excel workbook: outcomes, practices, a unit × outcome heatmap, gaps.

Written by ``ohtrack.export(model_map, "map.xlsx")`` (it needs openpyxl). Every cell goes
through ``set_text_safe`` so names from a workbook never become formulas.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ohtrack.analysis.model_map import BALANCE_EQUATION, STATUS_CODES
from ohtrack.fileio import write_workbook_atomic
from ohtrack.i18n import t
from ohtrack.i18n.format import date, number
from ohtrack.workbook.excel import set_text_safe

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
#: The heatmap: white at 0, blue at the largest count.
HEAT_LOW = "FFFFFF"
HEAT_HIGH = "5B9BD5"


def write_xlsx(mm: ModelMap, path: str | Path) -> Path:
    """Write ``mm`` to ``path`` (atomically): outcomes, practices, matrix, gaps, findings."""
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    _outcomes(wb.create_sheet(t("modelmap.sheet.outcomes", mm.lang)), mm)
    _practices(wb.create_sheet(t("modelmap.sheet.practices", mm.lang)), mm)
    _matrix(wb.create_sheet(t("modelmap.sheet.matrix", mm.lang)), mm)
    _gaps(wb.create_sheet(t("modelmap.sheet.gaps", mm.lang)), mm)
    _findings(wb.create_sheet(t("modelmap.sheet.findings", mm.lang)), mm)
    if mm.survey is not None:
        from ohtrack.exports.survey_xlsx import actions_sheet

        actions_sheet(wb.create_sheet(t("survey_actions.sheet", mm.lang)), mm.survey)
    return write_workbook_atomic(path, wb, lang=mm.lang)


def _cell(ws: Worksheet, row: int, column: int) -> Cell:
    """A cell of a new sheet (which has no merged cells)."""
    return cast(Cell, ws.cell(row=row, column=column))


def _header(ws: Worksheet, headers: Sequence[str], widths: Sequence[int]) -> None:
    for c, (text, width) in enumerate(zip(headers, widths), start=1):
        cell = _cell(ws, 1, c)
        set_text_safe(cell, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"


def _row(ws: Worksheet, r: int, values: Sequence[Any]) -> None:
    for c, value in enumerate(values, start=1):
        set_text_safe(_cell(ws, r, c), value)


def _outcomes(ws: Worksheet, mm: ModelMap) -> None:
    lang = mm.lang
    statuses = [t(f"modelmap.status.{s}", lang) for s in STATUS_CODES]
    _header(ws, ["ID", t("common.outcome", lang), t("modelmap.group", lang),
                 t("modelmap.count", lang), t("modelmap.practices_covered_col", lang),
                 t("modelmap.practices_total_col", lang), *statuses, t("modelmap.ids", lang)],
            [26, 32, 14, 12, 12, 12, *[10] * len(statuses), 40])
    groups = _group_names(mm)
    for r, o in enumerate(mm.outcomes, start=2):
        _row(ws, r, [o.id, o.name, groups.get(o.group or "", o.group or ""), o.count, o.practices_covered,
                     o.practices_total, *[o.status[s] for s in STATUS_CODES], o.initiatives])


def _group_names(mm: ModelMap) -> dict[str, str]:
    """The model's group codes (``organisation``, ``results`` …) as its words in the map's language."""
    from ohtrack.errors import UnknownModelError
    from ohtrack.frameworks import get

    try:
        groups = get(mm.framework_id).groups
    except UnknownModelError:  # a custom model: its groups are written as they are
        return {}
    return {code: names.get(mm.lang) or names.get("en") or code for code, names in groups.items()}


def _practices(ws: Worksheet, mm: ModelMap) -> None:
    lang = mm.lang
    names = mm.outcome_names()
    _header(ws, [t("common.outcome", lang), "ID", t("common.practice", lang),
                 t("modelmap.count", lang), t("modelmap.ids", lang)], [30, 30, 36, 12, 40])
    for r, p in enumerate(mm.practices, start=2):
        _row(ws, r, [names[p.outcome_id], p.id, p.name, p.count, p.initiatives])


def _matrix(ws: Worksheet, mm: ModelMap) -> None:
    """Units as rows, outcomes as columns, a colour scale over the counts."""
    lang = mm.lang
    k = len(mm.outcomes)
    _header(ws, ["ID", t("common.unit", lang), *[o.name for o in mm.outcomes],
                 t("modelmap.count", lang), t("modelmap.balance", lang)],
            [14, 28, *[14] * k, 10, 10])
    ws.row_dimensions[1].height = 45
    ws.freeze_panes = "C2"
    for r, u in enumerate(mm.units, start=2):
        counts = [mm.matrix[u.id][o.id] for o in mm.outcomes]
        _row(ws, r, [u.id, u.name, *counts, u.count, u.balance])
        for c in range(3, 3 + k):
            _cell(ws, r, c).alignment = Alignment(horizontal="center")
    if mm.units and k:
        area = f"C2:{get_column_letter(2 + k)}{1 + len(mm.units)}"
        ws.conditional_formatting.add(area, ColorScaleRule(
            start_type="num", start_value=0, start_color=HEAT_LOW,
            end_type="max", end_color=HEAT_HIGH))


def _gaps(ws: Worksheet, mm: ModelMap) -> None:
    lang = mm.lang
    names = mm.outcome_names()
    practices = {p.id: p for p in mm.practices}
    units = {u.id: u.name for u in mm.units}
    _header(ws, [t("modelmap.gap_kind", lang), t("common.unit", lang), t("common.outcome", lang),
                 t("common.practice", lang)], [20, 28, 32, 36])
    rows: list[list[str]] = [[t("modelmap.kind_outcome", lang), "", names[o], ""]
                             for o in mm.gaps.outcomes]
    rows += [[t("modelmap.kind_practice", lang), "", names[practices[p].outcome_id],
              practices[p].name] for p in mm.gaps.practices]
    rows += [[t("modelmap.kind_unit", lang), units[u], names[o], ""]
             for u, outcomes in mm.gaps.units.items() for o in outcomes]
    for r, row in enumerate(rows, start=2):
        _row(ws, r, row)


def _findings(ws: Worksheet, mm: ModelMap) -> None:
    _header(ws, [t("modelmap.findings", mm.lang)], [110])
    for r, text in enumerate(mm.findings, start=2):
        _row(ws, r, [text])
    r = len(mm.findings) + 3
    _row(ws, r + 1, [t("common.as_of", mm.lang, date=date(mm.as_of, mm.lang))])
    value = t("modelmap.balance_none", mm.lang) if mm.balance is None else number(mm.balance, mm.lang)
    _row(ws, r, [t("modelmap.balance_line", mm.lang, value=value, formula=BALANCE_EQUATION,
                   k=len(mm.outcomes))])
