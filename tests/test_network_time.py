"""The network over time: dated memberships, ties per date, cross-unit at a level, growth, spells.

One small programme, worked out by hand:

- units: T (top) → D1 → A1, A2 and T → D2 → B1 (depth 2 = the directorates D1 and D2);
- people p1 (A1), p2 (A2), p3 (B1), p4 (B1);
- relation p3 → p4 from 2019-01-01 to 2019-12-31;
- learning group G: p1, p2, p3 without dates (from G's first held event, E1 on 2020-02-01),
  p4 since 2020-03-01; E1 held (p1, p2), E2 on 2020-04-01 planned.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ohtrack
from ohtrack.analysis.network_build import build
from ohtrack.analysis.network_time import change_dates, merge, month_ends, tie_spells
from ohtrack.domain import Programme
from ohtrack.domain.learning import Event
from ohtrack.domain.people import Group, Membership, Person, Relation, Unit
from ohtrack.domain.programme import ProgrammeInfo
from ohtrack.errors import UnknownLevelError
from tests.conftest import SAMPLES

D = dt.date


def small() -> Programme:
    units = [Unit(id="T", name="Top", level="gemeente"),
             Unit(id="D1", name="Dienst 1", parent="T", level="dienst"),
             Unit(id="D2", name="Dienst 2", parent="T", level="dienst"),
             Unit(id="A1", name="Team A1", parent="D1", level="team"),
             Unit(id="A2", name="Team A2", parent="D1", level="team"),
             Unit(id="B1", name="Team B1", parent="D2", level="team")]
    people = [Person(id=p, name=f"Name {p}", unit=u) for p, u in
              [("p1", "A1"), ("p2", "A2"), ("p3", "B1"), ("p4", "B1")]]
    group = Group(id="G", type="learning_group", members=[
        Membership(person="p1"), Membership(person="p2"), Membership(person="p3"),
        Membership(person="p4", since=D(2020, 3, 1))])
    events = [Event(id="E1", group="G", date=D(2020, 2, 1), status="held", attendees=["p1", "p2"]),
              Event(id="E2", group="G", date=D(2020, 4, 1), status="planned")]
    return Programme(info=ProgrammeInfo(name="T", language="en"), units=units, people=people,
                     relations=[Relation(source="p3", target="p4", since=D(2019, 1, 1),
                                         until=D(2019, 12, 31))],
                     groups=[group], events=events)


def ties(net: ohtrack.Network) -> set[tuple[str, str]]:
    return {(a, b) if a <= b else (b, a) for a, b in net.people_graph.edges()}


@pytest.mark.parametrize(("day", "want"), [
    (D(2018, 12, 31), set()),
    (D(2019, 6, 1), {("p3", "p4")}),
    (D(2020, 1, 15), set()),  # the relation ended, the group has not met
    (D(2020, 2, 1), {("p1", "p2"), ("p1", "p3"), ("p2", "p3")}),
    (D(2020, 3, 1), {("p1", "p2"), ("p1", "p3"), ("p2", "p3"), ("p1", "p4"), ("p2", "p4"), ("p3", "p4")}),
])
def test_undated_membership_starts_at_the_first_held_event(day: dt.date, want: set[tuple[str, str]]) -> None:
    assert ties(ohtrack.network(small(), as_of=day)) == want


def test_cross_unit_at_a_level_and_ties_outside_ones_unit() -> None:
    own = ohtrack.network(small(), as_of=D(2020, 2, 1))
    assert own.units["cross_unit_ties"] == 3  # three teams: every pair is cross-team
    by_dienst = ohtrack.network(small(), as_of=D(2020, 2, 1), level=2)
    assert by_dienst.level == 2
    assert by_dienst.units["cross_unit_ties"] == 2  # p1-p2 are both in D1
    assert {u["unit"]: u["people"] for u in by_dienst.units["units"]} == {"D1": 2, "D2": 2}
    assert {r["id"]: r["outside_unit_tie"] for r in by_dienst.people()} == {
        "p1": True, "p2": True, "p3": True, "p4": False}
    assert by_dienst.summary()["people_with_outside_tie"] == 3
    named = ohtrack.network(small(), as_of=D(2020, 3, 1), level="Dienst")
    assert named.level == "dienst" and named.units["cross_unit_ties"] == 4  # p1/p2 with p3/p4
    with pytest.raises(UnknownLevelError):
        ohtrack.network(small(), level="afdeling")


def test_growth_per_month() -> None:
    net = ohtrack.network(small(), as_of=D(2020, 3, 15), level=2)
    months = {m["month"]: (m["ties"], m["cross_unit_ties"]) for m in net.growth()}
    assert next(iter(months)) == "2019-01" and list(months)[-1] == "2020-03"
    assert len(months) == 15
    assert all(months[f"2019-{m:02d}"] == (1, 0) for m in range(1, 13))
    assert months["2020-01"] == (0, 0)
    assert months["2020-02"] == (3, 2)
    assert months["2020-03"] == (6, 4)  # counted on the report date, 15 March
    last = net.growth()[-1]
    assert (last["date"], last["ties_change"], last["cross_unit_change"]) == ("2020-03-15", 3, 2)
    assert net.to_dict()["growth"]["months"] == net.growth()


def test_membership_until_ends_group_ties_but_session_ties_stay() -> None:
    p = small()
    p.groups[0].members[1] = Membership(person="p2", until=D(2020, 2, 15))
    net = ohtrack.network(p, as_of=D(2020, 3, 1))
    # p2 left G on 15 February: no tie with p3 or p4 any more, but p1 and p2 met at E1.
    assert ties(net) == {("p1", "p2"), ("p1", "p3"), ("p1", "p4"), ("p3", "p4")}
    assert net.people_graph.edges["p1", "p2"]["events"] == 1
    assert net.people_graph.edges["p1", "p2"]["groups"] == 0


def test_a_group_that_never_met_starts_at_its_first_planned_event() -> None:
    p = small()
    p.events = [Event(id="E2", group="G", date=D(2020, 4, 1), status="planned")]
    assert ties(ohtrack.network(p, as_of=D(2020, 3, 31))) == set()
    assert len(ties(ohtrack.network(p, as_of=D(2020, 4, 1)))) == 6


def test_spells_and_build_agree_on_every_change_date() -> None:
    for p in (small(), ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx")):
        spells = tie_spells(p)
        for day in [*change_dates(spells)[::7], D(2000, 1, 1), D(2030, 1, 1)]:
            for d in (day - dt.timedelta(days=1), day):
                g = build(p, d).people_graph
                held = {pair for pair, spans in spells.items()
                        if any((s is None or s <= d) and (e is None or d <= e) for s, e in spans)}
                assert {(a, b) if a <= b else (b, a) for a, b in g.edges()} == held, d


def test_spells_by_hand() -> None:
    spells = tie_spells(small())
    assert spells[("p3", "p4")] == [(D(2019, 1, 1), D(2019, 12, 31)), (D(2020, 3, 1), None)]
    assert spells[("p1", "p2")] == [(D(2020, 2, 1), None)]
    assert merge([(D(2020, 1, 1), D(2020, 1, 31)), (D(2020, 2, 1), D(2020, 2, 5))]) == [
        (D(2020, 1, 1), D(2020, 2, 5))]  # touching periods are one
    assert merge([(None, D(2020, 1, 1)), (D(2019, 1, 1), None)]) == [(None, None)]
    assert month_ends(D(2019, 12, 5), D(2020, 2, 10)) == [D(2019, 12, 31), D(2020, 1, 31), D(2020, 2, 10)]


def test_dynamic_gexf_has_spells_that_gephi_plays(tmp_path: Path) -> None:
    net = ohtrack.network(small(), as_of=D(2020, 3, 15))
    path = ohtrack.export(net, tmp_path / "n.gexf")
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(path).getroot()
    graph = root.find("g:graph", ns)
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    found = {}
    for edge in graph.iterfind("g:edges/g:edge", ns):
        pair = tuple(sorted((edge.get("source") or "", edge.get("target") or "")))
        found[pair] = [(s.get("start"), s.get("end")) for s in edge.iterfind("g:spells/g:spell", ns)]
    assert found[("p3", "p4")] == [("2019-01-01", "2019-12-31"), ("2020-03-01", None)]
    assert found[("p1", "p2")] == [("2020-02-01", None)]
    assert len(found) == 6


def test_pitstop_before_the_first_group_event_has_only_the_ties_of_then() -> None:
    p = ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx")
    first = min(e.date for e in p.events if e.date and e.group)
    assert first == D(2016, 9, 12)
    before = ohtrack.network(p, as_of=first - dt.timedelta(days=1), level=2)
    # Worked out from the sheets alone: relations that hold that day, and People → Manager.
    want = {tuple(sorted((r.source, r.target))) for r in p.relations
            if (r.since is None or r.since < first) and (r.until is None or r.until >= first)}
    want |= {tuple(sorted((x.id, x.manager))) for x in p.people if x.manager}
    assert ties(before) == want
    assert all(d["groups"] == 0 and d["events"] == 0 for _, _, d in before.people_graph.edges(data=True))
    after = ohtrack.network(p, as_of=D(2018, 1, 1), level=2)
    cmp = ohtrack.compare_networks(before, after)
    dienst = {x.id: x for x in p.units}

    def directorate(pid: str) -> str | None:
        uid = next(x.unit for x in p.people if x.id == pid)
        while uid is not None and dienst[uid].parent not in (None, "GH"):
            uid = dienst[uid].parent
        return uid

    cross_before = sum(1 for a, b in want
                       if directorate(a) and directorate(b) and directorate(a) != directorate(b))
    assert cmp.cross_unit_before == cross_before
    assert cmp.cross_unit_after > 10 * cmp.cross_unit_before  # the pitstops made the horizontal ties
    assert len(cmp.cross_unit_gained()) == cmp.cross_unit_after - cmp.cross_unit_before


TREE = {
    "Units": [["ID", "Name", "Parent", "Level"], ["T", "Top", None, "gemeente"],
              ["D1", "Dienst 1", "T", "dienst"], ["D2", "Dienst 2", "T", "dienst"],
              ["A1", "Team A1", "D1", "team"], ["A2", "Team A2", "D1", "team"],
              ["B1", "Team B1", "D2", "team"]],
    "People": [["ID", "Name", "Unit"], ["p1", "Anna", "A1"], ["p2", "Bram", "A2"], ["p3", "Cor", "B1"],
               ["p4", "Dirk", "Team B1"]],  # a unit by its name: the resolver validate uses
    "Relations": [["From", "To", "Type", "Since", "Until"],
                  ["p3", "p4", "works_with", "2019-01-01", "2019-12-31"]],
    "Groups": [["Group", "Type", "Person", "Since"], ["G", "learning_group", "p1", None],
               ["G", "learning_group", "p2", None], ["G", "learning_group", "p3", None],
               ["G", "learning_group", "p4", "2020-03-01"]],
    "Events": [["ID", "Group", "Date", "Status", "Attendees"], ["E1", "G", "2020-02-01", "held", "p1; p2"],
               ["E2", "G", "2020-04-01", "planned", None]],
}


def test_cli_level_compare_and_growth(make_workbook: object, tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from ohtrack_cli.main import cli
    from tests.conftest import MINIMAL

    wb = make_workbook({**MINIMAL, **TREE})  # type: ignore[operator]
    png = tmp_path / "growth.png"
    args = ["network", str(wb), "--as-of", "2020-03-15", "--compare-as-of", "2019-06-01",
            "--level", "dienst", "--lang", "en"]
    out = CliRunner().invoke(cli, [*args, "--json", "--growth", str(png)]).stdout
    data = json.loads(out)
    assert data["level"] == "dienst" and data["summary"]["cross_unit_ties"] == 4
    assert data["compare"]["cross_unit_ties_before"] == 0 and data["compare"]["cross_unit_ties_after"] == 4
    assert data["compare"]["level"] == "dienst"
    assert [m["ties"] for m in data["growth"]["months"]][-3:] == [0, 3, 6]
    assert png.read_bytes()[:4] == b"\x89PNG" and data["exports"] == [str(png)]
    text = CliRunner().invoke(cli, args).output
    assert re.search(r"^Ties between units at level dienst +4 \(67%\)$", text, re.M)
    assert "Ties between units at level dienst: 0 → 4" in text
    bad = CliRunner().invoke(cli, ["network", str(wb), "--level", "afdeling", "--lang", "en"])
    assert bad.exit_code == 1 and "dienst" in bad.output
