"""Reading a survey workbook: Responses, Items and (optionally) Units, with every problem's cell.

The reader only finds sheets and columns and types the small sheets; the answers stay raw
in a DataFrame (one column per item, named by the item's ID) for ``score_frame`` to check
and score in bulk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ohtrack.errors import WorkbookError
from ohtrack.i18n.problems import both, render
from ohtrack.report import Problem, Severity
from ohtrack.surveys.contract import (
    ATTRIBUTES,
    INVITED,
    ITEMS,
    NO,
    OPEN,
    RESPONSES,
    UNITS,
    YES,
    find_sheet,
)
from ohtrack.text import name_key
from ohtrack.workbook import cells
from ohtrack.workbook.contract import Sheet
from ohtrack.workbook.source import RawSheet, read_workbook

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

#: Columns of the items table handed to ``score_frame``.
ITEM_COLUMNS = ["item", "text", "outcome", "practice", "reversed", "min", "max"]


def said(name: str, **params: Any) -> dict[str, Any]:
    """The params of a survey problem whose message is ``survey.problem.<name>``."""
    return {"template": f"survey.problem.{name}", **params}


def survey_problem(code: str, params: Mapping[str, Any], **where: Any) -> Problem:
    """A problem of the survey file with its message from the catalogue (English), so
    ``Problem.text(lang)`` says it in Dutch too."""
    return Problem(code=code, message=render(code, params, "en") or code, params=dict(params),
                   **where)


@dataclass(frozen=True)
class UnitNode:
    """A unit of the tree: ID, display name and the ID of the unit above (None at the top)."""

    id: str
    name: str
    parent: str | None = None


@dataclass
class Positions:
    """Where answers sit in the Responses sheet, so problems can name the cell."""

    sheet: str = "Responses"
    rows: Sequence[int] | np.ndarray = field(default_factory=list)  # record index → 1-based row
    columns: dict[str, str] = field(default_factory=dict)  # field or item → column letter
    item_rows: dict[str, str] = field(default_factory=dict)  # item → cell of its Items row

    def cell(self, index: int, column: str) -> str | None:
        letter = self.columns.get(column)
        if letter is None or index >= len(self.rows):
            return None
        return f"{self.sheet}!{letter}{self.rows[index]}"


@dataclass
class SurveyData:
    """A survey file as read: raw answers, the typed items, the unit tree and problems."""

    path: Path | None
    responses: pd.DataFrame
    items: pd.DataFrame
    units: list[UnitNode] | None
    positions: Positions
    problems: list[Problem] = field(default_factory=list)
    #: Declared attributes (Attributes sheet): column of ``responses`` → display name.
    attributes: dict[str, str] = field(default_factory=dict)
    #: Invited counts (Invited sheet): (unit, wave or None for every wave) → people invited.
    invited: dict[tuple[str, str | None], int] = field(default_factory=dict)
    #: Open questions (Type ``open`` on the Items sheet): item → its text; their answers are
    #: columns of ``responses`` as written (never scored).
    open_items: dict[str, str | None] = field(default_factory=dict)


def _header(raw: RawSheet) -> tuple[int, list[Any]] | None:
    for i, row in enumerate(raw.rows):
        if any(not cells.is_empty(v) for v in row):
            return i, row
    return None


class _Sheet:
    """One sheet's header and rows, with problems at exact cells."""

    def __init__(self, spec: Sheet, raw: RawSheet, problems: list[Problem]) -> None:
        self.spec, self.raw, self.problems = spec, raw, problems
        found = _header(raw)
        self.header_index, self.header = found if found else (0, [])
        self.header_row = raw.start_row + self.header_index + 1
        self.letters: dict[str, str] = {}
        self.index: dict[str, int] = {}
        spec_index = {k: c for c in spec.columns for k in c.names()}
        for i, h in enumerate(self.header):
            col = spec_index.get(name_key(h)) if not cells.is_empty(h) else None
            if col is not None and col.field not in self.index:
                self.index[col.field] = i
                self.letters[col.field] = cells.col_letter(raw.start_col + i)
        for col in spec.columns:
            if col.required and col.field not in self.index:
                self.add("missing-column", {**both("column", col.en, col.nl)}, row=self.header_row)

    def add(self, code: str, params: Mapping[str, Any], row: int | None = None,
            column: str | None = None, severity: Severity = Severity.ERROR) -> None:
        cell = f"{self.raw.name}!{column}{row}" if column and row else None
        self.problems.append(survey_problem(code, params, severity=severity, sheet=self.raw.name,
                                            cell=cell, row=row, column=column))

    def data(self) -> list[tuple[int, list[Any]]]:
        """(Excel row, cells) of every non-empty row under the header."""
        out = []
        for off, row in enumerate(self.raw.rows[self.header_index + 1:], start=self.header_index + 1):
            if any(not cells.is_empty(v) for v in row):
                out.append((self.raw.start_row + off + 1, row))
        return out

    def get(self, row: list[Any], fld: str) -> Any:
        i = self.index.get(fld)
        return row[i] if i is not None and i < len(row) else None


def load_survey(path: str | Path, responses: str | Path | None = None) -> SurveyData:
    """Read a survey workbook (Responses, Items and optionally Units sheets), or a workbook of
    Items (and Units) with the answers in the CSV file ``responses`` (see ``read_survey``;
    ``path`` of the result is then that file, the one scoring problems are about).

    Problems in the file are collected in ``SurveyData.problems`` with their file and cell;
    a file that is not a survey file at all raises ``WorkbookError`` (one line naming it).
    Score it with ``ohtrack.survey(data, programme)``.
    """
    data = read_survey(path, responses)
    answers = str(responses) if responses is not None else str(path)
    data.problems = [p.model_copy(update={"file": answers if p.sheet == data.positions.sheet else str(path)})
                     for p in data.problems]
    if responses is not None:
        data.path = Path(responses)  # the answers' file: what scoring problems are about
    return data


def read_survey(path: str | Path, responses: str | Path | None = None) -> SurveyData:
    """Read a survey workbook; raise ``WorkbookError`` (one line) if it is not a survey file.

    ``responses``: a CSV file (``;``, ``,`` or tab separated; UTF-8 or Windows-1252) with the
    answers instead of the workbook's Responses sheet, which a survey of more than a million
    rows cannot fit in. Its header row has the Responses columns (Respondent, Unit, Wave and
    one column per item, in Dutch or English); problems name its cells as ``file!C12``.
    """
    p = Path(path)
    names = list(read_workbook(p, sheets=set()).sheets)
    found: dict[str, str] = {}
    for name in names:
        spec = find_sheet(name)
        if spec is not None and spec.key not in found:
            found[spec.key] = name
    missing = [s for s in ((ITEMS,) if responses is not None else (RESPONSES, ITEMS)) if s.key not in found]
    if missing:
        raise WorkbookError.make("not-survey", path=str(p), found=", ".join(repr(n) for n in names),
                                 **both("missing", " and no ".join(f"{s.en!r} ({s.nl!r})" for s in missing),
                                        " en geen blad ".join(f"{s.nl!r} ({s.en!r})" for s in missing)))
    read = {name for key, name in found.items() if responses is None or key != "responses"}
    raw = read_workbook(p, sheets=read)
    problems: list[Problem] = []
    open_items: dict[str, str | None] = {}
    items, item_rows, listed_items = _read_items(_Sheet(ITEMS, raw.sheets[found["items"]], problems),
                                                 open_items)
    units = _read_units(_Sheet(UNITS, raw.sheets[found["units"]], problems)) if "units" in found else None
    declared = (_read_attributes(_Sheet(ATTRIBUTES, raw.sheets[found["attributes"]], problems))
                if "attributes" in found else {})
    invited = (_read_invited(_Sheet(INVITED, raw.sheets[found["invited"]], problems))
               if "invited" in found else {})
    text_file = Path(responses) if responses is not None else None
    header = raw.sheets[found["responses"]] if text_file is None else _text_header(text_file)
    sheet = _Sheet(RESPONSES, header, problems)
    frame, positions, attributes = _read_responses(sheet, items, item_rows, listed_items, text_file,
                                                   declared, open_items)
    positions.item_rows = item_rows
    return SurveyData(p, frame, items, units, positions, problems, attributes, invited, open_items)


#: Prefix of an attribute's column in ``SurveyData.responses`` (never an item's name).
ATTRIBUTE = "@"


def _read_attributes(sh: _Sheet) -> dict[str, tuple[str, int]]:
    """Declared attributes: name key of the header → (display name, row)."""
    out: dict[str, tuple[str, int]] = {}
    for row_no, row in sh.data():
        header = cells.to_text(sh.get(row, "attribute"))
        if header is None:
            sh.add("missing-value", said("attribute-name"), row_no, sh.letters.get("attribute"))
            continue
        out.setdefault(name_key(header), (cells.to_text(sh.get(row, "name")) or header, row_no))
    return out


def _read_invited(sh: _Sheet) -> dict[tuple[str, str | None], int]:
    out: dict[tuple[str, str | None], int] = {}
    for row_no, row in sh.data():
        unit = cells.to_id(sh.get(row, "unit"))
        try:
            count = cells.to_int(sh.get(row, "invited"))
        except cells.CellError as exc:
            sh.add(exc.code, {**exc.params, **both("in_column", "Invited", "Uitgenodigd")}, row_no,
                   sh.letters.get("invited"))
            continue
        if unit is None or count is None or count < 0:
            sh.add("missing-value", said("invited"), row_no,
                   sh.letters.get("unit" if unit is None else "invited"))
            continue
        wave = sh.get(row, "wave")
        out[(unit, None if cells.is_empty(wave) else str(cells.to_id(wave)))] = count
    return out


def _text_header(path: Path) -> RawSheet:
    """The header row of a CSV file, as a sheet named after the file."""
    from ohtrack.surveys.columns import text_header

    try:
        return RawSheet(name=path.name, rows=[text_header(path)])
    except (ValueError, OSError) as exc:
        raise WorkbookError.make("answers", path=str(path), detail=str(exc)) from None


def _read_items(sh: _Sheet, open_items: dict[str, str | None] | None = None,
                ) -> tuple[pd.DataFrame, dict[str, str], set[str]]:
    """The usable items, the cell of each item's row, and the name keys of every listed item;
    open questions go to ``open_items`` (item → text)."""
    import pandas as pd

    records: list[dict[str, Any]] = []
    where: dict[str, str] = {}
    seen: dict[str, int] = {}
    for row_no, row in sh.data():
        item = cells.to_text(sh.get(row, "item"))
        if item is None:
            sh.add("missing-value", said("item-name"), row_no, sh.letters.get("item"))
            continue
        if name_key(item) in seen:
            sh.add("duplicate-item", said("duplicate-item", item=item, first=seen[name_key(item)]),
                   row_no, sh.letters.get("item"))
            continue
        seen[name_key(item)] = row_no
        if open_items is not None and name_key(cells.to_text(sh.get(row, "type")) or "") in OPEN:
            open_items[item] = cells.to_text(sh.get(row, "text"))
            where[item] = f"{sh.raw.name}!{sh.letters.get('item', 'A')}{row_no}"
            continue
        rec: dict[str, Any] = {"item": item, "text": cells.to_text(sh.get(row, "text")),
                               "outcome": cells.to_text(sh.get(row, "outcome")),
                               "practice": cells.to_text(sh.get(row, "practice"))}
        if rec["outcome"] is None:
            sh.add("missing-value", said("no-outcome", item=item), row_no, sh.letters.get("outcome"))
            continue
        rev = cells.to_text(sh.get(row, "reversed"))
        key = name_key(rev or "")
        if key not in YES and key not in NO:
            sh.add("unknown-value", said("reversed", value=rev), row_no, sh.letters.get("reversed"),
                   Severity.WARNING)
        rec["reversed"] = key in YES
        ok = True
        for bound in ("min", "max"):
            try:
                rec[bound] = cells.to_float(sh.get(row, bound))
            except cells.CellError as exc:
                sh.add(exc.code, {**exc.params, **both("in_column", bound.title(), bound.title())},
                       row_no, sh.letters.get(bound))
                ok = False
                continue
            if rec[bound] is None:
                sh.add("missing-value", said(f"no-{bound}", item=item), row_no,
                       sh.letters.get(bound) or sh.letters.get("item"))
                ok = False
        if ok and rec["min"] >= rec["max"]:
            sh.add("invalid-scale", said("scale", min=rec["min"], max=rec["max"]), row_no,
                   sh.letters.get("min"))
            ok = False
        if ok:
            records.append(rec)
            where[item] = f"{sh.raw.name}!{sh.letters.get('item', 'A')}{row_no}"
    return pd.DataFrame(records, columns=ITEM_COLUMNS), where, set(seen)


def _read_units(sh: _Sheet) -> list[UnitNode]:
    nodes: dict[str, UnitNode] = {}
    rows: dict[str, int] = {}
    for row_no, row in sh.data():
        uid = cells.to_id(sh.get(row, "id"))
        if uid is None:
            sh.add("missing-value", said("unit-id"), row_no, sh.letters.get("id"))
            continue
        if uid in nodes:
            sh.add("duplicate-id", said("duplicate-unit", id=uid), row_no, sh.letters.get("id"))
            continue
        name = cells.to_text(sh.get(row, "name")) or uid
        nodes[uid] = UnitNode(uid, name, cells.to_id(sh.get(row, "parent")))
        rows[uid] = row_no
    by_key = {name_key(n.id): n.id for n in nodes.values()}
    by_key.update({name_key(n.name): n.id for n in nodes.values() if name_key(n.name) not in by_key})
    out: dict[str, UnitNode] = {}
    for uid, node in nodes.items():
        parent = node.parent
        if parent is not None:
            pid = parent if parent in nodes else by_key.get(name_key(parent))
            if pid is None:
                sh.add("unknown-reference", said("unknown-parent", parent=parent, id=uid), rows[uid],
                       sh.letters.get("parent"))
            parent = pid
        out[uid] = UnitNode(uid, node.name, parent)
    for uid in list(out):  # break cycles so every unit reaches the top
        seen = {uid}
        cur = out[uid].parent
        while cur is not None:
            if cur in seen:
                sh.add("cycle", said("cycle", id=uid), rows[uid], sh.letters.get("parent"))
                out[uid] = UnitNode(uid, out[uid].name, None)
                break
            seen.add(cur)
            cur = out[cur].parent
    return list(out.values())


def _read_responses(sh: _Sheet, items: pd.DataFrame, item_rows: dict[str, str],
                    listed: set[str], text_file: Path | None = None,
                    declared: dict[str, tuple[str, int]] | None = None,
                    open_items: dict[str, str | None] | None = None,
                    ) -> tuple[pd.DataFrame, Positions, dict[str, str]]:
    """The answers under the header of ``sh`` (or, for ``text_file``, in that CSV file, whose
    header ``sh`` holds) and where each sits, and the attribute columns found (column →
    name); header problems go to ``sh``."""
    from ohtrack.surveys.columns import frame_from_rows
    from ohtrack.surveys.textfile import frame_from_text

    declared = declared or {}
    attributes: dict[str, int] = {}
    names: dict[str, str] = {}
    for i, h in enumerate(sh.header):
        key = name_key(h) if not cells.is_empty(h) else ""
        if key in declared and i not in sh.index.values():
            column = ATTRIBUTE + declared[key][0]
            attributes.setdefault(column, i)
            names[column] = declared[key][0]
    for name, _row in declared.values():
        if ATTRIBUTE + name not in attributes:
            sh.problems.append(survey_problem("missing-column", said("no-attribute-column", attribute=name),
                                              severity=Severity.WARNING, sheet=sh.raw.name))
    import pandas as pd

    every = pd.concat([items, pd.DataFrame({"item": list(open_items or {})})], ignore_index=True)
    item_cols, positions = _match_columns(sh, every, item_rows, listed, set(attributes.values()))
    fields = {fld: pos for fld in ("respondent", "unit", "wave") if (pos := sh.index.get(fld)) is not None}
    fields.update(attributes)
    first = sh.header_index + 1
    if text_file is not None:
        frame, rows = frame_from_text(text_file, fields, item_cols)
    else:
        frame, rows = frame_from_rows(sh.raw.rows[first:], fields, item_cols, sh.raw.start_row + first + 1)
    positions.rows = rows
    return frame, positions, names


def _match_columns(sh: _Sheet, items: pd.DataFrame, item_rows: dict[str, str],
                   listed: set[str], skip: set[int] | None = None) -> tuple[dict[str, int], Positions]:
    """Each item's position in the header, and the column letters; problems of the header."""
    item_by_key = {name_key(i): i for i in items["item"]}
    item_cols: dict[str, int] = {}
    positions = Positions(sheet=sh.raw.name)
    positions.columns.update(sh.letters)
    reserved = set(sh.index.values()) | (skip or set())
    for i, h in enumerate(sh.header):
        if i in reserved or cells.is_empty(h):
            continue
        letter = cells.col_letter(sh.raw.start_col + i)
        item = item_by_key.get(name_key(h))
        if item is None and name_key(h) in listed:
            continue  # an item whose row in Items has a problem, reported there
        if item is None:
            sh.add("unknown-item", said("unknown-item", column=h), sh.header_row, letter,
                   Severity.WARNING)
        elif item in item_cols:
            sh.add("duplicate-column", said("duplicate-column", item=item), sh.header_row, letter)
        else:
            item_cols[item] = i
            positions.columns[item] = letter
    for item in items["item"]:
        if item not in item_cols:
            cell = item_rows.get(item)
            sh.problems.append(survey_problem(
                "missing-item", said("no-column", item=item, sheet=sh.raw.name),
                sheet=cell.split("!")[0] if cell else None, cell=cell))
    return item_cols, positions
