"""Problems of an import, each at its place in the source: ``uk_2019.csv row 17, column
'end_date'`` (never a cell of the generated workbook), in Dutch or English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ohtrack.i18n import t
from ohtrack.intake.table import Table
from ohtrack.report import Problem, Severity


@dataclass(frozen=True)
class Place:
    """The source file a table came from."""

    file: str
    workbook: bool  # True for xlsx/xls/ods: places name the sheet and cell too


def place_text(p: Problem, lang: str = "en") -> str:
    """Where a problem is, in words: file, sheet, row and column (or the record's column)."""
    params = p.params
    parts = [p.file or ""]
    if p.sheet:
        parts.append(t("intake.place.sheet", lang, sheet=p.sheet))
    if params.get("orientation") == "columns":
        if params.get("record_at") is not None:
            parts.append(t("intake.place.column-number", lang, n=params["record_at"]))
        if p.column:
            parts.append(t("intake.place.row-named", lang, name=_short(p.column)))
    else:
        if p.row is not None:
            parts.append(t("intake.place.row", lang, n=p.row))
        if p.column:
            parts.append(t("intake.place.column", lang, name=_short(p.column)))
    text = " ".join(x for x in parts[:2] if x) + (
        ", ".join(["", *parts[2:]]) if len(parts) > 2 else "")
    text = text.replace(" ,", ",")
    if params.get("ref"):
        text += f" ({params['ref']})"
    return text


def problem_text(p: Problem, lang: str = "en") -> str:
    """A problem's message (without its place) in ``lang``."""
    values = {k: v for k, v in p.params.items() if k not in ("orientation", "record_at", "ref")}
    for k in [k for k in values if k.endswith("_en")]:  # x_en / x_nl fill {x} in their language
        base = k[:-3]
        values[base] = values.get(f"{base}_{lang}", values[k])
    return t(f"intake.problem.{p.code}", lang, **values)


def full_text(p: Problem, lang: str = "en") -> str:
    """``<place>: <message>`` in ``lang``."""
    where = place_text(p, lang)
    return f"{where}: {problem_text(p, lang)}" if where else problem_text(p, lang)


def problem(code: str, severity: Severity, place: Place, table: Table | None, record: int | None,
            fld: int | None, column_name: str | None, /, **params: Any) -> Problem:
    """A problem at a record's value of one header (``record``/``fld`` None: the whole column
    or the whole table)."""
    sheet = row = None
    extra: dict[str, Any] = {}
    if table is not None:
        sheet = table.sheet
        if record is not None:
            sheet = table.segment(record)[0]
        extra["orientation"] = table.orientation
        if record is not None:
            if table.orientation == "rows":
                row = table.records[record]
            else:
                extra["record_at"] = table.records[record]
            if fld is not None and place.workbook:
                extra["ref"] = table.cell(record, fld)
    p = Problem(code=code, severity=severity, file=place.file, sheet=sheet, row=row,
                column=column_name, params={**params, **extra}, message="")
    return p.model_copy(update={"message": full_text(p, "en")})


def _short(name: str, limit: int = 60) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[:limit - 1] + "…"


def record_place(table: Table, record: int, lang: str) -> str:
    """A record's place for another message: ``sheet '10' row 4`` / ``column 5``."""
    sheet = table.segment(record)[0]
    where = t("intake.place.row" if table.orientation == "rows" else "intake.place.column-number",
              lang, n=table.records[record])
    return f"{t('intake.place.sheet', lang, sheet=sheet)} {where}" if sheet else where
