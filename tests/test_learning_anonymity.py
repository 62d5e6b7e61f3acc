"""Profile scores: no group under the anonymity threshold can be seen or worked out.

Like the survey's suppression tests, the check is by brute force: every set of 1 to
``min_group - 1`` people is tried, and its sum must not be a linear combination of the sums
the shown cells publish (mean × count).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from itertools import combinations

import numpy as np
import pytest

import ohtrack
from ohtrack.analysis.learning import learning
from ohtrack.analysis.learning_anonymity import publishable
from ohtrack.analysis.learning_profile import development_overview, profile_report
from ohtrack.domain import (
    DevelopmentPoint,
    Group,
    Membership,
    Person,
    ProfileScore,
    Programme,
    ProgrammeInfo,
    ScoreSource,
    Theme,
    Unit,
)
from ohtrack.errors import LearningError
from tests.conftest import SAMPLES


def recoverable(published: list[frozenset[str]], people: list[str], min_group: int) -> list[tuple[str, ...]]:
    """Every set of fewer than ``min_group`` people whose sum follows from the published sums."""
    if not published:
        return []
    col = {p: i for i, p in enumerate(people)}
    a = np.zeros((len(published), len(people)))
    for r, cell in enumerate(published):
        for p in cell:
            a[r, col[p]] = 1
    rank = np.linalg.matrix_rank(a)
    out = []
    for size in range(1, min_group):
        for subset in combinations(people, size):
            e = np.zeros(len(people))
            e[[col[p] for p in subset]] = 1
            if np.linalg.matrix_rank(np.vstack([a, e])) == rank:
                out.append(subset)
    return out


def test_a_unit_across_two_groups_is_hidden_when_subtraction_leaves_four() -> None:
    people = [f"p{i}" for i in range(12)]
    total, g1, g2 = frozenset(people), frozenset(people[:6]), frozenset(people[6:])
    unit = frozenset(people[:4] + people[6:10])
    # total - unit = p4, p5, p10, p11: four people
    assert publishable([total, g1, g2, unit], 5) == [True, True, True, False]
    assert publishable([total, g1, g2, unit], 4) == [True, True, True, True]
    assert recoverable([total, g1, g2, unit], people, 5) == [("p4", "p5", "p10", "p11")]


def test_small_cells_and_their_complements_are_hidden() -> None:
    people = [f"p{i}" for i in range(9)]
    total, big, small = frozenset(people), frozenset(people[:6]), frozenset(people[6:])
    assert publishable([total, big, small], 5) == [True, False, False]  # 9 - 6 = 3
    assert publishable([total, small, big], 5) == [True, False, False]
    assert publishable([total], 10) == [False]


def test_no_small_set_can_be_worked_out_on_random_families() -> None:
    rng = random.Random(2024)
    shown = tried = 0
    for _ in range(150):
        n = rng.randint(6, 12)
        people = [f"p{i}" for i in range(n)]
        cells = [frozenset(people)]
        for _split in range(rng.randint(1, 3)):  # partitions: groups, units, a second level
            parts = rng.randint(1, 4)
            label = [rng.randrange(parts) for _ in people]
            cells += [frozenset(p for p, x in zip(people, label) if x == j) for j in range(parts)]
        cells += [frozenset(rng.sample(people, rng.randint(1, n))) for _ in range(rng.randint(0, 2))]
        cells = [c for c in cells if c]
        k = rng.choice([3, 4, 5])
        ok = publishable(cells, k)
        published = list(dict.fromkeys(c for c, o in zip(cells, ok) if o))
        assert all(len(c) >= k for c in published)
        assert recoverable(published, people, k) == [], (cells, k, ok)
        shown += len(published)
        tried += len(set(cells))
    assert shown > tried / 3  # it does not hide everything


def random_programme(seed: int) -> Programme:
    """Up to 14 people in a unit tree of 2 levels and 2 to 3 groups (crossing the units)."""
    rng = random.Random(seed)
    n = rng.randint(7, 14)
    units = [Unit(id="ORG", name="Org"), Unit(id="A", name="A", parent="ORG"),
             Unit(id="B", name="B", parent="ORG"), Unit(id="A1", name="A1", parent="A"),
             Unit(id="A2", name="A2", parent="A")]
    people = [Person(id=f"p{i}", name=f"P {i}", unit=rng.choice(["ORG", "A", "B", "A1", "A2"]))
              for i in range(n)]
    groups = []
    for g in range(rng.randint(2, 3)):
        members = rng.sample([p.id for p in people], rng.randint(3, n))
        groups.append(Group(id=f"G{g}", members=[Membership(person=m) for m in members]))
    themes = [Theme(id="T1", name="One"), Theme(id="T2", name="Two")]
    scores = []
    for p in people:
        for t in themes:
            for day, moment in ((dt.date(2024, 1, 1), "intake"), (dt.date(2024, 9, 1), "final")):
                if rng.random() < 0.85:
                    scores.append(ProfileScore(person=p.id, theme=t.id, score=round(rng.uniform(1, 5), 1),
                                               date=day, moment=moment, source=ScoreSource.SELF))
    return Programme(info=ProgrammeInfo(name="Profile", language="en"), units=units, people=people,
                     groups=groups, themes=themes, profile_scores=scores)


def _members(p: Programme, cut: str, key: str) -> set[str]:
    if cut == "programme":
        return {x.id for x in p.people}
    if cut == "group":
        return {m.person for g in p.groups if g.id == key for m in g.members}
    under = {key} | {u.id for u in p.units if u.parent == key}
    under |= {u.id for u in p.units if u.parent in under}
    return {x.id for x in p.people if x.unit in under}


@pytest.mark.parametrize("seed", range(40))
def test_no_group_under_the_threshold_can_be_recovered_from_the_report(seed: int) -> None:
    p = random_programme(seed)
    report = profile_report(p, min_group=5)
    for theme in ("T1", "T2"):
        for moment, wave in (("intake", "intake"), ("final", "later")):
            who = {s.person for s in p.profile_scores if s.theme == theme and s.moment == moment}
            cells = [c for c in report.cells if (c.theme, c.wave) == (theme, wave)]
            published = [frozenset(_members(p, c.cut, c.key) & who) for c in cells if c.shown]
            assert all(c.n >= 5 for c in cells if c.shown)
            for c in cells:
                if c.shown:  # the mean is the mean of exactly that set
                    members = _members(p, c.cut, c.key) & who
                    values = [s.score for s in p.profile_scores if s.person in members
                              and (s.theme, s.moment) == (theme, moment)]
                    assert c.mean == pytest.approx(sum(values) / len(values))
            assert recoverable(list(dict.fromkeys(published)), sorted(who), 5) == []


def test_the_pitstop_profile_shows_groups_and_hides_small_departments() -> None:
    p = ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx")
    report = learning(p)
    shown = {(c.cut, c.key) for c in report.profile.cells if c.shown}
    assert {g.id for g in p.groups if g.type == "learning_group"} <= {k for cut, k in shown if cut == "group"}
    for small in ("CUL", "SPO", "COM", "SHV"):  # fewer than five managers
        assert ("unit", small) not in shown
    assert all(c.n >= 5 for c in report.profile.cells if c.shown)
    changes = {c["theme"]: c["change"] for c in report.profile.changes() if c["cut"] == "programme"}
    assert set(changes) == {"samenwerken", "verbindend", "omgevingsbewust", "slagvaardig"}
    assert all(v > 0.25 for v in changes.values())
    top = report.profile.development[0]
    assert top["people"] == max(x["people"] for x in report.profile.development)


def test_individual_scores_are_in_the_persons_own_overview_only() -> None:
    p = ohtrack.load(SAMPLES / "productielocatie-mt.xlsx")
    report = learning(p)
    text = json.dumps(report.to_dict(), default=str)
    assert "profile_scores" not in text and '"score"' not in text
    assert all(c.n >= 5 for c in report.profile.cells if c.shown)
    hidden_units = {c.key for c in report.profile.cells if c.cut == "unit" and not c.shown}
    assert {"PRD", "TD", "HR"} <= hidden_units  # one MT member each
    frame = report.to_frame("profile")
    assert set(frame["n"]) >= {6, 7} and frame["n"].min() >= 5
    own = development_overview(p, "P03")
    assert own.person == "P03" and len(own.points) == 2
    assert {s["source"] for s in own.scores} == {"self", "manager"}
    assert len(own.scores) == 5 * 2 * 2  # five themes, two sources, intake and later
    with pytest.raises(LearningError, match="no person with ID or name 'P99'"):
        development_overview(p, "P99")


def test_development_points_per_theme_most_chosen_first() -> None:
    p = Programme(info=ProgrammeInfo(name="D", language="en"),
                  people=[Person(id=x, name=x) for x in "abc"],
                  themes=[Theme(id="T1", name="One"), Theme(id="T2", name="Two")],
                  development_points=[DevelopmentPoint(person="a", theme="T2"),
                                      DevelopmentPoint(person="a", theme="T2", action="again"),
                                      DevelopmentPoint(person="b", theme="T1"),
                                      DevelopmentPoint(person="c", theme="T1"),
                                      DevelopmentPoint(person="c", action="no theme")])
    assert profile_report(p).development == [
        {"theme": "T1", "name": "One", "people": 2, "points": 2},
        {"theme": "T2", "name": "Two", "people": 1, "points": 2}]
    assert [f["message"] for f in learning(p).findings] == ["Most chosen development theme: One (2 people)"]
