"""The sample workbooks: clean, complete, true to their source case, and reproducible."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openpyxl import load_workbook

import ohtrack
from ohtrack.domain import EventStatus, GoalLevel, Initiative, Programme, Status
from tests.conftest import SAMPLES

ALL_SHEETS = ["Programma", "Eenheden", "Personen", "Doelen", "Verbetertrajecten", "Relaties",
              "Groepen", "Leermomenten", "Indicatoren", "Metingen", "Leerervaringen"]
NO_GOALS = [s for s in ALL_SHEETS if s != "Doelen"]
ROUTES = ["Leergangen", "Modules", "Inschrijvingen"]
PROFILE = ["Profiel", "Profielscores", "Ontwikkelpunten"]
_GROUPS = NO_GOALS.index("Groepen") + 1
EXPECTED_SHEETS = {
    "productielocatie-mt.xlsx": ALL_SHEETS + PROFILE,
    "sociaal-werkbedrijf-driehoek.xlsx": NO_GOALS[:_GROUPS] + ROUTES + ["Leermomenten", "Certificaten"]
    + NO_GOALS[_GROUPS + 1:],
    "staal-osf2-verbeterteam.xlsx": ALL_SHEETS,
    "gemeente-blended-leren.xlsx": NO_GOALS[:_GROUPS] + ROUTES + NO_GOALS[_GROUPS:],
    "gemeente-pitstop-managers.xlsx": NO_GOALS + PROFILE,
}
SURVEYS = ["gemeente-pitstop-enquete.xlsx", "sociaal-werkbedrijf-enquete.xlsx"]
#: Real names from the source cases that must never appear in a sample.
REAL_NAMES = ["tata", "promen", "den haag", "twynstra", "hoogovens", "vfm", "christenunie"]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_samples", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _generator()


_LOADED: dict[str, Programme] = {}


def load(name: str) -> Programme:
    if name not in _LOADED:
        _LOADED[name] = ohtrack.load(SAMPLES / name)
    return _LOADED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_SHEETS))
def test_sample_validates_clean_with_expected_sheets(name: str) -> None:
    report = ohtrack.validate(SAMPLES / name)
    assert report.valid
    assert [str(p) for p in report.problems] == []
    assert report.stats["sheets"] == EXPECTED_SHEETS[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_SHEETS))
def test_outcomes_and_practices_are_the_models_dutch_names(name: str) -> None:
    p = load(name)
    fw = p.framework
    outcomes = {o.name_nl for o in fw.outcomes}
    practices = {pr.name_nl for _, pr in fw.iter_practices()}
    used_o = {o for i in p.initiatives for o in i.outcomes} | {o for g in p.goals for o in g.outcomes}
    used_o |= {x.outcome for x in p.indicators if x.outcome}
    used_o |= {x.outcome for x in p.lessons if x.outcome}
    used_p = {pr for i in p.initiatives for pr in i.practices}
    assert used_o <= outcomes
    assert used_p <= practices and used_p
    assert all(i.outcomes or i.practices for i in p.initiatives)


@pytest.mark.parametrize("name", [*sorted(EXPECTED_SHEETS), *SURVEYS])
def test_no_real_names_from_the_cases(name: str) -> None:
    wb = load_workbook(SAMPLES / name, read_only=True)
    text = " ".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                    for v in row if isinstance(v, str)).lower()
    wb.close()
    assert [n for n in REAL_NAMES if n in text] == []


def test_productielocatie_goal_cascade_and_mt() -> None:
    p = load("productielocatie-mt.xlsx")
    assert p.info.model == "ink"
    levels = Counter(g.level for g in p.goals)
    assert levels == {GoalLevel.CORPORATE: 4, GoalLevel.SITE: 5, GoalLevel.PROCESS: 6,
                      GoalLevel.YEAR: 7}
    goals = p.goal_by_id()
    order = [GoalLevel.CORPORATE, GoalLevel.SITE, GoalLevel.PROCESS, GoalLevel.YEAR]
    for g in p.goals:
        if g.level is GoalLevel.CORPORATE:
            assert g.parent is None
        else:
            assert g.parent is not None and g.level is not None
            assert order.index(goals[g.parent].level) == order.index(g.level) - 1  # type: ignore[arg-type]
    assert all(i.goal in goals for i in p.initiatives)
    mt = next(g for g in p.groups if g.id == "MT")
    people = p.person_by_id()
    assert people["P01"].role == "locatiedirecteur"
    assert {people[m.person].manager for m in mt.members if m.person != "P01"} == {"P01"}
    assert {str(e.type) for e in p.events} == {"training", "coaching"}
    assert len(p.lessons) == 7 and all(x.observation and x.meaning and x.action for x in p.lessons)
    themes = " ".join(str(i.title) for i in p.initiatives).lower()
    for word in ("prioriteren", "in gesprek", "hulpstructuren", "escal"):
        assert word in themes


def test_driehoek_triads_intervision_and_indicators() -> None:
    p = load("sociaal-werkbedrijf-driehoek.xlsx")
    assert (p.info.baseline_year, p.info.impulse_year, p.info.ambition_year) == (2021, 2022, 2025)
    assert p.info.roles["triad"] == ["voorman", "jobcoach", "kandidaat"]
    assert p.info.roles["driehoek beschut"] == ["afdelingsmanager", "jobcoach", "werknemer"]
    triads = [g for g in p.groups if g.type == "triad"]
    assert len(triads) == 10
    incomplete = [g.id for g in triads if {m.role for m in g.members} != {"voorman", "jobcoach",
                                                                         "kandidaat"}]
    assert incomplete == ["D07"]
    assert sum(1 for g in p.groups if g.type == "driehoek beschut") == 4
    intervision = [e for e in p.events if e.type == "intervision"]
    assert [e.status for e in intervision] == [EventStatus.HELD] * 3 + [EventStatus.PLANNED]
    people = p.person_by_id()
    for e in intervision[:3]:
        roles = Counter(people[a].role for a in e.attendees)
        assert roles == {"voorman": 6, "afdelingsmanager": 2, "jobcoach": 3}
        assert len({people[a].unit for a in e.attendees}) >= 4
    assert intervision[3].attendees == []
    units = {i.unit for i in p.indicators}
    assert units == {"IA", "GF", "DR"}
    assert all(i.baseline is not None and i.impulse is not None and i.ambition is not None
               for i in p.indicators)
    assert len(p.measurements) == 2 * len(p.indicators)
    praktijkopleiders = [x for x in p.people if "praktijkopleider" in x.tags]
    assert len(praktijkopleiders) == 8 and {x.role for x in praktijkopleiders} == {"voorman"}


def test_staal_section_inventory_and_learning_circle() -> None:
    p = load("staal-osf2-verbeterteam.xlsx")
    assert p.info.model == "ohi-2011"
    section = [i for i in p.initiatives if i.unit == "SM"]
    assert len(section) == 25
    assert all(i.practices for i in section)
    assert Counter(i.status for i in section) == {
        Status.IDEA: 5, Status.PLANNED: 4, Status.ACTIVE: 7, Status.DONE: 4, Status.EMBEDDED: 3,
        Status.STOPPED: 2}
    fw = p.framework.resolver()
    def outcomes_of(ini: Initiative) -> set[str]:
        return {r[0].name_nl for pr in ini.practices if (r := fw.practice(pr)) is not None}

    per_outcome = Counter(o for i in section for o in outcomes_of(i))
    assert len(per_outcome) == 9  # the inventory touches every outcome of the model
    # lesson L04 quotes these counts
    assert (per_outcome["Coördinatie en beheersing"], per_outcome["Motivatie"],
            per_outcome["Leiderschap"]) == (9, 2, 2)
    assert "9 Coördinatie en beheersing" in str(p.lessons[3].observation)
    titles = " ".join(i.title for i in p.initiatives if i.id.startswith("T")).lower()
    for word in ("intake", "voorbereiding", "planning", "afhandeling"):
        assert word in titles
    team = next(g for g in p.groups if g.type == "improvement_team")
    assert sum(1 for m in team.members if m.role in ("trekker", "lid")) == 3
    circle = next(g for g in p.groups if g.type == "learning_circle")
    assert len(circle.members) == 11
    assert sum(1 for e in p.events if e.type == "learning_circle") == 6
    assert all(x.shared_with and x.tip for x in p.lessons)


def test_blended_routes_topics_and_forms() -> None:
    p = load("gemeente-blended-leren.xlsx")
    assert p.info.model == "weisbord"
    assert {(g.id, g.type) for g in p.groups} == {("LEID", "leergang"), ("MDW", "leergang")}
    titles = " ".join(str(e.title) for e in p.events).lower()
    for topic in ("communicatieve vaardigheden", "effectief beïnvloeden", "adviesvaardigheden",
                  "situationeel leidinggeven", "persoonlijke effectiviteit"):
        assert topic in titles
    assert {str(e.type) for e in p.events} == {"training", "online", "coaching"}
    assert any("controle naar vertrouwen" in i.title.lower() for i in p.initiatives)


def test_pitstop_groups_pitstops_and_growing_network() -> None:
    p = load("gemeente-pitstop-managers.xlsx")
    groups = [g for g in p.groups if g.type == "learning_group"]
    assert len(groups) == 25 and {len(g.members) for g in groups} == {8}
    members = [m.person for g in groups for m in g.members]
    assert len(members) == len(set(members)) == 200
    people = p.person_by_id()
    for g in groups:
        assert len({people[m.person].manager for m in g.members}) >= 3  # several diensten
        evs = [e for e in p.events if e.group == g.id]
        assert Counter(str(e.type) for e in evs) == {"intake": 1, "pitstop": 6}
    cancelled = [e.id for e in p.events if e.status is EventStatus.CANCELLED]
    assert sorted(cancelled) == ["LG04-P3", "LG11-P5", "LG17-P2", "LG23-P6"]
    themes = [e for e in p.events if e.type == "theme_day"]
    assert len(themes) == 3 and all(100 < len(e.attendees) < 200 for e in themes)
    held = [e for e in p.events if e.type == "pitstop" and e.status is EventStatus.HELD]
    assert any(len(e.attendees) < 8 for e in held) and any(len(e.attendees) == 8 for e in held)
    start = dt.date(2016, 9, 12)
    before = [r for r in p.relations if r.since and r.since < start]
    after = [r for r in p.relations if r.since and r.since >= start]
    assert all(r.type == "works_with" for r in p.relations)
    assert len(before) > 200 and len(after) > 200
    unit_ids = p.unit_by_id()
    assert all(unit_ids[unit_ids[str(people[m].unit)].parent or ""].parent == "GH" for m in members)


def _sheet(path: Path, title: str) -> list[tuple[Any, ...]]:
    wb = load_workbook(path, read_only=True)
    rows = list(wb[title].iter_rows(values_only=True))
    wb.close()
    return rows


def test_pitstop_survey_file() -> None:
    path = SAMPLES / "gemeente-pitstop-enquete.xlsx"
    answers = _sheet(path, "Antwoorden")
    items = _sheet(path, "Vragen")
    assert answers[0][:3] == ("Respondent", "Eenheid", "Meting")
    assert items[0] == ("Item", "Tekst", "Uitkomst", "Praktijk", "Omgekeerd", "Min", "Max")
    waves = Counter(r[2] for r in answers[1:])
    assert waves == {2016: 180, 2017: 176}
    assert [r[0] for r in items[1:] if r[4] == "ja"] == ["S3", "O3"]
    assert {r[2] for r in items[1:]} == {"Cultuur en klimaat", "Leiderschap", "Externe oriëntatie",
                                        "Aanspreekbaarheid"}
    blanks = sum(1 for r in answers[1:] for v in r[3:] if v is None)
    assert 0 < blanks < 20
    per_unit = Counter((r[1], r[2]) for r in answers[1:])
    assert {u for (u, w), n in per_unit.items() if n < 5} >= {"CUL", "SPO", "COM"}
    programme_units = {(u.id, u.name, u.parent) for u in load("gemeente-pitstop-managers.xlsx").units}
    assert set(_sheet(path, "Eenheden")[1:]) == programme_units


def test_survey_files_score_with_suppression() -> None:
    from ohtrack.analysis.survey import survey
    from ohtrack.surveys.reader import load_survey

    report = survey(load_survey(SAMPLES / "gemeente-pitstop-enquete.xlsx"),
                    ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx"))
    assert report.valid and report.waves == ["2016", "2017"]
    hidden = {r["unit"] for r in report.records if r.get("suppressed")}
    assert {"CUL", "SPO", "COM", "SHV"} <= hidden
    change = {c["outcome"]: c["change"] for c in report.changes if c["unit"] == "*"}
    assert all(v > 0.25 for v in change.values()) and len(change) == 4
    social = survey(load_survey(SAMPLES / "sociaal-werkbedrijf-enquete.xlsx"),
                    ohtrack.load(SAMPLES / "sociaal-werkbedrijf-driehoek.xlsx"))
    assert social.valid and social.waves == ["2021", "2022"]


def test_pitstop_indicators_match_the_survey_file() -> None:
    p = load("gemeente-pitstop-managers.xlsx")
    answers = _sheet(SAMPLES / "gemeente-pitstop-enquete.xlsx", "Antwoorden")
    header = answers[0]
    cols = [header.index(i) for i in ("S1", "S2", "S3")]
    values = [6 - r[c] if header[c] == "S3" else r[c] for r in answers[1:] if r[2] == 2016
              for c in cols if r[c] is not None]
    first = next(m for m in p.measurements if m.indicator == "IND1")
    assert first.value == round(sum(values) / len(values), 2)


def test_generator_is_deterministic(gen: ModuleType) -> None:
    for name in gen.PROGRAMMES:
        assert gen.build(name) == gen.build(name)
    for name in gen.SURVEYS:
        assert gen.build_survey(name) == gen.build_survey(name)


def test_generator_reproduces_the_committed_samples(gen: ModuleType, tmp_path: Path) -> None:
    written = gen.main(tmp_path)
    assert sorted(p.name for p in written) == sorted([*EXPECTED_SHEETS, *SURVEYS])
    for name in EXPECTED_SHEETS:
        assert ohtrack.load(tmp_path / name) == load(name)
    for name in SURVEYS:
        for sheet in ("Antwoorden", "Vragen", "Eenheden"):
            assert _sheet(tmp_path / name, sheet) == _sheet(SAMPLES / name, sheet)
