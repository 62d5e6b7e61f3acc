"""``import_inventory``: someone else's list in, a programme and its problems out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ohtrack.collector import paused
from ohtrack.domain import Programme
from ohtrack.errors import InventoryError
from ohtrack.frameworks import get as get_framework
from ohtrack.intake.build import Counts, build
from ohtrack.intake.layout import Layout, find_layout
from ohtrack.intake.mapping import Mapping
from ohtrack.intake.problems import Place, full_text, problem
from ohtrack.intake.propose import complete, name_from_file, suggest_for
from ohtrack.intake.reading import Source, read_source
from ohtrack.intake.table import Table
from ohtrack.report import Problem, Severity

W = Severity.WARNING


@dataclass
class ImportResult:
    """What an import gave: the programme, the mapping used, every problem at its source
    place, and counts of what became of the rows, columns and values."""

    programme: Programme
    mapping: Mapping
    problems: list[Problem]
    counts: Counts
    source: str  # the source's file name
    layout: dict[str, Any] = field(default_factory=dict)  # where and how the table was found
    source_path: Path = field(default_factory=Path)  # the source file (``save`` never writes it)

    @property
    def valid(self) -> bool:
        """True when no problem is an error (the workbook will pass ``ohtrack validate``)."""
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def summary(self, lang: str = "en") -> list[str]:
        """The summary lines (rows, layout, columns, values, what was made) in ``lang``."""
        from ohtrack.intake.summary import summary_lines

        return summary_lines(self, lang)

    def problem_texts(self, lang: str = "en") -> list[str]:
        """Every problem as ``<place>: <message>`` in ``lang``."""
        return [full_text(p, lang) for p in self.problems]

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-ready dict: ``valid``, ``source``, ``layout``, ``counts``, ``mapping`` (column →
        target), ``problems`` (with ``message`` in ``lang``, English by default)."""
        from ohtrack.intake.summary import to_dict

        return to_dict(self, lang or "en")

    def save(self, path: str | Path, lang: str | None = None) -> Path:
        """Write the programme with ``ohtrack.save`` (atomically); never over the source."""
        from ohtrack.workbook.writer import save

        check_output(self.source_path, path)
        return save(self.programme, path, lang)


def check_output(source: Path, out: str | Path) -> None:
    """Refuse an output path that is the source (after resolving links), not .xlsx, or in a
    folder that does not exist (before the import, not after it)."""
    from ohtrack.fileio import output_folder, same_file

    o = Path(out)
    if o.suffix.lower() != ".xlsx":
        raise _error("not-xlsx", path=str(o))
    output_folder(o)
    if same_file(o, source):
        raise _error("same-file", path=str(o))


def _error(reason: str, **params: Any) -> InventoryError:
    from ohtrack.i18n import t

    return InventoryError(t(f"intake.error.{reason}", "en", **params), reason, params)


def import_inventory(path: str | Path, mapping: Mapping | str | Path | None = None, *,
                     sheet: str | None = None, model: str | None = None,
                     max_memory: int | str | None = None) -> ImportResult:
    """Import a list of improvement work (xlsx, xls, ods, CSV/TSV in any layout).

    Without ``mapping`` the proposed one (``Mapping.suggest``) is used; a ``Mapping`` or the
    path of a mapping file is applied, with proposals for columns and values it does not
    name. Raises ``InventoryError`` for a file that is no list (a form, a blank template);
    bad cells never raise: they are in ``problems``, at their place in the source. Reading
    may take ``max_memory`` (bytes or ``"2G"``; default ``$OHTRACK_MAX_MEMORY``, else 1 GiB):
    a bigger file is refused (``InventoryError``) before it is read.
    """
    with paused(long_lived=True):  # an import makes millions of small objects, no cycles
        return _import(Path(path), mapping, sheet, model, max_memory)


def _import(p: Path, mapping: Mapping | str | Path | None, sheet: str | None,
            model: str | None, max_memory: int | str | None = None) -> ImportResult:
    given = Mapping.load(mapping) if isinstance(mapping, (str, Path)) else mapping
    source = read_source(p, given.encoding if given else None, given.separator if given else None,
                         max_memory)
    problems: list[Problem] = []
    want_sheet = sheet or (given.sheet if given else None)
    layout = _layout(source, given, want_sheet, problems)
    framework_id = model or (given.model if given else None) or _model_of(source) or "ohi-2011"
    framework = get_framework(framework_id)
    if given is None:
        used = suggest_for(source, layout, framework_id, want_sheet, Mapping)
    else:
        used = given
        used.model = framework_id
        used.source = used.source or source.name
        new, words = complete(used, layout.table, framework)
        place = Place(source.name, source.kind != "csv")
        problems.extend(_new_words(used, layout.table, place, words))
        for h in new:
            rule = used.target(h)
            problems.append(problem("column-new", W, place, layout.table, None, None, h,
                                    header=h, target=rule.target if rule else "custom"))
        for c in used.columns:
            if c.source not in layout.table.headers:
                problems.append(problem("column-missing", W, place, layout.table, None, None, None,
                                        header=c.source))
        if used.language is None:
            from ohtrack.intake.propose import language_of

            used.language = language_of(layout.table)
        used.name = used.name or name_from_file(p.name)
    place = Place(source.name, source.kind != "csv")
    problems.extend(_table_problems(layout, place))
    built = build(layout.table, used, framework, place, layout.sheet_of)
    problems.extend(built.problems)
    problems = _in_source_order(problems, layout)
    return ImportResult(built.programme, used, problems, built.counts, source.name,
                        _layout_info(source, layout), p)


def _new_words(mapping: Mapping, table: Table, place: Place, words: list[str]) -> list[Problem]:
    """A warning at the first cell of each status word the mapping file did not name."""
    from ohtrack.workbook.cells import to_text

    out = []
    headers = [h for h in mapping.sources("status") or mapping.sources("rag") if h in table.headers]
    for word in words:
        for h in headers:
            col = table.columns[table.headers.index(h)]
            at = next((i for i, v in enumerate(col) if to_text(v) == word), None)
            if at is not None:
                out.append(problem("status-new", W, place, table, at, table.headers.index(h), h,
                                   value=word, code=mapping.status[word]))
                break
    return out


def _in_source_order(problems: list[Problem], layout: Layout) -> list[Problem]:
    """File- and column-wide problems first, then by sheet, row (or record column) and column."""
    sheets = {name: i for i, name in enumerate(layout.sheets)}
    columns = {h: i for i, h in enumerate(layout.table.headers)}

    def key(p: Problem) -> tuple[int, int, int, int]:
        at = p.row if p.row is not None else p.params.get("record_at")
        if at is None:
            return (0, 0, 0, 0)
        return (1, sheets.get(p.sheet or "", 0), int(at), columns.get(p.column or "", -1))

    return sorted(problems, key=key)


def _model_of(source: Source) -> str | None:
    """The health model a Programme sheet of the source names (an ohtrack workbook), if any."""
    from ohtrack.frameworks import available
    from ohtrack.text import name_key
    from ohtrack.workbook.contract import PROGRAMME, find_sheet

    names = PROGRAMME.column("model").names()
    for sheet in source.sheets:
        if sheet.name and find_sheet(sheet.name) is PROGRAMME:
            for row in sheet.rows:
                if len(row) >= 2 and name_key(row[0]) in names and isinstance(row[1], str):
                    found = row[1].strip().lower()
                    return found if found in available() else None
    return None


def _layout(source: Source, given: Mapping | None, sheet: str | None,
            problems: list[Problem]) -> Layout:
    if given is not None and (given.header or given.orientation):
        layout = find_layout(source, sheet, given.orientation, given.header)
        known = {c.source for c in given.columns}
        if known and len(known & set(layout.table.headers)) * 2 < len(known):
            problems.append(problem("layout-changed", W, Place(source.name, source.kind != "csv"),
                                    layout.table, None, None, None))
            layout = find_layout(source, sheet)
        return layout
    return find_layout(source, sheet)


def _table_problems(layout: Layout, place: Place) -> list[Problem]:
    t = layout.table
    out = []
    for i, first in t.duplicate_headers:
        out.append(problem("duplicate-header", W, place, t, None, None, t.headers[i],
                           header=t.headers[first], kept=t.headers[i]))
    for i in t.unnamed:
        out.append(problem("unnamed-column", W, place, t, None, None, t.headers[i], kept=t.headers[i]))
    for i in t.hidden_fields:
        out.append(problem("hidden-column", W, place, t, None, None, t.headers[i]))
    for r in t.hidden_records:
        out.append(problem("hidden-row", W, place, t, r, None, None))
    for cell in t.uncached:
        out.append(problem("formula-without-value", W, place, t, None, None, None, cell=cell))
    return out


def _layout_info(source: Source, layout: Layout) -> dict[str, Any]:
    t = layout.table
    return {"kind": source.kind, "encoding": source.encoding, "separator": source.separator,
            "sheets": layout.sheets, "skipped": [{"sheet": s, "reason": r} for s, r in layout.skipped],
            "orientation": t.orientation, "header": t.header, "numbered_empty": t.numbered_empty,
            "placeholders": t.placeholders}
