"""Round trip: ``ohtrack.save(programme, path)`` then ``ohtrack.load(path)`` gives it back equal."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

import ohtrack
from ohtrack.domain import (
    Direction,
    Event,
    EventStatus,
    Goal,
    GoalLevel,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Person,
    Programme,
    ProgrammeInfo,
    Relation,
    Status,
    Unit,
)
from ohtrack.text import name_key
from ohtrack.workbook.contract import SHEETS

OUTCOMES = ["Direction", "Leadership", "Culture and climate", "Richting", "Motivatie"]
PRACTICES = ["Shared vision", "Gedeelde visie", "Strategic clarity"]
#: Every header and sheet name the contract knows: custom names must differ from these.
KNOWN = {k for s in SHEETS for k in s.names()} | {k for s in SHEETS for c in s.columns for k in c.names()}

_chars = st.sampled_from([*"abcXYZ019 .,'()éëïñ€😀🚀中文", "=", "+", "-", "@"])
#: Text as a reader gives it back: no surrounding spaces, never empty, no ';' or '|'.
text = st.text(_chars, min_size=1, max_size=12).map(str.strip).filter(bool)
formula_like = st.sampled_from(["=SUM(A1:A3)", "+31 6 1234", "-5 points", "@home", "=1+1"])
some_text = st.one_of(text, formula_like)
ids = st.text(st.sampled_from(list("ABP0123456789-_")), min_size=1, max_size=6).filter(
    lambda s: s.strip() == s)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
floats = st.floats(-1e6, 1e6, allow_nan=False).map(lambda f: round(f, 3))
cell_values = st.one_of(
    some_text, st.integers(-10_000, 10_000), floats.filter(lambda f: not f.is_integer()),
    st.booleans(), dates,
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0, hour=max(d.hour, 1))),
)
extra_names = text.filter(lambda s: name_key(s) not in KNOWN and not name_key(s).startswith(
    ("roles", "rollen", "column ")))
extras = st.dictionaries(extra_names, cell_values, max_size=2).filter(
    lambda d: len({k.casefold() for k in d}) == len(d))
multi = st.lists(text, max_size=3)


@st.composite
def programmes(draw: Any) -> Programme:
    lang = draw(st.sampled_from(["nl", "en"]))
    n_units = draw(st.integers(0, 3))
    unit_ids = [f"U{i}" for i in range(n_units)]
    units = [Unit(id=u, name=draw(some_text), parent=unit_ids[i - 1] if i else None,
                  extra=draw(extras)) for i, u in enumerate(unit_ids)]
    person_ids = draw(st.lists(ids, max_size=4, unique_by=name_key))
    people = [Person(id=p, name=draw(some_text), role=draw(st.none() | some_text),
                     unit=draw(st.none() | st.sampled_from(unit_ids or ["U0"])) if units else None,
                     manager=None, email=draw(st.none() | st.just(f"{i}@example.org")),
                     tags=draw(multi), extra=draw(extras)) for i, p in enumerate(person_ids)]
    goals = [Goal(id=f"G{i}", title=draw(some_text), level=draw(st.none() | st.sampled_from(GoalLevel)),
                  parent=f"G{i - 1}" if i else None, owner=None, outcomes=draw(st.lists(
                      st.sampled_from(OUTCOMES), max_size=2)))
             for i in range(draw(st.integers(0, 2)))]
    initiatives = []
    for i in range(draw(st.integers(1, 4))):
        start = draw(st.none() | dates)
        initiatives.append(Initiative(
            id=f"I{i}", title=draw(some_text),
            unit=draw(st.none() | st.sampled_from(unit_ids)) if units else None,
            owner=draw(st.sampled_from(person_ids)) if person_ids else None,
            status=draw(st.none() | st.sampled_from(Status)),
            outcomes=draw(st.lists(st.sampled_from(OUTCOMES), min_size=1, max_size=3)),
            practices=draw(st.lists(st.sampled_from(PRACTICES), max_size=2)),
            goal=goals[0].id if goals and draw(st.booleans()) else None,
            start=start, end=start + dt.timedelta(days=draw(st.integers(0, 400))) if start else None,
            participants=draw(st.lists(st.sampled_from(person_ids), max_size=3)) if person_ids else [],
            description=draw(st.none() | some_text), impact=draw(st.none() | cell_values),
            extra=draw(extras)))
    relations = []
    if len(person_ids) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            a, b = draw(st.permutations(person_ids))[:2]
            relations.append(Relation(
                source=a, target=b, type=draw(st.sampled_from(
                    ["reports_to", "advises", "coaches", "works_with", "mentors"])),
                since=draw(st.none() | dates), until=None,
                weight=draw(st.none() | st.floats(0, 100, allow_nan=False).map(lambda f: round(f, 2))),
                extra=draw(extras)))
    groups = []
    if person_ids:
        for g in range(draw(st.integers(0, 2))):
            members = [Membership(person=p, role=draw(st.none() | text))
                       for p in draw(st.lists(st.sampled_from(person_ids), min_size=1, max_size=3,
                                              unique=True))]
            groups.append(Group(id=f"T{g}", type=draw(st.none() | st.sampled_from(
                ["triad", "learning_group", "buddy pair"])), members=members))
    events = [Event(id=f"E{i}", title=draw(st.none() | some_text),
                    type=draw(st.none() | st.sampled_from(["learning_circle", "pitstop", "walk"])),
                    group=groups[0].id if groups else None, date=draw(st.none() | dates),
                    status=draw(st.none() | st.sampled_from(EventStatus)),
                    facilitator=draw(st.none() | text),
                    attendees=draw(st.lists(st.sampled_from(person_ids), max_size=2)) if person_ids else [],
                    initiative=initiatives[0].id, extra=draw(extras))
              for i in range(draw(st.integers(0, 2)))]
    indicators = [Indicator(id=f"K{i}", name=draw(some_text), unit=None,
                            outcome=draw(st.none() | st.sampled_from(OUTCOMES)),
                            direction=draw(st.sampled_from(Direction)), scale=draw(st.none() | text),
                            baseline=draw(st.none() | floats), impulse=draw(st.none() | floats),
                            ambition=draw(st.none() | floats), extra=draw(extras))
                  for i in range(draw(st.integers(0, 2)))]
    measurements = [Measurement(indicator=k.id, date=draw(dates), value=draw(floats),
                                source=draw(st.none() | text), note=draw(st.none() | some_text))
                    for k in indicators for _ in range(draw(st.integers(0, 2)))]
    lessons = [Lesson(id=f"L{i}", date=draw(st.none() | dates), initiative=initiatives[-1].id,
                      author=draw(st.sampled_from(person_ids)) if person_ids else None,
                      observation=draw(st.none() | some_text), meaning=draw(st.none() | some_text),
                      action=draw(st.none() | some_text), tip=draw(st.none() | some_text),
                      outcome=draw(st.none() | st.sampled_from(OUTCOMES)),
                      shared_with=draw(st.lists(st.sampled_from(person_ids + unit_ids), max_size=2))
                      if person_ids or unit_ids else [])
               for i in range(draw(st.integers(0, 2)))]
    info = ProgrammeInfo(
        name=draw(some_text), organisation=draw(st.none() | some_text), mission=draw(st.none() | some_text),
        vision=None, model=draw(st.sampled_from(["ohi-2011", "ohi-2024"])),
        baseline_year=2021, impulse_year=draw(st.none() | st.just(2022)), ambition_year=2025,
        language=lang, roles=draw(st.dictionaries(st.sampled_from(["triad", "learning_group"]),
                                                   st.lists(text, min_size=1, max_size=3), max_size=1)),
        extra=draw(st.dictionaries(extra_names.filter(lambda s: name_key(s) not in {
            "field", "veld", "key", "sleutel"}), cell_values, max_size=2).filter(
            lambda d: len({name_key(k) for k in d}) == len(d))))
    other = draw(st.dictionaries(st.sampled_from(["Notities", "Extra data"]), st.lists(
        st.lists(st.none() | cell_values, min_size=1, max_size=3).filter(lambda r: r[-1] is not None
                                                                          and r[0] is not None),
        min_size=1, max_size=3), max_size=1))
    return Programme(info=info, units=units, people=people, goals=goals, initiatives=initiatives,
                     relations=relations, groups=groups, events=events, indicators=indicators,
                     measurements=measurements, lessons=lessons, other_sheets=other)


def _assert_same(a: Programme, b: Programme) -> None:
    for name in Programme.model_fields:
        assert getattr(a, name) == getattr(b, name), name
    assert a == b


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(programmes(), st.sampled_from([None, "nl", "en"]))
def test_save_then_load_gives_the_same_programme(programme: Programme, lang: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roundtrip.xlsx"
        ohtrack.save(programme, path, lang=lang)
        result = ohtrack.read(path)
        assert result.programme is not None
        _assert_same(programme, result.programme)
        assert ohtrack.validate(path).to_dict() == result.report.to_dict()
        wb = load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    prog = Programme(info=ProgrammeInfo(name="=HYPERLINK(\"x\")", language="en"),
                     initiatives=[Initiative(id="I1", title="=1+1", outcomes=["Direction"],
                                             description="@SUM(A1)", extra={"Note": "-2", "Tel": "+31"})])
    path = ohtrack.save(prog, tmp_path / "f.xlsx")
    ws = load_workbook(path)["Initiatives"]
    assert (ws["B2"].value, ws["B2"].data_type) == ("=1+1", "s")
    assert ohtrack.load(path) == prog
    assert ohtrack.validate(path).problems == []
