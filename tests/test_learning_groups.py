"""The group composer: optimal groups worked out by hand, pair rules, baseline, reproducibility."""

from __future__ import annotations

import random

import pytest

import ohtrack
from ohtrack.analysis.learning_groups import compose_groups, score
from ohtrack.domain import (
    Enrolment,
    EnrolmentStatus,
    Group,
    Membership,
    Person,
    Programme,
    ProgrammeInfo,
    Route,
    Unit,
)
from ohtrack.errors import LearningError, UnknownLevelError
from tests.conftest import SAMPLES


def eight(**extra: object) -> Programme:
    """p1–p4 prefer 'a', p5–p8 'b'; p1 and p5 are in unit U1, p2 and p6 in U2, and so on."""
    units = [Unit(id="ORG", name="Org")] + [Unit(id=f"U{k}", name=f"U{k}", parent="ORG") for k in range(1, 5)]
    people = [Person(id=f"p{i}", name=f"Person {i}", unit=f"U{(i - 1) % 4 + 1}",
                     learning_preference="a" if i <= 4 else "b", tags=["team"]) for i in range(1, 9)]
    return Programme(info=ProgrammeInfo(name="Eight", language="en"), units=units, people=people,
                     **extra)  # type: ignore[arg-type]


def groups(c: object) -> list[tuple[str, ...]]:
    return [g.members for g in c.groups]  # type: ignore[attr-defined]


def test_the_optimum_by_hand() -> None:
    c = compose_groups(eight(), size=4)
    assert groups(c) == [("p1", "p2", "p3", "p4"), ("p5", "p6", "p7", "p8")]
    assert [(g.id, g.preference) for g in c.groups] == [("LG01", "a"), ("LG02", "b")]
    assert (c.status, c.gap) == ("optimal", 0.0)
    assert (c.score.fit, c.score.same_unit_pairs, c.score.mixing) == (1.0, 0, 1.0)
    assert c.beats_random and c.baseline.fit is not None and c.baseline.fit < 1.0


def test_apart_costs_one_fit_and_one_pair() -> None:
    c = compose_groups(eight(), size=4, must_apart=[("p1", "Person 2")])
    # the only grouping that keeps 7 people with their preference
    assert groups(c) == [("p1", "p3", "p4"), ("p2", "p5", "p6", "p7", "p8")]
    assert (c.score.fitting, c.score.same_unit_pairs) == (7, 1)
    assert c.must_apart == [("p1", "p2")]


def test_together_is_honoured() -> None:
    c = compose_groups(eight(), size=4, must_together=[("p1", "p5")])
    assert any({"p1", "p5"} <= set(g) for g in groups(c))
    assert (c.score.fitting, c.score.same_unit_pairs) == (7, 1)


def test_mixing_at_a_level_of_the_tree() -> None:
    # at the top everyone is in the same unit: every pair is a same-unit pair
    c = compose_groups(eight(), size=4, mix_level=1)
    assert set(c.unit_of.values()) == {"ORG"} and c.score.mixing == 0.0
    # by default the first level with more than one unit (here: people's own units, U1–U4)
    default = compose_groups(eight(), size=4)
    assert default.mix_level == 2 and set(default.unit_of.values()) == {"U1", "U2", "U3", "U4"}
    assert compose_groups(eight(), size=4, mix_level=0).unit_of == default.unit_of
    with pytest.raises(UnknownLevelError):
        compose_groups(eight(), size=4, mix_level="afdeling")


def test_preference_from_another_column_or_a_mapping() -> None:
    p = eight()
    for person in p.people:
        person.extra["Stijl"] = "x" if person.id in ("p1", "p5", "p6", "p7") else "y"
    c = compose_groups(p, size=4, preference="stijl")
    assert sorted(map(sorted, groups(c))) == [["p1", "p5", "p6", "p7"], ["p2", "p3", "p4", "p8"]]
    # two groups may share a preference: all four 'z' fit in either split, so mixing decides
    mapping = {"p1": "z", "p2": "z", "p5": "z", "p6": "z"}
    c = compose_groups(p, size=4, preference=mapping)
    assert (c.score.fitting, c.score.with_preference, c.score.same_unit_pairs) == (4, 4, 0)
    with pytest.raises(LearningError, match="the People sheet has no column 'Kleur'"):
        compose_groups(p, size=4, preference="Kleur")


def test_people_of_a_route_or_a_tag() -> None:
    p = eight(routes=[Route(id="R", name="Leergang")],
              enrolments=[Enrolment(person=f"p{i}", route="R") for i in range(1, 7)]
              + [Enrolment(person="p6", route="R", status=EnrolmentStatus.WITHDRAWN)])
    p.enrolments[5].status = EnrolmentStatus.WITHDRAWN  # p6 withdrew
    c = compose_groups(p, size=2, people="leergang")
    assert sorted(c.preference_of) == ["p1", "p2", "p3", "p4", "p5"]
    assert sorted(len(g) for g in groups(c)) == [1 + 1, 3]
    assert len(compose_groups(p, size=4, people="TEAM").preference_of) == 8
    with pytest.raises(LearningError, match="no route or tag 'nobody' with people"):
        compose_groups(p, size=4, people="nobody")


def test_groups_that_cannot_be_made_are_one_clear_error() -> None:
    with pytest.raises(LearningError, match="too small"):
        compose_groups(eight(), size=1)
    with pytest.raises(LearningError, match="p9"):
        compose_groups(eight(), size=4, must_apart=[("p1", "p9")])
    with pytest.raises(LearningError, match="more people must be together"):
        compose_groups(eight(), size=2, must_together=[("p1", "p2"), ("p2", "p3"), ("p3", "p4")])
    with pytest.raises(LearningError, match="must be apart, but also"):
        compose_groups(eight(), size=4, must_together=[("p1", "p2")], must_apart=[("p2", "p1")])
    with pytest.raises(LearningError, match="no grouping honours every rule"):
        compose_groups(eight(), size=8, must_apart=[("p1", "p2")])  # one group of eight


def test_apply_adds_groups_to_a_copy() -> None:
    p = eight(groups=[Group(id="LG01", type="triad", members=[Membership(person="p1")])])
    c = compose_groups(p, size=4)
    with pytest.raises(LearningError, match="already has groups LG01"):
        c.apply(p)
    new = c.apply(p, replace=True)
    assert [g.id for g in new.groups] == ["LG01", "LG02"]
    assert [g.id for g in p.groups] == ["LG01"] and p.groups[0].type == "triad"
    assert {str(g.type) for g in new.groups} == {"learning_group"}
    assert new.people == p.people


def test_score_counts_fit_and_same_unit_pairs() -> None:
    pref = {"a": "x", "b": "x", "c": "y", "d": None}
    unit = {"a": "U", "b": "U", "c": "U", "d": "V"}
    s = score([["a", "b", "c", "d"]], pref, unit)
    assert (s.fitting, s.with_preference, s.same_unit_pairs, s.pairs) == (2, 3, 3, 6)
    assert (s.fit, s.mixing) == (2 / 3, 0.5)


def test_the_same_input_gives_the_same_groups_and_beats_random() -> None:
    rng = random.Random(7)
    units = [Unit(id="ORG", name="Org")] + [Unit(id=f"D{k}", name=f"D{k}", parent="ORG") for k in range(6)]
    people = [Person(id=f"m{i:02d}", name=f"Manager {i}", unit=f"D{rng.randrange(6)}",
                     learning_preference=rng.choice(["doen", "denken", "delen"])) for i in range(48)]
    p = Programme(info=ProgrammeInfo(name="Many", language="nl"), units=units, people=people)
    first = compose_groups(p, size=8, seed=3, time_limit=5)
    again = compose_groups(p, size=8, seed=3, time_limit=5)
    assert groups(first) == groups(again)
    assert first.beats_random
    assert all(7 <= len(g) <= 9 for g in groups(first)) and len(first.groups) == 6
    assert first.score.fit is not None and first.score.fit > 0.9
    assert "Beter dan willekeurig" in first.to_text() and "Better than random" in first.to_text("en")
    frame = first.to_frame()
    assert len(frame) == 48 and set(frame["group"]) == {g.id for g in first.groups}


def test_the_pitstop_sample_groups_are_ohtracks_own() -> None:
    p = ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx")
    draft = p.model_copy(update={"groups": []})
    c = compose_groups(draft, size=8, people="hoger middenkader", mix_level=2, seed=4, time_limit=30)
    saved = sorted(tuple(sorted(m.person for m in g.members)) for g in p.groups if g.type == "learning_group")
    assert sorted(groups(c)) == saved
    assert c.status == "optimal" and c.beats_random and c.score.fit == 1.0
