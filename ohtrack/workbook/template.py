"""The workbook template: every contract sheet with header help, drop-downs and instructions.

Everything comes from the contract (``contract.sheets()``, ``VOCABULARIES``) and the health
model; the words are in ``ohtrack.i18n.template``. Drop-downs refer to ranges on a hidden
lists sheet (inline lists are limited to 255 characters), which Excel and LibreOffice both
understand.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ohtrack.fileio import write_atomic
from ohtrack.frameworks import Framework, available, get
from ohtrack.i18n import LANGUAGES, normalise_lang, t
from ohtrack.workbook.contract import (
    MODEL,
    OPEN_VOCABULARIES,
    PROGRAMME,
    VOCABULARIES,
    Column,
    Sheet,
    entity_sheet,
    sheet,
    sheets,
    vocab_label,
)
from ohtrack.workbook.excel import set_text_safe

#: Data rows (2..LAST_ROW) that get drop-downs.
LAST_ROW = 1000
#: Vocabularies offered as drop-downs, in the order of the lists sheet.
VOCAB_LISTS = ("status", "event_type", "event_status", "relation_type", "group_type", "direction",
               "goal_level", "language", "module_form", "module_kind", "enrolment_status",
               "credential_status", "score_source", "score_moment", "development_status")
#: Error style of a drop-down: closed lists stop, open ones (no message) and multi-value
#: columns allow anything, single model names warn.
STYLES: dict[str, Literal["stop", "warning", "information"]] = {
    "closed": "stop", "open": "information", "multi": "information", "name": "warning"}

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
REQUIRED_FILL = PatternFill("solid", fgColor="C55A11")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")



def write_template(path: str | Path, model: str = "ohi-2011", lang: str = "nl",
                   profile: str | None = None) -> Path:
    """Write an empty workbook to fill in (atomically) and return its path.

    It has every sheet of the contract with headers in ``lang`` (``nl`` or ``en``), a help
    note on every header, drop-downs for the vocabularies and the model's outcomes and
    practices, and an instructions sheet first. ``model`` is a built-in model id or
    ``custom`` (then a Model sheet is included). Raises ``UnknownModelError`` for other ids.
    ``profile`` (a built-in leadership profile, e.g. ``den-haag``) fills the Profile sheet
    with its themes.
    """
    wb = build_template(model, lang, profile)
    return write_atomic(path, lambda p: wb.save(p))


def build_template(model: str = "ohi-2011", lang: str = "nl", profile: str | None = None) -> Workbook:
    """The openpyxl workbook that ``write_template`` saves."""
    lang = normalise_lang(lang)
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    model = model.strip().lower()
    framework = None if model == "custom" else get(model)
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    instructions = wb.create_sheet(t("template.instructions_sheet", lang))
    lists = wb.create_sheet(t("template.lists_sheet", lang))
    ranges = _lists(lists, framework, lang)
    _programme(wb.create_sheet(PROGRAMME.title(lang)), model, lang, ranges)
    for spec in sheets():
        if spec.key == "programme" or (spec.key == "model" and framework is not None):
            continue
        _table(wb.create_sheet(spec.title(lang)), spec, lang, ranges)
    if profile is not None:
        _profile(wb[sheet("themes").title(lang)], profile, lang)
    wb.move_sheet(lists, offset=len(wb.sheetnames) - 1 - wb.index(lists))
    lists.sheet_state = "hidden"
    _instructions(instructions, framework, model, lang)
    wb.active = 0
    return wb


def _put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """The cell at (row, column), its value written safely (None leaves it empty)."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell)
    if value is not None:
        set_text_safe(cell, value)
    return cell


# -- the lists sheet -----------------------------------------------------------------------

def vocab_words(vocab: str, lang: str) -> list[str]:
    """The words a drop-down offers for a vocabulary (languages as their codes ``nl``/``en``)."""
    if vocab == "language":
        return list(VOCABULARIES[vocab])
    return [vocab_label(vocab, code, lang) for code in VOCABULARIES[vocab]]


def list_values(framework: Framework | None, lang: str) -> dict[str, list[str]]:
    """The drop-down lists by name: vocabulary words, model ids, outcome and practice names."""
    out = {v: vocab_words(v, lang) for v in VOCAB_LISTS}
    out["model"] = [*available(), "custom"]
    if framework is not None:
        out["outcome"] = [o.name(lang) for o in framework.outcomes]
        out["practice"] = [p.name(lang) for _o, p in framework.iter_practices()]
    return out


def _lists(ws: Worksheet, framework: Framework | None, lang: str) -> dict[str, str]:
    """Fill the lists sheet; return list name → absolute range for drop-downs."""
    ranges: dict[str, str] = {}
    sheet = _sheet_ref(ws.title)
    for c, (name, values) in enumerate(list_values(framework, lang).items(), start=1):
        letter = get_column_letter(c)
        _put(ws, 1, c, t(f"template.list.{name}", lang)).font = Font(bold=True)
        for r, value in enumerate(values, start=2):
            _put(ws, r, c, value)
        ws.column_dimensions[letter].width = max(14, *(len(v) + 2 for v in values))
        ranges[name] = f"{sheet}!${letter}$2:${letter}${len(values) + 1}"
    if framework is None:  # a custom model: pick from the Model sheet itself
        model_sheet = _sheet_ref(MODEL.title(lang))
        ranges["outcome"] = f"{model_sheet}!$A$2:$A${LAST_ROW}"
        ranges["practice"] = f"{model_sheet}!$B$2:$B${LAST_ROW}"
    return ranges


def _sheet_ref(title: str) -> str:
    """A sheet name as used in a formula: quoted only when it has to be."""
    return title if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", title) else quote_sheetname(title)


# -- drop-downs ----------------------------------------------------------------------------

def _choice(col: Column) -> tuple[str, str] | None:
    """(list name, style) of a column's drop-down, if it has one."""
    if col.vocab in VOCAB_LISTS:
        assert col.vocab is not None
        return col.vocab, "open" if col.vocab in OPEN_VOCABULARIES else "closed"
    if col.ref in ("outcome", "practice"):
        assert col.ref is not None
        return col.ref, "multi" if col.kind == "multi" else "name"
    return None


class _Validations:
    """One list validation per (list, style) on a sheet, each covering several ranges."""

    def __init__(self, ws: Worksheet, ranges: dict[str, str], lang: str) -> None:
        self.ws = ws
        self.ranges = ranges
        self.lang = lang
        self.made: dict[tuple[str, str], DataValidation] = {}

    def add(self, name: str, style: str, cells: str) -> None:
        dv = self.made.get((name, style))
        if dv is None:
            dv = DataValidation(type="list", formula1=self.ranges[name], allow_blank=True)
            dv.errorStyle = STYLES[style]
            if style == "open":
                dv.showErrorMessage = False
            else:
                dv.showErrorMessage = True
                dv.errorTitle = t(f"template.dv.{style}_title", self.lang)
                dv.error = t(f"template.dv.{style}", self.lang)
            self.ws.add_data_validation(dv)
            self.made[(name, style)] = dv
        dv.add(cells)


# -- header notes --------------------------------------------------------------------------

def column_note(spec: Sheet, col: Column, lang: str) -> str:
    """The help note on a column header: help, how to fill it in, choices, required."""
    parts: list[str] = []
    own_help = col.help_nl if lang == "nl" else col.help_en
    if own_help:
        parts.append(own_help.rstrip(".") + ".")
    elif len(col.targets) == 1:
        parts.append(t("template.ref.sheet", lang, sheet=entity_sheet(col.targets[0]).title(lang)))
    elif col.ref == "person_or_unit":
        parts.append(t("template.ref.person_or_unit", lang, people=sheet("people").title(lang),
                       units=sheet("units").title(lang)))
    elif col.ref in ("outcome", "practice"):
        parts.append(t(f"template.ref.{col.ref}", lang, sheet=t("template.instructions_sheet", lang)))
    if col.kind == "id" and col.ref is None:
        parts.append(t("template.kind.id" if col.field == "id" else "template.kind.key", lang))
    elif col.kind in ("date", "multi", "int", "float", "cell", "bool"):
        parts.append(t(f"template.kind.{col.kind}", lang))
    if col.vocab:
        values = ", ".join(vocab_words(col.vocab, lang))
        kind = "open" if col.vocab in OPEN_VOCABULARIES else "closed"
        parts.append(t(f"template.vocab.{kind}", lang, values=values))
    if not parts:
        parts.append(t("template.kind.text", lang))
    if col.required:
        parts.append(t("template.required", lang))
    return " ".join(parts)


def _note(text: str, lang: str) -> Comment:
    lines = sum(max(1, math.ceil(len(p) / 38)) for p in text.split("\n"))
    return Comment(text, t("template.comment_author", lang), height=24 + 16 * lines, width=280)


def _header(ws: Worksheet, c: int, text: str, note: str, required: bool, lang: str) -> None:
    cell = _put(ws, 1, c, text)
    cell.font = HEADER_FONT
    cell.fill = REQUIRED_FILL if required else HEADER_FILL
    cell.comment = _note(note, lang)


def _width(col: Column, header: str) -> float:
    base = {"id": 12, "date": 12, "int": 10, "float": 11, "cell": 14, "multi": 28, "vocab": 18}
    width = base.get(col.kind, 30)
    if col.ref in ("outcome", "practice"):
        width = 32
    return max(width, len(header) + 4)


# -- the sheets ----------------------------------------------------------------------------

def _table(ws: Worksheet, spec: Sheet, lang: str, ranges: dict[str, str]) -> None:
    validations = _Validations(ws, ranges, lang)
    for c, col in enumerate(spec.columns, start=1):
        header = col.header(lang)
        _header(ws, c, header, column_note(spec, col, lang), col.required, lang)
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = _width(col, header)
        if col.kind == "date":
            ws.column_dimensions[letter].number_format = "yyyy-mm-dd"
        choice = _choice(col)
        if choice is not None:
            validations.add(*choice, f"{letter}2:{letter}{LAST_ROW}")
    ws.freeze_panes = "A2"


def _profile(ws: Worksheet, profile_id: str, lang: str) -> None:
    """The themes of a built-in leadership profile as the Profile sheet's rows."""
    from ohtrack.domain.profiles import themes_of
    from ohtrack.frameworks import profile

    columns = [c.field for c in sheet("themes").columns]
    for r, theme in enumerate(themes_of(profile(profile_id), lang), start=2):
        for c, fld in enumerate(columns, start=1):
            _put(ws, r, c, getattr(theme, fld)).alignment = WRAP


def _programme(ws: Worksheet, model: str, lang: str, ranges: dict[str, str]) -> None:
    heads = [("template.field", "template.field_help"), ("template.value", "template.value_help"),
             ("template.help", "template.help_help")]
    for c, (head, note) in enumerate(heads, start=1):
        _header(ws, c, t(head, lang), t(note, lang), c < 3, lang)
    prefill = {"name": "", "model": model, "language": lang}
    validations = _Validations(ws, ranges, lang)
    for r, col in enumerate(PROGRAMME.columns, start=2):
        _put(ws, r, 1, col.header(lang))
        value = _put(ws, r, 2, prefill.get(col.field))
        if col.required:
            value.fill = INPUT_FILL
        _put(ws, r, 3, column_note(PROGRAMME, col, lang)).alignment = WRAP
        if col.field in ("model", "language"):
            validations.add(col.field, "closed", f"B{r}")
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 70
    ws.freeze_panes = "A2"


class _Writer:
    """Appends rows of up to three cells to the instructions sheet."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.r = 0

    def row(self, *values: str, bold: bool = False, fill: PatternFill | None = None,
            size: int | None = None) -> None:
        self.r += 1
        for c, v in enumerate(values, start=1):
            cell = _put(self.ws, self.r, c, v or None)
            cell.alignment = WRAP
            if bold:
                cell.font = Font(bold=True, size=size, color="FFFFFF" if fill else None)
            if fill is not None:
                cell.fill = fill

    def heading(self, *values: str) -> None:
        self.r += 1  # an empty row before each section
        self.row(*values, bold=True, fill=HEADER_FILL)


def _sheet_purpose(spec: Sheet, lang: str) -> str:
    own = spec.help_nl if lang == "nl" else spec.help_en
    if own:
        return own
    try:
        return t(f"template.sheet.{spec.key}", lang)
    except KeyError:  # a sheet registered without help of its own
        return spec.title(lang)


def _instructions(ws: Worksheet, framework: Framework | None, model: str, lang: str) -> None:
    w = _Writer(ws)
    w.row(t("template.title", lang), bold=True, size=14)
    name = framework.name(lang) if framework is not None else t("template.custom_name", lang)
    w.row(t("template.model_line", lang, name=name, id=model), bold=True)
    w.row(t("template.about", lang), "", t("template.intro", lang, programme=PROGRAMME.title(lang),
                                            initiatives=sheet("initiatives").title(lang)))
    yes, no = t("template.yes", lang), t("template.no", lang)
    w.heading(t("template.sheets_heading", lang), t("template.required_heading", lang),
              t("template.purpose_heading", lang))
    for spec in sheets():
        if spec.key == "model" and framework is not None:
            continue
        text = _sheet_purpose(spec, lang)
        required = [c.header(lang) for c in spec.columns if c.required]
        if required and not spec.fields:
            text += " " + t("template.required_columns", lang, columns=", ".join(required))
        w.row(spec.title(lang), yes if spec.required else no, text)
    w.heading(t("template.rules_heading", lang), "", "")
    for rule in ("multi", "dates", "ids", "headers", "roles"):
        w.row(t(f"template.rule.{rule}_label", lang), "",
              t(f"template.rule.{rule}", lang, programme=PROGRAMME.title(lang)))
    w.heading(t("template.status_heading", lang), "", "")
    label = {code: vocab_label("status", code, lang) for code in VOCABULARIES["status"]}
    flow = " → ".join(v for k, v in label.items() if k != "stopped")
    w.row(t("template.lifecycle_label", lang), "",
          t("template.lifecycle", lang, flow=flow, stopped=label["stopped"]))
    for code, word in label.items():
        w.row(word, "", t(f"template.status.{code}", lang))
    w.heading(t("template.event_heading", lang), "", "")
    ev = {code: vocab_label("event_status", code, lang) for code in VOCABULARIES["event_status"]}
    w.row(t("template.lifecycle_label", lang), "", t("template.event_lifecycle", lang, **ev))
    w.heading(t("template.lists_heading", lang), "", "")
    for vocab in VOCAB_LISTS:
        kind = "open" if vocab in OPEN_VOCABULARIES else "closed"
        values = ", ".join(vocab_words(vocab, lang))
        w.row(t(f"template.list.{vocab}", lang), t(f"template.list_{kind}", lang), values)
    if framework is None:
        w.heading(t("template.list.model", lang), "", "")
        w.row("custom", "", t("template.custom_model", lang, sheet=MODEL.title(lang)))
    else:
        w.heading(t("template.model_heading", lang, name=framework.name(lang)), "", "")
        w.row(MODEL.column("outcome").header(lang), MODEL.column("practice").header(lang),
              MODEL.column("description").header(lang), bold=True)
        for o in framework.outcomes:
            w.row(o.name(lang), "", o.description(lang),
                  bold=True)
            for p in o.practices:
                w.row("", p.name(lang), p.description(lang))
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 100
