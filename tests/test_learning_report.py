"""``learning(programme)`` on the samples: everything a playbook section needs, as plain data."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

import ohtrack
from ohtrack.analysis.learning import TABLES, learning
from ohtrack.i18n.learning import TEXTS
from tests.conftest import SAMPLES

CASES = ["gemeente-blended-leren.xlsx", "sociaal-werkbedrijf-driehoek.xlsx",
         "gemeente-pitstop-managers.xlsx", "productielocatie-mt.xlsx", "staal-osf2-verbeterteam.xlsx"]
_LOADED: dict[str, ohtrack.Programme] = {}


def load(name: str) -> ohtrack.Programme:
    if name not in _LOADED:
        _LOADED[name] = ohtrack.load(SAMPLES / name)
    return _LOADED[name]


def _english_fixed_parts() -> list[str]:
    """The fixed words of every English finding sentence (the text between placeholders)."""
    parts = []
    for key, entry in TEXTS.items():
        if key.startswith("learning.") and not key.startswith(("learning.compose.", "learning.error.")):
            parts += [p.strip(" (),.;:") for p in re.split(r"\{[^}]+\}", entry["en"])]
    return [p for p in parts if len(p) >= 8]


@pytest.mark.parametrize("name", CASES)
def test_the_report_is_plain_json_and_every_table_a_frame(name: str) -> None:
    report = learning(load(name), as_of=dt.date(2022, 7, 1))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema"] == 1 and data["on"] == "2022-07-01"
    assert set(data) >= {"routes", "modules", "progress", "units", "groups", "participation",
                         "credentials", "learning_groups", "profile", "findings"}
    for table in TABLES:
        report.to_frame(table)
    with pytest.raises(ValueError, match="table must be one of"):
        report.to_frame("scores")


@pytest.mark.parametrize("name", CASES)
def test_dutch_findings_have_no_english_and_no_decimal_point(name: str) -> None:
    messages = [f["message"] for f in learning(load(name)).findings]
    english = _english_fixed_parts()
    for m in messages:
        assert not [e for e in english if e in m], m
        assert not re.search(r"\d\.\d", m), m
    en = [f["message"] for f in learning(load(name), lang="en").findings]
    assert len(en) == len(messages)
    assert all([e for e in english if e in m] for m in en)  # the check does see English


def test_blended_routes_modules_and_progress() -> None:
    report = learning(load("gemeente-blended-leren.xlsx"))
    routes = {r["route"]: r for r in report.routes}
    assert (routes["LL"]["enrolled"], routes["LM"]["enrolled"]) == (13, 27)
    assert (routes["LL"]["electives_needed"], routes["LM"]["electives_needed"]) == (1, 3)
    assert routes["LL"]["completed"] == 0  # the return day is still planned
    assert routes["LM"]["completed"] == 20
    assert routes["LM"]["forms"] == ["coaching", "group_training", "online"]
    people = {x.person: x for x in report.progress if x.route == "LM"}
    assert len(people["BZ2"].electives_chosen) == 3 and people["BZ2"].electives_done == []
    assert all(len(x.electives_chosen) == 3 for x in people.values())
    second = {m["module"]: m for m in report.modules}
    assert second["LM5"]["sessions"] == 2 and second["LM5"]["sessions_held"] == 1


def test_the_network_follows_the_learning_groups() -> None:
    net = ohtrack.network(load("gemeente-pitstop-managers.xlsx"))
    groups = net.to_dict()["learning_groups"]
    assert len(groups) == 25 and all(g["start"] for g in groups)
    assert net.summary()["new_cross_unit_ties_in_learning_groups"] == sum(
        g["new_cross_unit_ties"] for g in groups) > 150
    report = learning(load("gemeente-pitstop-managers.xlsx"))
    mixed = report.learning_groups
    assert all(g["members"] == 8 and g["units"] >= 4 and g["fit"] == 1.0 for g in mixed)
    assert sum(g["new_cross_unit_ties"] for g in mixed) > 100  # across diensten, the mix level
