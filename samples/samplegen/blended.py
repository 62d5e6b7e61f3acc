"""Case 003: a mid-size municipality's blended learning programme with two routes."""

from __future__ import annotations

import datetime as dt
import random

from ohtrack.domain import Direction as Dir
from ohtrack.domain import (
    Enrolment,
    EnrolmentStatus,
    Event,
    EventStatus,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Module,
    ModuleKind,
    Programme,
    ProgrammeInfo,
    Relation,
    Route,
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

#: The two routes: ID, name, audience, electives to choose (k of n), group of the sessions.
ROUTES = [("LL", "Leergang leidinggevenden", "leidinggevenden", 1, "LEID"),
          ("LM", "Leergang medewerkers", "medewerkers", 3, "MDW")]

#: (ID, route, title, form, kind, hours) of the modules.
MODULES = [
    ("LL1", "LL", "Situationeel leidinggeven", "group_training", ModuleKind.REQUIRED, 8.0),
    ("LL2", "LL", "Zelfscan leiderschapsstijl (online)", "online", ModuleKind.REQUIRED, 2.0),
    ("LL3", "LL", "Effectief beïnvloeden voor leidinggevenden", "group_training",
     ModuleKind.ELECTIVE, 4.0),
    ("LL4", "LL", "Communicatieve vaardigheden: feedback geven en ontvangen", "group_training",
     ModuleKind.ELECTIVE, 4.0),
    ("LL5", "LL", "Van controle naar vertrouwen", "group_training", ModuleKind.REQUIRED, 4.0),
    ("LL6", "LL", "Casus delegeren (online)", "online", ModuleKind.ELECTIVE, 2.0),
    ("LL7", "LL", "Terugkomdag leidinggevenden", "group_training", ModuleKind.REQUIRED, 4.0),
    ("LL8", "LL", "Face-to-face coaching", "coaching", ModuleKind.REQUIRED, 3.0),
    ("LM1", "LM", "Communicatieve vaardigheden", "group_training", ModuleKind.REQUIRED, 4.0),
    ("LM2", "LM", "Persoonlijke effectiviteit en timemanagement (online)", "online",
     ModuleKind.ELECTIVE, 2.0),
    ("LM3", "LM", "Adviesvaardigheden", "group_training", ModuleKind.ELECTIVE, 4.0),
    ("LM4", "LM", "Effectief beïnvloeden", "group_training", ModuleKind.ELECTIVE, 4.0),
    ("LM5", "LM", "Persoonlijke effectiviteit", "group_training", ModuleKind.ELECTIVE, 4.0),
    ("LM6", "LM", "Een adviesgesprek voorbereiden (online)", "online", ModuleKind.ELECTIVE, 2.0),
    ("LM7", "LM", "Feedback geven en ontvangen", "group_training", ModuleKind.ELECTIVE, 4.0),
    ("LM8", "LM", "Integraal werken: samen voor de klant", "group_training", ModuleKind.ELECTIVE, 4.0),
    ("LM9", "LM", "Face-to-face coaching", "coaching", ModuleKind.ELECTIVE, 3.0),
]

#: (title, type, route group, date, initiative, module): the learning moments of both routes.
#: A module with two sessions for a second group (LM3, LM5) is taken once: whoever enrols
#: later comes to the later session.
SESSIONS = [
    ("Situationeel leidinggeven, deel 1", "training", "LEID", "2017-02-14", "I02", "LL1"),
    ("Situationeel leidinggeven, deel 2", "training", "LEID", "2017-03-14", "I02", "LL1"),
    ("Online werkvorm: zelfscan leiderschapsstijl", "online", "LEID", "2017-02-01", "I02", "LL2"),
    ("Effectief beïnvloeden voor leidinggevenden", "training", "LEID", "2017-04-11", "I02", "LL3"),
    ("Communicatieve vaardigheden: feedback geven en ontvangen", "training", "LEID", "2017-05-16",
     "I07", "LL4"),
    ("Van controle naar vertrouwen: verantwoordelijkheid lager leggen", "training", "LEID",
     "2017-09-19", "I05", "LL5"),
    ("Online werkvorm: casus delegeren", "online", "LEID", "2017-10-02", "I05", "LL6"),
    ("Terugkomdag leidinggevenden", "training", "LEID", "2018-10-09", "I02", "LL7"),
    ("Communicatieve vaardigheden", "training", "MDW", "2017-03-09", "I03", "LM1"),
    ("Online werkvorm: persoonlijke effectiviteit en timemanagement", "online", "MDW",
     "2017-03-20", "I03", "LM2"),
    ("Adviesvaardigheden", "training", "MDW", "2017-04-20", "I03", "LM3"),
    ("Effectief beïnvloeden", "training", "MDW", "2017-05-18", "I03", "LM4"),
    ("Persoonlijke effectiviteit", "training", "MDW", "2017-06-15", "I03", "LM5"),
    ("Online werkvorm: een adviesgesprek voorbereiden", "online", "MDW", "2017-09-04", "I03", "LM6"),
    ("Feedback geven en ontvangen", "training", "MDW", "2017-10-12", "I07", "LM7"),
    ("Integraal werken: samen voor de klant", "training", "MDW", "2017-11-09", "I06", "LM8"),
    ("Adviesvaardigheden, tweede groep", "training", "MDW", "2018-02-15", "I03", "LM3"),
    ("Persoonlijke effectiviteit, tweede groep", "training", "MDW", "2018-10-11", "I03", "LM5"),
]
#: Planned sessions (the samples describe mid-2018).
PLANNED_FROM = "2018-07-01"
#: Modules with a session for a second group, and when the second group enrolled.
SECOND_GROUP = {"LM3": "2017-10-02", "LM5": "2018-03-05"}
#: The employee who enrolled but came to little of it (a low-attendance finding).
NO_SHOW = "BZ2"
#: Employees who chose before the choice with the manager was made compulsory (lesson L02).
CHOSE_ALONE = ("KC1", "OR3")

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
    manager = {p.id: p.manager for p in people}
    enrolments = _choices(rng, leaders, learners, manager)
    events, enrolments = _events(rng, leaders, learners, enrolments)
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
    routes = [Route(id=r, name=n, audience=a, electives=k) for r, n, a, k, _g in ROUTES]
    modules = [Module(id=m, route=r, title=t, form=f, kind=k, hours=h)
               for m, r, t, f, k, h in MODULES]
    return Programme(info=info, units=units, people=people, initiatives=initiatives,
                     relations=relations, groups=groups, routes=routes, modules=modules,
                     enrolments=enrolments, events=events, indicators=indicators,
                     measurements=measurements, lessons=lessons)


def _participants(who: str, leaders: list[str], learners: list[str],
                  staff: dict[str, list[str]]) -> list[str]:
    if who == "leiding":
        return list(leaders)
    if who == "mdw":
        return list(learners)
    units = ["WJ", "WI"] if who == "SD" else [who]
    return [p for u in units for p in staff[u]]


def _choices(rng: random.Random, leaders: list[str], learners: list[str],
             manager: dict[str, str | None]) -> list[Enrolment]:
    """Each participant enrols in a route and chooses electives with their manager."""
    out: list[Enrolment] = []
    electives = {r: [m for m, rr, _t, _f, k, _h in MODULES if rr == r and k is ModuleKind.ELECTIVE]
                 for r, *_ in ROUTES}
    for route, people, start, k in (("LL", leaders, "2017-01-16", 1), ("LM", learners, "2017-02-20", 3)):
        for pid in people:
            with_whom = None if pid in CHOSE_ALONE else manager[pid]
            out.append(Enrolment(person=pid, route=route, chosen_with=with_whom,
                                 status=EnrolmentStatus.IN_PROGRESS, date=d(start)))
            for module in sorted(rng.sample(electives[route], k)):
                when = SECOND_GROUP[module] if module in SECOND_GROUP and rng.random() < 0.4 else start
                out.append(Enrolment(person=pid, module=module, chosen_with=with_whom,
                                     status=EnrolmentStatus.ENROLLED, date=d(when)))
    return out


def _events(rng: random.Random, leaders: list[str], learners: list[str],
            enrolments: list[Enrolment]) -> tuple[list[Event], list[Enrolment]]:
    """The sessions, attended by who enrolled; module enrolments completed by attending."""
    trainers = ["trainer Leerhuis Oost", "trainer Bureau Vakkundig Verder"]
    chose: dict[tuple[str, str], Enrolment] = {(e.person, e.module): e for e in enrolments if e.module}
    required = {m for m, _r, _t, _f, k, _h in MODULES if k is ModuleKind.REQUIRED}
    out: list[Event] = []
    for k, (title, typ, group, day, ini, module) in enumerate(SESSIONS, start=1):
        members = leaders if group == "LEID" else learners
        if module in required:
            expected = list(members)
        else:
            expected = [p for p in members if (p, module) in chose
                        and chose[(p, module)].date <= d(day)  # type: ignore[operator]
                        and chose[(p, module)].status == EnrolmentStatus.ENROLLED]
        planned = day > PLANNED_FROM
        present = [] if planned else [p for p in expected if p != NO_SHOW or module == "LM1"
                                      if rng.random() >= 0.05]
        for p in present:
            if (p, module) in chose:
                chose[(p, module)].status = EnrolmentStatus.COMPLETED
                chose[(p, module)].end = d(day)
        out.append(Event(id=f"E{k:02d}", title=title, type=typ, group=group, date=d(day),
                         status=EventStatus.PLANNED if planned else EventStatus.HELD,
                         attendees=present, initiative=ini, module=module,
                         facilitator=None if typ == "online" else trainers[k % 2]))
    coachees = [*leaders, *[p for p in learners if (p, "LM9") in chose]]
    for k, pid in enumerate(coachees, start=1):
        when = workday(d("2017-04-03") + dt.timedelta(days=rng.randint(0, 400)))
        out.append(Event(id=f"C{k:02d}", title="Face-to-face coaching", type="coaching",
                         date=when, status=EventStatus.HELD, facilitator="coach",
                         attendees=[pid], initiative="I02" if pid in leaders else "I03"))
        module = "LL8" if pid in leaders else "LM9"
        if (pid, module) in chose:
            chose[(pid, module)].status = EnrolmentStatus.COMPLETED
            chose[(pid, module)].end = when
        else:
            enrolments.append(Enrolment(person=pid, module=module, status=EnrolmentStatus.COMPLETED,
                                        date=d("2017-01-16"), end=when))
    return out, enrolments
