"""Text files (CSV, TSV): which encoding and separator they use, and their rows.

Encodings tried, in order: a byte-order mark (UTF-8 or UTF-16), strict UTF-8, then
Windows-1252 or Mac Roman, whichever gives the more typical punctuation (curly quotes,
dashes, bullets, €/£): a file read in the wrong one shows ``taxpayersÕ`` for
``taxpayers’``. Separators tried: comma, semicolon, tab and ``|``; the one that splits the
first lines into the most consistent number of cells wins.
"""

from __future__ import annotations

import contextlib
import csv
import io
import mmap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from ohtrack.intake.columnar import MIN_BYTES, ColumnRows, read_columns

#: Characters typical of real text in a single-byte encoding other than ASCII.
_TYPICAL = frozenset("‘’“”–—•…€£°éèêëàâäçïîôöüûñ\u00a0")
SEPARATORS = (",", ";", "\t", "|")
#: How much of the file the separator is guessed from.
_SAMPLE = 64 * 1024


@dataclass
class TextTable:
    """A text file's rows of cells (all text) and how it was read."""

    rows: Sequence[list[str]]  # a ``ColumnRows`` when it was read column by column
    encoding: str
    separator: str


def detect_encoding(data: bytes) -> str:
    """The encoding of a text file's bytes: ``utf-8-sig``, ``utf-16``, ``utf-8``, ``cp1252``
    or ``mac_roman``."""
    return decode(data)[1]


def decode(data: bytes) -> tuple[str, str]:
    """A text file's bytes as text, and the encoding found (see ``detect_encoding``)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        as_cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d, …)
        return data.decode("mac_roman"), "mac_roman"
    as_mac = data.decode("mac_roman")
    score_cp = sum(map(_TYPICAL.__contains__, as_cp1252))
    score_mac = sum(map(_TYPICAL.__contains__, as_mac))
    return (as_mac, "mac_roman") if score_mac > score_cp else (as_cp1252, "cp1252")


def detect_separator(text: str) -> str:
    """The cell separator of CSV text: the one giving the most consistent row width."""
    sample = text[:_SAMPLE]
    cut = sample.rfind("\n")
    if cut > 0 and len(text) > _SAMPLE:
        sample = sample[:cut]
    best, best_score = ",", -1.0
    for sep in SEPARATORS:
        widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=sep) if r]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = count / len(widths) * min(width, 50) ** 0.5
        if score > best_score:
            best, best_score = sep, score
    return best


def read_text_table(path: Path, encoding: str | None = None,
                    separator: str | None = None) -> TextTable:
    """The rows of a CSV or TSV file, with the encoding and separator found (or given)."""
    if not encoding and path.stat().st_size >= MIN_BYTES:
        table = _mapped_utf8_columns(path, separator)
        if table is not None:
            return table
    data = path.read_bytes()
    if encoding:
        enc, text = encoding, data.decode(encoding, errors="replace")
    else:
        text, enc = decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    sep = separator or _separator(path, text)
    columns = None
    if len(data) >= MIN_BYTES:
        utf8 = None  # the file's own bytes, when they are the text in UTF-8
        if enc.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
            utf8 = memoryview(data)[3:] if data.startswith(b"\xef\xbb\xbf") else data
        columns = read_columns(text, utf8, sep)
    rows = ColumnRows(columns) if columns is not None else _rows(text, sep)
    return TextTable(rows=rows, encoding=enc, separator=sep)


def _separator(path: Path, text: str) -> str:
    """A .tsv file's tab, when its first lines have one; else ``detect_separator``."""
    return "\t" if path.suffix.lower() == ".tsv" and "\t" in text[:_SAMPLE] else detect_separator(text)


def _mapped_utf8_columns(path: Path, separator: str | None) -> TextTable | None:
    """``_utf8_columns`` of the file mapped into memory: pyarrow reads its pages where they
    are, not a copy of them. None also when the file can't be mapped."""
    with path.open("rb") as fh:
        try:
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # a pipe, a file system that maps nothing
            return None
        try:
            return _utf8_columns(path, mm, separator)
        finally:
            with contextlib.suppress(BufferError):  # a view still held (by an error's
                mm.close()  # traceback): unmapped when it is freed


def _utf8_columns(path: Path, data: bytes | mmap.mmap, separator: str | None) -> TextTable | None:
    """A big UTF-8 file read column by column straight from its bytes: pyarrow checks that
    every cell is UTF-8, so the file is not decoded whole first; a UTF-8 file pyarrow can't
    read (not regular) is read row by row. None when the file is no UTF-8 (a UTF-16 BOM is
    none either): then it is read as any other file."""
    bom = data[:3] == b"\xef\xbb\xbf"
    body = memoryview(data)[3:] if bom else memoryview(data)
    size = 4 * _SAMPLE + 4  # more than _SAMPLE characters of any UTF-8 (as the whole text)
    try:  # the head only, cut where a character may be cut in two (its UTF-8 is checked)
        head = bytes(body[:size]).decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < min(size, len(body)) - 4:
            return None  # no UTF-8
        head = bytes(body[:exc.start]).decode("utf-8")
    sep = separator or _separator(path, head)
    enc = "utf-8-sig" if bom else "utf-8"
    columns = read_columns(head, body, sep)
    if columns is not None:
        return TextTable(rows=ColumnRows(columns), encoding=enc, separator=sep)
    try:  # not regular, or no UTF-8 after the head
        text = bytes(body).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return TextTable(rows=_rows(text, sep), encoding=enc, separator=sep)


def _rows(text: str, sep: str) -> list[list[str]]:
    r"""The CSV rows of ``text``, its lines ending at ``\n``, ``\r\n`` or a lone ``\r``."""
    lines = text.splitlines(keepends=True)  # faster to read than a StringIO of the text …
    if all(map(str.endswith, lines[:-1], repeat("\n"))):  # … when it split at line ends only
        return list(csv.reader(lines, delimiter=sep))
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))  # \r, \x0b, \u2028 …


#: The least share of a table's lines with its most common number of cells. Every real CSV
#: tried has all of them (the inventories, surveys and networks in the tests); prose split at
#: its commas about half (a Markdown page 0.47, meeting notes 0.5).
STEADY = 0.6


def steady(rows: Sequence[list[str]]) -> bool:
    """Whether the non-blank lines mostly have one number of cells, as a table's do (a file
    read column by column is regular by its reading). A title or notes above the header and
    a line or two that went wrong keep a list steady; prose is not."""
    if isinstance(rows, ColumnRows):
        return True
    widths = Counter(len(r) for r in rows if any(c.strip() for c in r))
    if not widths:
        return True  # nothing but blank lines: said so by the table finder
    return widths.most_common(1)[0][1] >= STEADY * sum(widths.values())
