"""Finding the table in one sheet: where its header is, which way it runs, what it holds.

The header is the row (among the first 30) with the most known column names and short
texts above well-filled rows; a header over two rows (a merged cell above sub-headers) is
read as one. When the first columns hold more known names than any row, the table is
transposed: one record per column. A sheet whose header has no filled rows below is a
blank template; one of scattered labels with values beside them is a form.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from ohtrack.intake.columnar import ColumnRows
from ohtrack.intake.headers import header_scores
from ohtrack.intake.reading import SourceSheet
from ohtrack.workbook.cells import col_letter

#: How many rows (or columns) the header is looked for in.
HEADER_SCAN = 30
#: A header needs this confidence for a cell to count as a known column name.
KNOWN = 0.8
_PLACEHOLDER = re.compile(r"\s*<[^<>]*>?\s*")
#: A cell (after "\x00") that starts with white space or "<": maybe blank or a placeholder.
_ODD_START = re.compile(r"\x00[\s<]")
#: A sheet with this many merged ranges (or one per two records) is laid out as a form.
FORM_MERGES = 20


@dataclass
class Table:
    """One table of a source: its headers and, per header, the values of every record."""

    sheet: str | None
    orientation: str  # "rows": one record per row; "columns": one record per column
    header: int  # 1-based row (or column) of the header in the file
    headers: list[str]  # unique names, as the custom columns will be called
    columns: list[list[Any]]  # one list per header: a value per record
    records: list[int]  # 1-based row (or column) of each record in the file
    fields: list[int]  # 1-based column (or row) of each header in the file
    kind: str = "table"  # table, blank, form, none (no header found)
    known: int = 0  # headers that are known column names
    hidden_records: list[int] = field(default_factory=list)  # record indexes
    hidden_fields: list[int] = field(default_factory=list)  # header indexes
    duplicate_headers: list[tuple[int, int]] = field(default_factory=list)  # (index, first index)
    unnamed: list[int] = field(default_factory=list)  # headers made up for unnamed columns
    numbered_empty: int = 0  # rows with only a running number, not records
    placeholders: int = 0  # cells like "<omschrijving van de actie>", read as empty
    uncached: list[str] = field(default_factory=list)
    merges: int = 0  # merged ranges on the sheet
    #: Empty cells per header (among the records), when known.
    empty: list[int] = field(default_factory=list)
    #: For tables read from several sheets: (first record, sheet, fields) of each sheet.
    segments: list[tuple[int, str | None, list[int]]] = field(default_factory=list)

    def segment(self, record: int) -> tuple[str | None, list[int]]:
        """The sheet of a record and the file positions of the headers there."""
        found = (self.sheet, self.fields)
        for start, sheet, fields in self.segments:
            if record >= start:
                found = (sheet, fields)
        return found

    def place(self, record: int, fld: int) -> tuple[int, int]:
        """The 1-based (row, column) in the file of a record's value of one header."""
        fields = self.segment(record)[1]
        if self.orientation == "rows":
            return self.records[record], fields[fld]
        return fields[fld], self.records[record]

    def cell(self, record: int, fld: int) -> str:
        """The cell reference (``F12``) of a record's value of one header."""
        row, col = self.place(record, fld)
        return f"{col_letter(col - 1)}{row}"


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _is_text(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip()) and not _numeric(v)


#: A number as a cell may write it, once stripped: sign, digits, separators, spaces, a %.
#: (Matched on the stripped text: with ``\s*`` around it, the match took time growing with
#: the square of a cell's runs of spaces: 1.2 s for the 2014 GMPP list's long cells.)
_NUMERIC = re.compile(r"[-+]?[\d.,\s]+%?")


def _numeric(s: str) -> bool:
    return _NUMERIC.fullmatch(s.strip()) is not None


def _clean(rows: Sequence[Sequence[Any]]) -> tuple[list[list[Any]], int]:
    """Rows with blank text and placeholders (``<…>``) as None, all the same width."""
    width = max((len(r) for r in rows), default=0)
    placeholders = 0
    out = []
    for r in rows:
        row = []
        for v in r:
            if isinstance(v, str):
                if not v.strip():
                    v = None
                elif v[0] in " <" and _PLACEHOLDER.fullmatch(v):
                    placeholders += 1
                    v = None
            row.append(v)
        row.extend([None] * (width - len(row)))
        out.append(row)
    while out and all(v is None for v in out[-1]):
        out.pop()
    return out, placeholders


def _known(cells: list[Any]) -> int:
    """How many different targets the cells name as known column names."""
    targets = set()
    for v in cells:
        if _is_text(v) and len(str(v)) <= 200:
            scores = header_scores(str(v))
            best = max(scores, key=scores.__getitem__, default=None)
            if best is not None and scores[best] >= KNOWN:
                targets.add(best)
    return len(targets)


def _header_row(grid: list[list[Any]]) -> tuple[int, float, int]:
    """The best header row: (index, score, known names in it)."""
    best = (-1, 0.0, 0)
    seen = 0
    for i, row in enumerate(grid):
        if seen >= HEADER_SCAN:
            break
        texts = [j for j, v in enumerate(row) if _is_text(v) and len(str(v)) <= 120]
        if not any(v is not None for v in row):
            continue
        seen += 1
        if len(texts) < 2 and not (len(texts) == 1 and i + 1 < len(grid)
                                   and sum(v is not None for v in row) == 1 and _known(row)):
            continue
        below = grid[i + 1:i + 21]
        if not below:
            fill = 0.0
        else:
            filled = sum(1 for r in below for j in texts if r[j] is not None)
            fill = filled / (len(below) * len(texts))
        known = _known(row)
        other = sum(1 for v in row if v is not None and not _is_text(v))
        score = known * 2 + len(texts) * (0.2 + fill) - 2 * other - 0.05 * seen
        if score > best[1]:
            best = (i, score, known)
    return best


def _label_column(grid: list[list[Any]]) -> tuple[int, int]:
    """For a transposed table: the column (among the first three used) holding the labels,
    and how many known names it has."""
    width = len(grid[0]) if grid else 0
    best = (-1, 0)
    tried = 0
    for j in range(width):
        col = [r[j] for r in grid[:60]]
        if not any(v is not None for v in col):
            continue
        tried += 1
        known = _known(col)
        if known > best[1]:
            best = (j, known)
        if tried >= 3:
            break
    return best


def _transpose(grid: list[list[Any]]) -> list[list[Any]]:
    return [list(c) for c in zip(*grid)] if grid else []


def _names(raw: list[Any], letters: list[str], orientation: str
           ) -> tuple[list[str], list[tuple[int, int]], list[int]]:
    """Unique header names: blanks become ``Column F`` (``Row 7`` when transposed), repeats ``x (2)``."""
    names: list[str] = []
    dup: list[tuple[int, int]] = []
    unnamed: list[int] = []
    seen: dict[str, int] = {}
    for i, v in enumerate(raw):
        text = " ".join(_header_text(v).split())
        if not text:
            text = f"{'Column' if orientation == 'rows' else 'Row'} {letters[i]}"
            unnamed.append(i)
        key = text.casefold()
        if key in seen:
            dup.append((i, seen[key]))
            n = 2
            while f"{text} ({n})".casefold() in seen:
                n += 1
            text = f"{text} ({n})"
            key = text.casefold()
        seen[key] = i
        names.append(text)
    return names, dup, unnamed


def _header_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _merge_header(grid: list[list[Any]], h: int, merged: list[tuple[tuple[int, int], tuple[int, int]]],
                  r0: int, c0: int) -> tuple[list[Any], int]:
    """The header cells of row ``h`` and how many rows it spans: a row of merged cells over a
    row of sub-headers is read as one header ("Budget 2023", "Budget 2024")."""
    row = list(grid[h])
    spans = [(a[1] - c0, b[1] - c0) for a, b in merged if a[0] - r0 == h and b[1] > a[1]]
    for lo, hi in spans:  # a merged header cell names every column it covers
        for j in range(max(lo, 0) + 1, min(hi, len(row) - 1) + 1):
            if row[j] is None:
                row[j] = row[lo]
    if not spans or h + 1 >= len(grid):
        return row, 1
    sub = grid[h + 1]
    under = {j for lo, hi in spans for j in range(max(lo, 0), min(hi, len(sub) - 1) + 1)}
    if any(sub[j] is None for j in under) or any(
            v is not None and not isinstance(v, str) for j, v in enumerate(sub) if j not in under):
        return row, 1  # a sub-header fills every column under the merged cells, and is text
    joined = []
    for top, low in zip(row, sub):
        parts = [_header_text(x) for x in (top, low) if x is not None]
        joined.append(" ".join(dict.fromkeys(parts)) if parts else None)
    return joined, 2


def _sequence(values: list[Any]) -> bool:
    """True for a running number 1, 2, 3 … (a "№" column of an empty list; a few jumps allowed)."""
    first = next((v for v in values if v is not None), None)
    if first is None or first.__class__ not in (int, float):
        return False
    nums = [v for v in values if v is not None]
    if len(nums) < 3 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in nums):
        return False
    steps = [b - a for a, b in zip(nums, nums[1:])]
    return all(s > 0 for s in steps) and steps.count(1) >= 0.8 * len(steps)


#: How many rows the header is looked for in (and the table's shape judged from).
_HEAD = HEADER_SCAN + 30


def find_table(sheet: SourceSheet) -> Table | None:
    """The table of one sheet (possibly a blank template or a form), or None when empty."""
    head, _ph = _clean(sheet.rows[:_HEAD])
    if not head:
        return None
    h, _score, known_r = _header_row(head)
    label, known_c = _label_column(head)
    if known_c >= 3 and known_c > known_r:
        return table_at(sheet, "columns", sheet.start_col + label + 1)
    if h < 0:  # no row looks like a header: no table (a form when its cells are merged)
        return Table(sheet.name, "rows", 0, [], [], [], [],
                     kind="form" if len(sheet.merged) >= FORM_MERGES else "none")
    return table_at(sheet, "rows", sheet.start_row + h + 1)


def table_at(sheet: SourceSheet, orientation: str, header: int) -> Table | None:
    """The table of a sheet with its header at a given 1-based row (or column)."""
    if orientation == "columns":
        grid, placeholders = _clean(sheet.rows)
        grid = _transpose(grid)
        h = header - 1 - sheet.start_col
        if not 0 <= h < len(grid):
            return None
        table = _build(sheet, grid[h], grid, h + 1, orientation)
    else:
        h = header - 1 - sheet.start_row
        if not 0 <= h < len(sheet.rows):
            return None
        head, _ph = _clean(sheet.rows[:h + 2])
        raw, span = _merge_header(head, h, sheet.merged, sheet.start_row, sheet.start_col)
        h += span - 1
        table = _build(sheet, raw, sheet.rows, h + 1, orientation)
        placeholders = table.placeholders
    table.placeholders = placeholders
    table.uncached = list(sheet.uncached)
    return table


def _body(rows: Sequence[list[Any]], start: int, width: int) -> list[Sequence[Any]]:
    """The cells of ``rows[start:]`` column by column, at least ``width`` columns."""
    if isinstance(rows, ColumnRows):  # a text file read column by column: no rows made
        cols: list[Sequence[Any]] = [*rows.columns_from(start)]
        n = max(len(rows) - start, 0)
        return [*cols, *([None] * n for _ in range(width - len(cols)))]  # each a list of its own
    body = rows[start:]
    if not body:
        return [[] for _ in range(width)]
    width = max(width, *map(len, body))
    if min(map(len, body)) < width:
        body = [r if len(r) >= width else [*r, *([None] * (width - len(r)))] for r in body]
    return list(zip(*body))


def _columns(body: list[Sequence[Any]]) -> tuple[list[list[Any]], int, list[int | None]]:
    """The body's columns with blanks and placeholders as None, how many placeholders
    there were, and per column its empty cells when known without counting (0: a column of
    text without a blank)."""
    if not body or not body[0]:
        return [[] for _ in body], 0, [0] * len(body)
    columns = []
    placeholders = 0
    empty: list[int | None] = []
    for col in body:
        joined = None
        if len(set(col[:256])) > 128:  # mostly distinct values: look at them all at once
            with contextlib.suppress(TypeError):  # not all text: a spreadsheet's numbers …
                joined = "\x00" + "\x00".join(col)
        if joined is not None and _ODD_START.search(joined) is None:
            # No cell starts with a space or "<": fast. An empty cell is a "\x00" after a
            # "\x00" (or the last one), unless cells hold "\x00" themselves.
            maybe = "\x00\x00" in joined or joined.endswith("\x00")
            blank = {""} if maybe and "" in col else set()
            empty.append(None if blank else 0)
        else:  # a few values (each looked at once), or not all text
            uniq = set(col)
            blank = {v for v in uniq if v.__class__ is str and (not v or v.isspace() or (
                v[0] in " \t<" and _PLACEHOLDER.fullmatch(v) is not None))}
            empty.append(None if blank or None in uniq else 0)
        if blank - {""}:
            odd = {v for v in blank if v.strip()}
            placeholders += sum(1 for v in col if v in odd)
        if blank:
            gone = dict.fromkeys(blank)
            columns.append(list(map(gone.get, col, col)))
        else:  # a list is the body's own (``_body`` makes each anew): kept, not copied
            columns.append(col if col.__class__ is list else list(col))
    return columns, placeholders, empty


def _build(sheet: SourceSheet, header: list[Any], grid: Sequence[list[Any]], start: int,
           orientation: str) -> Table:
    """The table of ``header`` (ending on the row before ``start``) over ``grid[start:]``."""
    h = start - 1
    r0, c0 = (sheet.start_row, sheet.start_col) if orientation == "rows" else (
        sheet.start_col, sheet.start_row)
    cols, placeholders, known = _columns(_body(grid, start, len(header)))
    width = len(cols)
    n = len(cols[0]) if cols else 0
    header = [*header, *([None] * (width - len(header)))]
    header = [None if isinstance(v, str) and not v.strip() else v for v in header]
    end = n
    while end and all(c[end - 1] is None for c in cols):  # trailing blank rows
        end -= 1
    if end < n:
        n = end
        cols = [c[:n] for c in cols]
        known = [None] * width
    nones = [c.count(None) if k is None else k for c, k in zip(cols, known)]
    used = [j for j in range(width) if header[j] is not None or nones[j] < len(cols[j])]
    seq = [j for j in used if _sequence(cols[j])]
    content = [j for j in used if j not in seq]
    if content and min(nones[j] for j in content) == 0:
        records = list(range(n))  # a column filled in every row: every row is a record
    elif content:
        records = list(compress(range(n), map(_any_value, zip(*(cols[j] for j in content)))))
    else:
        records = []
    every = len(records) == n
    numbered = 0
    if seq:
        numbered = sum(map(_any_value, zip(*(cols[j] for j in seq)))) - len(records)
    letters = [col_letter(c0 + j) if orientation == "rows" else str(c0 + j + 1) for j in used]
    names, dup, unnamed = _names([header[j] for j in used], letters, orientation)
    columns = [cols[j] if every else [cols[j][i] for i in records] for j in used]
    rec_pos = list(range(r0 + h + 2, r0 + h + 2 + n)) if every else [
        r0 + h + 2 + i for i in records]
    fld_pos = [c0 + j + 1 for j in used]
    hidden_r, hidden_f = ((sheet.hidden_rows, sheet.hidden_cols) if orientation == "rows"
                          else (sheet.hidden_cols, sheet.hidden_rows))
    table = Table(sheet.name, orientation, r0 + h + 1, names, columns, rec_pos, fld_pos,
                  known=_known(list(header)), duplicate_headers=dup, unnamed=unnamed,
                  numbered_empty=max(numbered, 0), placeholders=placeholders,
                  hidden_records=[k for k, p in enumerate(rec_pos) if p - 1 in hidden_r]
                  if hidden_r else [],
                  hidden_fields=[k for k, p in enumerate(fld_pos) if p - 1 in hidden_f])
    table.kind = _kind(table, [cols[j] for j in content], records, [nones[j] for j in content])
    table.empty = [nones[j] - (n - len(records)) for j in used]
    table.merges = len(sheet.merged)
    if len(sheet.merged) >= FORM_MERGES or (len(sheet.merged) >= 5
                                            and len(sheet.merged) * 2 >= len(records)):
        table.kind = "form"
    return table


def _any_value(cells: tuple[Any, ...]) -> bool:
    return any(v is not None for v in cells)


def _kind(table: Table, cols: list[list[Any]], records: list[int], empties: list[int]) -> str:
    """``table``, ``blank`` (headers, no filled rows) or ``form`` (labels and values)."""
    if not records:
        return "blank"
    if not cols:
        return "blank"
    cells = sum(len(c) - n for c, n in zip(cols, empties))
    fill = cells / (len(records) * len(cols))
    single = sum(1 for i in records if sum(c[i] is not None for c in cols) == 1) if fill < 0.25 else 0
    if table.known < 2 and fill < 0.25 and len(cols) > 2 and single >= len(records) / 2:
        return "form"
    return "table"
