"""Choosing the table of a source: the best sheet, with the sheets laid out like it.

Hidden sheets and sheets named as help (instructions, lists, drop-downs, templates) are
skipped when other sheets hold data. The best table has the most records and known
columns; sheets with the same headers (one tab per department or per agency) are read
with it, one after the other, and a ``sheet`` column says where each record came from.
A workbook whose first sheet is a form (a reporting return) is a form, not a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain, repeat

from ohtrack.errors import InventoryError
from ohtrack.intake.reading import Source, SourceSheet
from ohtrack.intake.table import FORM_MERGES, Table, find_table
from ohtrack.text import name_key

_HELP_SHEET = re.compile(
    r"instructi|instructie|toelichting|leeswijzer|readme|read me|help|uitleg|drop ?down|lists?$|"
    r"lijsten|keuzelijst|validation|template|sjabloon|lege |^leeg|blank|voorbeeld|example|"
    r"coversheet|cover sheet|voorblad", re.IGNORECASE)


#: Sheet names that say "the list of work": preferred when several sheets hold tables.
_LIST_SHEET = re.compile(
    r"initiative|verbetertraject|traject|actie|action|project|portfolio|programm|maatregel|"
    r"verbeter|improvement|register|backlog|plan", re.IGNORECASE)


@dataclass
class Layout:
    """The table to import and what was left aside, sheet by sheet."""

    table: Table
    sheets: list[str] = field(default_factory=list)  # sheets read, in order
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (sheet, reason code)
    sheet_of: list[str | None] = field(default_factory=list)  # each record's sheet


def _fail(source: Source, reason: str, table: Table | None = None, **params: object
          ) -> InventoryError:
    """The error for a source that is no list; ``params["lang"]`` guesses its language."""
    from ohtrack.i18n import t
    from ohtrack.intake.headers import dutch_share

    params = {"path": source.name, **params}
    error = InventoryError(t(f"intake.error.{reason}", "en", **params), reason, dict(params))
    if table is not None and table.headers:
        error.params["lang"] = "nl" if dutch_share(table.headers) > 0.5 else "en"
    return error


def _signature(table: Table) -> tuple[str, ...]:
    return tuple(sorted(name_key(h) for h in table.headers))


def _is_programme_workbook(source: Source) -> bool:
    """An ohtrack workbook (our template, filled or not): its Programme and Initiatives sheets
    by the contract's names. It is read as it is, not imported (its settings sheet would be
    taken for a list)."""
    from ohtrack.workbook.contract import find_sheet

    keys = {spec.key for spec in map(find_sheet, (s.name or "" for s in source.sheets)) if spec}
    return {"programme", "initiatives"} <= keys


def find_layout(source: Source, sheet: str | None = None, orientation: str | None = None,
                header: int | None = None) -> Layout:
    """The table to import from ``source`` (only ``sheet`` when given)."""
    sheets = source.sheets
    if sheet is None and _is_programme_workbook(source):
        raise _fail(source, "programme-workbook")
    if sheet is not None:
        match = [s for s in sheets if s.name == sheet] or [
            s for s in sheets if s.name and name_key(s.name) == name_key(sheet)]
        if not match:
            raise _fail(source, "no-sheet", sheet=sheet,
                        sheets=", ".join(repr(s.name) for s in sheets))
        sheets = match
    found: list[tuple[SourceSheet, Table]] = []
    skipped: list[tuple[str, str]] = []
    for s in sheets:
        t = find_table(s) if header is None and orientation is None else _fixed(s, orientation, header)
        if t is None:
            if s.name is not None:
                skipped.append((s.name, "empty"))
            continue
        found.append((s, t))
    usable = [(s, t) for s, t in found if t.kind == "table"]
    if sheet is None and len(found) > 1:
        data = [(s, t) for s, t in usable if s.visible and not _HELP_SHEET.search(s.name or "")]
        first = next(((s, t) for s, t in found if s.visible and not _HELP_SHEET.search(s.name or "")),
                     None)
        if first is not None and first[1].kind == "form" and first[1].merges >= FORM_MERGES:
            raise _fail(source, "form", first[1], sheet=first[0].name or "")
        if data:
            usable = data
        elif any(t.kind == "blank" for _s, t in found):
            usable = []  # only help sheets beside blank templates: a blank template
    if not usable:
        blank = next((t for _s, t in found if t.kind == "blank"), None)
        if blank is not None:
            raise _fail(source, "blank" if blank.sheet else "blank-text", blank,
                        sheet=blank.sheet or "", headers=", ".join(blank.headers[:8]))
        if found and any(t.kind == "form" for _s, t in found):
            raise _fail(source, "form", found[0][1], sheet=found[0][1].sheet or "")
        raise _fail(source, "no-table")
    _best_sheet, best = max(usable, key=lambda st: (
        len(st[1].records) * (1 + st[1].known) * (4 if _LIST_SHEET.search(st[0].name or "") else 1),
        -usable.index(st)))
    sig = _signature(best)
    same = [(s, t) for s, t in usable if _signature(t) == sig and t.orientation == best.orientation]
    for s, t in found:
        if s.name is not None and all(s is not x for x, _t in same):
            skipped.append((s.name, _reason(s, t, best)))
    table = _stack([t for _s, t in same]) if len(same) > 1 else best
    sheet_of = list(chain.from_iterable(repeat(t.sheet, len(t.records)) for _s, t in same))
    return Layout(table, [s.name for s, _t in same if s.name is not None], skipped, sheet_of)


def _reason(s: SourceSheet, t: Table | None, best: Table) -> str:
    if not s.visible:
        return "hidden"
    if t is None:
        return "empty"
    if _HELP_SHEET.search(s.name or ""):
        return "help"
    if t.kind in ("blank", "form"):
        return t.kind
    if t.kind == "none":
        return "empty"
    return "other-layout"


def _fixed(s: SourceSheet, orientation: str | None, header: int | None) -> Table | None:
    """The table of a sheet read with the layout a mapping file gives."""
    from ohtrack.intake.table import table_at

    return table_at(s, orientation or "rows", header or 1)


def _stack(tables: list[Table]) -> Table:
    """Tables with the same headers (in any order) as one, records one sheet after another."""
    first = tables[0]
    order = {name_key(h): i for i, h in enumerate(first.headers)}
    columns: list[list[object]] = [[] for _ in first.headers]
    records: list[int] = []
    hidden: list[int] = []
    segments: list[tuple[int, str | None, list[int]]] = []
    for t in tables:
        pos = [order[name_key(h)] for h in t.headers]
        fields = [0] * len(first.headers)
        for k, col, f in zip(pos, t.columns, t.fields):
            columns[k].extend(col)
            fields[k] = f
        segments.append((len(records), t.sheet, fields))
        hidden.extend(len(records) + i for i in t.hidden_records)
        records.extend(t.records)
    return Table(first.sheet, first.orientation, first.header, list(first.headers), columns,
                 records, list(first.fields), kind="table", known=first.known,
                 hidden_records=hidden, hidden_fields=list(first.hidden_fields),
                 duplicate_headers=list(first.duplicate_headers), unnamed=list(first.unnamed),
                 numbered_empty=sum(t.numbered_empty for t in tables),
                 placeholders=sum(t.placeholders for t in tables),
                 uncached=[c for t in tables for c in t.uncached], segments=segments)
