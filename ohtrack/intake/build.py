"""Applying a mapping to a source table: the programme, and every problem at its source cell.

Nothing is dropped: a value that can't be read is left empty with a warning at its cell
and, where the source said more than the field keeps (a note after a date, a status word),
the column is also kept as written in a custom column ``<header> (source)``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from ohtrack.domain import Initiative, Programme, ProgrammeInfo, Status
from ohtrack.frameworks import Framework
from ohtrack.intake.blanks import clear_placeholders, placeholders, withheld
from ohtrack.intake.dates import DateProblem, implausible, read_date
from ohtrack.intake.entities import Registry, names_someone, stable_id
from ohtrack.intake.mapping import Mapping
from ohtrack.intake.problems import Place, problem, problems_at
from ohtrack.intake.table import Table
from ohtrack.intake.values import is_no_status, status_suggestion
from ohtrack.lists import each, indexes
from ohtrack.report import Problem, Severity
from ohtrack.text import clip, name_key
from ohtrack.workbook.cells import convert_column, plain, to_multi, to_text
from ohtrack.workbook.contract import INITIATIVES
from ohtrack.workbook.records import build_records, custom_columns

W = Severity.WARNING


#: Date rules that read a period or drop a note: the column is also kept as written.
_PERIODS = frozenset({"note-dropped", "month-range", "season", "quarter", "fiscal-year",
                      "fiscal-quarter", "year", "iso-month", "month-name-year", "iso-week",
                      "part-of-period"})


#: Suffix of the custom column that keeps a mapped column as it was written.
AS_WRITTEN = " (source)"
_CONTRACT_NAMES = {k for c in INITIATIVES.columns for k in c.names()}


@dataclass
class Counts:
    """What became of the source's rows, columns and values."""

    rows: int = 0
    columns_mapped: int = 0
    columns_custom: int = 0
    values_mapped: int = 0
    values_generated: int = 0
    values_empty: int = 0
    values_custom: int = 0
    units: int = 0
    people: int = 0
    goals: int = 0
    merged: int = 0
    rules: Counter[str] = field(default_factory=Counter)  # date rule → cells read by it


@dataclass
class Built:
    programme: Programme
    problems: list[Problem]
    counts: Counts


class _Builder:
    def __init__(self, table: Table, mapping: Mapping, framework: Framework, place: Place,
                 sheet_of: list[str | None]) -> None:
        self.t = table
        self.m = mapping
        self.fw = framework
        self.place = place
        self.n = len(table.records)
        self.sheet_of = sheet_of
        self.problems: list[Problem] = []
        self.counts = Counts(rows=self.n)
        self.reg = Registry()
        self.index = {h: i for i, h in enumerate(table.headers)}
        self.kept: list[tuple[str, list[Any]]] = []  # custom columns: (name, values)
        self.extras: list[dict[str, Any]] = []

    # -- helpers ------------------------------------------------------------------------
    def warn(self, code: str, record: int | None, header: str | None,
             severity: Severity = W, /, **params: Any) -> None:
        self.problems.append(self.cell_problem(code, record, header, severity, **params))

    def cell_problem(self, code: str, record: int | None, header: str | None,
                     severity: Severity = W, /, **params: Any) -> Problem:
        """The problem ``warn`` adds, not added."""
        fld = self.index.get(header) if header is not None else None
        return problem(code, severity, self.place, self.t, record, fld, header, **params)

    def column(self, target: str) -> tuple[str | None, list[Any]]:
        sources = [s for s in self.m.sources(target) if s in self.index]
        if not sources:
            return None, [None] * self.n
        return sources[0], self.t.columns[self.index[sources[0]]]

    def keep(self, header: str, values: list[Any], name: str | None = None) -> None:
        """Keep a column as a custom column (under ``name``, default its header)."""
        self.kept.append((self.custom_name(name or header), values))

    def make_extras(self) -> None:
        """Each record's custom columns (empty cells left out), built column by column."""
        names = [n for n, _v in self.kept]
        self.extras = custom_columns(dict(enumerate(names)), [v for _n, v in self.kept], self.n)
        self.counts.values_custom += sum(map(len, self.extras))

    def custom_name(self, header: str) -> str:
        return header + AS_WRITTEN if name_key(header) in _CONTRACT_NAMES else header

    def texts(self, values: list[Any]) -> list[str | None]:
        """Cells as text (stripped, blanks None)."""
        return convert_column(to_text, values)[0]

    def refs(self, values: list[Any], header: str | None, code: str = "placeholder",
             people: bool = False, given: list[str | None] | None = None) -> list[str | None]:
        """``texts`` of a column naming a unit, person, goal or ID: a cell that says "none yet"
        (``n.v.t.``, ``volgt``) made empty, with a warning at the first of each such text. Of
        ``people``, a text that names nobody (a web address, a phone number, a sentence) too,
        the column then also kept as written. ``given``: the column's texts, when made."""
        given = self.texts(values) if given is None else given
        texts, where = clear_placeholders(given)
        odd = {v for v in set(texts) if v and not names_someone(v)} if people else set()
        if odd:
            self.keep(str(header), values, f"{header}{AS_WRITTEN}")
            texts = [None if v in odd else v for v in texts]
            where.update((v, indexes(given, v)) for v in odd)
        for v, at in where.items():
            self.warn("not-a-person" if v in odd else code, at[0], header, value=clip(v),
                      rows=len(at))
            self.counts.values_empty += len(at)
        return texts

    # -- the fields ---------------------------------------------------------------------
    def build(self) -> Built:
        for r in self.m.columns:
            if r.source in self.index:
                if r.target == "custom":
                    self.counts.columns_custom += 1
                else:
                    self.counts.columns_mapped += 1
        units = self.units()
        titles = self.titles()
        ids = self.ids(titles, units)
        owners = self.named("owner")
        participants = self.participants()
        goals = self.named("goal")
        status = self.status()
        start = self.dates("start")
        end = self.dates("end")
        outcomes, practices = self.model_names()
        desc_h, desc = self.column("description")
        description = self.texts(desc)
        impact_h, imp = self.column("impact")
        impact = each(plain, imp) if impact_h is not None else imp
        if desc_h is not None:
            self.counts.values_mapped += sum(map(bool, description))
        if impact_h is not None:
            self.counts.values_mapped += len(impact) - impact.count(None)
        for r in self.m.columns:
            if r.target in ("custom", "rag", "theme") and r.source in self.index:
                self.keep(r.source, self.t.columns[self.index[r.source]])
        if len({s for s in self.sheet_of if s}) > 1:
            self.keep("blad" if self.m.language == "nl" else "sheet", list(self.sheet_of))
        self.make_extras()
        for i in [i for i, (s, e) in enumerate(zip(start, end)) if s is not None and e is not None and e < s]:
            self.warn("end-before-start", i, self.column("end")[0], Severity.ERROR,
                      end=end[i].isoformat(), start=start[i].isoformat())
        fields = ["id", "title", "unit", "owner", "status", "outcomes", "practices", "goal", "start",
                  "end", "participants", "description", "impact"]
        cols: list[list[Any]] = [ids, titles, units, owners, status, outcomes, practices, goals,
                                 start, end, participants, description, impact]
        keep = self.merge_duplicates(ids, cols)
        if keep is not None:
            cols = [[c[i] for i in keep] for c in cols]
            self.extras = [self.extras[i] for i in keep]
        records = cast(list[Initiative], build_records(Initiative, fields, cols, self.extras))
        info = ProgrammeInfo.model_construct(name=str(self.m.name or "Import"),
                                             model=str(self.m.model),
                                             language=str(self.m.language or "en"))
        programme = Programme.model_construct(
            info=info, custom_model=None, units=list(self.reg.units.values()),
            people=list(self.reg.people.values()), goals=list(self.reg.goals.values()),
            initiatives=records, relations=[], groups=[], events=[], indicators=[],
            measurements=[], lessons=[], other_sheets={})
        self.counts.units = len(self.reg.units)
        self.counts.people = len(self.reg.people)
        self.counts.goals = len(self.reg.goals)
        for uid, first, other in self.reg.parent_conflicts[:20]:
            self.warn("unit-two-parents", None, self.column("unit_parent")[0], unit=uid,
                      first=first, other=other)
        return Built(programme, self.problems, self.counts)

    def units(self) -> list[str | None]:
        header, values = self.column("unit")
        _nh, names = self.column("unit_name")
        ph, parents = self.column("unit_parent")
        def unit(key: tuple[str | None, str | None, str | None]) -> str | None:
            v, name, par = key
            parent = self.reg.unit(par) if par else None
            return self.reg.unit(v, name, parent) if v else (
                parent if parent and header is None else None)

        if _nh is None and ph is None:
            out: list[str | None] = each(lambda v: unit((v, None, None)), self.refs(values, header))
        else:
            out = each(unit, list(zip(self.refs(values, header), self.texts(names),
                                      self.refs(parents, ph))))
        if header is None and ph is not None:
            header = ph
        if header is not None:
            self.counts.values_mapped += len(out) - out.count(None)
        return out

    def titles(self) -> list[str | None]:
        header, values = self.column("title")
        titles = self.texts(values)
        _dh, desc = self.column("description")
        for i in indexes(titles, None):
            d = to_text(desc[i])
            if d:
                titles[i] = clip(d)
                self.warn("title-from-description", i, header)
            else:
                self.warn("title-missing", i, header, Severity.ERROR)
        self.counts.values_mapped += len(titles) - titles.count(None)
        return titles

    def ids(self, titles: list[str | None], units: list[str | None]) -> list[str]:
        header, values = self.column("id")
        given = self.texts(values)
        self._unique = None not in given and len(set(given)) == self.n
        if not self._unique:  # a placeholder that repeats ("volgt") is no ID: one is made
            given = self.refs(values, header, "id-placeholder", given=given)
        self._given = given
        if self._unique:  # every row has its own ID
            self.counts.values_mapped += self.n
            return list(given)  # type: ignore[arg-type]
        out: list[str] = []
        seen: dict[str, int] = {}
        generated = 0
        for i, (g, t, u) in enumerate(zip(given, titles, units)):
            if g is None:
                base = stable_id("I-", t or "", u or "")
                x, k = base, 2
                while x in seen:
                    x, k = f"{base}-{k}", k + 1
                generated += 1
            else:
                x, k = g, 2
                while x in seen:
                    x, k = f"{g}-{k}", k + 1
            seen[x] = i
            out.append(x)
        self.counts.values_generated += generated
        self.counts.values_mapped += self.n - generated
        return out

    def merge_duplicates(self, ids: list[str], cols: list[list[Any]]) -> list[int] | None:
        """Records whose given ID and every value repeat an earlier one (the same finding on two
        tabs) are read once; other repeated IDs get ``-2``, ``-3`` … with a warning."""
        header = self.column("id")[0]
        if self._unique:
            return None
        first: dict[str, int] = {}
        keep: list[int] = []
        for i, g in enumerate(self._given):
            if g is None:
                keep.append(i)
                continue
            j = first.get(g)
            if j is None:
                first[g] = i
                keep.append(i)
                continue
            row_i = [c[i] for c in cols[1:]]
            row_j = [c[j] for c in cols[1:]]
            sheet_key = self.custom_name("blad" if self.m.language == "nl" else "sheet")
            same_extra = {k: v for k, v in self.extras[i].items() if k != sheet_key} == \
                {k: v for k, v in self.extras[j].items() if k != sheet_key}
            if row_i == row_j and same_extra:
                if sheet_key in self.extras[j]:
                    self.extras[j][sheet_key] = f"{self.extras[j][sheet_key]}; {self.extras[i][sheet_key]}"
                self.warn("id-merged", i, header, value=g, **self.where(j))
                self.counts.merged += 1
            else:
                self.warn("id-duplicate", i, header, value=g, new=ids[i], **self.where(j))
                keep.append(i)
        return keep if len(keep) < len(ids) else None

    def where(self, record: int) -> dict[str, str]:
        """``first_en``/``first_nl``: a record's place in both languages, for ``{first}``."""
        from ohtrack.intake.problems import record_place

        return {"first_en": record_place(self.t, record, "en"),
                "first_nl": record_place(self.t, record, "nl")}

    def named(self, target: str) -> list[str | None]:
        """The person (``owner``) or ``goal`` each row names, each registered once."""
        header, values = self.column(target)
        if header is None:
            return [None] * self.n
        make = self.reg.goal if target == "goal" else self.reg.person
        out = each(lambda v: make(" ".join(v.split())) if v else None,
                   self.refs(values, header, people=target != "goal"))
        self.counts.values_mapped += len(out) - out.count(None)
        return out

    def participants(self) -> list[list[str]]:
        header, values = self.column("participants")
        if header is None:
            return list(map(list, repeat((), self.n)))  # each its own empty list, at C speed
        parts = list(map(to_multi, values))
        gone = placeholders([x for p in parts for x in p], codes=True)
        for x in gone:
            at = [i for i, p in enumerate(parts) if x in p]
            self.warn("placeholder", at[0], header, value=x, rows=len(at))
        out = [[self.reg.person(x) for x in p if x not in gone] for p in parts]
        if header is not None:
            self.counts.values_mapped += sum(map(bool, out))
        return out

    def status(self) -> list[Status | None]:
        header, values = self.column("status")
        ended = header is not None and ("end" in header.lower().split("_") or "end" in
                                        name_key(header).split() or "eind" in name_key(header))
        from_rag = False
        if header is None:
            header, values = self.column("rag")
            from_rag = header is not None
        if header is None:
            return [None] * self.n
        counts = Counter(values)
        memo: dict[Any, Status | None] = {}
        lossy = False
        for v, k in counts.items():
            text = to_text(v)
            code = None
            if text is not None:
                word = self.m.status.get(text)
                if word is None:
                    word = status_suggestion(text, ended)
                    self.m.status[text] = word
                    self.warn("status-new", values.index(v), header, value=text, code=word or "")
                if word:
                    code = Status(word)
                elif withheld(text):
                    self.warn("status-withheld", values.index(v), header, value=clip(text), rows=k)
                elif not is_no_status(text):
                    self.warn("status-unknown", values.index(v), header, value=clip(text), rows=k)
                lossy = lossy or name_key(text) != name_key(word or "")
                if code is None:
                    self.counts.values_empty += k
                else:
                    self.counts.values_mapped += k
            memo[v] = code
        if lossy and not from_rag:
            self.keep(header, values, header + AS_WRITTEN)
        return list(map(memo.__getitem__, values))

    def dates(self, side: str) -> list[Any]:
        header, values = self.column(side)
        if header is None:
            return [None] * self.n
        order = "mdy" if self.m.date_order.get(header) == "month-first" else "dmy"

        def read(v: Any) -> tuple[dt.date | None, str | None, str | None]:
            if v is None:
                return (None, None, None)
            try:
                day, how = read_date(v, side, order)
                return (day, how, "date-implausible" if implausible(day) else None)
            except DateProblem as exc:
                return (None, None, f"date-{exc.code}")

        counts = Counter(values)
        memo = {v: read(v) for v in counts}
        lossy = False
        bad: set[Any] = set()
        for v, (d, rule, code) in memo.items():
            if rule:
                self.counts.rules[rule] += counts[v]
                lossy = lossy or rule in _PERIODS
            if code or rule == "note-dropped":
                bad.add(v)
            if v is not None and d is None:
                self.counts.values_empty += counts[v]
        if bad:
            lossy = True
            self.date_problems(header, values, bad, memo)
        days = {v: got[0] for v, got in memo.items()}
        out = list(map(days.__getitem__, values))
        self.counts.values_mapped += sum(counts[v] for v, got_v in memo.items() if got_v[0] is not None)
        if lossy:
            self.keep(header, values, header + AS_WRITTEN)
        return out

    def date_problems(self, header: str, values: list[Any], bad: set[Any],
                      memo: dict[Any, tuple[dt.date | None, str | None, str | None]]) -> None:
        """The warnings at the cells of ``bad`` values, in row order: the value's problem, then
        the note its date dropped."""
        found: list[tuple[int, Problem]] = []
        for v in bad:
            d, rule, code = memo[v]
            rows = indexes(values, v)
            if v.__class__ is not str:  # 1 == 1.0 == True: each cell says how it was written
                for i in rows:
                    if code:
                        found.append((i, self.cell_problem(code, i, header,
                                                           value=clip(values[i]),
                                                           year=d.year if d is not None else "")))
                    if rule == "note-dropped" and d is not None:
                        found.append((i, self.cell_problem("date-note", i, header,
                                                           value=clip(values[i]),
                                                           date=d.isoformat())))
                continue
            if code:
                found += zip(rows, problems_at(code, W, self.place, self.t, rows, self.index[header],
                                               header, value=clip(v),
                                               year=d.year if d is not None else ""))
            if rule == "note-dropped" and d is not None:
                found += zip(rows, problems_at("date-note", W, self.place, self.t, rows,
                                               self.index[header], header, value=clip(v),
                                               date=d.isoformat()))
        found.sort(key=itemgetter(0))  # stable: a cell's own problem before its note
        self.problems += map(itemgetter(1), found)

    def model_names(self) -> tuple[list[list[str]], list[list[str]]]:
        """Each record's outcomes and practices, from its theme, outcome and practice cells."""
        resolver = self.fw.resolver()
        columns = [(target, header) for target in ("theme", "outcomes", "practices")
                   for header in self.m.sources(target) if header in self.index]
        found: list[list[tuple[list[str], list[str], list[str]]]] = []
        nothing: tuple[list[str], list[str], list[str]] = ([], [], [])
        for target, header in columns:
            values = self.t.columns[self.index[header]]
            def names(v: Any, tg: str = target) -> tuple[list[str], list[str], list[str]]:
                return nothing if v is None else self._names(to_multi(v), resolver, tg)

            got = each(names, values)
            found.append(got)
            counts = Counter(values)
            unknown: dict[str, tuple[int, int]] = {}
            for v in counts:
                for x in names(v)[2]:
                    first, count = unknown.get(x, (values.index(v), 0))
                    unknown[x] = (min(first, values.index(v)), count + counts[v])
            for x, (first, count) in unknown.items():
                self.warn("not-in-model", first, header, value=x, model=self.fw.id, rows=count)
            if unknown:
                self.keep(header, values, header + AS_WRITTEN)
        if not found:
            return [[] for _ in range(self.n)], [[] for _ in range(self.n)]
        if len(found) == 1:
            outcomes = list(map(list, map(itemgetter(0), found[0])))  # each record its own list
            practices = list(map(list, map(itemgetter(1), found[0])))
        else:
            outcomes = [list(dict.fromkeys(x for g in gs for x in g[0])) for gs in zip(*found)]
            practices = [list(dict.fromkeys(x for g in gs for x in g[1])) for gs in zip(*found)]
        self.counts.values_mapped += sum(map(bool, outcomes)) + sum(map(bool, practices))
        return outcomes, practices

    def _names(self, values: list[str], resolver: Any, target: str
               ) -> tuple[list[str], list[str], list[str]]:
        """The outcomes, practices and unknown names one cell gives."""
        o: list[str] = []
        p: list[str] = []
        bad: list[str] = []
        for x in values:
            name = self.m.themes.get(x)
            if name is None:
                name = self._theme_suggestion(x)
            pr = resolver.practice(name) if name else None
            oc = resolver.outcome(name) if name and pr is None else None
            if pr is not None:
                p.append(pr[1].name_en)
            elif oc is not None:
                o.append(oc.name_en)
            elif target != "theme":
                bad.append(x)
        return o, p, bad

    def _theme_suggestion(self, value: str) -> str:
        from ohtrack.intake.values import theme_proposal

        name = self.m.themes[value] = theme_proposal(self.fw, value, self.m.language)[0]
        return name


def build(table: Table, mapping: Mapping, framework: Framework, place: Place,
          sheet_of: list[str | None]) -> Built:
    """The programme a mapped table gives, with every problem at its source cell."""
    return _Builder(table, mapping, framework, place, sheet_of).build()
