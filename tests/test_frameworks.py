"""The built-in health models (JSON data files) and the custom-model builder."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources

import pytest

from ohtrack import frameworks
from ohtrack.errors import UnknownModelError
from ohtrack.frameworks import Framework
from ohtrack.text import name_key

BUILT_IN = ["ink", "ohi-2011", "ohi-2024", "weisbord"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

@pytest.mark.parametrize("model_id", BUILT_IN)
def test_each_shipped_file_validates_and_loads_as_validated(model_id: str) -> None:
    """``get`` makes the shipped models without validating them: each file must validate,
    with nothing extra in it, and give the same model, field for field."""
    data = json.loads((resources.files("ohtrack.frameworks") / "data" / f"{model_id}.json")
                      .read_text("utf-8"))
    strict = type("Strict", (Framework,), {"model_config": {**Framework.model_config,
                                                            "extra": "forbid"}})
    for outcome in data["outcomes"]:
        assert set(outcome) <= set(frameworks.Outcome.model_fields)
        for practice in outcome.get("practices", ()):
            assert set(practice) <= set(frameworks.Practice.model_fields)
    validated = strict.model_validate(data)
    made = frameworks.get(model_id)
    assert made.model_dump() == validated.model_dump()
    assert made == Framework.model_validate(data)
    assert all(type(o) is frameworks.Outcome for o in made.outcomes)
    assert all(type(p) is frameworks.Practice for _o, p in made.iter_practices())


OHI_2011_COUNTS = {
    "direction": 3,
    "leadership": 4,
    "culture-and-climate": 4,
    "accountability": 4,
    "coordination-and-control": 5,
    "capabilities": 4,
    "motivation": 5,
    "external-orientation": 4,
    "innovation-and-learning": 4,
}


def _items(fw: Framework) -> list[tuple[str, str, str, str]]:
    """(kind, id, name_en, name_nl) for every outcome and practice."""
    rows = [("outcome", o.id, o.name_en, o.name_nl) for o in fw.outcomes]
    rows += [("practice", p.id, p.name_en, p.name_nl) for _, p in fw.iter_practices()]
    return rows


@pytest.fixture(params=BUILT_IN)
def fw(request: pytest.FixtureRequest) -> Framework:
    return frameworks.get(request.param)


# ------------------------------------------------------------------ loading


def test_available_lists_exactly_the_four_models() -> None:
    assert frameworks.available() == BUILT_IN


@pytest.mark.parametrize("model_id", BUILT_IN)
def test_every_model_loads_and_id_matches_file_name(model_id: str) -> None:
    fw = frameworks.get(model_id)
    assert isinstance(fw, Framework)
    assert fw.id == model_id
    raw = (resources.files("ohtrack.frameworks") / "data" / f"{model_id}.json").read_text("utf-8")
    assert Framework.model_validate(json.loads(raw)) == fw


def test_get_is_lenient_about_case_and_spaces() -> None:
    assert frameworks.get(" OHI-2011 ").id == "ohi-2011"


def test_unknown_model_raises() -> None:
    with pytest.raises(UnknownModelError, match="nope"):
        frameworks.get("nope")


def test_model_metadata_is_filled(fw: Framework) -> None:
    for text in (fw.name_en, fw.name_nl, fw.description_en, fw.description_nl, fw.source):
        assert text.strip()
    assert fw.outcomes


# ------------------------------------------------------------------ structure


def test_ohi_2011_has_9_outcomes_and_37_practices() -> None:
    fw = frameworks.get("ohi-2011")
    assert len(fw.outcomes) == 9
    assert fw.practice_count == 37
    assert len(list(fw.iter_practices())) == 37


def test_ohi_2011_practices_per_outcome() -> None:
    fw = frameworks.get("ohi-2011")
    assert {o.id: len(o.practices) for o in fw.outcomes} == OHI_2011_COUNTS
    assert [o.id for o in fw.outcomes] == list(OHI_2011_COUNTS)


def test_ohi_2024_keeps_the_nine_outcome_ids() -> None:
    old, new = frameworks.get("ohi-2011"), frameworks.get("ohi-2024")
    assert [o.id for o in new.outcomes] == [o.id for o in old.outcomes]
    assert new.practice_count == 42
    # McKinsey renamed "Culture and climate"; the old name still finds the outcome.
    work_env = new.outcome("Culture and climate")
    assert work_env is not None and work_env.name_en == "Work environment"


def test_ink_has_five_organisation_and_four_results_areas() -> None:
    fw = frameworks.get("ink")
    groups = Counter(o.group for o in fw.outcomes)
    assert groups == {"organisation": 5, "results": 4}
    assert all(3 <= len(o.practices) <= 5 for o in fw.outcomes)


def test_weisbord_has_six_boxes() -> None:
    fw = frameworks.get("weisbord")
    assert [o.name_en for o in fw.outcomes] == [
        "Purposes",
        "Structure",
        "Relationships",
        "Rewards",
        "Leadership",
        "Helpful mechanisms",
    ]
    assert all(2 <= len(o.practices) <= 3 for o in fw.outcomes)


def test_ids_are_unique_slugs(fw: Framework) -> None:
    outcome_ids = [o.id for o in fw.outcomes]
    practice_ids = [p.id for _, p in fw.iter_practices()]
    assert len(set(outcome_ids)) == len(outcome_ids)
    assert len(set(practice_ids)) == len(practice_ids)
    assert all(SLUG.match(i) for i in outcome_ids + practice_ids)


def test_groups_are_declared_and_bilingual(fw: Framework) -> None:
    for key, names in fw.groups.items():
        assert SLUG.match(key)
        assert names.get("en", "").strip() and names.get("nl", "").strip()
    for o in fw.outcomes:
        assert o.group is None or o.group in fw.groups


def test_every_name_and_description_is_filled_in_both_languages(fw: Framework) -> None:
    for o in fw.outcomes:
        for text in (o.name_en, o.name_nl, o.description_en, o.description_nl):
            assert text.strip(), o.id
        for p in o.practices:
            for text in (p.name_en, p.name_nl, p.description_en, p.description_nl):
                assert text.strip(), p.id


def test_no_two_items_share_a_name_key(fw: Framework) -> None:
    owner: dict[str, tuple[str, str]] = {}
    for kind, item_id, en, nl in _items(fw):
        for key in {name_key(en), name_key(nl)}:
            assert key not in owner, f"{en!r}/{nl!r} clashes with {owner[key]}"
            owner[key] = (kind, item_id)


@pytest.mark.parametrize("kind", ["outcome", "practice"])
def test_ids_do_not_shadow_other_names(fw: Framework, kind: str) -> None:
    rows = [r for r in _items(fw) if r[0] == kind]
    for _, item_id, _, _ in rows:
        for _, other_id, en, nl in rows:
            if other_id != item_id:
                assert name_key(item_id) not in {name_key(en), name_key(nl)}


def test_every_id_and_name_resolves_to_its_own_item(fw: Framework) -> None:
    resolver = fw.resolver()
    for o in fw.outcomes:
        for key in (o.id, o.name_en, o.name_nl):
            assert fw.outcome(key) is o
            assert resolver.outcome(key) is o
        for p in o.practices:
            for key in (p.id, p.name_en, p.name_nl):
                assert fw.practice(key) == (o, p)
                assert resolver.practice(key) == (o, p)


# ------------------------------------------------------------------ lookups


def test_outcome_lookup_by_dutch_name_and_id() -> None:
    fw = frameworks.get("ohi-2011")
    by_nl = fw.outcome("Richting")
    assert by_nl is not None and by_nl.id == "direction"
    assert fw.outcome("direction") is by_nl
    assert fw.outcome("  DIRECTION ") is by_nl
    assert fw.outcome("Cooordination") is None
    assert fw.outcome("Coordinatie en beheersing") is fw.outcome("coordination-and-control")


def test_practice_lookup_in_both_languages() -> None:
    fw = frameworks.get("ohi-2011")
    found = fw.practice("Knowledge sharing")
    assert found is not None
    outcome, practice = found
    assert outcome.id == "innovation-and-learning"
    assert practice.id == "knowledge-sharing"
    assert fw.practice(practice.name_nl) == found
    assert fw.practice("knowledge_sharing") == found
    assert fw.practice("nothing like it") is None


def test_name_picks_language() -> None:
    fw = frameworks.get("ohi-2011")
    direction = fw.outcome("direction")
    assert direction is not None
    assert direction.name("nl") == "Richting"
    assert direction.name("en") == direction.name() == "Direction"


# ------------------------------------------------------------------ custom models


def test_custom_builds_outcomes_in_first_seen_order() -> None:
    fw = frameworks.custom(
        [
            ("Focus", "Clear goals", "Everyone knows the goals"),
            ("Team", "Trust", None),
            ("Focus", "Few priorities", None),
        ],
        name="Our model",
    )
    assert fw.id == "custom" and fw.name_en == fw.name_nl == "Our model"
    assert [o.name_en for o in fw.outcomes] == ["Focus", "Team"]
    focus = fw.outcome("focus")
    assert focus is not None
    assert [p.name_en for p in focus.practices] == ["Clear goals", "Few priorities"]
    assert focus.practices[0].description_en == "Everyone knows the goals"


def test_custom_deduplicates_practices_by_name_key() -> None:
    fw = frameworks.custom(
        [
            ("Focus", "Clear goals", None),
            ("focus", " clear-goals ", "again"),
            ("FOCUS", "Clear Goals", None),
        ]
    )
    assert len(fw.outcomes) == 1
    assert fw.practice_count == 1
    assert fw.outcomes[0].practices[0].name_en == "Clear goals"


def test_custom_row_without_practice_makes_empty_outcome() -> None:
    fw = frameworks.custom(
        [
            ("Direction", None, "Where we are going"),
            ("Energy", "", None),
            ("Direction", "Shared vision", None),
        ]
    )
    energy = fw.outcome("Energy")
    assert energy is not None and energy.practices == ()
    direction = fw.outcome("Direction")
    assert direction is not None
    assert direction.description_en == "Where we are going"
    assert [p.name_en for p in direction.practices] == ["Shared vision"]


def test_custom_empty_rows_give_empty_model() -> None:
    fw = frameworks.custom([])
    assert fw.outcomes == () and fw.practice_count == 0
