"""Reading someone else's file into sheets of cells: CSV/TSV, xlsx, xls and ods.

Spreadsheets are read with python-calamine (formula cells give their stored values);
xlsx files are also searched for hidden rows and columns, which are kept and flagged.
The source file is only ever read.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ohtrack.errors import InventoryError, WorkbookError
from ohtrack.intake.textfile import read_text_table, steady
from ohtrack.workbook.budget import BudgetError, check_text_file, memory_budget, package
from ohtrack.workbook.source import ole_encrypted, read_workbook, sniff

#: Merged range as calamine gives it: ((first row, first col), (last row, last col)), 0-based.
Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class SourceSheet:
    """One sheet (or the one table of a text file) as rows of cells, with where it sits."""

    name: str | None
    rows: Sequence[list[Any]]  # a ``ColumnRows`` for a text file read column by column
    start_row: int = 0  # 0-based row of rows[0] in the file
    start_col: int = 0
    merged: list[Merge] = field(default_factory=list)
    visible: bool = True
    hidden_rows: set[int] = field(default_factory=set)  # 0-based rows of the file
    hidden_cols: set[int] = field(default_factory=set)
    uncached: list[str] = field(default_factory=list)  # cells whose formula has no value


@dataclass
class Source:
    """A source file's sheets and how it was read."""

    path: Path
    kind: str  # csv, xlsx, xls, ods
    sheets: list[SourceSheet]
    encoding: str | None = None
    separator: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})


def read_source(path: str | Path, encoding: str | None = None,
                separator: str | None = None, max_memory: int | str | None = None) -> Source:
    """Read ``path`` (CSV/TSV, xlsx, xls or ods); raise ``InventoryError`` when it can't be,
    or when reading it would take more memory than ``max_memory`` (bytes or ``2G``; default
    ``$OHTRACK_MAX_MEMORY``, else 1 GiB)."""
    p = Path(path)
    budget = memory_budget(max_memory)
    try:
        kind = sniff(p)
    except WorkbookError as exc:
        raise _refused(exc) from None
    if kind == "empty":
        raise InventoryError(f"{p}: an empty file (0 bytes)", "empty", {"path": str(p)})
    if kind == "text":
        if p.suffix.lower() not in TEXT_SUFFIXES and _looks_binary(p):
            raise InventoryError(f"{p}: not a spreadsheet or CSV file", "not-a-list", {"path": str(p)})
        try:
            check_text_file(p.stat().st_size, budget)
        except BudgetError as exc:  # refused before a byte is read
            raise InventoryError.make(exc.reason, path=str(p), **exc.params) from None
        table = read_text_table(p, encoding, separator)
        if not steady(table.rows):
            raise InventoryError.make("prose", path=str(p))
        return Source(p, "csv", [SourceSheet(None, table.rows)], table.encoding,
                      table.separator)
    if kind == "ole":
        return Source(p, "xls", _read_ole(p))
    try:
        raw = read_workbook(p, max_memory=budget)
    except WorkbookError as exc:
        raise _refused(exc) from None
    hidden = _hidden_xlsx(p) if p.suffix.lower() != ".ods" else {}
    sheets = []
    for name, rs in raw.sheets.items():
        rows_hidden, cols_hidden = hidden.get(name, (set(), set()))
        sheets.append(SourceSheet(name, rs.rows, rs.start_row, rs.start_col, rs.merged, rs.visible,
                                  rows_hidden, cols_hidden, raw.uncached_formulas.get(name, [])))
    kind_name = "ods" if any(s.name for s in sheets) and _is_ods(p) else "xlsx"
    return Source(p, kind_name, sheets)


def _refused(exc: WorkbookError) -> InventoryError:
    """The reader's refusal as an import's: its message (a named pipe, a damaged zip, the
    memory budget …) from the reader's catalogue, in either language."""
    err = InventoryError(str(exc), exc.reason, exc.params)
    err.catalogue = exc.catalogue
    return err


def _looks_binary(p: Path) -> bool:
    """A file of bytes that are no text (a NUL among the first), or a PDF document."""
    with p.open("rb") as fh:
        head = fh.read(4096)
    return b"\x00" in head or head.startswith(b"%PDF-")


def _is_ods(p: Path) -> bool:
    try:
        with zipfile.ZipFile(p) as zf:
            return "mimetype" in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _read_ole(p: Path) -> list[SourceSheet]:
    """An Excel 97-2003 (.xls) file through python-calamine."""
    import python_calamine

    if ole_encrypted(p):
        raise InventoryError(f"{p}: the workbook is password-protected", "password", {"path": str(p)})
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(p))
    except Exception as exc:  # calamine's own error types: one line
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InventoryError(f"{p}: can't be read ({detail})", "unreadable",
                             {"path": str(p), "detail": detail}) from None
    out = []
    try:
        visible = {m.name: str(m.visible).endswith("Visible") for m in wb.sheets_metadata}
        for name in wb.sheet_names:
            try:
                sh = wb.get_sheet_by_name(name)
                rows = sh.to_python()
                start = sh.start or (0, 0)
                merged = list(sh.merged_cell_ranges or [])
            except Exception:  # a chart sheet or a damaged one: not a table
                continue
            out.append(SourceSheet(name, rows, start[0], start[1], merged, visible.get(name, True)))
    finally:
        wb.close()
    return out


_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)/?>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_R = re.compile(rb'\br="(\d+)"')
_MIN = re.compile(rb'\bmin="(\d+)"')
_MAX = re.compile(rb'\bmax="(\d+)"')


def _hidden_xlsx(p: Path) -> dict[str, tuple[set[int], set[int]]]:
    """Hidden rows and columns (0-based) per sheet name, from the sheets' XML."""
    out: dict[str, tuple[set[int], set[int]]] = {}
    try:
        with zipfile.ZipFile(p) as zf:
            parts = {part: name for name, part in package(zf).sheets.items()}
            for part, sheet in parts.items():
                try:
                    xml = zf.read(part)
                except KeyError:
                    continue
                if b'hidden="' not in xml:
                    continue
                rows = {int(m[1]) - 1 for a in _ROW.findall(xml) if _HIDDEN.search(a)
                        for m in [_R.search(a)] if m}
                cols: set[int] = set()
                for a in _COL.findall(xml):
                    lo, hi = _MIN.search(a), _MAX.search(a)
                    if _HIDDEN.search(a) and lo and hi:
                        cols.update(range(int(lo[1]) - 1, min(int(hi[1]), 16384)))
                out[sheet] = (rows, cols)
    except (zipfile.BadZipFile, OSError):
        return {}
    return out
