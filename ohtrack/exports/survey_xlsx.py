"""The survey report as an Excel workbook: a unit × outcome heatmap per wave, scores, changes,
reliability, problems and the rules. Suppressed groups show as text, never as numbers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ohtrack.fileio import write_workbook_atomic
from ohtrack.i18n import t
from ohtrack.i18n.format import date
from ohtrack.text import safe_text

if TYPE_CHECKING:
    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.analysis.survey_actions import SurveyActions

#: Excel indents a cell at most this far (openpyxl refuses more than 255); deeper units of a
#: unit tree are shown at this indent.
MAX_INDENT = 15

_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def _title(text: str, taken: set[str]) -> str:
    base = _BAD_TITLE.sub(" ", safe_text(text)).strip()[:31] or "Sheet"
    title, i = base, 2
    while title.lower() in taken:
        suffix = f" ({i})"
        title, i = base[:31 - len(suffix)] + suffix, i + 1
    taken.add(title.lower())
    return title


def _table(ws: Any, headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font

    from ohtrack.workbook.excel import set_text_safe

    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=c)
        set_text_safe(cell, h)
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                set_text_safe(ws.cell(row=r, column=c), value)
    ws.freeze_panes = "A2"
    for c, h in enumerate(headers, start=1):
        width = max([len(str(h))] + [len(str(row[c - 1])) for row in rows[:500] if row[c - 1] is not None])
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = min(max(width + 2, 8), 60)


def _heatmap(ws: Any, report: SurveyReport, wave: str) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from ohtrack.workbook.excel import set_text_safe

    lang = report.lang
    hm = report.heatmap(wave)
    set_text_safe(ws.cell(row=1, column=1), t("survey.heatmap_title", lang, wave=wave))
    ws.cell(row=1, column=1).font = Font(bold=True, size=12)
    if report.as_of is not None:
        set_text_safe(ws.cell(row=2, column=1), t("survey.as_of", lang, date=date(report.as_of, lang)))
    set_text_safe(ws.cell(row=3, column=1), t("survey.unit", lang))
    ws.cell(row=3, column=1).font = Font(bold=True)
    for c, outcome in enumerate(hm.outcomes, start=2):
        cell = ws.cell(row=3, column=c)
        set_text_safe(cell, outcome)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        ws.column_dimensions[get_column_letter(c)].width = 14
    hidden_text = t("survey.suppressed", lang)
    for r, (unit, values, hidden) in enumerate(zip(hm.units, hm.values, hm.hidden), start=4):
        label = ws.cell(row=r, column=1)
        set_text_safe(label, unit["name"])
        label.alignment = Alignment(indent=min(unit["depth"], MAX_INDENT))
        for c, (value, h) in enumerate(zip(values, hidden), start=2):
            cell = ws.cell(row=r, column=c)
            if h:
                set_text_safe(cell, hidden_text)
                cell.font = Font(italic=True, color="808080")
                cell.alignment = Alignment(horizontal="center")
            elif value is not None:
                cell.value = round(value, 2)
                cell.number_format = "0.00"
    ws.column_dimensions["A"].width = max([len(u["name"]) + 2 * u["depth"] + 2 for u in hm.units] + [14])
    if hm.units and hm.outcomes:
        last = f"{get_column_letter(len(hm.outcomes) + 1)}{len(hm.units) + 3}"
        ws.conditional_formatting.add(f"B4:{last}", ColorScaleRule(
            start_type="min", start_color="F8696B", mid_type="percentile", mid_value=50,
            mid_color="FFEB84", end_type="max", end_color="63BE7B"))
    ws.freeze_panes = "B4"


def write_xlsx(report: SurveyReport, path: str | Path) -> Path:
    """Write the report as xlsx (atomically); every user text is stored as text, not formula."""
    from openpyxl import Workbook

    lang = report.lang
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    taken: set[str] = set()
    for wave in report.waves:
        _heatmap(wb.create_sheet(_title(f"{t('survey.heatmap', lang)} {wave}", taken)), report, wave)
    L = lambda key: t(f"survey.{key}", lang)  # noqa: E731
    hidden = L("suppressed")
    _table(wb.create_sheet(_title(L("scores"), taken)),
           [L("unit"), "ID", L("wave"), L("outcome"), L("practice"), L("n"), L("mean"), L("sd"),
            L("favourable"), hidden],
           [[r["unit_name"], r["unit"], r["wave"], r["outcome"], r.get("practice"), r["n"],
             _round(r["mean"]), _round(r["sd"]), _round(r["favourable"], 1),
             hidden if r["suppressed"] else None] for r in report.records])
    _table(wb.create_sheet(_title(L("changes"), taken)),
           [L("unit"), "ID", L("outcome"), L("from"), L("to"), "n " + L("from").lower(),
            "n " + L("to").lower(), L("mean") + " " + L("from").lower(),
            L("mean") + " " + L("to").lower(), L("change"), L("favourable"), L("effect"), hidden],
           [[c["unit_name"], c["unit"], c["outcome"], c["from"], c["to"], c["n_from"], c["n_to"],
             _round(c["mean_from"]), _round(c["mean_to"]), _round(c["change"]),
             _round(c["favourable_change"], 1), _round(c["hedges_g"]),
             hidden if c["suppressed"] else None] for c in report.changes])
    _table(wb.create_sheet(_title(L("reliability"), taken)),
           [L("outcome"), L("wave"), L("items"), "n", L("alpha")],
           [[a["outcome"], a["wave"], a["items"], a["n"], _round(a["alpha"], 3)] for a in report.alpha])
    _table(wb.create_sheet(_title(L("problems"), taken)),
           [L("place"), L("severity"), L("code"), L("message")],
           [[p.cell or p.sheet or p.file, t(f"problems.severity.{p.severity.value}", lang), p.code,
             p.text(lang)] for p in report.problems])
    if report.cuts is not None:
        _cuts(wb, report, taken)
    if report.open is not None:
        _open(wb, report, taken)
    _table(wb.create_sheet(_title(L("rules"), taken)), [L("rules")], [[r] for r in report.rules()])
    return write_workbook_atomic(path, wb, lang=report.lang)


def _cuts(wb: Any, report: SurveyReport, taken: set[str]) -> None:
    """The cut cells and the participation rate (suppressed cells as text)."""
    assert report.cuts is not None
    lang = report.lang
    L = lambda key: t(f"survey.{key}", lang)  # noqa: E731
    C = lambda key: t(f"survey_cuts.{key}", lang)  # noqa: E731
    hidden = L("suppressed")
    _table(wb.create_sheet(_title(C("sheet"), taken)),
           [L("unit"), "ID", L("wave"), C("attribute"), C("value"), L("outcome"), L("n"), L("mean"),
            L("favourable"), hidden],
           [[r["unit_name"], r["unit"], r["wave"], r["attribute"], r["value"], r["outcome"], r["n"],
             _round(r["mean"]), _round(r["favourable"], 1), hidden if r["suppressed"] else None]
            for r in report.cuts.records])
    if report.cuts.participation:
        _table(wb.create_sheet(_title(C("sheet_participation"), taken)),
               [L("unit"), "ID", L("wave"), C("invited"), L("n"), C("rate")],
               [[p["unit_name"], p["unit"], p["wave"], p["invited"],
                 p["respondents"] if p["rate"] is not None else hidden,
                 None if p["rate"] is None else round(100 * p["rate"], 1)]
                for p in report.cuts.participation])


def _open(wb: Any, report: SurveyReport, taken: set[str]) -> None:
    """Open answers: counts per wave, question and unit, then the answers that may be shown."""
    assert report.open is not None
    lang = report.lang
    L = lambda key: t(f"survey.{key}", lang)  # noqa: E731
    W = lambda key: t(f"survey_open.{key}", lang)  # noqa: E731
    hidden = L("suppressed")
    questions = report.open.questions
    _table(wb.create_sheet(_title(W("counts_sheet"), taken)),
           [L("unit"), "ID", L("wave"), W("question"), W("text"), W("count")],
           [[c["unit_name"], c["unit"], c["wave"], c["item"], questions.get(c["item"]),
             hidden if c["count"] is None else c["count"]] for c in report.open.counts])
    _table(wb.create_sheet(_title(W("answers_sheet"), taken)),
           [L("unit"), "ID", L("wave"), W("question"), W("answer")],
           [[a["unit_name"], a["unit"], a["wave"], a["item"], a["text"]] for a in report.open.answers])


def actions_sheet(ws: Any, actions: SurveyActions) -> None:
    """Survey scores beside initiatives (``ohtrack.survey_actions``) on one sheet: every unit,
    outcome and practice of the latest wave with its class; suppressed groups as text."""
    lang = actions.lang
    L = lambda key: t(f"survey.{key}", lang)  # noqa: E731
    hidden = L("suppressed")
    _table(ws, [L("unit"), "ID", L("wave"), L("outcome"), L("practice"), L("n"), L("mean"),
                L("favourable"), L("change"), L("effect"), t("survey_actions.initiatives", lang),
                t("survey_actions.status", lang)],
           [[r.unit_name, r.unit, actions.wave, r.outcome, r.practice,
             hidden if r.status == "hidden" else r.n, _round(r.mean), _round(r.favourable, 1),
             _round(r.change), _round(r.hedges_g), "; ".join(r.initiatives),
             t(f"survey_actions.status.{r.status}", lang)] for r in actions.rows])


def write_cell_report(report: SurveyReport, path: str | Path) -> Path:
    """The private validation report: every problem of the survey file at its cell, single
    answers and respondent IDs included. For whoever holds the answers; never to be shared."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import MergedCell

    lang = report.lang
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _title(t("survey.problems", lang), set())
    L = lambda key: t(f"survey.{key}", lang)  # noqa: E731
    _table(ws, [L("place"), L("severity"), L("code"), L("message")],
           [[p.cell or p.sheet or p.file, t(f"problems.severity.{p.severity.value}", lang), p.code,
             p.text(lang)] for p in report.cell_problems])
    ws.insert_rows(1)
    from ohtrack.workbook.excel import set_text_safe

    note = ws.cell(row=1, column=1)
    assert not isinstance(note, MergedCell)
    set_text_safe(note, L("private_note"))
    ws.freeze_panes = "A3"
    return write_workbook_atomic(path, wb, lang=lang)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)
