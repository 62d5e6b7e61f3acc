"""Cheap scans of a worksheet's XML before python-calamine reads it.

python-calamine keeps a sheet as one dense block from its first to its last cell with a
value, plus a copy of the text of every cell: a single cell at XFD1048576 makes that block
17 billion cells. ``read_scan`` finds, without building anything per cell, how far the cells
with a value reach, how many there are and how much text they hold, so ``PartScan.estimate``
can say what reading the sheet will cost before it is read. Big parts are checked with a
few C-speed searches per chunk; a part those can't vouch for (cells without ``r=`` first,
namespace prefixes, a cell beyond the rows and columns seen so far) and every small part
is walked tag by tag, placing cells the way calamine does.

``error_cells`` and ``uncached_cells`` find the cells calamine hands over as empty although
they are not: Excel error values (``#N/A``, ``#DIV/0!`` …: python-calamine gives ``""``)
and formulas without a stored result.
"""

from __future__ import annotations

import contextlib
import queue
import re
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from ohtrack.workbook.cells import col_letter
from ohtrack.workbook.members import Readable, open_part

#: Bytes decompressed at a time.
CHUNK = 1 << 20
#: Parts up to this size are walked tag by tag (exact, and cheap at this size).
EXACT_UP_TO = 128 << 10
#: How much of a big part is walked to learn how wide its rows are.
HEAD = 64 << 10
#: What reading costs (bytes): per cell of the dense block, per cell with a value, per byte
#: of cell text. Measured with python-calamine 0.9.1 and ``ohtrack.read`` on a 4-million-cell
#: empty block (172 MB), a million numbers (230-330 MB), 200 MB of text (450 MB) and the
#: 100,000-initiative bench workbook (285 MB): the estimate is within about 1.5x of those.
BLOCK_CELL = 48
VALUE_CELL = 150
TEXT_BYTE = 2.2
#: Bytes of markup a cell with a value has at least (``<c r="A1"><v>1</v></c>``).
CELL_MARKUP = 20

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref\s*=\s*["\']([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?')
_ROWS = re.compile(rb'<row r="(\d+)"')
_CELL_AT = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"[^>]*?(/?)>')
#: A row or cell with a namespace prefix: the fast check leaves those to the exact walk.
_PREFIXED = re.compile(rb":(?:c|row)[\s>/]")
_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*?)(/?)>")
_R_ATTR = re.compile(rb"""(?:^|\s)r\s*=\s*["']([A-Za-z]*)(\d*)["']""")
_TYPE_E = re.compile(rb"""(?:^|\s)t\s*=\s*["']e["']""")
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
#: ``<f`` anywhere (the regex engine finds it faster than ``bytes.find`` among many ``<``).
_FORMULA = re.compile(rb"<f")


class ScanError(Exception):
    """A part to refuse; ``reason`` names ``problems.unreadable-file.<reason>``."""

    def __init__(self, reason: str, part: str) -> None:
        super().__init__(reason, part)
        self.reason = reason
        self.part = part


@dataclass
class PartScan:
    """What a worksheet part holds: upper bounds of what calamine will make of it."""

    part: str
    size: int  # bytes of XML
    first: tuple[int, int] = (0, 0)  # 1-based (row, column) of the top-left cell with a value
    last: tuple[int, int] = (0, 0)  # of the bottom-right one; (0, 0): no cell
    cells: int = 0  # cells with a value
    shared: int = 0  # cells referring to a shared string
    formulas: bool = False  # has a formula (or something like one): ``<f`` anywhere
    errors: bool = False  # has a cell of type error: ``t="e"`` anywhere
    #: The bottom-right cell as seen, for messages, when ``last`` is only a bound above it.
    seen: tuple[int, int] | None = None
    #: ``cells`` is the block, not a count (see ``count_cells``).
    cells_bound: bool = False
    #: A DTD or entity declaration somewhere in the part (refused when the sheet is read).
    dtd: bool = False
    #: ``formulas``, ``errors`` and ``dtd`` are known (the fast scan leaves them to
    #: ``read_flags``, which can run while calamine reads the sheet).
    flagged: bool = True

    @property
    def block(self) -> int:
        """Cells in the dense block calamine makes."""
        if self.last == (0, 0):
            return 0
        return (self.last[0] - self.first[0] + 1) * (self.last[1] - self.first[1] + 1)

    def extent(self) -> str:
        """The block as a range, ``A1:XFD1048576``."""
        if self.last == (0, 0):
            return ""
        return f"{cell_name(*self.first)}:{cell_name(*(self.seen or self.last))}"

    def estimate(self, shared_bytes: int = 0) -> int:
        """Bytes reading this sheet takes; ``shared_bytes``: the text of its shared strings."""
        text = max(0, self.size - self.cells * CELL_MARKUP) + shared_bytes
        return int(self.block * BLOCK_CELL + self.cells * VALUE_CELL + text * TEXT_BYTE)


def column_number(letters: bytes | str) -> int:
    """``A`` → 1, ``XFD`` → 16384."""
    text = letters.decode("ascii") if isinstance(letters, bytes) else letters
    n = 0
    for ch in text.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    """1 → ``A``, 16384 → ``XFD``."""
    return col_letter(n - 1)


def cell_name(row: int, col: int) -> str:
    """1-based (row, column) → ``A1``."""
    return f"{column_letters(col)}{row}"


def _name_at_most(name: str) -> str:
    """A regex for the column names up to ``name``: shorter ones, or as long and not greater
    at the first letter they differ."""
    alts = [f"[A-Z]{{1,{len(name) - 1}}}"] if len(name) > 1 else []
    for i, ch in enumerate(name):
        rest = len(name) - i - 1
        if ch != "A":
            alts.append(f"{name[:i]}[A-{chr(ord(ch) - 1)}]" + (f"[A-Z]{{{rest}}}" if rest else ""))
    alts.append(name)
    return "|".join(alts)


def row_bound(rows: int) -> int:
    """The highest row the fast check lets through for ``rows``: as many digits and the first
    two no higher (at most about 10 % above ``rows``)."""
    digits = str(rows)
    if len(digits) < 3:
        return 99
    return (int(digits[:2]) + 1) * 10 ** (len(digits) - 2) - 1


def _rows_up_to(rows: int) -> str:
    """A regex for the row numbers up to ``row_bound(rows)``."""
    digits = str(rows)
    if len(digits) < 3:
        return "\\d{1,2}"
    n = len(digits)
    alts = [f"\\d{{1,{n - 1}}}"]
    a, b = int(digits[0]), int(digits[1])
    if a > 1:
        alts.append(f"[1-{a - 1}]\\d{{{n - 1}}}")
    alts.append(f"{a}[0-{b}]\\d{{{n - 2}}}")
    return "|".join(alts)


def _outside(rows: int, cols: int) -> re.Pattern[bytes]:
    """A cell tag not of the form ``<c r="A1"`` with a column up to ``cols`` and a row up to
    ``row_bound(rows)``: without ``r=`` first, or beyond the bound."""
    pattern = f'<c(?! r="(?:{_name_at_most(column_letters(cols))})(?:{_rows_up_to(rows)})")[\\s>/]'
    return re.compile(pattern.encode())


def _fast(chunks: Iterator[bytes], part: str, size: int, shared: bool = False) -> PartScan | None:
    """The C-speed scan of a big part, or None when it can't vouch for the bound.

    Only cells place values (a cell without ``r=`` takes the place after the one before),
    so every cell tag is checked to name a column up to the widest row of the first chunk
    (or the declared dimension) and a row up to the ``row_bound`` of the rows seen; a chunk
    with a cell past that first raises the bound to its own rows, then sends the part to
    the exact walk. A chunk is searched up to its last ``>``, so no tag is cut in two.
    The cells are not counted: ``cells`` is the whole block (see ``count_cells``). Whether
    the part has formulas, error cells or a DTD is left to ``read_flags``: only the bound
    stands between calamine and the sheet.
    """
    scan = PartScan(part, size, flagged=False)
    chunk = next(chunks, b"")
    head_rows, head_cols = _head_extent(chunk[:HEAD])
    rows, cols = max(head_rows, 1), max(head_cols, _declared_cols(chunk), 1)
    outside = _outside(rows, cols)
    carry = b""
    seen = 0  # the last row element's number, for messages
    done = 0  # bytes searched
    any_cell = False
    while chunk:
        buf = carry + chunk if carry else chunk
        cut = buf.rfind(b">") + 1
        hit = outside.search(buf, 0, cut)
        if hit:  # rows so far outgrew the bound: raise it to where this part's rows will end
            found = _ROWS.findall(buf, 0, cut)
            if not found or int(found[-1]) <= rows:
                return None
            top = int(found[-1])
            rows = max(top, min(int(top * size / (done + cut) * 1.05), 1 << 32))
            outside = _outside(rows, cols)
            if outside.search(buf, hit.start(), cut):
                return None
        if buf.find(b":", 0, cut) >= 0 and _PREFIXED.search(buf, 0, cut):  # memchr first
            return None  # a prefixed tag: walked instead
        any_cell = any_cell or buf.find(b"<c ", 0, cut) >= 0
        if shared:
            scan.shared += buf.count(b't="s"', 0, cut)
        last = _ROWS.search(buf, max(buf.rfind(b'<row r="', 0, cut), 0))
        seen = max(seen, int(last[1])) if last else seen
        carry = buf[cut:]
        done += cut
        chunk = next(chunks, b"")
    if any_cell:
        scan.first, scan.last, scan.seen = (1, 1), (row_bound(rows), cols), (max(seen, 1), cols)
        scan.cells, scan.cells_bound = scan.block, True
    return scan


def read_flags(zf: zipfile.ZipFile, scan: PartScan, stop: threading.Event | None = None) -> None:
    """Note whether a part scanned fast has formulas, error cells or a DTD (a second pass,
    inflating the part again, in this thread alone: it runs while calamine reads, which
    takes the other core). Setting ``stop`` ends it early (the flags are then of no use)."""
    carry = b""
    with open_part(zf, scan.part) as fh:
        for chunk in _reads(fh, stop):
            buf = carry + chunk if carry else chunk
            cut = buf.rfind(b">") + 1
            _flag(scan, buf, cut)
            carry = buf[cut:]
    _flag(scan, carry, len(carry))  # what follows the last tag
    scan.flagged = True


def _flag(scan: PartScan, buf: bytes, end: int) -> None:
    """Note formulas, error cells and a DTD in ``buf[:end]`` (none of the strings holds a
    ``>``, so searching each chunk up to its last ``>`` misses none)."""
    if not scan.formulas and (_FORMULA.search(buf, 0, end) or buf.find(b":f", 0, end) >= 0):
        scan.formulas = True  # <f>, or a prefixed <x:f>
    if not scan.errors and (buf.find(b't="e"', 0, end) >= 0
                            or (buf.find(b"'", 0, end) >= 0 and buf.find(b"t='e'", 0, end) >= 0)):
        scan.errors = True
    if not scan.dtd and buf.find(b"!", 0, end) >= 0 and _DTD.search(buf, 0, end):
        scan.dtd = True


def count_cells(zf: zipfile.ZipFile, part: str) -> int:
    """The cells with a value in a part (for a bound too rough to keep the budget)."""
    n = 0
    with open_part(zf, part) as fh:
        prev = b""
        while chunk := fh.read(CHUNK):
            n += (prev + chunk[:1]).count(b"c>") + chunk.count(b"c>")
            prev = chunk[-1:]
    return n


def _head_extent(head: bytes) -> tuple[int, int]:
    """The highest row and column (1-based; 0 when none) of the ``<c r="A1">`` cells in a
    part's first bytes (cells that may hold a value: not ``<c …/>``, as the walk). A cell
    without ``r=`` is not counted: the bound check finds it and sends the part to the walk."""
    refs = [(c, r) for c, r, empty in _CELL_AT.findall(head) if not empty]
    if not refs:
        return 0, 0
    return max(map(int, [r for _, r in refs])), max(map(column_number, {c for c, _ in refs}))


def _declared_cols(head: bytes) -> int:
    m = _DIMENSION.search(head[:4096])
    letters = (m[3] or m[1]) if m else None
    return column_number(letters) if letters else 0


class _Walker:
    """Walks rows and cells the way calamine places them, keeping the corners of the
    cells with a value (0-based)."""

    def __init__(self) -> None:
        self.row = 0
        self.col = 0
        self.lo = [1 << 62, 1 << 62]
        self.hi = [-1, -1]
        self.cells = 0
        self.shared = 0

    def feed(self, data: bytes) -> None:
        for closing, name, attrs, empty in _TAG.findall(data):
            self.tag(closing, name, attrs, empty)

    def tag(self, closing: bytes, name: bytes, attrs: bytes, empty: bytes) -> tuple[int, int]:
        """Take one ``<row>``/``<c>`` tag; return the (row, column) of a cell."""
        if name == b"row":
            if not closing:
                r = _R_ATTR.search(attrs)
                if r and r[2]:
                    self.row = int(r[2]) - 1
            if closing or empty:
                self.row, self.col = self.row + 1, 0
            return -1, -1
        if closing:
            return -1, -1
        r = _R_ATTR.search(attrs)
        if r and r[1] and r[2]:
            row, col = int(r[2]) - 1, column_number(r[1]) - 1
        else:
            row, col = self.row, self.col
        self.col = col + 1
        if not empty:
            self.cells += 1
            self.shared += b't="s"' in attrs or b"t='s'" in attrs
            self.lo = [min(self.lo[0], row), min(self.lo[1], col)]
            self.hi = [max(self.hi[0], row), max(self.hi[1], col)]
        return row, col

    def result(self, part: str, size: int, formulas: bool, errors: bool) -> PartScan:
        scan = PartScan(part, size, cells=self.cells, shared=self.shared, formulas=formulas,
                        errors=errors)
        if self.cells:
            scan.first = (self.lo[0] + 1, self.lo[1] + 1)
            scan.last = (self.hi[0] + 1, self.hi[1] + 1)
        return scan


def _walk(chunks: Iterator[bytes], part: str, size: int) -> PartScan:
    walker = _Walker()
    flags = PartScan(part, size)  # its formulas, errors and DTD, as ``_flag`` notes them
    tail = b""
    for chunk in chunks:
        buf = tail + chunk
        cut = buf.rfind(b">") + 1  # what is fed ends after a tag
        _flag(flags, buf, cut)
        if flags.dtd:
            raise ScanError("dtd", part)
        walker.feed(buf[:cut])
        tail = buf[cut:]
    _flag(flags, tail, len(tail))
    if flags.dtd:
        raise ScanError("dtd", part)
    return walker.result(part, size, flags.formulas, flags.errors)


def _chunks(zf: zipfile.ZipFile, part: str, cancel: threading.Event | None = None) -> Iterator[bytes]:
    """The part's bytes chunk by chunk, inflated in a second thread (zlib lets go of the GIL,
    so inflating overlaps the searches)."""
    out: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=4)
    stop = threading.Event()

    def produce() -> None:
        try:
            with open_part(zf, part) as fh:
                while not stop.is_set() and not (cancel and cancel.is_set()) and (chunk := fh.read(CHUNK)):
                    out.put(chunk)
            out.put(None)
        except BaseException as exc:  # raised where the chunks are taken
            out.put(exc)

    worker = threading.Thread(target=produce, daemon=True)
    worker.start()
    try:
        while (item := out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # let the producer see the stop and finish
            with contextlib.suppress(queue.Empty):
                out.get(timeout=0.05)
        worker.join()


def read_scan(zf: zipfile.ZipFile, part: str, shared: bool = False,
              stop: threading.Event | None = None, flags: bool = True) -> PartScan:
    """What one worksheet part of an open zip holds (see the module's docstring); ``shared``:
    the workbook has shared strings, so count the cells that refer to them. Setting ``stop``
    ends the scan early (its result is then of no use). With ``flags=False`` a part scanned
    fast comes back with ``flagged`` false: ``read_flags`` finds its formulas, error cells
    and DTD later."""
    size = zf.getinfo(part).file_size
    if size > EXACT_UP_TO:
        fast = _fast(_chunks(zf, part, stop), part, size, shared)
        if fast is not None:
            if flags:
                read_flags(zf, fast, stop)
            return fast
    with open_part(zf, part) as fh:
        return _walk(_reads(fh, stop), part, size)


def _reads(fh: Readable, stop: threading.Event | None) -> Iterator[bytes]:
    while (stop is None or not stop.is_set()) and (chunk := fh.read(CHUNK)):
        yield chunk


# -- shared strings ------------------------------------------------------------------------

_SI = re.compile(rb"<(?:\w+:)?si[\s>/]")


def shared_string_sizes(data: bytes) -> list[int]:
    """The XML size of each shared string (an upper bound of its text), in order."""
    starts = [m.start() for m in _SI.finditer(data)]
    return [e - s for s, e in zip(starts, [*starts[1:], len(data)])]


_SHARED_CELL = re.compile(rb"""<(?:\w+:)?c\b[^>]*?\bt=["']s["'][^>]*>\s*<(?:\w+:)?v>\s*(\d+)\s*<""")
#: How Excel and most writers put it: the type last, the value right after.
_SHARED_PLAIN = re.compile(rb't="s"><v>(\d+)</v>')


def shared_text(zf: zipfile.ZipFile, part: str, sizes: list[int]) -> int:
    """Bytes of shared-string text the cells of one part copy (each cell its own copy)."""
    n = len(sizes)
    total = 0
    tail = b""
    with open_part(zf, part) as fh:
        while chunk := fh.read(CHUNK):
            buf = tail + chunk
            cut = buf.rfind(b">") + 1
            found = _SHARED_PLAIN.findall(buf, 0, cut)
            if len(found) != buf.count(b't="s"', 0, cut) or b"t='s'" in buf:
                found = _SHARED_CELL.findall(buf, 0, cut)  # other forms: the full pattern
            total += sum(sizes[i] for i in map(int, found) if i < n)
            tail = buf[cut:]
    return total


# -- cells that read as empty but are not --------------------------------------------------

_VALUE = re.compile(rb"<(?:[\w.-]+:)?v>([^<]*)</(?:[\w.-]+:)?v>")
_CELL_END = re.compile(rb"</(?:[\w.-]+:)?c>")


def error_cells(xml: bytes) -> dict[str, str]:
    """Reference → Excel error (``#N/A``, ``#DIV/0!`` …) of each error cell in a sheet's XML.

    python-calamine hands these cells over as ``""``, like empty ones.
    """
    out: dict[str, str] = {}
    if b't="e"' not in xml and b"t='e'" not in xml:
        return out
    walker = _Walker()
    for m in _TAG.finditer(xml):
        closing, name, attrs, empty = m.groups()
        row, col = walker.tag(closing, name, attrs, empty)
        if row < 0 or empty or not _TYPE_E.search(attrs):
            continue
        end = _CELL_END.search(xml, m.end())
        value = _VALUE.search(xml, m.end(), end.start() if end else len(xml))
        out[cell_name(row + 1, col + 1)] = value[1].decode("utf-8", "replace").strip() if value else "#?"
    return out


#: A cell whose formula has no stored result: no ``<v>`` at all, or an empty one that is not
#: an empty-text result (``t="str"`` with ``<v/>`` is a formula that gave "", and is fine).
_UNCACHED = re.compile(
    rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3}\d+)"')
_TEXT_TYPE = re.compile(rb'\bt="str"')


def uncached_cells(xml: bytes) -> list[str]:
    """References of the cells in one sheet's XML whose formula has no stored result."""
    out = []
    for m in _UNCACHED.finditer(xml):
        attrs = m.group(1)
        if m.group(2) is not None and _TEXT_TYPE.search(attrs):
            continue  # a formula whose result is the empty text
        ref = _CELL_REF.search(attrs)
        if ref:
            out.append(ref.group(1).decode())
    return out
