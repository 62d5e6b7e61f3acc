"""What an OpenDocument spreadsheet's ``content.xml`` will cost to read, before it is read.

OpenDocument repeats rows and cells (``table:number-rows-repeated="9000"``,
``table:number-columns-repeated="10000"``): a 1 KB file can stand for 90 million cells,
which calamine makes one by one. Every row and cell tag is walked (cheap: ODS files are
small), counting only repeated cells that hold something, as calamine does.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from ohtrack.workbook.members import open_part
from ohtrack.workbook.scan import BLOCK_CELL, CHUNK, TEXT_BYTE, VALUE_CELL, cell_name

_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>")
_ROWS = re.compile(rb"""number-rows-repeated\s*=\s*["'](\d+)""")
_COLS = re.compile(rb"""number-columns-repeated\s*=\s*["'](\d+)""")
_NAME = re.compile(rb"""table:name\s*=\s*["']([^"']*)""")


@dataclass
class OdsTable:
    """One table: how far its cells with something in them reach, and how many there are."""

    name: str
    rows: int = 0
    cols: int = 0
    cells: int = 0

    def estimate(self, text: int) -> int:
        return int(self.rows * self.cols * BLOCK_CELL + self.cells * VALUE_CELL + text * TEXT_BYTE)

    def extent(self) -> str:
        return f"A1:{cell_name(self.rows, self.cols)}" if self.rows and self.cols else ""


class _Walker:
    def __init__(self) -> None:
        self.tables: list[OdsTable] = []
        self.row = 0  # rows before the current one
        self.col = 0
        self.repeat = 1  # how often the current row repeats
        self.filled = False  # the current row has a cell with something in it

    def feed(self, data: bytes) -> None:
        for closing, name, attrs, empty in _TAG.findall(data):
            if name == b"table":
                if not closing:
                    m = _NAME.search(attrs)
                    self.tables.append(OdsTable(m[1].decode("utf-8", "replace") if m else ""))
                    self.row = 0
                continue
            if not self.tables:
                continue
            table = self.tables[-1]
            if name == b"table-row":
                if not closing:
                    m = _ROWS.search(attrs)
                    self.repeat, self.col, self.filled = int(m[1]) if m else 1, 0, False
                if closing or empty:
                    if self.filled:
                        table.rows = max(table.rows, self.row + self.repeat)
                    self.row += self.repeat
                continue
            if closing:
                continue
            m = _COLS.search(attrs)
            times = int(m[1]) if m else 1
            if not empty or b"value-type" in attrs:
                table.cols = max(table.cols, self.col + times)
                table.cells += times * self.repeat
                self.filled = True
            self.col += times


def ods_tables(zf: zipfile.ZipFile) -> tuple[list[OdsTable], int]:
    """The tables of ``content.xml`` and its size in bytes."""
    walker = _Walker()
    size = 0
    with open_part(zf, "content.xml") as fh:
        tail = b""
        while chunk := fh.read(CHUNK):
            size += len(chunk)
            buf = tail + chunk
            cut = buf.rfind(b">") + 1
            walker.feed(buf[:cut])
            tail = buf[cut:]
    return walker.tables, size
