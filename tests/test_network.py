"""The network: graphs from every source, metrics against networkx, findings in plain words."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from networkx.algorithms import bipartite

import ohtrack
from ohtrack.analysis import network_metrics
from ohtrack.analysis.network import Network
from ohtrack.domain import Programme
from ohtrack.domain.initiatives import Initiative
from ohtrack.domain.learning import Event, Lesson
from ohtrack.domain.people import Group, Membership, Person, Relation, Unit
from ohtrack.domain.programme import ProgrammeInfo


def person(pid: str, unit: str | None = None, role: str | None = None) -> Person:
    return Person(id=pid, name=f"Name {pid}", unit=unit, role=role)


def programme(**lists: object) -> Programme:
    info = lists.pop("info", None) or ProgrammeInfo(name="T", language="en")
    return Programme(info=info, **lists)


def rel(a: str, b: str, type: str = "works_with", **kw: object) -> Relation:
    return Relation(source=a, target=b, type=type, **kw)


# -- a small known network: a path A-B-C-D plus E alone ------------------------------------
@pytest.fixture
def path_net() -> Network:
    p = programme(
        units=[Unit(id="U1", name="Koudwals"), Unit(id="U2", name="Warmwals")],
        people=[
            person("A", "U1"),
            person("B", "U1"),
            person("C", "U2"),
            person("D", "U2"),
            person("E", "U2"),
        ],
        relations=[rel("A", "B"), rel("B", "C", "advises"), rel("C", "D")],
    )
    return ohtrack.network(p)


def test_path_known_answers(path_net: Network) -> None:
    assert path_net.degree == {"A": 1, "B": 2, "C": 2, "D": 1, "E": 0}
    # Path of 4 plus an isolate (n = 5): B and C each lie on 2 of the (4*3)/2 = 6 pairs.
    assert path_net.betweenness["B"] == pytest.approx(2 / 6)
    assert path_net.betweenness["A"] == 0.0
    assert path_net.isolated == ["E"]
    assert path_net.peripheral == []  # a chain has no core to be far from (k-core: all 1)
    assert path_net.units["cross_unit_ties"] == 1
    assert path_net.units["cross_unit_share"] == pytest.approx(1 / 3)
    s = path_net.summary()
    assert (s["people"], s["ties"], s["cross_unit_ties"], s["isolated"]) == (5, 3, 1, 1)
    assert s["cross_unit_share"] == pytest.approx(1 / 3)
    assert s["betweenness_sample"] is None
    per_unit = {u["unit"]: (u["people"], u["ties"], u["cross_unit_ties"]) for u in path_net.units["units"]}
    assert per_unit == {"U1": (2, 2, 1), "U2": (3, 2, 1)}


def test_metrics_agree_with_networkx(path_net: Network) -> None:
    g = path_net.people_graph
    assert path_net.betweenness == pytest.approx(nx.betweenness_centrality(g, normalized=True))
    assert path_net.degree == dict(g.degree())
    assert path_net.strength == {v: float(d) for v, d in g.degree(weight="weight")}


@pytest.mark.parametrize(
    "graph",
    [nx.karate_club_graph(), nx.florentine_families_graph(), nx.les_miserables_graph(), nx.path_graph(4)],
)
def test_igraph_betweenness_equals_networkx(graph: nx.Graph) -> None:
    g = nx.relabel_nodes(graph, {v: str(v) for v in graph})
    want = nx.betweenness_centrality(g, normalized=True)
    got = network_metrics.betweenness(g, backend="igraph")
    assert (got.method, got.backend, got.sample) == ("exact", "igraph", None)
    assert got.values == pytest.approx(want, abs=1e-12)
    assert network_metrics.betweenness(g, backend="networkx").values == pytest.approx(want)


def test_florentine_medici_is_top_broker() -> None:
    g = nx.relabel_nodes(nx.florentine_families_graph(), str)
    values = network_metrics.betweenness(g).values
    assert max(values, key=lambda v: values[v]) == "Medici"
    assert values["Medici"] == pytest.approx(0.5219, abs=1e-4)


def test_sampled_betweenness_reports_its_sample() -> None:
    g = nx.relabel_nodes(nx.karate_club_graph(), str)
    got = network_metrics.betweenness(g, sample=10)
    assert (got.method, got.backend, got.sample) == ("sampled", "networkx", 10)
    assert got.values == pytest.approx(nx.betweenness_centrality(g, k=10, seed=network_metrics.SAMPLE_SEED))


def test_sampled_in_summary_and_json() -> None:
    people = [person(str(i)) for i in range(30)]
    p = programme(people=people, relations=[rel(str(i), str(i + 1)) for i in range(29)])
    net = ohtrack.network(p, betweenness_sample=5)
    assert net.summary()["betweenness_sample"] == 5
    assert net.to_dict()["betweenness_sample"] == 5
    assert net.to_dict()["betweenness"]["method"] == "sampled"


def test_large_graph_is_estimated_with_a_bound_above_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network_metrics, "EXACT_LIMIT_IGRAPH", 10)
    monkeypatch.setattr(network_metrics, "EXACT_LIMIT_NETWORKX", 10)
    g = nx.relabel_nodes(nx.karate_club_graph(), str)
    got = network_metrics.betweenness(g, epsilon=0.05)
    assert got.bound is not None
    assert (got.method, got.backend, got.sample) == ("estimated", "numpy", got.bound.sample)
    assert (got.bound.epsilon, got.bound.delta) == (0.05, network_metrics.DELTA)
    assert network_metrics.betweenness(g, exact=True).method == "exact"


def test_event_ties_are_the_bipartite_projection() -> None:
    people = [person(x) for x in "ABCDE"]
    events = [
        Event(id="E1", status="held", attendees=["A", "B", "C"]),
        Event(id="E2", status="held", attendees=["A", "B"]),
        Event(id="E3", status="held", attendees=["B", "C", "D"]),
        Event(id="E4", status="cancelled", attendees=["A", "E"]),
        Event(id="E5", status="planned", attendees=["D", "E"]),
    ]
    net = ohtrack.network(programme(people=people, events=events))
    b = net.attendance_graph
    assert sorted(n for n, d in b.nodes(data=True) if d["bipartite"] == 1) == [
        "event:E1",
        "event:E2",
        "event:E3",
    ]
    proj = bipartite.weighted_projected_graph(b, [x for x in "ABCDE"])
    got = {tuple(sorted((u, v))): d["events"] for u, v, d in net.people_graph.edges(data=True)}
    want = {tuple(sorted((u, v))): d["weight"] for u, v, d in proj.edges(data=True)}
    assert got == want
    assert got == {("A", "B"): 2, ("A", "C"): 1, ("B", "C"): 2, ("B", "D"): 1, ("C", "D"): 1}


def test_ties_aggregate_every_source() -> None:
    p = programme(
        people=[person("A", role="manager"), person("B"), person("C")],
        relations=[rel("A", "B", weight=2.5), rel("B", "A", "advises")],
        groups=[
            Group(id="G1", type="learning_group", members=[Membership(person="A"), Membership(person="B")])
        ],
        events=[Event(id="E1", status="held", attendees=["A", "B", "C"])],
        initiatives=[Initiative(id="I1", title="x", owner="A", participants=["B"])],
    )
    net = ohtrack.network(p)
    ab = net.people_graph.edges["A", "B"]
    assert (ab["relations"], ab["groups"], ab["events"], ab["initiatives"]) == (3.5, 1, 1, 1)
    assert ab["weight"] == 6.5
    assert ab["types"] == ["advises", "works_with"]
    assert net.people_graph.edges["A", "C"]["weight"] == 1
    assert sorted(net.relations_graph.edges(keys=True)) == [("A", "B", "works_with"), ("B", "A", "advises")]
    ties = net.to_dict()["ties"]
    assert ties[0] == {
        "source": "A",
        "target": "B",
        "weight": 6.5,
        "relations": 3.5,
        "groups": 1,
        "events": 1,
        "initiatives": 1,
        "types": ["advises", "works_with"],
    }


def test_manager_column_gives_reports_to_tie() -> None:
    people = [person("A"), Person(id="B", name="B", manager="A")]
    net = ohtrack.network(programme(people=people, relations=[rel("B", "A", "reports_to")]))
    assert list(net.relations_graph.edges(keys=True)) == [("B", "A", "reports_to")]


def test_bad_input_is_skipped_not_a_crash() -> None:
    p = programme(
        people=[person("A"), person("B")],
        relations=[rel("A", "Z"), rel("A", "A"), rel("A", "B"), rel("A", "B")],
        events=[
            Event(id="E1", status="held"),
            Event(id="E2", status="cancelled", attendees=["A", "B"]),
            Event(id="E3", status="held", attendees=["A", "Q"]),
        ],
    )
    net = ohtrack.network(p)
    assert sorted(net.people_graph.nodes) == ["A", "B"]
    assert net.people_graph.edges["A", "B"]["relations"] == 1
    assert net.people_graph.edges["A", "B"]["events"] == 0
    assert net.relations_graph.number_of_edges() == 1


def test_as_of_uses_since_until_and_event_dates() -> None:
    d = dt.date
    p = programme(
        people=[person(x) for x in "ABC"],
        relations=[
            rel("A", "B", since=d(2022, 1, 1), until=d(2022, 6, 30)),
            rel("B", "C", since=d(2023, 1, 1)),
        ],
        events=[
            Event(id="E1", status="held", date=d(2022, 3, 1), attendees=["A", "C"]),
            Event(id="E2", status="held", date=d(2023, 3, 1), attendees=["A", "B"]),
        ],
    )
    edges = lambda net: sorted(tuple(sorted(e)) for e in net.people_graph.edges())  # noqa: E731
    assert edges(ohtrack.network(p, as_of=d(2021, 12, 31))) == []
    assert edges(ohtrack.network(p, as_of=d(2022, 6, 30))) == [("A", "B"), ("A", "C")]
    assert edges(ohtrack.network(p, as_of=d(2022, 7, 1))) == [("A", "C")]
    assert edges(ohtrack.network(p, as_of=d(2023, 3, 1))) == [("A", "B"), ("A", "C"), ("B", "C")]
    assert ohtrack.network(p, as_of=d(2022, 7, 1)).summary()["events_planned"] == 1


def test_as_of_leaves_out_initiatives_not_started() -> None:
    d = dt.date
    p = programme(
        people=[person(x) for x in "ABC"],
        initiatives=[
            Initiative(id="I1", title="x", owner="A", participants=["B"], start=d(2022, 1, 1)),
            Initiative(id="I2", title="y", participants=["B", "C"], start=d(2023, 1, 1)),
            Initiative(id="I3", title="z", participants=["A", "C"]),
        ],
    )
    edges = lambda net: sorted(tuple(sorted(e)) for e in net.people_graph.edges())  # noqa: E731
    assert edges(ohtrack.network(p, as_of=d(2021, 1, 1))) == [("A", "C")]
    assert edges(ohtrack.network(p, as_of=d(2022, 1, 1))) == [("A", "B"), ("A", "C")]
    assert edges(ohtrack.network(p)) == [("A", "B"), ("A", "C"), ("B", "C")]


def test_communities_louvain_with_fixed_seed() -> None:
    g = nx.relabel_nodes(nx.karate_club_graph(), str)
    people = [person(v) for v in g.nodes]
    p = programme(people=people, relations=[rel(u, v) for u, v in g.edges()])
    net = ohtrack.network(p)
    assert sorted(v for c in net.communities for v in c) == sorted(g.nodes)  # a partition
    assert net.modularity == pytest.approx(nx.community.modularity(net.people_graph, net.communities))
    assert net.modularity > 0.41  # Louvain's known optimum on the karate club is about 0.42
    assert ohtrack.network(p).communities == net.communities  # same seed, same communities
    assert net.to_dict()["communities"]["algorithm"].startswith("louvain")


def test_two_cliques_and_a_bridge_are_two_communities() -> None:
    left, right = ["A", "B", "C", "D"], ["E", "F", "G", "H"]
    ties = [rel(a, b) for side in (left, right) for i, a in enumerate(side) for b in side[i + 1:]]
    people = [person(v) for v in left + right]
    net = ohtrack.network(programme(people=people, relations=[*ties, rel("D", "E")]))
    assert net.communities == [left, right]
    # 13 ties; each side holds 6 inside plus the bridge's end: (6/13 - (13/26)^2) * 2
    assert net.modularity == pytest.approx(2 * (6 / 13 - (13 / 26) ** 2))


def triad_programme(lang: str = "en") -> Programme:
    info = ProgrammeInfo(name="T", language=lang, roles={"triad": ["voorman", "jobcoach", "kandidaat"]})
    return programme(
        info=info,
        units=[Unit(id="U1", name="Koudwals"), Unit(id="U2", name="Warmwals")],
        people=[
            person("P1", "U1", "voorman"),
            person("P2", "U1", "kandidaat"),
            person("P3", "U2", "Job coach"),
            person("P4", "U2", "voorman"),
            person("P5", "U2", "kandidaat"),
            person("P6", "U2", "jobcoach"),
        ],
        relations=[rel("P3", "P4")],
        groups=[
            Group(
                id="T4",
                type="triad",
                members=[Membership(person="P1", role="voorman"), Membership(person="P2", role="kandidaat")],
            ),
            Group(
                id="T5",
                type="triad",
                members=[
                    Membership(person="P4", role="Voorman"),
                    Membership(person="P5", role="kandidaat"),
                    Membership(person="P6", role="job_coach"),
                ],
            ),
        ],
        events=[
            Event(id="E1", type="intervision", group="T4", status="held", attendees=["P1", "P2"]),
            Event(id="E2", type="intervision", group="T4", status="cancelled"),
            Event(id="E3", type="intervision", group="T4", status="held", attendees=["P1"]),
            Event(id="E4", type="intervision", group="T4", status="held", attendees=["P1"]),
            Event(id="E5", type="intervision", group="T4", status="planned"),
        ],
        lessons=[Lesson(id="L1", author="P1", shared_with=["U2"]), Lesson(id="L2")],
    )


def test_completeness_and_realisation() -> None:
    net = ohtrack.network(triad_programme())
    assert net.groups["incomplete_groups"] == [
        {"group": "T4", "type": "triad", "missing_roles": ["jobcoach"]}
    ]
    assert net.groups["people_without_group"] == [
        {"person": "P3", "role": "Job coach", "group_type": "triad"}
    ]
    t4 = net.events["by_group"][0]
    assert (t4["group"], t4["held"], t4["cancelled"], t4["planned"], t4["total"]) == ("T4", 3, 1, 1, 5)
    assert t4["attendance_rate"] == pytest.approx(4 / 6)
    people = {r["id"]: r for r in net.to_dict()["people"]}
    assert people["P1"]["attendance_rate"] == 1.0
    assert people["P2"]["attendance_rate"] == pytest.approx(1 / 3)
    assert people["P2"]["events_attended"] == 1


def test_lesson_reach() -> None:
    net = ohtrack.network(triad_programme())
    l1, l2 = net.lessons
    # Shared with unit U2 (P3..P6), authored by P1; P1 reaches P2, P3 reaches P4 (already in).
    assert (l1["shared_with"], l1["reach"], l1["units_reached"]) == (4, 6, 2)
    assert (l2["shared_with"], l2["reach"]) == (0, 0)


def test_findings_in_english_and_dutch() -> None:
    en = [f["message"] for f in ohtrack.network(triad_programme()).findings]
    assert "Triad T4 has no jobcoach" in en
    assert "T4: 3 of 5 intervision sessions held (1 cancelled, 1 still to come)" in en
    assert "Name P3 (Job coach) is in no triad" in en
    assert "Name P2 attended 1 of 3 sessions held in their groups" in en
    assert "Lesson L2 was shared with nobody" in en
    nl = [f["message"] for f in ohtrack.network(triad_programme(), lang="nl").findings]
    assert "Driehoek T4 heeft geen jobcoach" in nl
    assert "T4: 3 van 5 intervisiebijeenkomsten gehouden (1 geannuleerd, nog 1 gepland)" in nl


def test_a_session_planned_for_a_day_gone_by_is_said_apart() -> None:
    """E5 still "planned" for 1 March 2022: on 1 June 2022 it was due and is not recorded as
    held; on 1 January 2022 it is still to come and not among the four due."""
    p = triad_programme()
    e5 = next(e for e in p.events if e.id == "E5")
    e5.date = dt.date(2022, 3, 1)
    after = ohtrack.network(p, as_of=dt.date(2022, 6, 1))
    real = next(f for f in after.findings if f["code"] == "events-realisation")
    assert real["message"] == ("T4: 3 of 5 intervision sessions held (1 cancelled, 1 planned before "
                               "the report date, not recorded as held)")
    assert (real["data"]["due"], real["data"]["upcoming"], real["data"]["unrecorded"]) == (5, 0, 1)
    nl = next(f for f in ohtrack.network(p, as_of=dt.date(2022, 6, 1), lang="nl").findings
              if f["code"] == "events-realisation")
    assert nl["message"] == ("T4: 3 van 5 intervisiebijeenkomsten gehouden (1 geannuleerd, 1 gepland "
                             "vóór de rapportdatum, niet als gehouden vastgelegd)")
    before = ohtrack.network(p, as_of=dt.date(2022, 1, 1))
    real = next(f for f in before.findings if f["code"] == "events-realisation")
    assert real["message"] == "T4: 3 of 4 intervision sessions held (1 cancelled, 1 still to come)"


def test_unit_without_cross_ties_finding() -> None:
    p = programme(
        units=[Unit(id="U1", name="Koudwals"), Unit(id="U2", name="Warmwals"), Unit(id="U3", name="Staf")],
        people=[person("A", "U1"), person("B", "U1"), person("C", "U2"), person("D", "U3")],
        relations=[rel("A", "B"), rel("C", "D")],
    )
    net = ohtrack.network(p)
    codes = [(f["code"], f["subject"], f["message"]) for f in net.findings if f["code"] == "unit-isolated"]
    assert codes == [("unit-isolated", "U1", "Unit Koudwals has no tie to any other unit")]
    nl = ohtrack.network(p, lang="nl").findings
    assert nl[0]["message"] == "Eenheid Koudwals heeft geen band met een andere eenheid"


def test_sole_links_say_who_joins_two_units(path_net: Network) -> None:
    # A-B in Koudwals, C-D in Warmwals, B-C the one tie between them: B is Koudwals' only
    # link to the other units, C Warmwals'. A broker who is a sole link is named once.
    found = [(f["code"], f["subject"], f["message"]) for f in path_net.findings
             if f["code"] in ("sole-link", "broker")]
    assert found == [
        ("sole-link", "B", "Name B is the only link between Koudwals and the other units"),
        ("sole-link", "C", "Name C is the only link between Warmwals and the other units"),
    ]
    nl = ohtrack.network(path_net.programme, lang="nl").findings
    assert nl[0]["message"] == "Name B is de enige verbinding tussen Koudwals en de andere eenheden"


def test_sole_link_between_two_sibling_units() -> None:
    # Intake (I1, I2) and Uitvoering (U1, U2, U3) under one parent: every tie between them
    # runs through Karin (I1); Intake has another tie outside (I2 - S1 in Staf), so Karin is
    # not Intake's only link to the rest, but she is its only link to Uitvoering.
    units = [Unit(id="TOP", name="Dienst"), Unit(id="INT", name="Intake", parent="TOP"),
             Unit(id="UIT", name="Uitvoering", parent="TOP"), Unit(id="STF", name="Staf", parent="TOP")]
    people = [Person(id="I1", name="Karin Veenstra", unit="INT"), person("I2", "INT"),
              person("U1", "UIT"), person("U2", "UIT"), person("U3", "UIT"), person("S1", "STF"),
              person("S2", "STF")]
    p = programme(units=units, people=people, relations=[
        rel("I1", "U1"), rel("I1", "U2"), rel("I1", "I2"), rel("I2", "S1"), rel("U3", "S2"),
        rel("U1", "U3"), rel("S1", "S2")])
    net = ohtrack.network(p, lang="nl")
    sole = [(f["subject"], f["message"], f["data"]["ties"]) for f in net.findings if f["code"] == "sole-link"]
    assert sole == [("I1", "Karin Veenstra is de enige verbinding tussen Intake en Uitvoering", 2)]
    assert "Louvain" not in " ".join(f["message"] for f in net.findings)


def test_a_unit_of_one_person_is_no_sole_link_finding() -> None:
    """Krackhardt's CEO is a unit of one: every tie between that unit and a department has
    the CEO at one end by its make, which is no finding ("Manager 7 is the only link between
    CEO and Department 1" three times). Karin (a unit of two) still is one."""
    units = [Unit(id="TOP", name="Dienst"), Unit(id="CEO", name="Directie", parent="TOP"),
             Unit(id="INT", name="Intake", parent="TOP"), Unit(id="UIT", name="Uitvoering", parent="TOP")]
    people = [person("D1", "CEO"), Person(id="I1", name="Karin Veenstra", unit="INT"), person("I2", "INT"),
              person("U1", "UIT"), person("U2", "UIT")]
    p = programme(units=units, people=people, relations=[
        rel("D1", "I1"), rel("D1", "I2"), rel("D1", "U1"), rel("D1", "U2"),
        rel("I1", "U1"), rel("I1", "U2"), rel("I1", "I2"), rel("U1", "U2")])
    sole = [f["message"] for f in ohtrack.network(p, lang="nl").findings if f["code"] == "sole-link"]
    assert sole == ["Karin Veenstra is de enige verbinding tussen Intake en Uitvoering"]


def test_brokers_in_plain_words_with_the_number_in_data() -> None:
    # A star: H in the middle of L1..L3 (no units). H lies on all 3 of the 3 leaf pairs' paths.
    p = programme(people=[person(x) for x in ["H", "L1", "L2", "L3"]],
                  relations=[rel("H", "L1"), rel("H", "L2"), rel("H", "L3")])
    found = [f for f in ohtrack.network(p).findings if f["code"] == "broker"]
    assert [(f["subject"], f["message"]) for f in found] == [
        ("H", "Many connections between people who do not know each other directly run through Name H")]
    assert found[0]["data"] == {"betweenness": pytest.approx(1.0), "rank": 1, "threshold": 0.05}
    assert found[0]["method"] == "betweenness_exact"


def test_nobody_brokers_where_everyone_knows_nearly_everyone() -> None:
    """Ten people, every pair tied but A–B: only the 8 others' paths link A and B, each on
    one of the 8 shortest paths between them: betweenness 1/8 of 1 pair in 36 pairs = 1/288
    = 0.0035 each, under 0.05: no one is said to broker (the top is still ranked in data)."""
    from itertools import combinations

    ids = ["A", "B", *(f"P{i}" for i in range(8))]
    ties = [rel(a, b) for a, b in combinations(ids, 2) if {a, b} != {"A", "B"}]
    net = ohtrack.network(programme(people=[person(x) for x in ids], relations=ties))
    assert net.betweenness["P0"] == pytest.approx(1 / 8 / 36)
    assert not [f for f in net.findings if f["code"] == "broker"]
    assert net.brokers(3)  # the ranking itself is kept


def test_to_dict_layout(path_net: Network) -> None:
    d = path_net.to_dict()
    assert set(d) >= {
        "schema",
        "summary",
        "people",
        "ties",
        "findings",
        "units",
        "communities",
        "lessons",
        "events",
        "groups",
        "betweenness_sample",
    }
    b = next(r for r in d["people"] if r["id"] == "B")
    assert (b["degree"], b["betweenness"], b["unit"], b["isolated"]) == (2, pytest.approx(1 / 3), "U1", False)
    assert [(t["source"], t["target"], t["weight"]) for t in d["ties"]] == [
        ("A", "B", 1),
        ("B", "C", 1),
        ("C", "D", 1),
    ]


def test_empty_programme() -> None:
    net = ohtrack.network(programme())
    s = net.summary()
    assert (s["people"], s["ties"], s["cross_unit_share"], s["density"]) == (0, 0, None, None)
    assert net.findings == []


def test_a_role_needed_by_two_group_types_is_covered_by_either() -> None:
    info = ProgrammeInfo(name="T", language="en", roles={
        "triad": ["voorman", "jobcoach", "kandidaat"],
        "driehoek beschut": ["afdelingsmanager", "jobcoach", "werknemer"]})
    p = programme(
        info=info,
        people=[person("V1", role="voorman"), person("J1", role="jobcoach"),
                person("K1", role="kandidaat"), person("J2", role="jobcoach")],
        groups=[Group(id="T1", type="triad", members=[
            Membership(person="V1", role="voorman"), Membership(person="J1", role="jobcoach"),
            Membership(person="K1", role="kandidaat")])],
    )
    outside = network_metrics.completeness(p)["people_without_group"]
    # J1 is in a triad, so not also reported as missing from "driehoek beschut"; J2 is in none.
    assert outside == [{"person": "J2", "role": "jobcoach", "group_type": "triad"}]


def test_plenary_events_make_no_ties_but_count_as_held() -> None:
    from ohtrack.analysis.network_build import MAX_TIE_SIZE

    crowd = [f"M{i:03d}" for i in range(MAX_TIE_SIZE + 1)]
    p = programme(
        people=[person(x) for x in crowd],
        events=[Event(id="THEMA1", status="held", attendees=crowd),
                Event(id="PIT1", status="held", attendees=crowd[:3])],
    )
    net = ohtrack.network(p)
    assert net.people_graph.number_of_edges() == 3  # only the pitstop of three
    assert net.graphs.plenary == ["event:THEMA1"]
    assert net.summary()["plenary_without_ties"] == 1
    assert net.summary()["events_held"] == 2
    assert net.attendance_graph.degree("event:THEMA1") == MAX_TIE_SIZE + 1


# -- relations by type and core–periphery, by hand ------------------------------------------
def test_layers_directed_and_symmetric_by_hand() -> None:
    # advises: A→B, B→A (mutual), C→A; works_with: C–D (symmetric), written once.
    p = programme(people=[person(x) for x in "ABCD"],
                  relations=[rel("A", "B", "advises"), rel("B", "A", "advises"), rel("C", "A", "advises"),
                             rel("C", "D", "works_with")])
    net = ohtrack.network(p)
    layers = {lay["type"]: lay for lay in net.layers}
    adv = layers["advises"]
    assert adv["directed"] and adv["ties"] == 3
    assert adv["in_degree"] == {"A": 2, "B": 1, "C": 0, "D": 0}
    assert adv["out_degree"] == {"A": 1, "B": 1, "C": 1, "D": 0}
    assert adv["reciprocity"] == pytest.approx(2 / 3)  # A→B and B→A of the three
    assert adv["dyads"] == {"mutual": 1, "asymmetric": 1, "null": 4}
    assert adv["density"] == pytest.approx(3 / 12)
    assert adv["most_sought"][0] == {"person": "A", "in_degree": 2}
    ww = layers["works_with"]
    assert not ww["directed"] and ww["ties"] == 1 and ww["degree"] == {"A": 0, "B": 0, "C": 1, "D": 1}
    assert ww["density"] == pytest.approx(1 / 6) and "reciprocity" not in ww
    assert next(r for r in net.people() if r["id"] == "A")["relations"] == {
        "advises": {"in": 2, "out": 1}, "works_with": {"degree": 0}}


def test_core_periphery_by_k_core() -> None:
    # A 4-clique K1..K4 (core number 3) with P hanging on K1 and Q-R a chain off P
    # (core number 1): P, Q and R are the periphery (1 <= 3 / 2); E has no ties.
    ks = ["K1", "K2", "K3", "K4"]
    clique = [rel(a, b) for i, a in enumerate(ks) for b in ks[i + 1:]]
    p = programme(people=[person(x) for x in ["K1", "K2", "K3", "K4", "P", "Q", "R", "E"]],
                  relations=[*clique, rel("K1", "P"), rel("P", "Q"), rel("Q", "R")])
    net = ohtrack.network(p)
    cp = net.core_periphery
    assert (cp["method"], cp["k_max"]) == ("k-core", 3)
    assert cp["core"] == ["K1", "K2", "K3", "K4"]
    assert net.peripheral == ["P", "Q", "R"]  # Q has two ties and is still far out
    assert net.isolated == ["E"]
    assert net.to_dict()["core_periphery"]["method"] == "k-core"
    assert net.summary()["core_k"] == 3


@pytest.mark.parametrize("seed", range(5))
def test_core_numbers_equal_networkx_core_number(seed: int) -> None:
    import networkx as nx

    from ohtrack.analysis.network_layers import _core_numbers

    g = nx.gnm_random_graph(60, 150 + 40 * seed, seed=seed)
    g.add_edge(3, 3)  # a self-tie counts for neither
    g = nx.relabel_nodes(g, str)
    simple = nx.Graph(g)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    assert _core_numbers(g) == {v: int(k) for v, k in nx.core_number(simple).items()}


def test_a_network_without_ties_has_no_core_to_speak_of() -> None:
    """Ten people, no tie: the core line says '-', not "0 people, each with at least 0 ties"."""
    import ohtrack
    from ohtrack.analysis.network_text import to_text
    from ohtrack.domain import Person, Programme, ProgrammeInfo

    p = Programme(info=ProgrammeInfo(name="P", language="en"),
                  people=[Person(id=f"P{i}", name=f"Person {i}") for i in range(10)])
    core = next(line for line in to_text(ohtrack.network(p)).splitlines() if line.startswith("Core"))
    assert core.split()[-1] == "-"
