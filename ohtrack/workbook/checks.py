"""Checks across sheets: duplicate IDs, unknown references, cycles, dates, odd ties.

Duplicate IDs and references are checked for every sheet and column the contract
declares (``id_field``, ``ref``), through the programme's one resolver (``ohtrack.index``):
what validation accepts, every analysis resolves the same way. The checks below them are
the rules of particular sheets (trees, ties, events, years).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from operator import attrgetter, lt
from typing import Any, Literal

from ohtrack.domain import EventStatus, Programme
from ohtrack.i18n.problems import TEXTS, both, dated, word
from ohtrack.index import Index, Resolution
from ohtrack.report import Problem, Severity
from ohtrack.workbook.contract import MODEL_REFS, PROGRAMME, Column, Sheet, record_sheets
from ohtrack.workbook.positions import SheetPositions, problem_texts

W = Severity.WARNING
#: Relation types without a direction: A → B and B → A are the same tie.
SYMMETRIC_TYPES = frozenset({"works_with"})


def _column(records: Sequence[Any], fld: str) -> Sequence[Any]:
    """One field of every record; tables of light rows hand over their column directly."""
    column = getattr(records, "column", None)
    if column is not None:
        values: Sequence[Any] = column(fld)
        return values
    return list(map(attrgetter(fld), records))


def row_values(spec: Sheet, records: Sequence[Any], fld: str) -> Sequence[Any]:
    """One column's values per sheet row: for a ``members`` sheet, one per member."""
    if spec.shape != "members":
        return _column(records, fld)
    member = spec.member_model is not None and fld in spec.member_model.model_fields
    return [getattr(m if member else g, fld) for g in records for m in g.members]


def _label(entity: str) -> dict[str, str]:
    """The entity's word (``eenheid``/``unit``) as a two-language param ``label``."""
    if f"problems.word.{entity}" in TEXTS:
        return word("label", entity)
    return both("label", entity, entity)


def _quoted(values: Iterable[str]) -> str:
    return ", ".join(repr(v) for v in values)


class _Checker:
    def __init__(self, programme: Programme, positions: dict[str, SheetPositions]) -> None:
        self.p = programme
        self.pos = positions
        self.index = Index(programme)
        self.problems: list[Problem] = []
        self.programme_sheet = "Programme"
        self.field_cells: dict[str, str] = {}

    def add(self, sheet: str, index: int, fld: str, code: str, severity: Severity = Severity.ERROR,
            /, variant: str | None = None, **params: Any) -> None:
        """A problem at a record's cell; its message is the catalogue's, filled with ``params``."""
        texts = problem_texts(code, variant, **params)
        pos = self.pos.get(sheet)
        if pos is None:
            self.problems.append(Problem(code=code, severity=severity, **texts))
        else:
            self.problems.append(pos.problem(index, fld, code, texts, severity))

    def ids(self, entity: str, values: Sequence[Any]) -> list[Any]:
        """Each value as the ID it resolves to (as written when it doesn't), so rules that
        compare references see ``k1``, ``K1`` and a name as one."""
        known = self.index.ids(entity)
        memo: dict[Any, Any] = {}
        out = []
        for v in values:
            if v in known or not isinstance(v, str) or not v:
                out.append(v)
                continue
            if v not in memo:
                memo[v] = self.index.id(entity, v) or v
            out.append(memo[v])
        return out

    # -- what the contract declares ---------------------------------------------------
    def duplicates(self, spec: Sheet, records: Sequence[Any]) -> None:
        assert spec.id_field and spec.entity
        ids = _column(records, spec.id_field)
        if len(set(ids)) == len(ids):
            return
        seen: dict[str, int] = {}
        for i, x in enumerate(ids):
            if not x:
                continue
            if x in seen:
                pos = self.pos.get(spec.key)
                first = pos.cell(seen[x], spec.id_field) if pos else None
                self.add(spec.key, i, spec.id_field, "duplicate-id", id=x, first=first,
                         **_label(spec.entity))
            else:
                seen[x] = i

    def references(self, spec: Sheet, records: Sequence[Any], col: Column) -> None:
        """Every value of a reference column resolves (by ID, or by an unambiguous name)."""
        values = row_values(spec, records, col.field)
        known: set[str] = set().union(*(self.index.ids(t) for t in col.targets))
        multi = col.kind == "multi"
        flat = chain.from_iterable(values) if multi else values
        if known.issuperset(filter(None, flat)):
            return
        seen: dict[str, Resolution] = {}
        code = f"unknown-{col.ref.replace('_', '-')}" if col.ref else "unknown-reference"
        for i, v in enumerate(values):
            refs = v if multi else [v]
            bad: list[Resolution] = []
            for r in refs:
                if not r or r in known:
                    continue
                res = seen.get(r)
                if res is None:
                    res = seen[r] = self.index.resolve(col.targets, r)
                if not res.found:
                    bad.append(res)
            for res in (b for b in bad if b.how == "ambiguous"):
                self.add(spec.key, i, col.field, "ambiguous-name", name=repr(res.ref),
                         candidates=", ".join(res.candidates), **_label(col.targets[0]))
            unknown = [b for b in bad if b.how == "unknown"]
            if unknown:
                hint = unknown[0].suggestion if len(unknown) == 1 else None
                extra = {"suggestion": repr(hint)} if hint else {}
                self.add(spec.key, i, col.field, code, ids=_quoted(b.ref for b in unknown), **extra)

    def model_refs(self, spec: Sheet, records: Sequence[Any], col: Column) -> None:
        """Every outcome or practice named is one of the health model (either language)."""
        if self.index.framework is None:
            return
        values = row_values(spec, records, col.field)
        multi = col.kind == "multi"
        lookup = self.index.outcome if col.ref == "outcome" else self.index.practice
        names = set(chain.from_iterable(values)) if multi else set(values)
        bad = {n for n in names if n and lookup(n) is None}
        if not bad:
            return
        kind: Literal["outcome", "practice"] = "outcome" if col.ref == "outcome" else "practice"
        for i, v in enumerate(values):
            wrong = [n for n in (v if multi else [v]) if n in bad]
            if not wrong:
                continue
            extra: dict[str, str] = {}
            hint = self.index.suggest_model(kind, wrong[0]) if len(wrong) == 1 else None
            if hint:
                extra = both("suggestion", repr(hint[0]), repr(hint[1]))
            self.add(spec.key, i, col.field, f"unknown-{kind}", names=_quoted(wrong),
                     model=f"{self.index.framework.id}", **extra)

    def tree(self, spec: Sheet, records: Sequence[Any]) -> None:
        """A ``parent`` column pointing at the sheet's own entity makes a tree: no cycles."""
        entity = spec.entity
        if entity is None or spec.id_field is None or "parent" not in {c.field for c in spec.columns}:
            return
        if spec.column("parent").ref != entity or f"problems.cycle.{entity}-tree" not in TEXTS:
            return
        ids = list(_column(records, spec.id_field))
        parents = list(_column(records, "parent"))
        for i, (x, parent) in enumerate(zip(ids, parents)):
            if parent and parent == x:
                self.add(spec.key, i, "parent", "cycle", variant=f"{entity}-self", id=x)
        self.cycles(spec.key, {x: (p if p != x else None) for x, p in zip(ids, parents)}, ids, entity)

    def cycles(self, sheet: str, parents: dict[str, str | None], ids: list[str],
               label: str) -> None:
        reported: set[str] = set()
        where = {x: i for i, x in reversed(list(enumerate(ids)))}
        done: set[str] = set()
        for start in parents:
            if start in done:
                continue
            path: list[str] = []
            node: str | None = start
            on_path: set[str] = set()
            while node is not None and node in parents and node not in on_path and node not in done:
                path.append(node)
                on_path.add(node)
                node = parents[node]
            done.update(path)
            if node is not None and node in on_path:
                loop = path[path.index(node):]
                key = min(loop)
                if key in reported:
                    continue
                reported.add(key)
                idx = where[key]
                chain_ = " → ".join([*loop[loop.index(key):], *loop[:loop.index(key)], key])
                self.add(sheet, idx, "parent", "cycle", variant=f"{label}-tree", chain=chain_)

    # -- per sheet ------------------------------------------------------------------
    def run(self) -> list[Problem]:
        for spec in record_sheets():
            records = self.p.table(spec.programme_attr)
            if not records:
                continue
            if spec.id_field and spec.entity and spec.shape == "table":
                self.duplicates(spec, records)
            for col in spec.columns:
                if col.targets:
                    self.references(spec, records, col)
                elif col.ref in MODEL_REFS:
                    self.model_refs(spec, records, col)
            self.tree(spec, records)
        p = self.p
        managers = self.ids("person", _column(p.people, "manager"))
        for i, (x, manager) in enumerate(zip(p.people, managers)):
            if manager and manager == x.id:
                self.add("people", i, "manager", "self-reference", id=x.id)
        self.initiatives()
        self.measurements()
        self.relations()
        self.memberships()
        self.events()
        self.years()
        self.learning()
        return self.problems

    def memberships(self) -> None:
        k = 0
        for g in self.p.groups:
            seen: set[str] = set()
            for m, person in zip(g.members, self.ids("person", [m.person for m in g.members])):
                if person in seen:
                    self.add("groups", k, "person", "duplicate-member", W, person=m.person, group=g.id)
                seen.add(person)
                k += 1

    def initiatives(self) -> None:
        inis = self.p.initiatives
        starts = _column(inis, "start")
        ends = _column(inis, "end")
        if None in starts or None in ends or True in map(lt, ends, starts):
            for i, (start, end) in enumerate(zip(starts, ends)):
                if start and end and end < start:
                    self.add("initiatives", i, "end", "end-before-start", **dated(end=end, start=start))
        outcomes = _column(inis, "outcomes")
        practices = _column(inis, "practices")
        if [] not in outcomes or [] not in practices:
            return
        for i, (o, pr) in enumerate(zip(outcomes, practices)):
            if not o and not pr:
                self.add("initiatives", i, "outcomes", "not-mapped", W, id=inis[i].id)

    def measurements(self) -> None:
        """Two values of one indicator on one date: which is right can't be told; both cells."""
        ms = self.p.measurements
        keys = list(zip(self.ids("indicator", _column(ms, "indicator")), _column(ms, "date")))
        if len(set(keys)) == len(keys):
            return
        at: dict[tuple[str, Any], list[int]] = {}
        for i, key in enumerate(keys):
            if key[0] and key[1] is not None:
                at.setdefault(key, []).append(i)
        pos = self.pos.get("measurements")
        values = _column(ms, "value")
        for (indicator, date), rows in at.items():
            if len(rows) < 2:
                continue
            for i in rows:
                others = ", ".join(pos.cell(j, "value") or "" for j in rows if j != i) if pos else ""
                self.add("measurements", i, "value", "duplicate-measurement", indicator=indicator,
                         value=values[i], others=others, **dated(date=date))

    def relations(self) -> None:
        seen: dict[tuple[str, str, str], int] = {}
        rels = self.p.relations
        sources = self.ids("person", _column(rels, "source"))
        targets = self.ids("person", _column(rels, "target"))
        for i, (r, source, target) in enumerate(zip(rels, sources, targets)):
            if source and source == target:
                self.add("relations", i, "target", "self-loop", person=r.source)
            kind = str(r.type)
            # Working together has no direction: B → A repeats A → B.
            ends = sorted((source, target)) if kind in SYMMETRIC_TYPES else [source, target]
            key = (ends[0], ends[1], kind)
            if key in seen:
                first = self.pos["relations"].cell(seen[key], "source")
                self.add("relations", i, "source", "duplicate-tie", W, source=r.source,
                         target=r.target, type=f"{r.type}", first=first)
            else:
                seen[key] = i
            if r.since and r.until and r.until < r.since:
                self.add("relations", i, "until", "end-before-start", **dated(end=r.until, start=r.since))
            if r.weight is not None and r.weight < 0:
                self.add("relations", i, "weight", "negative-weight")

    def events(self) -> None:
        for i, e in enumerate(self.p.events):
            attendees = self.ids("person", e.attendees)
            if len(set(attendees)) < len(attendees):
                twice = sorted({a for a in attendees if attendees.count(a) > 1})
                self.add("events", i, "attendees", "duplicate-attendee", W, people=", ".join(twice),
                         id=e.id)
            if e.status is EventStatus.HELD and not e.attendees:
                self.add("events", i, "attendees", "no-attendees", W, id=e.id)
            if e.status is EventStatus.CANCELLED and e.attendees:
                self.add("events", i, "attendees", "attendance-at-cancelled", W, id=e.id)

    def learning(self) -> None:
        """Enrolments name a route or a module (of that route), routes offer the electives they
        ask for, and enrolments and credentials end after they start."""
        p, index = self.p, self.index
        route_of = {m.id: index.id("route", m.route) or m.route for m in p.modules}
        for i, e in enumerate(p.enrolments):
            if not e.route and not e.module:
                self.add("enrolments", i, "route", "enrolment-without-target", person=e.person)
                continue
            module, route = index.id("module", e.module), index.id("route", e.route)
            if module and route and route_of[module] != route:
                self.add("enrolments", i, "module", "module-not-in-route", module=e.module,
                         actual=route_of[module], route=e.route)
            if e.date and e.end and e.end < e.date:
                self.add("enrolments", i, "end", "end-before-start", **dated(end=e.end, start=e.date))
        offered: dict[str, int] = {}
        for m in p.modules:
            if str(m.kind) == "elective":
                offered[route_of[m.id]] = offered.get(route_of[m.id], 0) + 1
        for i, r in enumerate(p.routes):
            if r.electives and r.electives > offered.get(r.id, 0):
                self.add("routes", i, "electives", "too-few-electives", W, route=r.id,
                         electives=r.electives, offered=offered.get(r.id, 0))
        for i, x in enumerate(p.credentials):
            if x.date and x.valid_until and x.valid_until < x.date:
                self.add("credentials", i, "valid_until", "end-before-start",
                         **dated(end=x.valid_until, start=x.date))

    def years(self) -> None:
        info = self.p.info
        ys = [("baseline_year", info.baseline_year), ("impulse_year", info.impulse_year),
              ("ambition_year", info.ambition_year)]
        known = [(f, y) for f, y in ys if y is not None]
        for (f1, y1), (f2, y2) in zip(known, known[1:]):
            if y2 < y1:
                cell = self.field_cells.get(f2)
                ref = cell.rsplit("!", 1)[1] if cell else ""
                letters = ref.rstrip("0123456789")
                self.problems.append(Problem(
                    code="years-out-of-order", severity=W, sheet=self.programme_sheet,
                    cell=cell, row=int(ref[len(letters):]) if cell else None,
                    column=letters or None,
                    **problem_texts("years-out-of-order", later_year=y2, earlier_year=y1,
                                    **both("later", f2, PROGRAMME.column(f2).nl),
                                    **both("earlier", f1, PROGRAMME.column(f1).nl))))


def check(programme: Programme, positions: dict[str, SheetPositions],
          programme_sheet: str = "Programme", field_cells: dict[str, str] | None = None
          ) -> list[Problem]:
    """Every cross-sheet problem of a parsed programme, with cells where known.

    ``programme_sheet`` is the Programme sheet's title and ``field_cells`` the cell of each
    of its fields (``{"ambition_year": "Programma!B6"}``), so problems there are placed too.
    """
    checker = _Checker(programme, positions)
    checker.programme_sheet = programme_sheet
    checker.field_cells = field_cells or {}
    return checker.run()
