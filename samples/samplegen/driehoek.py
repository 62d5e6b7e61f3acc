"""Case 001: a sheltered-employment company; foremen, job coaches and the triad (3-hoek)."""

from __future__ import annotations

import random

from ohtrack.domain import Direction as Dir
from ohtrack.domain import (
    Credential,
    CredentialStatus,
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
    Person,
    Programme,
    ProgrammeInfo,
    Relation,
    Route,
    Status,
    Unit,
)
from samplegen.common import NameMaker, attend, d, person
from samplegen.surveys import Item, SurveyBook, answers, units_of

SEED = 1
DOMAIN = "deschakel.example"
TRAINER = "Opleidingscentrum Vakwerk (trainer)"
#: The credentials of the chain trainer → candidate → Praktijkverklaring (Programme rules).
PRAKTIJKOPLEIDER = "erkend praktijkopleider (SBB)"
PRAKTIJKVERKLARING = "Praktijkverklaring MBO-1"
#: The six Werkstap training modules of the foremen (date of the session, title).
WERKSTAP = [("2021-03-11", "Module 1: basishouding leidinggeven"),
            ("2021-04-22", "Module 2: stimuleren van gewenst gedrag"),
            ("2021-06-03", "Module 3: ontwikkelingsgericht begeleiden met Werkstap"),
            ("2021-09-09", "Module 4: Werkstap in de praktijk: doelen en voortgang"),
            ("2021-10-28", "Module 5: Praktijkleren en de Praktijkverklaring"),
            ("2021-12-09", "Module 6: afronding en de rol van praktijkopleider")]

UNITS = [
    ("DS", "Werkbedrijf De Schakel", None), ("IA", "Industrie & Assemblage", "DS"),
    ("VP", "Verpakken & Assemblage", "IA"), ("MB", "Metaalbewerking", "IA"),
    ("GF", "Groen & Facilitair", "DS"), ("GR", "Groenvoorziening", "GF"),
    ("SC", "Schoonmaak & Facilitair", "GF"), ("DR", "Detachering & Re-integratie", "DS"),
    ("JC", "Jobcoaching", "DR"), ("WD", "Werkgeversdienstverlening", "DR"),
    ("ST", "Staf", "DS"), ("HRO", "HR & Opleidingen", "ST"),
]

#: MT and managers: id, role, unit, manager.
MANAGERS = [
    ("M1", "directeur", "DS", None), ("M2", "manager bedrijfsonderdeel", "IA", "M1"),
    ("M3", "manager bedrijfsonderdeel", "GF", "M1"), ("M4", "manager bedrijfsonderdeel", "DR", "M1"),
    ("M5", "manager HR & Opleidingen", "HRO", "M1"),
    ("A1", "afdelingsmanager", "VP", "M2"), ("A2", "afdelingsmanager", "MB", "M2"),
    ("A3", "afdelingsmanager", "GR", "M3"), ("A4", "afdelingsmanager", "SC", "M3"),
    ("A5", "afdelingsmanager", "WD", "M4"), ("T1", "teamleider jobcoaching", "JC", "M4"),
    ("O1", "opleidingsadviseur", "HRO", "M5"),
]
MT = ["M1", "M2", "M3", "M4", "M5"]
DEPT_MANAGER = {"VP": "A1", "MB": "A2", "GR": "A3", "SC": "A4"}
#: Foremen per department; the first ``MEDIOR`` of each are medior foremen.
FOREMEN = {"VP": 4, "MB": 3, "GR": 3, "SC": 2}
MEDIOR = 2

INITIATIVES = [
    ("I01", "Opleidingstraject voorlieden op maat met Werkstap", "HRO", "M5", Status.DONE,
     ["Talentontwikkeling", "Ondersteunend leiderschap"], "2021-03-01", "2021-12-17",
     "Basishouding leidinggeven, stimuleren van gewenst gedrag en ontwikkelingsgericht begeleiden "
     "van medewerkers met Werkstap."),
    ("I02", "Medior voorlieden geregistreerd als erkend praktijkopleider", "HRO", "O1",
     Status.ACTIVE, ["Talentontwikkeling", "Professionele standaarden"], "2022-01-10", None,
     "Na het opleidingstraject wordt de medior voorman erkend praktijkopleider en begeleidt hij "
     "minimaal één medewerker in Praktijkleren."),
    ("I03", "Praktijkleren met een Praktijkverklaring op MBO-1-niveau", "IA", "M2", Status.ACTIVE,
     ["Talentontwikkeling", "Loopbaanmogelijkheden"], "2022-02-01", None,
     "Medewerkers halen onder begeleiding van een praktijkopleider een Praktijkverklaring."),
    ("I04", "Werken in de 3-hoek: van 3 naar 2 contactpersonen voor de kandidaat", "DR", "M4",
     Status.EMBEDDED, ["Rolhelderheid", "Operationele sturing"], "2021-06-01", "2022-03-31",
     "In PW-trajecten vormen voorman, jobcoach en module-kandidaat samen de 3-hoek."),
    ("I05", "3-hoek ook bij garantiebanen en nieuw beschut", "DR", "M4", Status.ACTIVE,
     ["Rolhelderheid", "Ondersteunend leiderschap"], "2022-01-17", None,
     "Afdelingsmanager, jobcoach en werknemer vormen de 3-hoek."),
    ("I06", "Begeleide intervisie voor voorlieden, afdelingsmanagers en jobcoaches", "HRO", "O1",
     Status.ACTIVE, ["Kennisdeling", "Open en vertrouwensvol"], "2022-02-15", None,
     "Organisatiebreed, in gemengde groepen; casuïstiek uit het dagelijks werk over de "
     "ontwikkeling van medewerkers en de samenwerking in de 3-hoek."),
    ("I07", "MT: mensontwikkeling per bedrijfsonderdeel in kaart (2021 – 2022 – 2025)", "DS", "M1",
     Status.DONE, ["Gedeelde visie", "Strategische helderheid"], "2021-11-04", "2021-11-04",
     "Waar staan we nu, welke positieve ontwikkeling geven we een extra impuls en hoe ziet "
     "excellente mensontwikkeling eruit?"),
    ("I08", "Indicatoren om mensontwikkeling te monitoren", "DS", "M5", Status.ACTIVE,
     ["Prestatieafspraken", "Prestatiebeoordeling van medewerkers"], "2022-01-10", None, None),
    ("I09", "Persoonlijk leiderschap en reflectie op ons functioneren als MT", "DS", "M1",
     Status.ACTIVE, ["Inspirerende leiders", "Consultatief leiderschap"], "2021-11-04", None,
     "Ontwikkelingsgericht leiderschap begint bij het MT zelf."),
]

#: id, name, unit, outcome, direction, scale, baseline 2021, impulse 2022, ambition 2025
INDICATORS = [
    ("IND01", "Medewerkers met een actueel ontwikkelplan (Werkstap)", "IA", "Capaciteiten",
     Dir.HIGHER, "%", 45, 65, 90),
    ("IND02", "Medewerkers met een actueel ontwikkelplan (Werkstap)", "GF", "Capaciteiten",
     Dir.HIGHER, "%", 38, 60, 90),
    ("IND03", "Praktijkverklaringen behaald per jaar", "IA", "Capaciteiten", Dir.HIGHER, "aantal",
     4, 10, 20),
    ("IND04", "Praktijkverklaringen behaald per jaar", "GF", "Capaciteiten", Dir.HIGHER, "aantal",
     2, 6, 15),
    ("IND05", "Kandidaten met een vaste 3-hoek (voorman en jobcoach)", "DR", "Aanspreekbaarheid",
     Dir.HIGHER, "%", 30, 80, 100),
    ("IND06", "Uitstroom naar regulier werk per jaar", "DR", "Externe oriëntatie", Dir.HIGHER,
     "aantal", 18, 25, 40),
    ("IND07", "Wisselingen van jobcoach tijdens een traject", "DR", "Coördinatie en beheersing",
     Dir.LOWER, "%", 35, 20, 5),
]

LESSONS = [
    ("2021-07-08", "I01", "O1", "Voorlieden vinden het lastig om gedrag te benoemen zonder te "
     "oordelen.", "De basishouding leidinggeven is nog niet vanzelfsprekend; ze sturen op taak.",
     "Extra oefendag met acteur over gewenst gedrag stimuleren.",
     "Oefen met situaties van de eigen werkvloer, niet met standaardcasussen.", "Leiderschap",
     ["HRO", "IA", "GF"]),
    ("2022-02-24", "I06", "O1", "Voorlieden en jobcoaches wisten weinig van elkaars werk.",
     "De onderlinge afhankelijkheid tussen functies was onzichtbaar.",
     "Bij elke intervisie eerst een ronde 'zo ziet mijn week eruit'.",
     "Maak de groepen bewust gemengd over functies en afdelingen.", "Cultuur en klimaat",
     ["MT", "JC"]),
    ("2022-04-21", "I04", "T1", "In een casus bleek de kandidaat van drie mensen verschillende "
     "boodschappen te krijgen.", "Zonder vaste 3-hoek ontstaat ruis rond de kandidaat.",
     "Per kandidaat één voorman en één jobcoach vastleggen in het dossier.",
     "Begin elk traject met een driegesprek aan de werkplek.", "Aanspreekbaarheid", ["DR", "IA"]),
    ("2022-06-16", "I06", "A3", "Afdelingsmanagers brachten minder casuïstiek in dan voorlieden.",
     "Zij zien de intervisie nog als iets voor de werkvloer.",
     "Afdelingsmanagers brengen in de vierde sessie zelf een casus in.",
     "Vraag vooraf per deelnemer één concrete casus.", "Innovatie en leren", ["MT"]),
    ("2022-03-10", "I08", "M5", "Elk bedrijfsonderdeel beschreef excellente mensontwikkeling anders.",
     "Zonder gedeelde indicatoren is voortgang niet vergelijkbaar.",
     "Per bedrijfsonderdeel twee indicatoren met nulmeting 2021, impuls 2022 en ambitie 2025.",
     "Kies indicatoren die de afdeling zelf al bijhoudt.", "Coördinatie en beheersing", ["MT"]),
]


def build() -> Programme:
    """The programme of case 001, the same on every run."""
    rng = random.Random(SEED)
    names = NameMaker(rng)
    people = [person(i, names(), r, u, m, DOMAIN, ["MT"] if i in MT else [])
              for i, r, u, m in MANAGERS]
    foremen: dict[str, list[str]] = {}
    n = 0
    for dept, count in FOREMEN.items():
        for k in range(count):
            n += 1
            pid = f"V{n:02d}"
            medior = k < MEDIOR
            tags = ["Werkstap"] + (["medior", "praktijkopleider"] if medior else [])
            people.append(person(pid, names(), "voorman", dept, DEPT_MANAGER[dept], DOMAIN, tags))
            foremen.setdefault(dept, []).append(pid)
    coaches = [f"J{k}" for k in range(1, 7)]
    people += [person(j, names(), "jobcoach", "JC", "T1", DOMAIN) for j in coaches]
    candidates: list[tuple[str, str]] = []
    for k in range(1, 11):
        dept = rng.choice(list(FOREMEN))
        candidates.append((f"K{k:02d}", dept))
        people.append(person(f"K{k:02d}", names(), "module-kandidaat (PW)", dept,
                             DEPT_MANAGER[dept], None))
    workers = [("W1", "werknemer garantiebaan", "VP"), ("W2", "werknemer nieuw beschut", "GR"),
               ("W3", "werknemer garantiebaan", "SC"), ("W4", "werknemer nieuw beschut", "MB")]
    people += [person(w, names(), r, u, DEPT_MANAGER[u], None) for w, r, u in workers]
    # Before the 3-hoek, a trajectbegeleider (re-integration) was a third contact person.
    people += [person(f"TB{k}", names(), "trajectbegeleider", "WD", "A5", DOMAIN) for k in (1, 2)]

    groups, relations = _triads(rng, foremen, coaches, candidates, workers)
    relations += [Relation(source=f"TB{k % 2 + 1}", target=cand, type="coaches",
                           since=d(f"2021-0{k % 4 + 2}-01"), until=d("2021-12-31"))
                  for k, (cand, _dept) in enumerate(candidates)]
    group_members = [p for p in people if p.role in ("voorman", "afdelingsmanager", "jobcoach")]
    groups.append(Group(id="INTERVISIE", type="intervisiegroep", members=[
        Membership(person=p.id, role=p.role) for p in group_members]))
    groups.append(Group(id="OPLEIDING-VL", type="opleidingsgroep", members=[
        Membership(person=p.id, role="voorman") for p in people if p.role == "voorman"]))
    groups.append(Group(id="MT", type="managementteam", members=[
        Membership(person=m, role="directeur" if m == "M1" else "MT-lid") for m in MT]))
    relations += [Relation(source="O1", target=m, type="advises", since=d("2021-01-04"))
                  for m in MT[1:]]
    events = _events(rng, people, groups)
    indicators = [Indicator(id=i, name=n_, unit=u, outcome=o, direction=dr, scale=sc, baseline=b,
                            impulse=im, ambition=a) for i, n_, u, o, dr, sc, b, im, a in INDICATORS]
    measurements = []
    for ind in indicators:
        assert ind.baseline is not None and ind.impulse is not None
        measurements.append(Measurement(indicator=ind.id, date=d("2021-12-31"),
                                        value=ind.baseline, source="nulmeting MT-dag"))
        mid = ind.baseline + (ind.impulse - ind.baseline) * rng.uniform(0.55, 0.95)
        measurements.append(Measurement(indicator=ind.id, date=d("2022-06-30"),
                                        value=round(mid), source="halfjaarrapportage"))
    lessons = [Lesson(id=f"L{k:02d}", date=d(dt_), initiative=ini, author=a, observation=o,
                      meaning=m, action=ac, tip=tp, outcome=oc, shared_with=sw)
               for k, (dt_, ini, a, o, m, ac, tp, oc, sw) in enumerate(LESSONS, start=1)]
    initiatives = [Initiative(id=i, title=t, unit=u, owner=o, status=s, practices=pr,
                              start=d(st), end=d(en) if en else None, description=ds,
                              participants=_participants(i, people))
                   for i, t, u, o, s, pr, st, en, ds in INITIATIVES]
    info = ProgrammeInfo(
        name="Leiderschapsprogramma De Schakel",
        organisation="Werkbedrijf De Schakel",
        mission="Mensen ontwikkelen zich door werk, met leidinggevenden die ontwikkelingsgericht "
                "begeleiden.",
        vision="In 2025 ziet excellente mensontwikkeling er op elke afdeling herkenbaar uit, met "
               "de 3-hoek als vaste basis van de begeleiding.",
        model="ohi-2011", baseline_year=2021, impulse_year=2022, ambition_year=2025, language="nl",
        roles={"triad": ["voorman", "jobcoach", "kandidaat"],
               "driehoek beschut": ["afdelingsmanager", "jobcoach", "werknemer"]})
    info.trainer_credential = PRAKTIJKOPLEIDER
    info.candidate_credential = PRAKTIJKVERKLARING
    info.trainer_min_candidates = 1
    info.expiry_warning_months = 3
    info.contact_persons_max = 2
    routes, modules, enrolments = _routes(people, groups)
    return Programme(info=info, units=[Unit(id=i, name=n_, parent=p) for i, n_, p in UNITS],
                     people=people, initiatives=initiatives, relations=relations, groups=groups,
                     routes=routes, modules=modules, enrolments=enrolments, events=events,
                     credentials=_credentials(people, groups), indicators=indicators,
                     measurements=measurements, lessons=lessons)


def _routes(people: list[Person], groups: list[Group]) -> tuple[list[Route], list[Module], list[Enrolment]]:
    """The foremen's Werkstap route (done in 2021) and practice learning for the candidates."""
    routes = [Route(id="WERKSTAP", name="Opleidingstraject voorlieden (Werkstap)",
                    audience="voorlieden", description="Basishouding leidinggeven, stimuleren van "
                    "gewenst gedrag en ontwikkelingsgericht begeleiden met Werkstap; daarna "
                    "registratie als erkend praktijkopleider."),
              Route(id="PRAKTIJK", name="Praktijkleren met een Praktijkverklaring",
                    audience="module-kandidaten", description="Leren op de werkplek onder "
                    "begeleiding van een erkend praktijkopleider, afgesloten met een "
                    "Praktijkverklaring op MBO-1-niveau.")]
    modules = [Module(id=f"W{k}", route="WERKSTAP", title=title.split(": ", 1)[1],
                      form="group_training", kind=ModuleKind.REQUIRED, hours=4.0)
               for k, (_day, title) in enumerate(WERKSTAP, start=1)]
    modules.append(Module(id="PL1", route="PRAKTIJK", title="Leren op de werkplek met een "
                          "praktijkopleider", form="practice_learning", kind=ModuleKind.REQUIRED,
                          hours=120.0))
    enrolments = [Enrolment(person=p.id, route="WERKSTAP", chosen_with=p.manager,
                            status=EnrolmentStatus.COMPLETED, date=d("2021-02-15"),
                            end=d("2021-12-09"))
                  for p in people if p.role == "voorman"]
    foreman = {m.person: g for g in groups if g.type == "triad" for m in g.members
               if m.role == "kandidaat"}
    for cand, start, status, end in _CANDIDACY:
        triad = foreman[cand]
        chosen = next(m.person for m in triad.members if m.role == "voorman")
        enrolments.append(Enrolment(person=cand, route="PRAKTIJK", chosen_with=chosen,
                                    status=status, date=d(start), end=d(end) if end else None))
    return routes, modules, enrolments


#: Candidate, start of practice learning, enrolment status, completed on.
_CANDIDACY = [
    ("K01", "2022-02-07", EnrolmentStatus.IN_PROGRESS, None),
    ("K02", "2022-02-07", EnrolmentStatus.IN_PROGRESS, None),
    ("K03", "2022-02-14", EnrolmentStatus.IN_PROGRESS, None),
    ("K04", "2022-02-14", EnrolmentStatus.IN_PROGRESS, None),
    ("K05", "2022-03-07", EnrolmentStatus.IN_PROGRESS, None),
    ("K06", "2022-02-07", EnrolmentStatus.COMPLETED, "2022-06-23"),
    ("K07", "2022-03-14", EnrolmentStatus.IN_PROGRESS, None),
    ("K08", "2022-03-14", EnrolmentStatus.IN_PROGRESS, None),
    ("K09", "2022-04-04", EnrolmentStatus.IN_PROGRESS, None),
    ("K10", "2022-06-20", EnrolmentStatus.IN_PROGRESS, None),
]


def _credentials(people: list[Person], groups: list[Group]) -> list[Credential]:
    """The chain as data: trainers registered with SBB, each guiding candidates of their triads
    to a Praktijkverklaring; the newest candidate (K10) has no trainer yet; one foreman's
    first-aid diploma (BHV) runs out in September 2022."""
    out = [Credential(person=p.id, credential=PRAKTIJKOPLEIDER, issuer="SBB", date=d("2022-01-17"),
                      valid_until=d("2027-01-16"), status=CredentialStatus.OBTAINED, guide="O1")
           for p in people if "praktijkopleider" in p.tags]
    triad_foreman = {m.person: next(x.person for x in g.members if x.role == "voorman")
                     for g in groups if g.type == "triad" for m in g.members if m.role == "kandidaat"}
    for cand, start, status, end in _CANDIDACY:
        out.append(Credential(
            person=cand, credential=PRAKTIJKVERKLARING, issuer="SBB",
            date=d(end) if end else d(start), status=CredentialStatus.OBTAINED if end else
            CredentialStatus.IN_PROGRESS, guide=None if cand == "K10" else triad_foreman[cand]))
    out.append(Credential(person="V03", credential="BHV-diploma", issuer="NIBHV", date=d("2021-09-15"),
                          valid_until=d("2022-09-15"), status=CredentialStatus.OBTAINED))
    return out


def _participants(initiative: str, people: list[Person]) -> list[str]:
    roles = {"I01": ("voorman",), "I02": ("voorman",), "I04": ("jobcoach", "voorman"),
             "I05": ("afdelingsmanager", "jobcoach"), "I06": ("voorman", "afdelingsmanager",
                                                               "jobcoach")}
    if initiative in roles:
        return [p.id for p in people if p.role in roles[initiative]
                and (initiative != "I02" or "medior" in p.tags)]
    return [p.id for p in people if "MT" in p.tags]


def _triads(rng: random.Random, foremen: dict[str, list[str]], coaches: list[str],
            candidates: list[tuple[str, str]], workers: list[tuple[str, str, str]],
            ) -> tuple[list[Group], list[Relation]]:
    groups: list[Group] = []
    relations: list[Relation] = []
    tied: set[tuple[str, str]] = set()
    for k, (cand, dept) in enumerate(candidates, start=1):
        foreman = rng.choice(foremen[dept][:MEDIOR])  # a medior foreman: the practice trainer
        coach = coaches[(k - 1) % len(coaches)]
        since = d(f"2022-0{rng.randint(1, 5)}-{rng.randint(1, 28):02d}")
        members = [Membership(person=foreman, role="voorman")]
        if k != 7:  # the jobcoach of this candidate left; the triad waits for a new one
            members.append(Membership(person=coach, role="jobcoach"))
            relations.append(Relation(source=coach, target=cand, type="coaches", since=since))
            weight = float(rng.randint(1, 4))
            if (foreman, coach) not in tied:
                tied.add((foreman, coach))
                relations.append(Relation(source=foreman, target=coach, type="works_with",
                                          since=since, weight=weight))
        members.append(Membership(person=cand, role="kandidaat"))
        groups.append(Group(id=f"D{k:02d}", type="triad", members=members))
    for k, (w, _role, dept) in enumerate(workers, start=1):
        coach = coaches[-k]
        manager = DEPT_MANAGER[dept]
        groups.append(Group(id=f"B{k:02d}", type="driehoek beschut", members=[
            Membership(person=manager, role="afdelingsmanager"),
            Membership(person=coach, role="jobcoach"), Membership(person=w, role="werknemer")]))
        relations.append(Relation(source=coach, target=w, type="coaches", since=d("2022-02-01")))
    return groups, relations


def _events(rng: random.Random, people: list[Person], groups: list[Group]) -> list[Event]:
    by_id = {g.id: g for g in groups}
    foremen = [m.person for m in by_id["OPLEIDING-VL"].members]
    out = [Event(id=f"OPL{k}", title=t, type="training", group="OPLEIDING-VL", date=d(day),
                 status=EventStatus.HELD, facilitator=TRAINER,
                 attendees=attend(rng, foremen, 0.1), initiative="I01", module=f"W{k}")
           for k, (day, t) in enumerate(WERKSTAP, start=1)]
    role = {p.id: p.role for p in people}
    pool = [m.person for m in by_id["INTERVISIE"].members]
    sessions = [("2022-02-24", EventStatus.HELD), ("2022-04-21", EventStatus.HELD),
                ("2022-06-16", EventStatus.HELD), ("2022-10-13", EventStatus.PLANNED)]
    facilitator = next(p.name for p in people if p.id == "O1")
    for k, (day, status) in enumerate(sessions, start=1):
        present: list[str] = []
        if status is EventStatus.HELD:
            # a mixed group: foremen, department managers and job coaches of several departments
            for r, count in (("voorman", 6), ("afdelingsmanager", 2), ("jobcoach", 3)):
                present += sorted(rng.sample([p for p in pool if role[p] == r], count))
        out.append(Event(id=f"INT{k}", title=f"Intervisiesessie {k}: casuïstiek uit de 3-hoek",
                         type="intervision", group="INTERVISIE", date=d(day), status=status,
                         facilitator=facilitator, attendees=present, initiative="I06"))
    mt_days = [("2021-11-04", "MT-dag: mensontwikkeling per bedrijfsonderdeel 2021 – 2022 – 2025",
                "training", "I07"),
               ("2022-03-10", "MT-dag: indicatoren voor mensontwikkeling", "training", "I08"),
               ("2022-06-02", "MT-reflectie: ons eigen en gezamenlijk functioneren", "coaching",
                "I09"),
               ("2022-09-29", "MT-dag: voortgang impuls 2022", "training", "I08")]
    for k, (day, title, typ, ini) in enumerate(mt_days, start=1):
        planned = day > "2022-07-01"
        out.append(Event(id=f"MT{k}", title=title, type=typ, group="MT", date=d(day),
                         status=EventStatus.PLANNED if planned else EventStatus.HELD,
                         facilitator="extern begeleider leiderschapsprogramma",
                         attendees=[] if planned else attend(rng, MT, 0.1), initiative=ini))
    return out


ITEMS = [
    Item("V1", "Ik weet wat er van mij verwacht wordt in de begeleiding van medewerkers.",
         "Aanspreekbaarheid", "Rolhelderheid"),
    Item("V2", "Ik voer regelmatig ontwikkelgesprekken met de medewerkers die ik begeleid.",
         "Capaciteiten", "Talentontwikkeling"),
    Item("V3", "Ik weet hoe ik gewenst gedrag bij medewerkers kan stimuleren.", "Leiderschap",
         "Ondersteunend leiderschap"),
    Item("V4", "Problemen in de samenwerking in de 3-hoek kan ik open bespreken.",
         "Cultuur en klimaat", "Open en vertrouwensvol"),
    Item("V5", "Ik leer van de ervaringen van collega's uit andere afdelingen.",
         "Innovatie en leren", "Kennisdeling"),
    Item("V6", "Ik heb meer ondersteuning nodig bij het begeleiden van medewerkers.",
         "Capaciteiten", "Talentontwikkeling", reversed=True),
    Item("V7", "Mijn leidinggevende daagt mij uit om me verder te ontwikkelen.", "Leiderschap",
         "Uitdagend leiderschap"),
    Item("V8", "Het is onduidelijk wie het eerste aanspreekpunt van de kandidaat is.",
         "Aanspreekbaarheid", "Rolhelderheid", reversed=True),
    Item("V9", "Voorman, jobcoach en ik vertrouwen elkaar in de begeleiding van de kandidaat.",
         "Cultuur en klimaat", "Open en vertrouwensvol"),
    Item("V10", "Ik hoor hoe collega's met vergelijkbare situaties omgaan en gebruik dat in mijn "
         "werk.", "Innovatie en leren", "Kennisdeling"),
]


def survey(programme: Programme) -> SurveyBook:
    """The learning-needs survey at the start (2021) and the results survey (2022)."""
    rng = random.Random(SEED * 1000 + 1)
    # supervising staff per department (more than the programme's named people)
    sizes = {"VP": 11, "MB": 7, "GR": 8, "SC": 6, "JC": 9, "WD": 7, "HRO": 3}
    book = SurveyBook(items=ITEMS, units=units_of(programme))
    for wave, base in ((2021, 2.9), (2022, 3.5)):
        n = 0
        for unit, size in sizes.items():
            for _ in range(size - rng.randint(0, 2) if wave == 2022 and size > 6 else size):
                n += 1
                lift = 0.3 if unit in ("JC", "VP") and wave == 2022 else 0.0
                means = {it.outcome: base + lift for it in ITEMS}
                book.responses.append((f"{wave}-{n:03d}", unit, wave,
                                       answers(rng, ITEMS, means, 0.005)))
    return book
