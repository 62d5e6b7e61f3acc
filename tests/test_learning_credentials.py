"""Credentials against the programme's rules, and contact persons per candidate."""

from __future__ import annotations

import datetime as dt

import ohtrack
from ohtrack.analysis.learning import learning
from ohtrack.analysis.learning_credentials import add_months, credentials_report
from ohtrack.domain import (
    Credential,
    CredentialStatus,
    Enrolment,
    Group,
    Membership,
    Module,
    Person,
    Programme,
    ProgrammeInfo,
    Relation,
    Route,
)
from tests.conftest import SAMPLES

D = dt.date
ON = D(2022, 7, 1)
OBTAINED, BUSY = CredentialStatus.OBTAINED, CredentialStatus.IN_PROGRESS
TRAINER, CANDIDATE = "erkend praktijkopleider (SBB)", "Praktijkverklaring MBO-1"


def programme() -> Programme:
    info = ProgrammeInfo(name="Chain", language="en", baseline_year=2021,
                         trainer_credential="Erkend praktijkopleider (SBB)",  # any case
                         candidate_credential=CANDIDATE, trainer_min_candidates=1,
                         expiry_warning_months=3, contact_persons_max=2,
                         roles={"triad": ["voorman", "jobcoach", "kandidaat"]})
    c = Credential
    return Programme(
        info=info, people=[Person(id=x, name=x) for x in ("T1", "T2", "T3", "V", "J", "X", "K1", "K2",
                                                         "K3", "K4")],
        credentials=[
            c(person="T1", credential=TRAINER, status=OBTAINED, valid_until=D(2027, 1, 1)),
            c(person="T2", credential=TRAINER, status=OBTAINED, valid_until=D(2022, 8, 15)),
            c(person="T3", credential=TRAINER, status=OBTAINED, valid_until=D(2022, 1, 1)),
            c(person="K1", credential=CANDIDATE, status=BUSY, guide="T1"),
            c(person="K2", credential=CANDIDATE, status=OBTAINED, guide="V"),
            c(person="K3", credential=CANDIDATE, status=BUSY)],
        groups=[Group(id="D1", type="triad", members=[Membership(person=x) for x in ("T1", "J", "K1")]),
                Group(id="D2", type="triad", members=[Membership(person=x) for x in ("V", "J", "K2")]),
                Group(id="D3", type="triad", members=[Membership(person=x) for x in ("T1", "K3")]),
                Group(id="I", type="intervision", members=[Membership(person=x) for x in ("K4", "V")])],
        relations=[Relation(source="X", target="K1", type="coaches", since=D(2021, 1, 1),
                            until=D(2021, 12, 31)),
                   Relation(source="X", target="K2", type="coaches", since=D(2021, 1, 1)),
                   Relation(source="J", target="K1", type="coaches", since=D(2022, 1, 1)),
                   Relation(source="V", target="K4", type="works_with")],
        # K4 has no credential yet but learns in practice: a candidate too
        routes=[Route(id="P", name="Practice")],
        modules=[Module(id="PL", route="P", title="On the job", form="practice_learning")],
        enrolments=[Enrolment(person="K4", module="PL", date=D(2022, 3, 1))])


def test_trainers_candidates_expiry_and_contacts() -> None:
    r = credentials_report(programme(), ON)
    assert r["trainers"] == [{"person": "T1", "candidates": ["K1"], "ok": True},
                             {"person": "T2", "candidates": [], "ok": False}]  # T3 expired
    assert [(x["person"], x["guide"], x["guide_is_trainer"], x["contacts"], x["contacts_at_baseline"])
            for x in r["candidates"]] == [
        ("K1", "T1", True, ["J", "T1"], ["J", "T1", "X"]),  # from three to two
        ("K2", "V", False, ["J", "V", "X"], ["J", "V", "X"]),
        ("K3", None, False, ["T1"], ["T1"]),
        ("K4", None, False, [], []),  # an intervision group is no guidance, works_with no coaching
    ]
    assert r["baseline"] == "2021-12-31"
    assert r["expiring"] == [{"person": "T2", "credential": TRAINER, "valid_until": "2022-08-15"}]
    assert r["expired"] == [{"person": "T3", "credential": TRAINER, "valid_until": "2022-01-01"}]
    assert {x["credential"]: (x["obtained"], x["in_progress"], x["expired"]) for x in r["credentials"]} == {
        TRAINER: (2, 0, 1), CANDIDATE: (1, 2, 0)}


def _credential_findings(lang: str) -> list[str]:
    report = learning(programme(), as_of=ON, lang=lang)
    return [f["message"] for f in report.findings if f["kind"] != "route"]


def test_the_rules_in_plain_words() -> None:
    assert _credential_findings("en") == [
        "T2 is Erkend praktijkopleider (SBB), but guides fewer candidates than agreed: 0 (at least 1)",
        "K2 is guided towards Praktijkverklaring MBO-1 by V, who is no Erkend praktijkopleider (SBB)",
        "K3 works towards Praktijkverklaring MBO-1 without a practice trainer",
        "K4 works towards Praktijkverklaring MBO-1 without a practice trainer",
        "erkend praktijkopleider (SBB) of T3 expired on 1 January 2022",
        "erkend praktijkopleider (SBB) of T2 expires on 15 August 2022",
        "K2 has 3 contact persons in guidance (J, V and X); at most 2 agreed",
        "Candidates have 1.5 contact persons in guidance on average (on 31 December 2021: 1.8)",
    ]
    assert _credential_findings("nl") == [
        "T2 is Erkend praktijkopleider (SBB), maar begeleidt minder kandidaten dan afgesproken: 0 "
        "(minstens 1)",
        "K2 wordt naar Praktijkverklaring MBO-1 begeleid door V, die geen Erkend praktijkopleider "
        "(SBB) is",
        "K3 werkt aan Praktijkverklaring MBO-1 zonder praktijkopleider",
        "K4 werkt aan Praktijkverklaring MBO-1 zonder praktijkopleider",
        "erkend praktijkopleider (SBB) van T3 is verlopen op 1 januari 2022",
        "erkend praktijkopleider (SBB) van T2 verloopt op 15 augustus 2022",
        "K2 heeft 3 contactpersonen in de begeleiding (J, V en X); afgesproken is hooguit 2",
        "Kandidaten hebben gemiddeld 1,5 contactpersonen in de begeleiding (op 31 december 2021: 1,8)",
    ]


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month() -> None:
    assert add_months(D(2022, 7, 1), 3) == D(2022, 10, 1)
    assert add_months(D(2022, 11, 30), 3) == D(2023, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2022, 12, 15), 12) == D(2023, 12, 15)


def test_the_sheltered_employment_chain_is_data_and_its_rules_are_checked() -> None:
    p = ohtrack.load(SAMPLES / "sociaal-werkbedrijf-driehoek.xlsx")
    assert p.info.trainer_credential == TRAINER and p.info.contact_persons_max == 2
    r = learning(p, as_of=ON).credentials
    trainers = {x["person"]: x["candidates"] for x in r["trainers"]}
    assert sorted(trainers) == sorted(x.id for x in p.people if "praktijkopleider" in x.tags)
    assert sorted(t for t, c in trainers.items() if not c) == ["V05", "V09"]
    assert sum(len(c) for c in trainers.values()) == 9  # ten candidates, one without trainer
    without = [x["person"] for x in r["candidates"] if x["guide"] is None]
    assert without == ["K10"]
    now = {x["person"]: x["contact_count"] for x in r["candidates"]}
    then = {x["person"]: x["contact_count_at_baseline"] for x in r["candidates"]}
    assert set(now.values()) == {1, 2} and now["K07"] == 1  # the triad without a job coach
    assert all(then[k] == now[k] + 1 for k in now)  # the trajectbegeleider left at the end of 2021
    assert [x["person"] for x in r["expiring"]] == ["V03"]
    codes = [f["code"] for f in learning(p, as_of=ON).findings]
    assert codes.count("trainer-without-candidate") == 2 and "candidate-without-trainer" in codes
