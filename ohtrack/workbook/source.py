"""Opening a workbook file safely and reading its sheets as rows (python-calamine).

Every way a file can fail to be a workbook becomes one ``WorkbookError`` with a one-line
message naming the file; the file itself is only ever read. Reading keeps to a memory
budget (``ohtrack.workbook.budget``): what would need more is refused before it is read.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ohtrack.errors import WorkbookError
from ohtrack.i18n.problems import render
from ohtrack.workbook import budget as bd
from ohtrack.workbook.scan import ScanError, uncached_cells

__all__ = ["RawSheet", "RawWorkbook", "read_workbook", "sniff", "uncached_cells"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
#: Uncompressed size above which a workbook is refused as a zip bomb.
MAX_UNCOMPRESSED = 2 * 1024**3
#: Compression ratio above which one member is refused as a zip bomb.
MAX_RATIO = 1000
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass
class RawSheet:
    """One sheet's cells as calamine read them, with where the block starts."""

    name: str
    rows: list[list[Any]]
    start_row: int = 0  # 0-based row of rows[0]
    start_col: int = 0  # 0-based column of rows[r][0]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    visible: bool = True


@dataclass
class RawWorkbook:
    """A workbook's sheets in file order, plus formulas that have no cached value."""

    path: Path
    sheets: dict[str, RawSheet]
    uncached_formulas: dict[str, list[str]] = field(default_factory=dict)
    #: Sheet name → {cell reference: Excel error text} (calamine reads these cells as "").
    error_cells: dict[str, dict[str, str]] = field(default_factory=dict)


def _fail(path: Path, reason: str, **params: Any) -> WorkbookError:
    """The error for ``path`` with the catalogue's message ``problems.unreadable-file.<reason>``."""
    params = {"path": str(path), **params}
    message = render("unreadable-file", {"variant": reason, **params}, "en")
    assert message is not None, reason
    return WorkbookError(message, reason, params)


_SPECIAL = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"),
            (stat.S_ISSOCK, "socket"))


def sniff(path: Path) -> str:
    """The kind of file by its first bytes: ``zip``, ``ole``, ``empty`` or ``text``.

    Only a regular file is opened: a folder, a named pipe, a device or a socket is refused
    at once (opening a pipe would wait forever for a writer).
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise _fail(path, "missing") from None
    except OSError as exc:
        raise _fail(path, "unreadable", detail=exc.strerror or str(exc)) from None
    if stat.S_ISDIR(mode):
        raise _fail(path, "folder")
    for is_kind, kind in _SPECIAL:
        if is_kind(mode):
            raise _fail(path, kind)
    if not stat.S_ISREG(mode):
        raise _fail(path, "not-workbook")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        return "empty"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return "text"


def ole_encrypted(path: Path) -> bool:
    """An OLE file (``.xls``, or an encrypted ``.xlsx``) that is password-protected: its first
    megabyte names ``EncryptionInfo`` (only that much is read)."""
    with path.open("rb") as fh:
        head = fh.read(1_000_000)
    return "EncryptionInfo".encode("utf-16-le") in head or b"EncryptionInfo" in head


def _check_ole(path: Path) -> WorkbookError:
    return _fail(path, "password" if ole_encrypted(path) else "xls")


def _check_zip(path: Path) -> str:
    """Refuse corrupt zips, zip bombs, XML with DTDs or in encodings calamine can't read;
    return the kind: ``xlsx`` or ``ods``."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _fail(path, "corrupt-zip", detail=str(exc)) from None
    with zf:
        names = zf.namelist()
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO \
                    and info.file_size > 10_000_000:
                raise _fail(path, "zip-bomb", part=info.filename, size=info.file_size)
        if total > MAX_UNCOMPRESSED:
            raise _fail(path, "too-big")
        if "mimetype" in names:
            mime = zf.read("mimetype").decode("ascii", "replace").strip()
            if "spreadsheet" in mime:
                return "ods"
            raise _fail(path, "opendocument", mime=mime)
        if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
            if "word/document.xml" in names:
                raise _fail(path, "word")
            raise _fail(path, "zip")
        for name in names:
            if name.endswith((".xml", ".rels", ".vml")):
                try:
                    with zf.open(name) as fh:
                        encoding, head = _prolog(fh)
                except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error) as exc:
                    raise _fail(path, "damaged-part", part=name, detail=str(exc)) from None
                if _DTD.search(head):
                    raise _fail(path, "dtd", part=name)
                if encoding is not None and _READ_PART.search(name):
                    # calamine reads UTF-8 only: the sheet would come out empty
                    raise _fail(path, "encoding", part=name, encoding=encoding)
        _check_workbook_xml(path, zf, names)
        return "xlsx"


#: Parts calamine reads (others, such as customXml, may be in any encoding).
_READ_PART = re.compile(r"sheet|workbook|sharedstrings|styles|\.rels$", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_ELEMENT = re.compile(rb"<[A-Za-z_]")
#: How far into a part the root element must start (a DTD can only come before it).
MAX_PROLOG = 1 << 20


#: Byte order marks and first bytes of XML in encodings that are not UTF-8 compatible
#: (longest first, so UTF-32 is not taken for UTF-16).
_WIDE = ((b"\xff\xfe\x00\x00", "UTF-32-LE"), (b"\x00\x00\xfe\xff", "UTF-32-BE"),
         (b"<\x00\x00\x00", "UTF-32-LE"), (b"\x00\x00\x00<", "UTF-32-BE"),
         (b"\xff\xfe", "UTF-16-LE"), (b"\xfe\xff", "UTF-16-BE"),
         (b"<\x00", "UTF-16-LE"), (b"\x00<", "UTF-16-BE"))


def _prolog(fh: IO[bytes]) -> tuple[str | None, bytes]:
    """The encoding of an XML part when it is not UTF-8 compatible (else None), and its text
    before the root element (comments removed, as UTF-8), where a DTD sits."""
    raw = fh.read(8192)
    encoding = next((e for bom, e in _WIDE if raw.startswith(bom)), None)
    while True:
        head = raw.decode(encoding, "ignore").encode() if encoding else raw
        bare = _COMMENT.sub(b"", head)
        m = _ELEMENT.search(bare)
        if m:
            return encoding, bare[:m.start()]
        chunk = fh.read(8192) if len(raw) < MAX_PROLOG else b""
        if not chunk:
            return encoding, bare if len(raw) < MAX_PROLOG else bare + b"<!DOCTYPE (prolog too long)"
        raw += chunk


def _check_workbook_xml(path: Path, zf: zipfile.ZipFile, names: list[str]) -> None:
    """Parse the workbook part with defusedxml, so no entity trick gets through."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    part = "xl/workbook.xml" if "xl/workbook.xml" in names else next(
        n for n in names if n.endswith("workbook.xml"))
    try:
        DET.fromstring(zf.read(part))
    except DefusedXmlException:
        raise _fail(path, "entities", part=part) from None
    except Exception as exc:  # ParseError and friends: the part is not XML
        raise _fail(path, "bad-xml", part=part, detail=str(exc)) from None


def read_workbook(path: str | Path, sheets: set[str] | None = None, *,
                  max_memory: int | str | None = None) -> RawWorkbook:
    """Read a workbook's sheets into rows; raise ``WorkbookError`` if it is no workbook, or
    if reading it would take more memory than ``max_memory`` (bytes or ``2G``/``512M``;
    default ``$OHTRACK_MAX_MEMORY``, else 1 GiB).

    ``sheets`` limits which sheet names are read into rows (all when None).
    """
    p = Path(path)
    budget = bd.memory_budget(max_memory)
    kind = sniff(p)
    if kind == "empty":
        raise _fail(p, "empty")
    if kind == "ole":
        raise _check_ole(p)
    if kind == "text":
        suffix = p.suffix.lower()
        raise _fail(p, "text" if suffix in (".csv", ".txt", ".xlsx", ".tsv") else "not-workbook")
    fmt = _check_zip(p)
    scanner: bd.Scanner | None = None
    try:
        scanner = _start_scanner(p, fmt, sheets, budget)
        out = _read_sheets(p, sheets, scanner)
        uncached, errors = scanner.result() if scanner is not None else ({}, {})
    except BaseException as exc:
        if scanner is not None:
            scanner.cancel()  # a refusal, a damaged file or an interrupt: stop scanning
        refusal = _refusal(p, exc)
        if refusal is not None:
            raise refusal from None
        raise
    return RawWorkbook(path=p, sheets=out, uncached_formulas=uncached, error_cells=errors)


def _refusal(p: Path, exc: BaseException) -> WorkbookError | None:
    """The one-line error for what the scans raise; None for anything else."""
    if isinstance(exc, bd.BudgetError):
        return _fail(p, exc.reason, **exc.params)
    if isinstance(exc, ScanError):
        return _fail(p, exc.reason, part=exc.part)
    if isinstance(exc, (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error)):
        return _fail(p, "damaged", detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    return None


def _start_scanner(p: Path, fmt: str, sheets: set[str] | None, budget: int) -> bd.Scanner | None:
    """Check what can be checked before calamine opens the file; scan sheets beside it."""
    with zipfile.ZipFile(p) as zf:
        if fmt == "ods":  # one content part, every table in it: counted up front
            bd.check_ods(zf, budget)
            return None
        pkg = bd.package(zf)
        bd.check_shared_strings(zf, pkg, budget)
    order = [n for n in pkg.sheets if sheets is None or n in sheets]
    scanner = bd.Scanner(p, pkg, order, budget)
    scanner.start()
    return scanner


def _read_sheets(p: Path, sheets: set[str] | None, scanner: bd.Scanner | None) -> dict[str, RawSheet]:
    """Every sheet's cells through python-calamine (chartsheets are left out); each sheet
    only once the scanner has found it within budget."""
    import python_calamine

    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(p))
    except Exception as exc:  # calamine raises its own error types; say it in one line
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _fail(p, "unreadable", detail=msg) from None
    out: dict[str, RawSheet] = {}
    try:
        visible = {m.name: str(m.visible).endswith("Visible") for m in wb.sheets_metadata}
        names = list(wb.sheet_names)
        for name in names if scanner is None else scanner.reading_order(names):
            if sheets is not None and name not in sheets:
                out[name] = RawSheet(name=name, rows=[], visible=visible.get(name, True))
                continue
            if scanner is not None:
                scanner.admit(name)
            try:
                sh = wb.get_sheet_by_name(name)
                rows = sh.to_python()
                start = sh.start or (0, 0)
                merged = list(sh.merged_cell_ranges or [])
            except Exception as exc:
                msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                if "chartsheet" in msg.lower() or "not a worksheet" in msg.lower():
                    continue
                raise _fail(p, "sheet", sheet=name, detail=msg) from None
            out[name] = RawSheet(name=name, rows=rows, start_row=start[0], start_col=start[1],
                                 merged=merged, visible=visible.get(name, True))
    finally:
        wb.close()
    return {name: out[name] for name in names if name in out}  # in workbook order
