"""Problems of an import, each at its place in the source: ``uk_2019.csv row 17, column
'end_date'`` (never a cell of the generated workbook), in Dutch or English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ohtrack.i18n import t
from ohtrack.intake.table import Table
from ohtrack.report import Problem, Severity
from ohtrack.text import clip
from ohtrack.workbook.records import assemble


@dataclass(frozen=True)
class Place:
    """The source file a table came from."""

    file: str
    workbook: bool  # True for xlsx/xls/ods: places name the sheet and cell too


def place_text(p: Problem, lang: str = "en") -> str:
    """Where a problem is, in words: file, sheet, row and column (or the record's column)."""
    return _place(p.file, p.sheet, p.row, p.column, p.params, lang)


def _place(file: str | None, sheet: str | None, row: int | None, column: str | None,
           params: dict[str, Any], lang: str) -> str:
    parts = [file or ""]
    if sheet:
        parts.append(t("intake.place.sheet", lang, sheet=sheet))
    if params.get("orientation") == "columns":
        if params.get("record_at") is not None:
            parts.append(t("intake.place.column-number", lang, n=params["record_at"]))
        if column:
            parts.append(t("intake.place.row-named", lang, name=clip(column, 60)))
    else:
        if row is not None:
            parts.append(t("intake.place.row", lang, n=row))
        if column:
            parts.append(t("intake.place.column", lang, name=clip(column, 60)))
    text = " ".join(x for x in parts[:2] if x) + (
        ", ".join(["", *parts[2:]]) if len(parts) > 2 else "")
    text = text.replace(" ,", ",")
    if params.get("ref"):
        text += f" ({params['ref']})"
    return text


def problem_text(p: Problem, lang: str = "en") -> str:
    """A problem's message (without its place) in ``lang``."""
    return _message(p.code, p.params, lang)


def _message(code: str, params: dict[str, Any], lang: str) -> str:
    values = {k: v for k, v in params.items() if k not in ("orientation", "record_at", "ref")}
    for k in [k for k in values if k.endswith("_en")]:  # x_en / x_nl fill {x} in their language
        base = k[:-3]
        values[base] = values.get(f"{base}_{lang}", values[k])
    return t(f"intake.problem.{code}", lang, **values)


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
    values = {**params, **extra}
    key = (code, *params.items())
    text = _TEXTS.get(key)
    if text is None:
        if len(_TEXTS) > 50_000:  # a long-running process: keep the cache small
            _TEXTS.clear()
            _ROW_PLACES.clear()
        text = _TEXTS[key] = _message(code, values, "en")
    if row is not None and "ref" not in extra:  # the common case: a cell of a text file
        where_key = (place.file, sheet, column_name)
        template = _ROW_PLACES.get(where_key)
        if template is None:
            template = _ROW_PLACES[where_key] = _row_template(place.file, sheet, column_name,
                                                              values)
        where = template.format(row)
    else:
        where = _place(place.file, sheet, row, column_name, values, "en")
    # Made as model_construct would, without its cost: a big list can warn in every row.
    return assemble(Problem, [{"code": code, "message": f"{where}: {text}", "severity": severity,
                               "file": place.file, "sheet": sheet, "cell": None, "row": row,
                               "column": column_name, "params": values}], _FIELDS)[0]


def _row_template(file: str, sheet: str | None, column_name: str | None,
                  params: dict[str, Any]) -> str:
    """The English place of a cell of a text file with ``{}`` for its row number (file and
    column names may hold ``-1`` or braces)."""
    one, two = (_place(file, sheet, n, column_name, params, "en") for n in (-1, -2))
    at = next(i for i, (a, b) in enumerate(zip(one, two)) if a != b) - 1  # the "-" of "-1"
    return one[:at].replace("{", "{{").replace("}", "}}") + "{}" + \
        one[at + 2:].replace("{", "{{").replace("}", "}}")


def problems_at(code: str, severity: Severity, place: Place, table: Table, records: list[int],
                fld: int | None, column_name: str | None, /, **params: Any) -> list[Problem]:
    """``problem`` at each of several records, in their order: the same code and values (the
    same unreadable word in many rows). For a text file's rows only the row is made anew."""
    if not records:
        return []
    out = [problem(code, severity, place, table, records[0], fld, column_name, **params)]
    if table.orientation != "rows" or table.segments or place.workbook:
        out += [problem(code, severity, place, table, r, fld, column_name, **params)
                for r in records[1:]]
        return out
    message = out[0].message
    where = _ROW_PLACES.get((place.file, table.sheet, column_name))
    if where is None or not message.startswith(where.format(table.records[records[0]]) + ": "):
        out += [problem(code, severity, place, table, r, fld, column_name, **params)
                for r in records[1:]]
        return out
    text = message[len(where.format(table.records[records[0]])):]  # ": <message>"
    values = out[0].params
    rows = table.records
    out += assemble(Problem, [
        {"code": code, "message": where.format(rows[r]) + text, "severity": severity,
         "file": place.file, "sheet": table.sheet, "cell": None, "row": rows[r],
         "column": column_name, "params": dict(values)} for r in records[1:]], _FIELDS)
    return out


_FIELDS = frozenset(Problem.model_fields)


#: Places of cells by file, sheet and column, with ``{}`` for the row.
_ROW_PLACES: dict[tuple[Any, ...], str] = {}
#: English messages made so far, by code and values (the same cell problem repeats often).
_TEXTS: dict[tuple[Any, ...], str] = {}


def record_place(table: Table, record: int, lang: str) -> str:
    """A record's place for another message: ``sheet '10' row 4`` / ``column 5``."""
    sheet = table.segment(record)[0]
    where = t("intake.place.row" if table.orientation == "rows" else "intake.place.column-number",
              lang, n=table.records[record])
    return f"{t('intake.place.sheet', lang, sheet=sheet)} {where}" if sheet else where
