"""Checks across sheets: duplicate IDs, unknown references, cycles, dates, odd ties."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from operator import attrgetter, lt
from typing import Any

from ohtrack.domain import EventStatus, Programme
from ohtrack.errors import UnknownModelError
from ohtrack.frameworks import Resolver
from ohtrack.i18n.problems import both, word
from ohtrack.report import Problem, Severity
from ohtrack.workbook.contract import PROGRAMME
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


def _unknown(names: Iterable[str], lookup: Callable[[str], object | None],
             known: dict[str, bool]) -> list[str]:
    """The names ``lookup`` can't resolve; ``known`` caches each name's answer."""
    bad = []
    for n in names:
        ok = known.get(n)
        if ok is None:
            ok = known[n] = lookup(n) is not None
        if not ok:
            bad.append(n)
    return bad


class _Checker:
    def __init__(self, programme: Programme, positions: dict[str, SheetPositions]) -> None:
        self.p = programme
        self.pos = positions
        self.problems: list[Problem] = []
        self.unit_ids = set(_column(programme.units, "id"))
        self.unit_names = {u.name.strip().lower(): u.id for u in programme.units}
        self.person_ids = set(_column(programme.people, "id"))
        self.goal_ids = set(_column(programme.goals, "id"))
        self.initiative_ids = set(_column(programme.initiatives, "id"))
        self.indicator_ids = set(_column(programme.indicators, "id"))
        self.group_ids = set(_column(programme.groups, "id"))
        self.resolver: Resolver | None
        try:
            self.resolver = programme.framework.resolver()
        except UnknownModelError:
            self.resolver = None
        self.programme_sheet = "Programme"
        self.field_cells: dict[str, str] = {}
        self._known_outcome: dict[str, bool] = {}
        self._known_practice: dict[str, bool] = {}

    def add(self, sheet: str, index: int, fld: str, code: str, severity: Severity = Severity.ERROR,
            /, variant: str | None = None, **params: Any) -> None:
        """A problem at a record's cell; its message is the catalogue's, filled with ``params``."""
        texts = problem_texts(code, variant, **params)
        pos = self.pos.get(sheet)
        if pos is None:
            self.problems.append(Problem(code=code, severity=severity, **texts))
        else:
            self.problems.append(pos.problem(index, fld, code, texts, severity))

    # -- generic checks -------------------------------------------------------------
    def duplicates(self, sheet: str, ids: Sequence[str], label: str) -> None:
        if len(set(ids)) == len(ids):
            return
        seen: dict[str, int] = {}
        for i, x in enumerate(ids):
            if not x:
                continue
            if x in seen:
                first = self.pos[sheet].cell(seen[x], "id") if sheet in self.pos else None
                self.add(sheet, i, "id", "duplicate-id", id=x, first=first, **word("label", label))
            else:
                seen[x] = i

    def ref(self, sheet: str, index: int, fld: str, value: str | None, known: set[str],
            what: str) -> None:
        if value and value not in known:
            self.add(sheet, index, fld, f"unknown-{what}", ids=repr(value))

    def refs(self, sheet: str, index: int, fld: str, values: Iterable[str], known: set[str],
             what: str) -> None:
        missing = [v for v in values if v not in known]
        if missing:
            self.add(sheet, index, fld, f"unknown-{what}", ids=", ".join(repr(m) for m in missing))

    def ref_column(self, sheet: str, records: Sequence[Any], fld: str, known: set[str],
                   what: str) -> None:
        """``ref`` for one field of every record, fast when (nearly) all are known."""
        values = _column(records, fld)
        if known.issuperset(values):
            return
        for i, v in enumerate(values):
            if v and v not in known:
                self.add(sheet, i, fld, f"unknown-{what}", ids=repr(v))

    def refs_column(self, sheet: str, records: Sequence[Any], fld: str, known: set[str],
                    what: str) -> None:
        """``refs`` for one multi-value field of every record."""
        lists = _column(records, fld)
        if known.issuperset(chain.from_iterable(lists)):
            return
        for i, vs in enumerate(lists):
            if vs and not known.issuperset(vs):
                self.refs(sheet, i, fld, vs, known, what)

    def unit_column(self, sheet: str, records: Sequence[Any], fld: str) -> None:
        values = _column(records, fld)
        if self.unit_ids.issuperset(values):
            return
        for i, v in enumerate(values):
            self.unit_ref(sheet, i, fld, v)

    def _unknown_outcomes(self, names: Iterable[str]) -> list[str]:
        assert self.resolver is not None
        return _unknown(names, self.resolver.outcome, self._known_outcome)

    def _unknown_practices(self, names: Iterable[str]) -> list[str]:
        assert self.resolver is not None
        return _unknown(names, self.resolver.practice, self._known_practice)

    def unit_ref(self, sheet: str, index: int, fld: str, value: str | None) -> None:
        if value and value not in self.unit_ids and value.strip().lower() not in self.unit_names:
            self.add(sheet, index, fld, "unknown-unit", variant="name", ids=repr(value))

    def outcomes(self, sheet: str, index: int, fld: str, names: Iterable[str]) -> None:
        if self.resolver is None:
            return
        bad = self._unknown_outcomes(names)
        if bad:
            self.add(sheet, index, fld, "unknown-outcome", names=", ".join(repr(b) for b in bad),
                     model=f"{self.resolver.framework.id}")

    def practices(self, sheet: str, index: int, fld: str, names: Iterable[str]) -> None:
        if self.resolver is None:
            return
        bad = self._unknown_practices(names)
        if bad:
            self.add(sheet, index, fld, "unknown-practice", names=", ".join(repr(b) for b in bad),
                     model=f"{self.resolver.framework.id}")

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
                chain = " → ".join([*loop[loop.index(key):], *loop[:loop.index(key)], key])
                self.add(sheet, idx, "parent", "cycle", variant=f"{label}-tree", chain=chain)

    # -- per sheet ------------------------------------------------------------------
    def run(self) -> list[Problem]:
        p = self.p
        self.duplicates("units", _column(p.units, "id"), "unit")
        self.duplicates("people", _column(p.people, "id"), "person")
        self.duplicates("goals", _column(p.goals, "id"), "goal")
        self.duplicates("initiatives", _column(p.initiatives, "id"), "initiative")
        self.duplicates("events", _column(p.events, "id"), "event")
        self.duplicates("indicators", _column(p.indicators, "id"), "indicator")
        self.duplicates("lessons", _column(p.lessons, "id"), "lesson")
        for i, u in enumerate(p.units):
            self.ref("units", i, "parent", u.parent, self.unit_ids, "unit")
            if u.parent and u.parent == u.id:
                self.add("units", i, "parent", "cycle", variant="unit-self", id=u.id)
        self.cycles("units", {u.id: (u.parent if u.parent != u.id else None) for u in p.units},
                    [u.id for u in p.units], "unit")
        for i, x in enumerate(p.people):
            self.unit_ref("people", i, "unit", x.unit)
            self.ref("people", i, "manager", x.manager, self.person_ids, "person")
            if x.manager and x.manager == x.id:
                self.add("people", i, "manager", "self-reference", id=x.id)
        for i, g in enumerate(p.goals):
            self.ref("goals", i, "parent", g.parent, self.goal_ids, "goal")
            self.ref("goals", i, "owner", g.owner, self.person_ids, "person")
            self.outcomes("goals", i, "outcomes", g.outcomes)
            if g.parent and g.parent == g.id:
                self.add("goals", i, "parent", "cycle", variant="goal-self", id=g.id)
        self.cycles("goals", {g.id: (g.parent if g.parent != g.id else None) for g in p.goals},
                    [g.id for g in p.goals], "goal")
        self.initiatives()
        self.relations()
        for gi, flat in self._memberships():
            g, m = flat
            self.ref("groups", gi, "person", m.person, self.person_ids, "person")
        self.events()
        for i, ind in enumerate(p.indicators):
            self.unit_ref("indicators", i, "unit", ind.unit)
            if ind.outcome:
                self.outcomes("indicators", i, "outcome", [ind.outcome])
        for i, m in enumerate(p.measurements):
            self.ref("measurements", i, "indicator", m.indicator, self.indicator_ids, "indicator")
        for i, les in enumerate(p.lessons):
            self.ref("lessons", i, "initiative", les.initiative, self.initiative_ids,
                     "initiative")
            self.ref("lessons", i, "author", les.author, self.person_ids, "person")
            if les.outcome:
                self.outcomes("lessons", i, "outcome", [les.outcome])
            self.refs("lessons", i, "shared_with", les.shared_with,
                      self.person_ids | self.unit_ids | self.group_ids, "person-or-unit")
        self.years()
        return self.problems

    def _memberships(self) -> list[tuple[int, Any]]:
        out = []
        k = 0
        for g in self.p.groups:
            seen: set[str] = set()
            for m in g.members:
                out.append((k, (g, m)))
                if m.person in seen:
                    self.add("groups", k, "person", "duplicate-member", W, person=m.person, group=g.id)
                seen.add(m.person)
                k += 1
        return out

    def initiatives(self) -> None:
        inis = self.p.initiatives
        self.unit_column("initiatives", inis, "unit")
        self.ref_column("initiatives", inis, "owner", self.person_ids, "person")
        self.ref_column("initiatives", inis, "goal", self.goal_ids, "goal")
        self.refs_column("initiatives", inis, "participants", self.person_ids, "person")
        outcomes = _column(inis, "outcomes")
        practices = _column(inis, "practices")
        if self.resolver is not None:
            for fld, lists, unknown, check in (
                    ("outcomes", outcomes, self._unknown_outcomes, self.outcomes),
                    ("practices", practices, self._unknown_practices, self.practices)):
                bad = set(unknown(set(chain.from_iterable(lists))))
                if bad:
                    for i, names in enumerate(lists):
                        if not bad.isdisjoint(names):
                            check("initiatives", i, fld, names)
        starts = _column(inis, "start")
        ends = _column(inis, "end")
        if None in starts or None in ends or True in map(lt, ends, starts):
            for i, (start, end) in enumerate(zip(starts, ends)):
                if start and end and end < start:
                    self.add("initiatives", i, "end", "end-before-start", end=f"{end}",
                             start=f"{start}")
        if [] not in outcomes or [] not in practices:
            return
        for i, (o, pr) in enumerate(zip(outcomes, practices)):
            if not o and not pr:
                self.add("initiatives", i, "outcomes", "not-mapped", W, id=inis[i].id)

    def relations(self) -> None:
        seen: dict[tuple[str, str, str], int] = {}
        for i, r in enumerate(self.p.relations):
            self.ref("relations", i, "source", r.source, self.person_ids, "person")
            self.ref("relations", i, "target", r.target, self.person_ids, "person")
            if r.source and r.source == r.target:
                self.add("relations", i, "target", "self-loop", person=r.source)
            kind = str(r.type)
            # Working together has no direction: B → A repeats A → B.
            ends = sorted((r.source, r.target)) if kind in SYMMETRIC_TYPES else [r.source, r.target]
            key = (ends[0], ends[1], kind)
            if key in seen:
                first = self.pos["relations"].cell(seen[key], "source")
                self.add("relations", i, "source", "duplicate-tie", W, source=r.source,
                         target=r.target, type=f"{r.type}", first=first)
            else:
                seen[key] = i
            if r.since and r.until and r.until < r.since:
                self.add("relations", i, "until", "end-before-start", end=f"{r.until}",
                         start=f"{r.since}")
            if r.weight is not None and r.weight < 0:
                self.add("relations", i, "weight", "negative-weight")

    def events(self) -> None:
        for i, e in enumerate(self.p.events):
            self.ref("events", i, "group", e.group, self.group_ids, "group")
            self.refs("events", i, "attendees", e.attendees, self.person_ids, "person")
            self.ref("events", i, "initiative", e.initiative, self.initiative_ids, "initiative")
            if len(set(e.attendees)) < len(e.attendees):
                twice = sorted({a for a in e.attendees if e.attendees.count(a) > 1})
                self.add("events", i, "attendees", "duplicate-attendee", W, people=", ".join(twice),
                         id=e.id)
            if e.status is EventStatus.HELD and not e.attendees:
                self.add("events", i, "attendees", "no-attendees", W, id=e.id)
            if e.status is EventStatus.CANCELLED and e.attendees:
                self.add("events", i, "attendees", "attendance-at-cancelled", W, id=e.id)

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
