"""Case 003: a mid-size municipality's blended learning programme with two routes."""

from __future__ import annotations

import datetime as dt
import random

from ohtrack.domain import Direction as Dir
from ohtrack.domain import (
    Event,
    EventStatus,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Programme,
    ProgrammeInfo,
    Relation,
    Status,
    Unit,
)
from samplegen.common import NameMaker, attend, d, person, workday

SEED = 3
DOMAIN = "lindenveen.example"

DOMAINS = {"SD": ("Sociaal Domein", [("WJ", "Wmo & Jeugd"), ("WI", "Werk & Inkomen")]),
           "FD": ("Fysiek Domein", [("RO", "Ruimtelijke Ontwikkeling"), ("OR", "Openbare Ruimte")]),
           "PZ": ("Publiekszaken", [("KC", "Klantcontactcentrum"), ("BZ", "Burgerzaken")]),
           "BD": ("Bedrijfsvoering", [("HR", "HR & Organisatieontwikkeling"), ("FI", "Financiën"),
                                      ("IV", "Informatievoorziening")])}

INITIATIVES = [
    ("I01", "Assessments en gesprekken: ontwikkelbehoeften in kaart", "HR", Status.DONE,
     ["Doelen vertalen in programma's"], "2016-09-01", "2016-12-16", "leiding",
     "Assessments onder medewerkers en gesprekken met de organisatie als basis voor het traject."),
    ("I02", "Leergang leidinggevenden", "HR", Status.ACTIVE,
     ["Samenhang bewaken", "Doelen vertalen in programma's"], "2017-02-01", None, "leiding",
     "Situationeel leidinggeven, effectief beïnvloeden en coaching: sturen op het werkproces."),
    ("I03", "Leergang medewerkers", "HR", Status.ACTIVE,
     ["Relaties tussen mensen", "Doelen in het dagelijks werk"], "2017-03-01", None, "mdw",
     "Communicatieve vaardigheden, adviesvaardigheden, effectief beïnvloeden en persoonlijke "
     "effectiviteit; iedere medewerker kiest in overleg met de leidinggevende."),
    ("I04", "Eigen keuzes: ontwikkelafspraak tussen medewerker en leidinggevende", "HR",
     Status.EMBEDDED, ["Ervaren waardering", "Planning en control"], "2017-01-09", "2017-12-22",
     "leiding", "De verantwoordelijkheid voor ontwikkeling blijft bij de medewerker zelf."),
    ("I05", "Van controle naar vertrouwen: verantwoordelijkheden lager in de organisatie",
     "GL", Status.ACTIVE, ["Taakverdeling", "Hoe het werk feitelijk verloopt"], "2017-06-01", None,
     "leiding", None),
    ("I06", "Integraal werken: samen voor de klant in het sociaal domein", "SD", Status.ACTIVE,
     ["Relaties tussen eenheden", "Aansluiting van structuur op doelen"], "2017-04-03", None,
     "SD", "Medewerkers als verbindende schakel tussen de betrokken partijen."),
    ("I07", "Feedback geven en ontvangen in teams", "GL", Status.DONE,
     ["Relaties tussen mensen", "Omgaan met conflicten"], "2017-05-01", "2018-03-30", "mdw", None),
    ("I08", "Zelfsturend team: pilot Klantcontactcentrum", "KC", Status.DONE,
     ["Taakverdeling", "Feitelijk gebruik van hulpmiddelen"], "2017-09-04", "2018-06-29", "KC",
     None),
    ("I09", "Online leeromgeving voor alle medewerkers", "IV", Status.EMBEDDED,
     ["Informatiesystemen", "Feitelijk gebruik van hulpmiddelen"], "2017-02-01", "2017-06-30",
     "IV", None),
    ("I10", "Teamsessies: onze bijdrage aan de nieuwe doelen van de gemeente", "GL",
     Status.PLANNED, ["Doelhelderheid", "Overeenstemming over doelen"], "2018-09-03", None,
     "leiding", None),
]

#: (title, type, route, date, initiative): the learning moments of both routes
SESSIONS = [
    ("Situationeel leidinggeven, deel 1", "training", "LEID", "2017-02-14", "I02"),
    ("Situationeel leidinggeven, deel 2", "training", "LEID", "2017-03-14", "I02"),
    ("Online werkvorm: zelfscan leiderschapsstijl", "online", "LEID", "2017-02-01", "I02"),
    ("Effectief beïnvloeden voor leidinggevenden", "training", "LEID", "2017-04-11", "I02"),
    ("Communicatieve vaardigheden: feedback geven en ontvangen", "training", "LEID", "2017-05-16",
     "I07"),
    ("Van controle naar vertrouwen: verantwoordelijkheid lager leggen", "training", "LEID",
     "2017-09-19", "I05"),
    ("Online werkvorm: casus delegeren", "online", "LEID", "2017-10-02", "I05"),
    ("Terugkomdag leidinggevenden", "training", "LEID", "2018-10-09", "I02"),
    ("Communicatieve vaardigheden", "training", "MDW", "2017-03-09", "I03"),
    ("Online werkvorm: persoonlijke effectiviteit en timemanagement", "online", "MDW",
     "2017-03-20", "I03"),
    ("Adviesvaardigheden", "training", "MDW", "2017-04-20", "I03"),
    ("Effectief beïnvloeden", "training", "MDW", "2017-05-18", "I03"),
    ("Persoonlijke effectiviteit", "training", "MDW", "2017-06-15", "I03"),
    ("Online werkvorm: een adviesgesprek voorbereiden", "online", "MDW", "2017-09-04", "I03"),
    ("Feedback geven en ontvangen", "training", "MDW", "2017-10-12", "I07"),
    ("Integraal werken: samen voor de klant", "training", "MDW", "2017-11-09", "I06"),
    ("Adviesvaardigheden, tweede groep", "training", "MDW", "2018-02-15", "I03"),
    ("Persoonlijke effectiviteit, tweede groep", "training", "MDW", "2018-10-11", "I03"),
]

INDICATORS = [
    ("IND1", "Medewerkers met een ontwikkelafspraak", "GL", "Ondersteunende mechanismen",
     Dir.HIGHER, "%", 35, 70, 95),
    ("IND2", "Teams die zichzelf als zelfsturend beoordelen (teamscan)", "GL", "Structuur",
     Dir.HIGHER, "%", 10, 30, 60),
    ("IND3", "Feedback geven en ontvangen (medewerkersonderzoek)", "GL", "Relaties", Dir.HIGHER,
     "score 1-10", 6.1, 6.8, 7.5),
    ("IND4", "Klantvragen sociaal domein met één integraal plan", "SD", "Relaties", Dir.HIGHER,
     "%", 20, 50, 80),
    ("IND5", "Besluiten die de leidinggevende nog moet aftekenen", "GL", "Leiderschap", Dir.LOWER,
     "%", 70, 50, 30),
]

LESSONS = [
    ("2017-03-30", "I02", "HRL", "Leidinggevenden kozen bijna allemaal dezelfde stijl in de "
     "zelfscan: sturend.", "Controle voelt veilig; loslaten is nog spannend.",
     "In de coaching per leidinggevende één taak kiezen die lager in het team komt te liggen.",
     "Koppel elke training aan één concrete taak uit het eigen werk.", "Leiderschap", ["LEID"]),
    ("2017-06-22", "I03", "HRL", "Medewerkers die samen met hun leidinggevende kozen, kwamen vaker "
     "en beter voorbereid.", "Eigen keuze plus gesprek maakt eigenaarschap.",
     "Keuzegesprek met de leidinggevende verplicht gemaakt vóór inschrijving.",
     "Laat de medewerker zelf kiezen, maar nooit alleen.", "Beloningen", ["HR", "LEID"]),
    ("2017-11-23", "I06", None, "Bij de training integraal werken bleken Wmo-consulenten en "
     "klantmanagers werk dubbel te doen.", "Taken per team uitvoeren werkt niet voor een klant "
     "met meerdere vragen.", "Eén regisseur per huishouden en een gezamenlijk overleg per week.",
     "Breng collega's van verschillende teams samen in één trainingsgroep.", "Relaties",
     ["SD", "WJ", "WI"]),
    ("2018-04-12", "I08", None, "Het KCC-team plant de eigen roosters en lost klachten zelf op.",
     "Verantwoordelijkheid lager leggen lukt als de kaders helder zijn.",
     "De teamleider houdt ruimte voor strategisch werk en coacht op afstand.",
     "Spreek eerst de kaders af, dan de vrijheid.", "Structuur", ["KC", "LEID"]),
    ("2018-06-21", "I07", "HRL", "Medewerkers geven elkaar vaker feedback, leidinggevenden nog "
     "weinig aan elkaar.", "De feedbackcultuur groeit van onderop; de top blijft achter.",
     "Feedbackronde als vast onderdeel van het leidinggevendenoverleg.",
     "Oefen feedback eerst op iets kleins en positiefs.", "Relaties", ["LEID", "GS"]),
]


def build() -> Programme:
    """The programme of case 003, the same on every run."""
    rng = random.Random(SEED)
    names = NameMaker(rng)
    units = [Unit(id="GL", name="Gemeente Lindenveen")]
    people = [person("GS", names(), "gemeentesecretaris", "GL", None, DOMAIN, ["leidinggevende"])]
    staff: dict[str, list[str]] = {}
    leads: dict[str, str] = {}
    for k, (dom, (dom_name, leaves)) in enumerate(DOMAINS.items(), start=1):
        units.append(Unit(id=dom, name=dom_name, parent="GL"))
        people.append(person(f"DM{k}", names(), "domeinmanager", dom, "GS", DOMAIN,
                             ["leidinggevende"]))
        for uid, uname in leaves:
            units.append(Unit(id=uid, name=uname, parent=dom))
            lead = f"TL-{uid}"
            leads[uid] = lead
            people.append(person(lead, names(), "teamleider", uid, f"DM{k}", DOMAIN,
                                 ["leidinggevende"]))
            staff[uid] = []
            for j in range(1, 5):
                pid = "HRL" if (uid, j) == ("HR", 1) else f"{uid}{j}"
                staff[uid].append(pid)
                role = "adviseur leren en ontwikkelen" if pid == "HRL" else rng.choice(
                    ["beleidsmedewerker", "adviseur", "medewerker", "senior medewerker"])
                people.append(person(pid, names(), role, uid, lead, DOMAIN))
    leaders = [p.id for p in people if "leidinggevende" in p.tags and p.id != "GS"]
    learners = sorted(pid for ids in staff.values() for pid in rng.sample(ids, 3) if pid != "HRL")
    groups = [
        Group(id="LEID", type="leergang", members=[
            Membership(person=p, role="deelnemer") for p in leaders]),
        Group(id="MDW", type="leergang", members=[
            Membership(person=p, role="deelnemer") for p in learners]),
    ]
    events = _events(rng, leaders, learners)
    initiatives = [Initiative(id=i, title=t, unit=u, owner="HRL" if u in ("HR", "GL") else
                              leads.get(u, "DM1"), status=s, practices=pr, start=d(st),
                              end=d(en) if en else None, description=ds,
                              participants=_participants(who, leaders, learners, staff))
                   for i, t, u, s, pr, st, en, who, ds in INITIATIVES]
    relations = [Relation(source="HRL", target=t, type="advises", since=d("2016-09-01"))
                 for t in leaders]
    seen: set[tuple[str, str]] = set()
    sd = staff["WJ"] + staff["WI"]
    for _ in range(30):
        a, b = sorted(rng.sample(learners + sd, 2))
        if (a, b) in seen:
            continue
        seen.add((a, b))
        relations.append(Relation(source=a, target=b, type="works_with",
                                  since=d("2017-03-01") + dt.timedelta(days=rng.randint(0, 500)),
                                  weight=float(rng.randint(1, 3))))
    indicators = [Indicator(id=i, name=n, unit=u, outcome=o, direction=dr, scale=sc, baseline=b,
                            impulse=im, ambition=a) for i, n, u, o, dr, sc, b, im, a in INDICATORS]
    measurements = []
    for ind in indicators:
        assert ind.baseline is not None and ind.impulse is not None
        for day, share in (("2016-12-01", 0.0), ("2017-12-01", rng.uniform(0.7, 1.1)),
                           ("2018-06-01", rng.uniform(1.1, 1.4))):
            value = ind.baseline + (ind.impulse - ind.baseline) * share
            measurements.append(Measurement(indicator=ind.id, date=d(day),
                                            value=round(value, 1), source="medewerkersonderzoek"
                                            if ind.id == "IND3" else "HR-rapportage"))
    lessons = [Lesson(id=f"L{k:02d}", date=d(dt_), initiative=ini, author=a, observation=o,
                      meaning=m, action=ac, tip=tp, outcome=oc, shared_with=sw)
               for k, (dt_, ini, a, o, m, ac, tp, oc, sw) in enumerate(LESSONS, start=1)]
    info = ProgrammeInfo(
        name="Samen vooruit: blended ontwikkeltraject",
        organisation="Gemeente Lindenveen",
        mission="Alle medewerkers klaarmaken voor de transformatie van de gemeente en het "
                "ontwikkelpotentieel van iedereen benutten.",
        vision="Medewerkers en teams die zelfsturend en integraal samenwerken voor hun klant, met "
               "leidinggevenden die sturen op vertrouwen in plaats van controle.",
        model="weisbord", baseline_year=2016, impulse_year=2017, ambition_year=2019, language="nl")
    return Programme(info=info, units=units, people=people, initiatives=initiatives,
                     relations=relations, groups=groups, events=events, indicators=indicators,
                     measurements=measurements, lessons=lessons)


def _participants(who: str, leaders: list[str], learners: list[str],
                  staff: dict[str, list[str]]) -> list[str]:
    if who == "leiding":
        return list(leaders)
    if who == "mdw":
        return list(learners)
    units = ["WJ", "WI"] if who == "SD" else [who]
    return [p for u in units for p in staff[u]]


def _events(rng: random.Random, leaders: list[str], learners: list[str]) -> list[Event]:
    trainers = ["trainer Leerhuis Oost", "trainer Bureau Vakkundig Verder"]
    out: list[Event] = []
    choice = {p: set(rng.sample(range(12), 5)) for p in learners}
    n_mdw = 0
    for k, (title, typ, route, day, ini) in enumerate(SESSIONS, start=1):
        if route == "LEID":
            present = attend(rng, leaders, 0.12)
        else:
            n_mdw += 1
            present = [p for p in learners if n_mdw % 12 in choice[p]]
        planned = day > "2018-07-01"
        out.append(Event(id=f"E{k:02d}", title=title, type=typ, group=route, date=d(day),
                         status=EventStatus.PLANNED if planned else EventStatus.HELD,
                         attendees=[] if planned else present, initiative=ini,
                         facilitator=None if typ == "online" else trainers[k % 2]))
    coachees = [*leaders, *rng.sample(learners, 8)]
    for k, pid in enumerate(coachees, start=1):
        when = workday(d("2017-04-03") + dt.timedelta(days=rng.randint(0, 400)))
        out.append(Event(id=f"C{k:02d}", title="Face-to-face coaching", type="coaching",
                         date=when, status=EventStatus.HELD, facilitator="coach",
                         attendees=[pid], initiative="I02" if pid in leaders else "I03"))
    return out
