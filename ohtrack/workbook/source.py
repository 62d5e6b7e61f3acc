"""Opening a workbook file safely and reading its sheets as rows (python-calamine).

Every way a file can fail to be a workbook becomes one ``WorkbookError`` with a one-line
message naming the file; the file itself is only ever read.
"""

from __future__ import annotations

import re
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ohtrack.errors import WorkbookError
from ohtrack.i18n.problems import render

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


def _fail(path: Path, reason: str, **params: Any) -> WorkbookError:
    """The error for ``path`` with the catalogue's message ``problems.unreadable-file.<reason>``."""
    params = {"path": str(path), **params}
    message = render("unreadable-file", {"variant": reason, **params}, "en")
    assert message is not None, reason
    return WorkbookError(message, reason, params)


def sniff(path: Path) -> str:
    """The kind of file by its first bytes: ``zip``, ``ole``, ``empty`` or ``text``."""
    if not path.exists():
        raise _fail(path, "missing")
    if path.is_dir():
        raise _fail(path, "folder")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        return "empty"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return "text"


def _check_ole(path: Path) -> WorkbookError:
    data = path.read_bytes()[:1_000_000]
    if "EncryptionInfo".encode("utf-16-le") in data or b"EncryptionInfo" in data:
        return _fail(path, "password")
    return _fail(path, "xls")


def _check_zip(path: Path) -> tuple[str, list[str]]:
    """Refuse corrupt zips, zip bombs and XML with DTDs; return the kind and sheet parts."""
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
                return "ods", []
            raise _fail(path, "opendocument", mime=mime)
        if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
            if "word/document.xml" in names:
                raise _fail(path, "word")
            raise _fail(path, "zip")
        for name in names:
            if name.endswith((".xml", ".rels", ".vml")):
                try:
                    with zf.open(name) as fh:
                        head = _prolog(fh)
                except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error) as exc:
                    raise _fail(path, "damaged-part", part=name, detail=str(exc)) from None
                if _DTD.search(head):
                    raise _fail(path, "dtd", part=name)
        _check_workbook_xml(path, zf, names)
        sheets = [n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
        return "xlsx", sheets


_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_ELEMENT = re.compile(rb"<[A-Za-z_]")
#: How far into a part the root element must start (a DTD can only come before it).
MAX_PROLOG = 1 << 20


def _prolog(fh: IO[bytes]) -> bytes:
    """The bytes of an XML part before its root element (comments removed), where a DTD sits."""
    head = b""
    while len(head) < MAX_PROLOG:
        chunk = fh.read(8192)
        head += chunk
        bare = _COMMENT.sub(b"", head)
        m = _ELEMENT.search(bare)
        if m:
            return bare[:m.start()]
        if not chunk:
            return bare
    return _COMMENT.sub(b"", head) + b"<!DOCTYPE (prolog too long)"


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


def _uncached_formulas(path: Path, parts: dict[str, str]) -> dict[str, list[str]]:
    """Cells whose formula has no cached value, per sheet name (calamine sees them empty).

    Sheets without a formula are skipped after one fast byte search per chunk; only
    sheets with formulas are searched with the cell pattern.
    """
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as zf:
        for part, sheet in parts.items():
            try:
                fh = zf.open(part)
            except KeyError:
                continue
            with fh:
                tail = b""
                found = False
                while chunk := fh.read(_CHUNK):
                    if b"<f" in tail + chunk[:2] or b"<f" in chunk:
                        found = True
                        break
                    tail = chunk[-2:]
            if not found:
                continue
            cells = uncached_cells(zf.read(part))
            if cells:
                out[sheet] = cells
    return out


_CHUNK = 1 << 20


def _sheet_parts(path: Path) -> dict[str, str]:
    """Worksheet part path → sheet name, through workbook.xml and its relationships."""
    import defusedxml.ElementTree as DET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    out: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            wb = DET.fromstring(zf.read("xl/workbook.xml"))
            rels = DET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except Exception:
        return out
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    for s in wb.iter(f"{ns_main}sheet"):
        target = targets.get(s.get(f"{ns_rel}id"), "")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        out[target] = s.get("name", "")
    return out


def read_workbook(path: str | Path, sheets: set[str] | None = None) -> RawWorkbook:
    """Read a workbook's sheets into rows; raise ``WorkbookError`` if it is no workbook.

    ``sheets`` limits which sheet names are read into rows (all when None).
    """
    p = Path(path)
    kind = sniff(p)
    if kind == "empty":
        raise _fail(p, "empty")
    if kind == "ole":
        raise _check_ole(p)
    if kind == "text":
        suffix = p.suffix.lower()
        raise _fail(p, "text" if suffix in (".csv", ".txt", ".xlsx", ".tsv") else "not-workbook")
    fmt, parts = _check_zip(p)
    scan: _FormulaScan | None = None
    if fmt == "xlsx" and parts:
        part_names = _sheet_parts(p)
        scan = _FormulaScan(p, {k: v for k, v in part_names.items()
                                if sheets is None or v in sheets})
        scan.start()  # calamine releases the GIL: the scan runs beside it

    try:
        out = _read_sheets(p, sheets)
    finally:
        if scan is not None:
            scan.join()
    uncached = scan.result() if scan is not None else {}
    return RawWorkbook(path=p, sheets=out, uncached_formulas=uncached)


def _read_sheets(p: Path, sheets: set[str] | None) -> dict[str, RawSheet]:
    """Every sheet's cells through python-calamine (chartsheets are left out)."""
    import python_calamine

    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(p))
    except Exception as exc:  # calamine raises its own error types; say it in one line
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _fail(p, "unreadable", detail=msg) from None
    out: dict[str, RawSheet] = {}
    try:
        visible = {m.name: str(m.visible).endswith("Visible") for m in wb.sheets_metadata}
        for name in wb.sheet_names:
            if sheets is not None and name not in sheets:
                out[name] = RawSheet(name=name, rows=[], visible=visible.get(name, True))
                continue
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
    return out


class _FormulaScan(threading.Thread):
    """``_uncached_formulas`` in a background thread; ``result`` waits for it."""

    def __init__(self, path: Path, parts: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.parts = parts
        self.found: dict[str, list[str]] = {}
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.found = _uncached_formulas(self.path, self.parts)
        except Exception as exc:  # reported by result(), in the caller's thread
            self.error = exc

    def result(self) -> dict[str, list[str]]:
        self.join()
        if self.error is not None:
            msg = str(self.error).splitlines()[0] if str(self.error) else type(self.error).__name__
            raise _fail(self.path, "damaged", detail=msg)
        return self.found
