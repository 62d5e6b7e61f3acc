"""Composing learning groups: ``ohtrack.compose_groups(programme, size=8, …)``.

Groups of ``size`` (± 1) are formed from the people of a route or a tag so that, first, as
many people as possible share the learning preference of their group (each group gets one
preference; a person fits when it is theirs) and, second, as few pairs of members as
possible come from the same unit at ``mix_level`` of the unit tree (a depth, 1 being the
top, or a level name of the Units sheet such as ``dienst``; by default the first level with
more than one unit, such as the directorates under a municipality). Pairs that must be
together or apart are honoured.

The model is solved by OR-Tools CP-SAT. People with the same preference and unit (and in no
pair rule) are interchangeable, so the model counts them per group instead of placing each
person, which removes most of the symmetry; groups with the same preference are ordered.
The objective is ``W * fitting - same_unit_pairs`` with ``W`` larger than any number of pairs,
so fit comes first. The solver runs on one worker with a fixed seed and stops after
``time_limit`` units of *deterministic* time (about seconds), so the same input gives the same
groups on any machine; a wall-clock limit of five times that is only a safety net.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from math import comb
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.learning_enrol import Enrolments
from ohtrack.analysis.learning_progress import stage
from ohtrack.analysis.learning_text import learning_error
from ohtrack.analysis.unit_levels import first_branching_level, unit_at_level
from ohtrack.domain import Group, Membership, Programme
from ohtrack.domain.tree import UnitTree
from ohtrack.i18n import format, normalise_lang
from ohtrack.index import Index
from ohtrack.text import name_key
from ohtrack.workbook.contract import PEOPLE

if TYPE_CHECKING:
    import pandas as pd

#: Random groupings the composition is compared with (their mean).
BASELINE_RUNS = 20
DEFAULT_TIME_LIMIT = 10.0


@dataclass(frozen=True)
class ComposedGroup:
    """A composed group: its ID, its learning preference and its members (person IDs)."""

    id: str
    preference: str | None
    members: tuple[str, ...]


@dataclass(frozen=True)
class GroupingScore:
    """How well-matched and how mixed a grouping is (a mean over runs for random groupings).

    ``fitting``: people who share their group's most common preference, of ``with_preference``;
    ``same_unit_pairs``: pairs of members from the same unit, of ``pairs`` with both units known.
    """

    fitting: float
    with_preference: int
    same_unit_pairs: float
    pairs: float

    @property
    def fit(self) -> float | None:
        """Share of the people with a preference who share their group's."""
        return self.fitting / self.with_preference if self.with_preference else None

    @property
    def mixing(self) -> float | None:
        """Share of the pairs of members that come from different units."""
        return 1 - self.same_unit_pairs / self.pairs if self.pairs else None

    def to_dict(self) -> dict[str, Any]:
        return {"fitting": self.fitting, "with_preference": self.with_preference, "fit": self.fit,
                "same_unit_pairs": self.same_unit_pairs, "pairs": self.pairs, "mixing": self.mixing}


@dataclass
class Composition:
    """The composed groups with how good they are, how the solver did, and a random baseline."""

    groups: list[ComposedGroup]
    size: int
    #: The level mixed across (a depth or a level name; 0: people's own units).
    mix_level: int | str
    preference_of: dict[str, str | None]
    unit_of: dict[str, str | None]
    score: GroupingScore
    baseline: GroupingScore
    status: str
    objective: float
    bound: float
    seed: int
    time_limit: float
    wall_time: float
    deterministic_time: float
    solver: str
    group_type: str = "learning_group"
    baseline_runs: int = BASELINE_RUNS
    lang: str = "nl"
    must_together: list[tuple[str, str]] = field(default_factory=list)
    must_apart: list[tuple[str, str]] = field(default_factory=list)

    @property
    def gap(self) -> float:
        """Relative distance between the objective and the solver's bound (0 when optimal)."""
        return abs(self.bound - self.objective) / max(1.0, abs(self.bound))

    @property
    def beats_random(self) -> bool:
        """True when the groups fit better *and* mix better than the random groupings."""
        fit, mix = self.score, self.baseline
        better_fit = fit.fit is None or (mix.fit is not None and fit.fit > mix.fit)
        better_mix = fit.mixing is None or (mix.mixing is not None and fit.mixing > mix.mixing)
        return better_fit and better_mix

    def records(self) -> list[Group]:
        """The groups as records of the Groups sheet."""
        return [Group(id=g.id, type=self.group_type, members=[Membership(person=p) for p in g.members])
                for g in self.groups]

    def apply(self, programme: Programme, replace: bool = False) -> Programme:
        """A copy of the programme with these groups added (the programme is not changed).

        ``LearningError`` when a group ID is taken, unless ``replace`` (then the old group goes).
        """
        ids = {g.id for g in self.groups}
        taken = sorted(g.id for g in programme.groups if g.id in ids)
        if taken and not replace:
            raise learning_error("group_taken", self.lang, ids=format.listing(taken, self.lang))
        copy = programme.model_copy(deep=True)
        copy.groups = [g for g in copy.groups if g.id not in ids] + self.records()
        return copy

    def to_dict(self) -> dict[str, Any]:
        return {
            "size": self.size, "mix_level": self.mix_level, "people": len(self.preference_of),
            "groups": [{"id": g.id, "preference": g.preference, "members": list(g.members),
                        "units": sorted({u for p in g.members if (u := self.unit_of.get(p))})}
                       for g in self.groups],
            "score": self.score.to_dict(), "random": self.baseline.to_dict(),
            "random_runs": self.baseline_runs, "beats_random": self.beats_random,
            "solver": {"name": self.solver, "status": self.status, "objective": self.objective,
                       "bound": self.bound, "gap": self.gap, "seed": self.seed,
                       "time_limit": self.time_limit, "wall_time": self.wall_time,
                       "deterministic_time": self.deterministic_time},
            "must_together": [list(p) for p in self.must_together],
            "must_apart": [list(p) for p in self.must_apart],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per person: group, preference, unit (at the mix level)."""
        import pandas as pd

        rows = [{"person": p, "group": g.id, "group_preference": g.preference,
                 "preference": self.preference_of.get(p), "unit": self.unit_of.get(p)}
                for g in self.groups for p in g.members]
        return pd.DataFrame(rows, columns=["person", "group", "group_preference", "preference",
                                           "unit"]).set_index("person")

    def to_text(self, lang: str | None = None) -> str:
        """A summary in plain words (what ``ohtrack groups compose`` prints)."""
        from ohtrack.analysis.learning_text import composition_text

        return composition_text(self, normalise_lang(lang or self.lang))


def score(groups: Iterable[Sequence[str]], preference_of: Mapping[str, str | None],
          unit_of: Mapping[str, str | None]) -> GroupingScore:
    """Fit and mixing of a grouping (see ``GroupingScore``)."""
    fitting = with_pref = same = pairs = 0
    for members in groups:
        prefs = [name_key(v) for p in members if (v := preference_of.get(p))]
        with_pref += len(prefs)
        fitting += max((prefs.count(v) for v in set(prefs)), default=0)
        units = [u for p in members if (u := unit_of.get(p))]
        pairs += comb(len(units), 2)
        same += sum(comb(units.count(u), 2) for u in set(units))
    return GroupingScore(fitting, with_pref, same, pairs)


def random_baseline(people: Sequence[str], sizes: Sequence[int], preference_of: Mapping[str, str | None],
                    unit_of: Mapping[str, str | None], seed: int, runs: int = BASELINE_RUNS
                    ) -> GroupingScore:
    """The mean fit and mixing of ``runs`` random groupings of the people into the same sizes."""
    rng = random.Random(seed)
    scores = []
    for _ in range(runs):
        order = list(people)
        rng.shuffle(order)
        cut, k = [], 0
        for s in sizes:
            cut.append(order[k:k + s])
            k += s
        scores.append(score(cut, preference_of, unit_of))
    n = len(scores)
    return GroupingScore(sum(s.fitting for s in scores) / n, scores[0].with_preference,
                         sum(s.same_unit_pairs for s in scores) / n, sum(s.pairs for s in scores) / n)


def select(programme: Programme, people: str | Iterable[str] | None, index: Index, lang: str) -> list[str]:
    """The people to group: everyone, a route's enrolled people, people with a tag, or a list."""
    if people is None:
        return [p.id for p in programme.people]
    if not isinstance(people, str):
        out = []
        for ref in people:
            pid = index.id("person", ref)
            if pid is None:
                raise learning_error("unknown_person", lang, person=ref)
            out.append(pid)
        return list(dict.fromkeys(out))
    route = index.id("route", people)
    if route is not None:
        enrolments = Enrolments(programme)
        in_route = set(enrolments.route_modules.get(route, []))
        chosen = {e.person for e in programme.enrolments if (e.route == route or e.module in in_route)
                  and stage(e, None) != "withdrawn"}
        return [p.id for p in programme.people if p.id in chosen]
    key = name_key(people)
    tagged = [p.id for p in programme.people if any(name_key(x) == key for x in p.tags)]
    if not tagged:
        raise learning_error("no_people", lang, people=people)
    return tagged


def preferences(programme: Programme, chosen: Sequence[str],
                preference: str | Mapping[str, str | None] | None, lang: str) -> dict[str, str | None]:
    """Each chosen person's learning preference: the People column, a custom column, or a mapping."""
    people = programme.person_by_id()
    if isinstance(preference, Mapping):
        return {p: preference.get(p) for p in chosen}
    if preference is None or name_key(preference) in PEOPLE.column("learning_preference").names():
        return {p: people[p].learning_preference for p in chosen}
    key = name_key(preference)
    columns = {name_key(k): k for p in programme.people for k in p.extra}
    if key not in columns:
        raise learning_error("no_column", lang, column=preference)
    column = columns[key]
    return {p: (str(v) if (v := people[p].extra.get(column)) not in (None, "") else None) for p in chosen}


def group_count(n: int, size: int, lang: str) -> tuple[int, int, int]:
    """How many groups, and their smallest and largest size, for ``n`` people of ``size`` ± 1."""
    if size < 2:
        raise learning_error("size", lang, size=size)
    lo, hi = size - 1, size + 1
    if n <= hi:
        if n < 2:
            raise learning_error("too_few", lang, n=n, size=size)
        return 1, n, n
    first = max(1, round(n / size))
    for g in sorted(range(1, n + 1), key=lambda g: (abs(g - first), g)):
        if g * lo <= n <= g * hi:
            return g, lo, hi
    raise learning_error("too_few", lang, n=n, size=size)  # pragma: no cover


def compose_groups(programme: Programme, *, size: int = 8, people: str | Iterable[str] | None = None,
                   preference: str | Mapping[str, str | None] | None = None,
                   mix_level: int | str | None = None,
                   must_together: Iterable[tuple[str, str]] = (), must_apart: Iterable[tuple[str, str]] = (),
                   time_limit: float = DEFAULT_TIME_LIMIT, seed: int = 0, prefix: str = "LG",
                   group_type: str = "learning_group", lang: str | None = None) -> Composition:
    """Learning groups of ``size`` ± 1 (see the module docstring); the programme is not changed.

    ``people``: a route (its enrolled people) or a tag, by ID or name, or a list of people;
    default everyone. ``preference``: the People column ``Leervoorkeur`` (default), the name
    of another People column, or a mapping person → preference (e.g. from a survey).
    ``mix_level``: the level of the unit tree to mix across: a depth (1 is the top), a level
    name of the Units sheet, 0 for each person's own unit, or None (default) for the first
    level with more than one unit. ``must_together`` / ``must_apart``: pairs of people (IDs or names).
    Raises ``LearningError`` when the groups can't be made.
    """
    from ohtrack.analysis.learning_solver import solve

    lang = normalise_lang(lang or programme.info.language)
    index = Index(programme)
    chosen = select(programme, people, index, lang)
    pref_of = preferences(programme, chosen, preference, lang)
    tree = UnitTree.build(programme.units)
    mix_level = first_branching_level(tree) if mix_level is None else mix_level
    units = unit_at_level(programme, mix_level or None, tree)
    unit_of = {p: units.get(p) for p in chosen}
    together = [_pair(index, chosen, a, b, lang) for a, b in must_together]
    apart = [_pair(index, chosen, a, b, lang) for a, b in must_apart]
    n_groups, lo, hi = group_count(len(chosen), size, lang)
    started = time.perf_counter()
    solution = solve(chosen, pref_of, unit_of, n_groups, lo, hi, together, apart, time_limit, seed, lang)
    wall = time.perf_counter() - started
    groups = _named(solution.groups, pref_of, prefix)
    return Composition(
        groups=groups, size=size, mix_level=mix_level, preference_of=pref_of, unit_of=unit_of,
        score=score((g.members for g in groups), pref_of, unit_of),
        baseline=random_baseline(chosen, [len(g.members) for g in groups], pref_of, unit_of, seed),
        status=solution.status, objective=solution.objective, bound=solution.bound, seed=seed,
        time_limit=time_limit, wall_time=wall, deterministic_time=solution.deterministic_time,
        solver=solution.solver, group_type=group_type, lang=lang, must_together=together,
        must_apart=apart)


def _pair(index: Index, chosen: Sequence[str], a: str, b: str, lang: str) -> tuple[str, str]:
    ids = []
    for ref in (a, b):
        pid = index.id("person", ref)
        if pid is None or pid not in chosen:
            raise learning_error("pair_person", lang, person=ref)
        ids.append(pid)
    if ids[0] == ids[1]:
        raise learning_error("pair_same", lang, person=a)
    return ids[0], ids[1]


def taken_by_prefix(programme: Programme, prefix: str) -> list[str]:
    """The workbook's groups whose IDs a composition with ``prefix`` would give (``LG01`` …):
    to say so before the solver runs, not after."""
    pattern = re.compile(re.escape(prefix) + r"\d{2,}")
    return sorted(g.id for g in programme.groups if pattern.fullmatch(g.id))


def _named(groups: list[list[str]], pref_of: Mapping[str, str | None], prefix: str) -> list[ComposedGroup]:
    """Groups ordered by their preference, then by their first member, numbered ``LG01`` …"""
    spelled: dict[str, str] = {}
    for p in sorted(pref_of):
        v = pref_of[p]
        if v:
            spelled.setdefault(name_key(v), v)
    labelled = []
    for members in groups:
        prefs = [name_key(v) for p in members if (v := pref_of.get(p))]
        label = min((k for k in set(prefs)), key=lambda k: (-prefs.count(k), k), default=None)
        labelled.append((label, sorted(members)))
    labelled.sort(key=lambda x: (x[0] is None, x[0] or "", x[1]))
    width = max(2, len(str(len(labelled))))
    return [ComposedGroup(f"{prefix}{k:0{width}d}", spelled.get(label) if label else None, tuple(m))
            for k, (label, m) in enumerate(labelled, start=1)]
