"""One resolver of a programme: every reference by ID or by name, one normalisation.

``Index(programme)`` finds units, people, groups, goals, initiatives, events and
indicators by ID or by name, outcomes and practices of the health model by ID or by name
in either language, and normalises roles once. Validation, every analysis, the playbook
and surveys use it, so they agree on every name. A reference matches, in this order:

1. an ID exactly (``S1``);
2. an ID up to case, accents and ``-``/``_``/space (``s1``, ``productie-lijn``);
3. the name of exactly one record, loosely matched the same way (``Karin Veenstra``);
   a name that several records share is *ambiguous* and resolves to none of them.

Anything else is unknown, with a near-miss suggestion (rapidfuzz) where one is close.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ohtrack.domain import Programme
from ohtrack.domain.base import Record
from ohtrack.errors import UnknownModelError
from ohtrack.frameworks import Framework, Outcome, Practice
from ohtrack.text import fuzzy_key, name_key
from ohtrack.workbook.contract import record_sheets

How = Literal["id", "key", "name", "ambiguous", "unknown"]

#: Least rapidfuzz score (0-100) for a near miss to be suggested.
SUGGEST_CUTOFF = 80.0
#: References and IDs shorter than this get no near-miss suggestion (codes like ``P1``).
MIN_SUGGEST = 4


@dataclass(frozen=True)
class Resolution:
    """How a reference resolved: the ID it stands for (None if unknown or ambiguous)."""

    ref: str
    id: str | None
    how: How
    #: For an ambiguous name: the IDs of the records that share it.
    candidates: tuple[str, ...] = ()
    #: For an unknown reference: the closest ID or name, if one is close.
    suggestion: str | None = None

    @property
    def found(self) -> bool:
        return self.id is not None


def role_key(role: object) -> str:
    """A role's matching key: ``Job coach``, ``jobcoach`` and ``job-coach`` are one role."""
    return name_key(role).replace(" ", "")


class _Table:
    """One entity's records: IDs, and keys of IDs and names built on first need."""

    def __init__(self, ids: Sequence[str], names: Sequence[str | None]) -> None:
        self.ids = list(ids)
        self.id_set = set(self.ids)
        self.names = list(names)
        self._id_keys: dict[str, list[str]] | None = None
        self._name_keys: dict[str, list[str]] | None = None

    def id_keys(self) -> dict[str, list[str]]:
        if self._id_keys is None:
            self._id_keys = {}
            for i in dict.fromkeys(self.ids):
                self._id_keys.setdefault(name_key(i), []).append(i)
        return self._id_keys

    def name_keys(self) -> dict[str, list[str]]:
        if self._name_keys is None:
            self._name_keys = {}
            for i, n in zip(self.ids, self.names):
                if n:
                    ids = self._name_keys.setdefault(name_key(n), [])
                    if i not in ids:
                        ids.append(i)
        return self._name_keys

    def resolve(self, ref: str) -> Resolution:
        if ref in self.id_set:
            return Resolution(ref, ref, "id")
        key = name_key(ref)
        by_id = self.id_keys().get(key, [])
        if len(by_id) == 1:
            return Resolution(ref, by_id[0], "key")
        by_name = self.name_keys().get(key, [])
        if len(by_name) == 1 and not by_id:
            return Resolution(ref, by_name[0], "name")
        if len(by_id) + len(by_name) > 1:
            return Resolution(ref, None, "ambiguous", tuple(dict.fromkeys([*by_id, *by_name])))
        return Resolution(ref, None, "unknown", suggestion=self.suggest(ref))

    def suggest(self, ref: str) -> str | None:
        # Short codes (P1, P10, S3) are too alike for a near miss to mean anything.
        if len(name_key(ref)) < MIN_SUGGEST:
            return None
        choices = [*dict.fromkeys(i for i in self.ids if len(i) >= MIN_SUGGEST),
                   *dict.fromkeys(n for n in self.names if n)]
        return suggest(ref, choices)


def suggest(ref: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``ref`` (case, accents and separators ignored), if it is close."""
    from rapidfuzz import fuzz, process

    options = list(dict.fromkeys(choices))
    if not options or not name_key(ref):
        return None
    found = process.extractOne(fuzzy_key(ref), [fuzzy_key(o) for o in options], scorer=fuzz.WRatio,
                               score_cutoff=SUGGEST_CUTOFF)
    return None if found is None else options[found[2]]


class Index:
    """The resolver of one programme (see the module docstring for the matching rules).

    Built in one pass over IDs; name keys are made only when a reference is not an exact
    ID. ``framework`` defaults to the programme's health model (none if it is unknown).
    """

    def __init__(self, programme: Programme, framework: Framework | None = None) -> None:
        self.programme = programme
        self._tables: dict[str, _Table] = {}
        self._records: dict[str, Sequence[Any]] = {}
        for spec in record_sheets():
            if not spec.entity or not spec.id_field:
                continue
            records = programme.table(spec.programme_attr)
            self._records[spec.entity] = records
            ids = _column(records, spec.id_field)
            names = _column(records, spec.name_field) if spec.name_field else [None] * len(ids)
            self._tables[spec.entity] = _Table(ids, names)
        if framework is None:
            try:
                framework = programme.framework
            except UnknownModelError:
                framework = None
        self.framework = framework
        self._model = _ModelNames(framework) if framework is not None else None

    # -- entities ---------------------------------------------------------------------
    def ids(self, entity: str) -> set[str]:
        """The IDs of every record of ``entity`` (``unit``, ``person`` …)."""
        table = self._tables.get(entity)
        return table.id_set if table is not None else set()

    def resolve(self, entity: str | Sequence[str], ref: str) -> Resolution:
        """How ``ref`` resolves among the records of ``entity`` (or the first of several that knows it)."""
        entities = [entity] if isinstance(entity, str) else list(entity)
        results = [self._tables[e].resolve(ref) if e in self._tables else
                   Resolution(ref, None, "unknown") for e in entities]
        for r in results:
            if r.found:
                return r
        for r in results:
            if r.how == "ambiguous":
                return r
        hint = next((r.suggestion for r in results if r.suggestion), None)
        return Resolution(ref, None, "unknown", suggestion=hint)

    def id(self, entity: str | Sequence[str], ref: str | None) -> str | None:
        """The ID ``ref`` stands for, or None (empty, unknown or ambiguous)."""
        if not ref:
            return None
        return self.resolve(entity, ref).id

    def record(self, entity: str, ref: str | None) -> Any:
        """The record ``ref`` stands for, or None."""
        rid = self.id(entity, ref)
        if rid is None:
            return None
        table = self._tables[entity]
        return self._records[entity][table.ids.index(rid)]

    def unit(self, ref: str | None) -> Any:
        """The unit with this ID or name, or None."""
        return self.record("unit", ref)

    def person(self, ref: str | None) -> Any:
        """The person with this ID or (unambiguous) name, or None."""
        return self.record("person", ref)

    def person_units(self) -> dict[str, str | None]:
        """Person ID → the ID of their unit (None when they have none or it is unknown)."""
        return {p.id: self.id("unit", p.unit) for p in self.programme.people}

    # -- the health model -------------------------------------------------------------
    def outcome(self, name: str | None) -> Outcome | None:
        """The outcome with this ID or English/Dutch name, or the outcome of a practice so named."""
        if not name or self._model is None:
            return None
        found = self._model.outcome(name)
        if found is None:
            practice = self._model.practice(name)
            found = practice[0] if practice is not None else None
        return found

    def practice(self, name: str | None) -> tuple[Outcome, Practice] | None:
        """The practice with this ID or English/Dutch name, and its outcome."""
        if not name or self._model is None:
            return None
        return self._model.practice(name)

    def outcomes_of(self, outcomes: Iterable[str], practices: Iterable[str] = ()) -> list[Outcome]:
        """The outcomes named, and those of the practices named (a practice implies its
        outcome), each once, in model order; names that don't resolve are left out."""
        if self._model is None:
            return []
        hit = {o.id for o in map(self.outcome, outcomes) if o is not None}
        hit |= {p[0].id for p in map(self._model.practice, practices) if p is not None}
        assert self.framework is not None
        return [o for o in self.framework.outcomes if o.id in hit]

    def suggest_model(self, kind: Literal["outcome", "practice"], name: str) -> tuple[str, str] | None:
        """The closest outcome or practice name to ``name`` as (English, Dutch), if close."""
        if self._model is None:
            return None
        return self._model.suggest(kind, name)


class _ModelNames:
    """Outcomes and practices of one framework by ID or name in either language."""

    def __init__(self, framework: Framework) -> None:
        resolver = framework.resolver()
        self.framework = framework
        self._resolver = resolver
        self._outcome: dict[str, Outcome | None] = {}
        self._practice: dict[str, tuple[Outcome, Practice] | None] = {}

    def outcome(self, name: str) -> Outcome | None:
        if name not in self._outcome:
            self._outcome[name] = self._resolver.outcome(name)
        return self._outcome[name]

    def practice(self, name: str) -> tuple[Outcome, Practice] | None:
        if name not in self._practice:
            self._practice[name] = self._resolver.practice(name)
        return self._practice[name]

    def suggest(self, kind: str, name: str) -> tuple[str, str] | None:
        pairs: list[tuple[str, str]] = (
            [(o.name_en, o.name_nl) for o in self.framework.outcomes] if kind == "outcome"
            else [(p.name_en, p.name_nl) for _, p in self.framework.iter_practices()])
        choices = {n: pair for pair in pairs for n in pair}
        found = suggest(name, choices)
        return None if found is None else choices[found]


def _column(records: Sequence[Any], fld: str) -> list[Any]:
    """One field of every record (light rows hand over their column directly)."""
    column = getattr(records, "column", None)
    if column is not None:
        return list(column(fld))
    return [getattr(r, fld, None) for r in records]


def resolve_references(programme: Programme, index: Index | None = None) -> int:
    """Write each reference that resolves by key or name as the ID it stands for, in place.

    After this every analysis sees IDs, whatever the workbook wrote; references that don't
    resolve stay as written (validation reports them). Returns how many values changed.
    """
    index = index or Index(programme)
    changed = 0
    for spec in record_sheets():
        cols = [c for c in spec.columns if c.targets]
        if not cols:
            continue
        member = set(spec.member_model.model_fields) if spec.member_model is not None else set()
        for record in programme.table(spec.programme_attr):
            for col in cols:
                rows: list[Record] = (list(getattr(record, "members", []))
                                      if col.field in member else [record])
                for row in rows:
                    changed += _resolve_value(row, col.field, col.targets, index)
    return changed


def _resolve_value(row: Record, fld: str, targets: tuple[str, ...], index: Index) -> int:
    value = row.__dict__.get(fld)
    if isinstance(value, list):
        new = [_canonical(v, targets, index) for v in value]
        if new != value:
            row.__dict__[fld] = new
            return 1
        return 0
    if isinstance(value, str):
        new_value = _canonical(value, targets, index)
        if new_value != value:
            row.__dict__[fld] = new_value
            return 1
    return 0


def _canonical(value: str, targets: tuple[str, ...], index: Index) -> str:
    if any(value in index.ids(t) for t in targets):
        return value
    return index.resolve(targets, value).id or value
