"""The OHI 2011 ↔ 2024 crosswalk: derived from the two published model files, both ways."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from ohtrack.errors import UnknownModelError
from ohtrack.frameworks import counterparts, crosswalk, crosswalks, get, has_crosswalk
from ohtrack.text import name_key


def _data(name: str) -> dict:
    folder = resources.files("ohtrack.frameworks") / "data"
    path = folder / "crosswalks" / name if name.startswith("ohi-2011-to") else folder / name
    return json.loads(path.read_text("utf-8"))


def test_pairs_are_exactly_the_practices_with_the_same_name_in_both_lists() -> None:
    old, new = _data("ohi-2011.json"), _data("ohi-2024.json")
    new_by_name = {name_key(p["name_en"]): (o["id"], p["id"])
                   for o in new["outcomes"] for p in o["practices"]}
    expected, unmatched = [], []
    for o in old["outcomes"]:
        for p in o["practices"]:
            hit = new_by_name.get(name_key(p["name_en"]))
            if hit is None:
                unmatched.append(p["id"])
            else:
                expected.append({"from": p["id"], "to": hit[1], "from_outcome": o["id"],
                                 "to_outcome": hit[0], "basis": "same-name"})
    used = {e["to"] for e in expected}
    new_only = [p["id"] for o in new["outcomes"] for p in o["practices"] if p["id"] not in used]
    walk = _data("ohi-2011-to-ohi-2024.json")
    assert walk["practices"] == expected
    assert walk["unmatched_from"] == unmatched
    assert walk["unmatched_to"] == new_only
    assert (len(expected), len(unmatched), len(new_only)) == (28, 9, 14)
    assert walk["outcomes"] == [{"from": o["id"], "to": o["id"], "basis": "same-id"}
                                for o in old["outcomes"]]
    assert {o["id"] for o in old["outcomes"]} == {o["id"] for o in new["outcomes"]}
    # Both published sources are cited, word for word as in the model files.
    assert walk["sources"] == [old["source"], new["source"]]


def test_crosswalk_maps_both_ways_and_names_the_unmatched() -> None:
    cw = crosswalk("ohi-2011", "ohi-2024")
    assert (cw.source_model, cw.target_model) == ("ohi-2011", "ohi-2024")
    assert cw.practice("shared-vision") == "shared-vision"
    assert cw.practice("customer-focus") is None  # 'Customer orientation' is another name: no guess
    assert cw.practice_back("common-purpose") is None
    assert cw.outcome("culture-and-climate") == "culture-and-climate"
    moved = cw.pair("operationally-disciplined")
    assert moved is not None
    assert (moved.source_outcome, moved.target_outcome) == ("culture-and-climate",
                                                            "coordination-and-control")
    assert "employee-involvement" in cw.unmatched_source
    assert "tech-enablement" in cw.unmatched_target
    assert cw.basis("same-name", "nl").startswith("Dezelfde naam")
    back = crosswalk("ohi-2024", "ohi-2011")
    assert back.practice("operationally-disciplined") == "operationally-disciplined"
    assert back.pair("operationally-disciplined").target_outcome == "culture-and-climate"  # type: ignore[union-attr]
    assert back.unmatched_source == cw.unmatched_target
    assert back.reversed() == cw


def test_every_id_in_the_crosswalk_is_in_its_model() -> None:
    cw = crosswalk("ohi-2011", "ohi-2024")
    old, new = get("ohi-2011"), get("ohi-2024")
    for p in cw.practices:
        src, dst = old.practice(p.source), new.practice(p.target)
        assert src is not None and dst is not None
        assert (src[0].id, dst[0].id) == (p.source_outcome, p.target_outcome)
    assert len(cw.practices) + len(cw.unmatched_source) == old.practice_count == 37
    assert len(cw.practices) + len(cw.unmatched_target) == new.practice_count == 42


def test_carry_keeps_the_order_and_lists_what_has_no_counterpart() -> None:
    carried = crosswalk("ohi-2011", "ohi-2024").carry(
        ["shared-vision", "employee-involvement", "customer-focus", "knowledge-sharing",
         "employee-involvement"])
    assert carried.practices == ("shared-vision", "knowledge-sharing")
    assert carried.not_carried == ("employee-involvement", "customer-focus")


def test_no_crosswalk_between_other_models() -> None:
    assert crosswalks() == [("ohi-2011", "ohi-2024")]
    assert has_crosswalk("OHI-2024", "ohi-2011")
    assert not has_crosswalk("ohi-2011", "ink")
    assert not has_crosswalk("ohi-2011", "ohi-2011")
    assert counterparts("ohi-2011") == ["ohi-2024"] and counterparts(" OHI-2024") == ["ohi-2011"]
    assert counterparts("ink") == []
    with pytest.raises(UnknownModelError, match="ink"):
        crosswalk("ohi-2011", "ink")
