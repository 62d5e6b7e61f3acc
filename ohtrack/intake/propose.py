"""Proposing a mapping: each column's target with a confidence, from its header and its
cells, then the status words and themes it holds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ohtrack.frameworks import Framework
from ohtrack.frameworks import get as get_framework
from ohtrack.intake.blanks import withheld
from ohtrack.intake.content import Profile, profile
from ohtrack.intake.dates import column_order
from ohtrack.intake.headers import dutch_share, header_key, header_scores
from ohtrack.intake.layout import Layout, find_layout
from ohtrack.intake.reading import Source, read_source
from ohtrack.intake.rules import ColumnRule
from ohtrack.intake.table import Table
from ohtrack.intake.values import is_no_status, status_suggestion, theme_proposal
from ohtrack.text import name_key
from ohtrack.workbook.cells import to_text

if TYPE_CHECKING:  # the Mapping class is handed in: mapping.py calls this module
    from ohtrack.intake.mapping import Mapping

#: A column is mapped only this sure (0–1); below it stays a custom column.
THRESHOLD = 0.5
#: Targets that take the values of several columns are not in this list.
_SINGLE = ("id", "title", "unit", "unit_name", "unit_parent", "owner", "status", "rag", "start",
           "end", "goal", "theme", "outcomes", "practices", "participants", "description", "impact")


def _adjust(target: str, score: float, p: Profile) -> float:
    """The header's score weighed by what the cells hold."""
    if p.kind == "empty":
        return score * 0.5
    if target in ("start", "end"):
        fit = p.fits("date") + p.fits("date-ish")
        return score * (0.4 + 0.6 * min(fit, 1.0))
    if target == "rag":
        return score * (0.5 + 0.5 * p.fits("colour"))
    if target == "status":
        return score * (0.6 + 0.4 * max(p.fits("status"), p.fits("colour")))
    if target == "id":
        ratio = p.distinct / p.filled if p.filled else 0.0
        return score * (0.5 + 0.5 * ratio) * (0.6 if p.avg_len > 40 else 1.0)
    if target == "title":
        return score * (0.7 if p.avg_len > 250 else 1.0) * (0.8 if p.kind in ("number", "date") else 1.0)
    if target == "owner" and p.fits("person") > 0.5:
        return min(1.0, score + 0.1)
    if target in ("unit", "unit_parent", "unit_name") and p.kind in ("number", "date", "long text"):
        return score * 0.5
    if target == "goal" and p.kind == "long text" and p.distinct * 2 > p.filled:
        return score * 0.4  # a paragraph per row (an algorithm's purpose): no goal to share
    if target in ("goal", "unit", "theme") and p.fits("level") >= 0.6:
        return score * 0.4  # High / Medium / Low: a rating of the work, no goal or unit
    return score


def name_from_file(name: str) -> str:
    """The programme's name made from the source's file name: ``nl_register_2023.xlsx`` →
    ``nl register 2023`` (a title can break between its words)."""
    return " ".join(Path(name).stem.replace("_", " ").split()) or Path(name).stem


def propose_columns(table: Table) -> list[ColumnRule]:
    """A rule for every header of the table (``custom`` where nothing fits well enough)."""
    empties = table.empty if len(table.empty) == len(table.columns) else [None] * len(table.columns)
    profiles = [profile(col, e) for col, e in zip(table.columns, empties)]
    candidates: list[tuple[float, int, str, str]] = []
    for i, (h, p) in enumerate(zip(table.headers, profiles)):
        scores = {t: _adjust(t, s, p) for t, s in header_scores(h).items()}
        why = "header"
        if not scores or max(scores.values()) < THRESHOLD:
            if p.kind == "colour":
                scores["rag"], why = 0.6, "content"
            elif p.kind == "person":
                scores["owner"], why = 0.5, "content"
        for t, s in scores.items():
            candidates.append((s, -i, t, why))
    candidates.sort(reverse=True)
    chosen: dict[int, tuple[str, float, str]] = {}
    taken: set[str] = set()
    for s, neg_i, t, why in candidates:
        i = -neg_i
        if s < THRESHOLD or i in chosen or (t in taken and t in _SINGLE):
            continue
        chosen[i] = (t, s, why)
        taken.add(t)
    if "title" not in taken:
        best = _title_fallback(table, profiles, chosen)
        if best is not None:
            chosen[best] = ("title", 0.4, "content")
    if "unit" in taken and "unit_name" not in taken:
        _unit_name(table, profiles, candidates, chosen)
    if "unit" in taken and "unit_parent" not in taken:
        _parent_unit(table, candidates, chosen)
    if "unit" not in taken and "unit_name" in taken:  # a unit named only by its name
        i = next(i for i, (t, _s, _w) in chosen.items() if t == "unit_name")
        chosen[i] = ("unit", *chosen[i][1:])
    rules = []
    for i, (h, p) in enumerate(zip(table.headers, profiles)):
        t, s, why = chosen.get(i, ("custom", 0.0, ""))
        rules.append(ColumnRule(h, t, round(s, 2), p.kind, why))
    return rules


def _unit_name(table: Table, profiles: list[Profile], candidates: list[tuple[float, int, str, str]],
               chosen: dict[int, tuple[str, float, str]]) -> None:
    """A second unit-like column that names the same units in full (``department`` beside
    ``deptAcronym``: each code always with one name, each name with one code) becomes the
    units' names; the shorter of the two stays the unit (its codes become the units' IDs)."""
    unit = next(i for i, (t, _s, _w) in chosen.items() if t == "unit")
    for s, neg_i, t, _why in candidates:
        i = -neg_i
        if t != "unit" or i in chosen or s < 0.9:
            continue
        pairs = {(u, v) for u, v in zip(table.columns[unit], table.columns[i])
                 if u is not None or v is not None}
        codes = {u for u, _v in pairs}
        if None in codes or len(codes) < 2 or len(pairs) != len(codes) or \
                len({v for _u, v in pairs}) != len(codes):
            continue  # not one name per unit, one unit per name (or a single unit)
        kept = profiles[unit].avg_len <= profiles[i].avg_len  # the chosen unit holds the codes
        named = pairs if kept else {(v, u) for u, v in pairs}
        if sum(_abbreviates(c, n) for c, n in named) < 0.8 * len(named):
            continue  # not codes of the names: the level above, say (one directorate per unit)
        score = round(min(s, chosen[unit][1]) * 0.9, 2)
        _t, unit_score, why = chosen[unit]
        chosen[unit if kept else i] = ("unit", unit_score if kept else score, why)
        chosen[i if kept else unit] = ("unit_name", score, "header, content")
        return


def _abbreviates(code: object, name: object) -> bool:
    """``code`` is short for ``name``: its letters and digits in order among the name's,
    from the start of one of its words (``DfT``; ``BEIS`` for Department for Business, Energy
    and Industrial Strategy; ``aafc`` for Agriculture and Agri-Food Canada)."""
    if not isinstance(code, str) or not isinstance(name, str):
        return False
    c = [ch for ch in name_key(code) if ch.isalnum()]
    if not c or len(c) > 16:
        return False
    words = name_key(name).split()
    for k, word in enumerate(words):
        if word[:1] == c[0]:
            rest = iter("".join(words[k:]))
            if all(ch in rest for ch in c):
                return True
    return False


def _parent_unit(table: Table, candidates: list[tuple[float, int, str, str]],
                 chosen: dict[int, tuple[str, float, str]]) -> None:
    """A second unit-like column that holds the level above the unit (each unit under one
    of fewer values: Afdeling under Directie) becomes the units' parent."""
    unit = next(i for i, (t, _s, _w) in chosen.items() if t == "unit")
    units = table.columns[unit]
    for s, neg_i, t, _why in candidates:
        i = -neg_i
        if t != "unit" or i in chosen or s < 0.9:  # a unit header itself, not "dept_url"
            continue
        above: dict[object, object] = {}
        ok = True
        for u, v in zip(units, table.columns[i]):
            if u is None:
                continue
            if above.setdefault(u, v) != v:
                ok = False
                break
        if ok and len(set(above.values())) < len(above):
            chosen[i] = ("unit_parent", round(s * 0.9, 2), "header, content")
            return


def _title_fallback(table: Table, profiles: list[Profile],
                    chosen: dict[int, tuple[str, float, str]]) -> int | None:
    """The text column most like a title: mostly distinct, short, not a code."""
    best, best_score = None, 0.0
    for i, p in enumerate(profiles):
        if i in chosen and chosen[i][0] not in ("description",):
            continue
        if p.kind not in ("text", "long text", "few values") or not p.filled:
            continue
        score = p.distinct / p.filled * p.filled / max(p.n, 1) * (0.5 if p.avg_len > 200 else 1.0)
        if score > best_score:
            best, best_score = i, score
    return best


#: The least score (rapidfuzz, 0–100) of a name the mapping file shows as near a theme.
HINT_CUTOFF = 65


def propose_values(table: Table, rules: list[ColumnRule], framework: Framework,
                   mapping: Mapping) -> None:
    """Fill ``mapping.status``/``themes``/``date_order`` with proposals for values it lacks."""
    by_header = dict(zip(table.headers, table.columns))
    status_cols = [r.source for r in rules if r.target == "status"] or \
        [r.source for r in rules if r.target == "rag"]
    for header in status_cols:
        ended = "end" in header_key(header).split() or "eind" in header_key(header)
        for v in dict.fromkeys(by_header[header]):
            text = to_text(v)
            if text is None or text in mapping.status:
                continue
            code = status_suggestion(text, ended)
            mapping.status[text] = code
            if not code and not is_no_status(text) and not withheld(text):
                mapping.notes[f"status:{text}"] = ("intake.file.no-code", "")
    for r in rules:
        if r.target not in ("theme", "outcomes", "practices"):
            continue
        from ohtrack.workbook.cells import to_multi

        for v in dict.fromkeys(x for cell in dict.fromkeys(by_header[r.source]) for x in to_multi(cell)):
            if v in mapping.themes or len(v) > 120:
                continue
            mapping.themes[v], found = theme_proposal(framework, v, mapping.language)
            near = [(name, score) for _k, name, score in found if score >= HINT_CUTOFF]
            if found and found[0][2] < 100:
                mapping.notes[f"theme:{v}"] = ("intake.file.closest", ", ".join(
                    f"{name!r} ({score:.0f})" for name, score in near)) if near else (
                    "intake.file.none-close", "")
    for r in rules:
        if r.target in ("start", "end") and r.source not in mapping.date_order:
            order = column_order(set(by_header[r.source]))
            if order == "mdy":
                mapping.date_order[r.source] = "month-first"


def complete(mapping: Mapping, table: Table, framework: Framework) -> tuple[list[str], list[str]]:
    """Add proposals for the table's columns and status words the mapping does not name;
    return those headers and words (new since the mapping was made). Rules for columns the
    table lacks are kept."""
    known = {c.source for c in mapping.columns}
    new = [h for h in table.headers if h not in known]
    if new:
        present = set(table.headers)
        taken = {c.target for c in mapping.columns if c.target in _SINGLE and c.source in present}
        for r in propose_columns(table):
            if r.source in new:
                if r.target in taken:
                    r = ColumnRule(r.source, "custom", 0.0, r.kind, "")
                r.why = (r.why + ", " if r.why else "") + "new"
                mapping.columns.append(r)
    order = {h: i for i, h in enumerate(table.headers)}
    mapping.columns.sort(key=lambda c: order.get(c.source, len(order)))
    words = set(mapping.status)
    propose_values(table, [c for c in mapping.columns if c.source in order], framework, mapping)
    return new, [w for w in mapping.status if w not in words]


def language_of(table: Table) -> str:
    """``nl`` when most known headers are Dutch, else ``en``."""
    return "nl" if dutch_share(table.headers) > 0.5 else "en"


def suggest_for(source: Source, layout: Layout, model: str, sheet: str | None,
                cls: type[Mapping]) -> Mapping:
    """The proposed mapping (a ``cls``) for an already read source and its table."""
    table = layout.table
    mapping = cls(columns=propose_columns(table), model=model, source=source.name,
                      sheet=sheet, encoding=source.encoding, separator=source.separator,
                      name=name_from_file(source.name), language=language_of(table))
    if table.orientation == "columns":
        mapping.orientation = "columns"
    propose_values(table, mapping.columns, get_framework(model), mapping)
    return mapping


def suggest(path: str | Path, cls: type[Mapping], sheet: str | None = None,
            model: str = "ohi-2011", max_memory: int | str | None = None) -> Mapping:
    """The proposed mapping (a ``cls``) of a source file."""
    source = read_source(path, max_memory=max_memory)
    return suggest_for(source, find_layout(source, sheet), model, sheet, cls)
