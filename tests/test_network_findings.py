"""Findings a team can act on: collapsed, ranked, de-duplicated, plain words; numbers in data."""

from __future__ import annotations

import datetime as dt

import ohtrack
from ohtrack.analysis.network_findings import rank_findings
from ohtrack.analysis.network_text import to_text
from ohtrack.domain import Programme
from ohtrack.domain.learning import Event
from ohtrack.domain.people import Group, Membership, Person
from ohtrack.domain.programme import ProgrammeInfo

D = dt.date


def pitstops() -> Programme:
    """Five learning groups of two with three sessions each; G3 cancelled its last one, G5's
    last is after the report date (2021-01-01). Six people (Z1..Z6) are in no group at all."""
    people = [Person(id=f"P{i}", name=f"Persoon {i}") for i in range(1, 11)]
    people += [Person(id=f"Z{i}", name=f"Zonder {i}") for i in range(1, 7)]
    groups, events = [], []
    for g in range(1, 6):
        a, b = f"P{2 * g - 1}", f"P{2 * g}"
        members = [Membership(person=a), Membership(person=b)]
        groups.append(Group(id=f"G{g}", type="learning_group", members=members))
        for s in range(1, 4):
            day = D(2020, s, 1) if not (g == 5 and s == 3) else D(2021, 3, 1)
            status = "cancelled" if (g == 3 and s == 3) else ("planned" if day > D(2021, 1, 1) else "held")
            events.append(Event(id=f"E{g}{s}", group=f"G{g}", date=day, status=status,
                                attendees=[a, b] if status == "held" else []))
    return Programme(info=ProgrammeInfo(name="Pitstop", language="nl"), people=people, groups=groups,
                     events=events)


def test_realisation_is_one_finding_with_its_exceptions() -> None:
    net = ohtrack.network(pitstops(), as_of=D(2021, 1, 1))
    real = [f for f in net.findings if f["code"] == "events-realisation"]
    assert [f["message"] for f in real] == [
        "5 leergroepen: alle bijeenkomsten gehouden, behalve G3: 2 van 3; nog 1 gepland"]
    assert real[0]["subjects"] == ["G1", "G2", "G3", "G4", "G5"]
    assert real[0]["data"]["short"] == [{"group": "G3", "held": 2, "due": 3}]
    # held: 3 + 3 + 2 + 3 + 2; due: 15 sessions less G5's last, which is after the report date
    assert (real[0]["data"]["held"], real[0]["data"]["due"], real[0]["data"]["upcoming"]) == (13, 14, 1)
    en = ohtrack.network(pitstops(), as_of=D(2021, 1, 1), lang="en")
    assert "5 learning groups: every session held, except G3: 2 of 3; 1 still to come" in [
        f["message"] for f in en.findings]


def test_alike_people_are_one_finding_and_ranked_first() -> None:
    net = ohtrack.network(pitstops(), as_of=D(2021, 1, 1))
    iso = [f for f in net.findings if f["code"] == "person-isolated"]
    assert [f["message"] for f in iso] == [
        "6 mensen hebben geen enkele band in het netwerk: Zonder 1, Zonder 2, Zonder 3, Zonder 4, "
        "Zonder 5 en nog 1"]
    assert iso[0]["subjects"] == ["Z1", "Z2", "Z3", "Z4", "Z5", "Z6"] and iso[0]["subject"] is None
    codes = [f["code"] for f in net.findings]
    assert codes.index("person-isolated") < codes.index("events-realisation")
    assert [f["rank"] for f in net.findings] == list(range(1, len(codes) + 1))


def test_no_method_names_or_raw_metrics_in_sentences_but_in_the_appendix() -> None:
    net = ohtrack.network(pitstops(), as_of=D(2021, 1, 1))
    text = to_text(net)
    said = text.split("Bevindingen", 1)[1].split("Toelichting bij de bevindingen", 1)[0]
    for word in ("Louvain", "tussenpositie", "modulariteit", "0,"):
        assert word not in said
    appendix = text.split("Toelichting bij de bevindingen", 1)[1]
    assert "gehouden bijeenkomsten tegenover die tot de rapportdatum" in appendix
    assert "gehouden 13; verwacht 14" in appendix


def test_rank_findings_keeps_a_sentence_once() -> None:
    one = {"code": "broker", "message": "Via X lopen veel verbindingen", "data": {}}
    two = {"code": "person-isolated", "message": "Y heeft geen enkele band", "data": {}}
    ranked = rank_findings([one, two, dict(one)])
    assert [(f["code"], f["rank"]) for f in ranked] == [("person-isolated", 1), ("broker", 2)]
