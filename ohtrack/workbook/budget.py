"""The memory budget of reading a workbook, kept before python-calamine allocates anything.

``memory_budget`` says how much reading may take (default 1 GiB; ``max_memory=`` or the
``OHTRACK_MAX_MEMORY`` environment variable, e.g. ``2G`` or ``512M``). ``Scanner`` scans the
worksheet parts in a background thread, in workbook order (see ``ohtrack.workbook.scan``),
while calamine reads the sheets already vouched for; ``Scanner.admit(sheet)`` waits for a
sheet's scan and raises ``BudgetError`` when reading it would take the total over budget.
After the last sheet it finds the cells that read as empty but are not (formulas without a
value, Excel error values) in the parts that have any.
"""

from __future__ import annotations

import os
import posixpath
import re
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ohtrack.errors import SettingError
from ohtrack.workbook import scan as sc
from ohtrack.workbook.members import read_part
from ohtrack.workbook.scan_ods import ods_tables

#: Reading may take this much memory unless told otherwise (bytes).
DEFAULT_MAX_MEMORY = 1 << 30
#: The environment variable that sets the budget, e.g. ``OHTRACK_MAX_MEMORY=2G``.
ENV = "OHTRACK_MAX_MEMORY"
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
#: What calamine's table of shared strings costs per byte of their XML, held while it reads.
SHARED_TABLE_BYTE = 3
#: What reading a CSV or TSV file costs per byte of it (the file, pyarrow's columns and the
#: cells as Python strings): measured 5–6 read column by column, 7.5 row by row.
TEXT_FILE_BYTE = 8


def memory_budget(max_memory: int | str | None = None) -> int:
    """The budget in bytes: ``max_memory`` (bytes, or text like ``2G``/``512M``), else
    ``$OHTRACK_MAX_MEMORY``, else 1 GiB. Raises ``SettingError`` (a ``ValueError``) for a
    value that is no size."""
    value: int | str | None = max_memory if max_memory is not None else os.environ.get(ENV)
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_MAX_MEMORY
    if isinstance(value, int):
        if value <= 0:
            raise SettingError.make("memory-budget.positive", source="max_memory", value=value)
        return value
    m = _SIZE.fullmatch(value)
    if not m or float(m[1]) <= 0:
        source = ENV if max_memory is None else "max_memory"
        raise SettingError.make("memory-budget.size", source=source, value=value)
    return int(float(m[1]) * _UNITS[m[2].lower()])


def megabytes(n: int) -> str:
    """Bytes as whole megabytes for messages (``1024 MB``: no separator, which would differ
    between Dutch and English)."""
    return f"{max(1, round(n / (1 << 20)))} MB"


def suggested_budget(need: int) -> str:
    """A budget to suggest for reading that needs ``need`` bytes: a quarter more, rounded up to
    whole gigabytes (``6G``), or to 256 MB steps below one gigabyte (``512M``)."""
    want = need * 5 // 4
    if want <= 1 << 30:
        return f"{max(1, -(-want // (256 << 20))) * 256}M"
    return f"{-(-want // (1 << 30))}G"


class BudgetError(Exception):
    """Reading would go over budget: ``reason`` and ``params`` for the catalogue message."""

    def __init__(self, reason: str, *, need: int, budget: int, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = {**params, "need": megabytes(need), "budget": megabytes(budget), "env": ENV,
                       "suggest": suggested_budget(need)}


def check_text_file(size: int, budget: int) -> None:
    """Raise ``BudgetError`` when reading a text file of ``size`` bytes would take more than
    ``budget`` (before a byte of it is read)."""
    if size * TEXT_FILE_BYTE > budget:
        raise BudgetError("memory-file", need=size * TEXT_FILE_BYTE, budget=budget,
                          size=megabytes(size))


@dataclass
class Package:
    """Where an xlsx keeps its sheets (name → part) and its shared strings."""

    sheets: dict[str, str] = field(default_factory=dict)
    shared_strings: str | None = None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _target(base: str, target: str, names: set[str]) -> str:
    """A relationship's target as a zip member name (relative to ``base``'s folder)."""
    target = target.replace("\\", "/")
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(posixpath.dirname(base), target)
    path = posixpath.normpath(path)
    if path in names:
        return path
    lower = {n.lower(): n for n in names}
    return lower.get(path.lower(), path)


def _rels(zf: zipfile.ZipFile, part: str, names: set[str]) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, member name) of one part."""
    import defusedxml.ElementTree as DET

    rels_name = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if rels_name not in names:
        return {}
    out = {}
    for rel in DET.fromstring(zf.read(rels_name)):
        out[rel.get("Id", "")] = (rel.get("Type", ""), _target(part, rel.get("Target", ""), names))
    return out


def package(zf: zipfile.ZipFile) -> Package:
    """The sheets and shared strings of an xlsx, found the way readers find them: from
    ``_rels/.rels`` to the workbook part, and from its relationships to each sheet."""
    import defusedxml.ElementTree as DET

    names = set(zf.namelist())
    out = Package()
    try:
        root_rels = _rels(zf, "", names) if "_rels/.rels" in names else {}
        workbook = next((t for typ, t in root_rels.values() if typ.endswith("/officeDocument")), None)
        if workbook is None or workbook not in names:
            workbook = "xl/workbook.xml" if "xl/workbook.xml" in names else next(
                (n for n in sorted(names) if n.endswith("workbook.xml")), None)
        if workbook is None:
            return out
        rels = _rels(zf, workbook, names)
        for typ, target in rels.values():
            if typ.endswith("/sharedStrings") and target in names:
                out.shared_strings = target
        for el in DET.fromstring(zf.read(workbook)).iter():
            if _local(el.tag) != "sheet":
                continue
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
            if rid in rels and rels[rid][1] in names:
                out.sheets[el.get("name", "")] = rels[rid][1]
    except Exception:  # a package readers disagree about: every sheet is then scanned
        return Package(shared_strings=out.shared_strings)
    return out


def _candidates(names: list[str]) -> list[str]:
    """Every part that might be a worksheet, for sheets the relationships don't name."""
    return [n for n in names if n.lower().endswith(".xml") and "sheet" in n.lower()
            and "sharedstrings" not in n.lower()]


class Scanner(threading.Thread):
    """Scans worksheet parts in order beside calamine (the biggest in a second thread from the
    start); ``admit`` keeps the budget."""

    def __init__(self, path: Path, pkg: Package, order: list[str], budget: int) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.pkg = pkg
        self.order = order  # sheet names to read, in workbook order
        self.budget = budget
        self.spent = 0
        self.scans: dict[str, sc.PartScan] = {}
        self.ready: dict[str, threading.Event] = {}
        self.error: BaseException | None = None
        self.sizes: list[int] = []
        self.details: tuple[dict[str, list[str]], dict[str, dict[str, str]]] = ({}, {})
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            self.sizes_of = {i.filename: i.file_size for i in zf.infolist()}
        # smallest first: calamine reads those while the big ones are scanned
        mapped = sorted(dict.fromkeys(pkg.sheets[s] for s in order if s in pkg.sheets),
                        key=self.sizes_of.__getitem__)
        known = set(pkg.sheets.values())
        #: Parts no sheet name leads to: counted for a sheet calamine finds and we don't.
        self.extra = [n for n in _candidates(names) if n not in known]
        self.parts = mapped + self.extra
        #: A big part, scanned beside the smaller ones (calamine reads it last).
        self.big = mapped[-1] if len(mapped) > 1 and self.sizes_of[mapped[-1]] > sc.EXACT_UP_TO else None
        for part in self.parts:
            self.ready[part] = threading.Event()
        self.done_parts = threading.Event()
        self.counted: set[str] = set()
        self.stopped = threading.Event()
        self.sized = threading.Event()  # the sizes of the shared strings are known
        self.lock = threading.Lock()

    def run(self) -> None:
        # the biggest part is scanned in a thread of its own from the start, beside the others
        big = self.big
        helper = threading.Thread(target=self._scan_guarded, args=([big],), daemon=True) if big else None
        try:
            if helper is not None:
                helper.start()
            with zipfile.ZipFile(self.path) as zf:
                try:
                    if self.pkg.shared_strings is not None:
                        self.sizes = sc.shared_string_sizes(read_part(zf, self.pkg.shared_strings))
                finally:
                    self.sized.set()
                self._scan(zf, [part for part in self.parts if part != big])
                if helper is not None:
                    helper.join()
                self._raise()
                self.done_parts.set()
                if not self.stopped.is_set():
                    self.details = self._details(zf)
        except BaseException as exc:  # reported by admit() / result(), in the caller's thread
            self._fail(exc)
        finally:
            if helper is not None:
                helper.join()
            for event in self.ready.values():
                event.set()
            self.done_parts.set()

    def _scan(self, zf: zipfile.ZipFile, parts: list[str]) -> None:
        """Scan ``parts`` in turn; each is ready once its extent is known. Then look for the
        formulas, error cells and DTDs of the parts scanned fast, while calamine reads."""
        for part in parts:
            if self.stopped.is_set():
                return
            self.scans[part] = sc.read_scan(zf, part, self.pkg.shared_strings is not None,
                                            self.stopped, flags=False)
            self.sized.wait()  # a part is counted with the sizes of the shared strings
            self.ready[part].set()
        if self.big is not None and self.big not in parts:
            self.ready[self.big].wait()  # the big part's bound first: it holds calamine up
        for part in parts:
            if self.stopped.is_set():
                return
            if not self.scans[part].flagged:
                sc.read_flags(zf, self.scans[part], self.stopped)

    def _scan_guarded(self, parts: list[str]) -> None:
        """``_scan`` in a thread of its own."""
        try:
            with zipfile.ZipFile(self.path) as zf:
                self._scan(zf, parts)
        except BaseException as exc:
            self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        """Keep the first error and stop scanning: ``admit`` raises it."""
        with self.lock:
            if self.error is None:
                self.error = exc
        self.stopped.set()
        for event in self.ready.values():
            event.set()

    def _details(self, zf: zipfile.ZipFile) -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
        uncached: dict[str, list[str]] = {}
        errors: dict[str, dict[str, str]] = {}
        by_part = {part: name for name, part in self.pkg.sheets.items() if name in self.order}
        for part, name in by_part.items():
            scan = self.scans.get(part)
            if scan is None:
                continue
            if scan.dtd:  # found by the fast scan, refused once the sheet is read
                raise sc.ScanError("dtd", part)
            if not (scan.formulas or scan.errors):
                continue
            data = read_part(zf, part)
            if scan.formulas and (found := sc.uncached_cells(data)):
                uncached[name] = found
            if scan.errors and (bad := sc.error_cells(data)):
                errors[name] = bad
        return uncached, errors

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def reading_order(self, names: list[str]) -> list[str]:
        """``names`` in the order to read them: as the parts are scanned (smallest first),
        sheets the relationships don't name last."""
        rank = {part: i for i, part in enumerate(self.parts)}
        return sorted(names, key=lambda n: rank.get(self.pkg.sheets.get(n, ""), len(rank)))

    def admit(self, sheet: str) -> None:
        """Wait for ``sheet``'s scan; raise ``BudgetError`` if reading it goes over budget."""
        part = self.pkg.sheets.get(sheet)
        if part is None:  # not named by the relationships: count every part not yet counted
            self.done_parts.wait()
            self._raise()
            parts = [p for p in self.extra if p in self.scans and p not in self.counted]
        else:
            least = sc.PartScan(part, self.sizes_of.get(part, 0)).estimate()  # its text alone
            if part not in self.counted and self.spent + least > self.budget:
                raise BudgetError("memory-text", sheet=sheet, size=megabytes(self.sizes_of.get(part, 0)),
                                  need=self.spent + least, budget=self.budget)
            self.ready[part].wait()
            self._raise()
            parts = [part] if part not in self.counted else []
        for p in parts:
            self._count(sheet, self.scans[p])

    def cancel(self) -> None:
        """Stop scanning (reading has stopped)."""
        self.stopped.set()

    def _count(self, sheet: str, scan: sc.PartScan) -> None:
        biggest = max(self.sizes, default=0)
        need = scan.estimate(scan.shared * biggest)
        if self.spent + need > self.budget and (scan.cells_bound or (scan.shared and biggest)):
            with zipfile.ZipFile(self.path) as zf:  # the bounds were too rough: count
                if scan.cells_bound:
                    scan.cells, scan.cells_bound = sc.count_cells(zf, scan.part), False
                text = sc.shared_text(zf, scan.part, self.sizes) if scan.shared and biggest else 0
                need = scan.estimate(text)
        if self.spent + need > self.budget:
            raise BudgetError("memory", sheet=sheet, range=scan.extent() or "-",
                              need=self.spent + need, budget=self.budget)
        self.spent += need
        self.counted.add(scan.part)

    def result(self) -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
        """Formulas without a value and Excel error cells, per sheet name."""
        self.join()
        self._raise()
        return self.details


def check_shared_strings(zf: zipfile.ZipFile, pkg: Package, budget: int) -> None:
    """Refuse a table of shared strings that alone would go over budget (calamine loads it
    whole when it opens the workbook)."""
    if pkg.shared_strings is None:
        return
    size = zf.getinfo(pkg.shared_strings).file_size
    if size * SHARED_TABLE_BYTE > budget:
        raise BudgetError("memory-strings", need=size * SHARED_TABLE_BYTE, budget=budget)


def check_ods(zf: zipfile.ZipFile, budget: int) -> None:
    """Refuse an OpenDocument spreadsheet whose tables (repeated rows and cells counted out)
    would take more than ``budget`` to read."""
    if "content.xml" not in zf.namelist():
        return
    tables, size = ods_tables(zf)
    spent = 0
    for table in tables:
        spent += table.estimate(size // max(len(tables), 1))
        if spent > budget:
            raise BudgetError("memory", sheet=table.name, range=table.extent() or "-",
                              need=spent, budget=budget)
