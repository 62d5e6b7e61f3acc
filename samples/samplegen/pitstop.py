"""Case 004: a large municipality's pitstop programme for ~200 managers in learning groups."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from ohtrack.domain import Direction as Dir
from ohtrack.analysis.learning_groups import compose_groups
from ohtrack.domain import (
    DevelopmentPoint,
    DevelopmentStatus,
    Event,
    EventStatus,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Person,
    ProfileScore,
    Programme,
    ProgrammeInfo,
    Relation,
    ScoreSource,
    Status,
    Unit,
)
from ohtrack.domain.profiles import themes_of
from ohtrack.frameworks import profile
from samplegen.common import NameMaker, attend, d, person, workday
from samplegen.surveys import Item, SurveyBook, answers

SEED = 4
DOMAIN = "havenstad.example"
GROUP_SIZE = 8
GROUPS = 25
PITSTOPS = 6

#: dienst → (name, [(afdeling, name, number of managers)])
DIENSTEN = {
    "DSO": ("Dienst Stedelijke Ontwikkeling", [("RUI", "Ruimtelijke Ordening", 9),
                                               ("WON", "Wonen", 9), ("MOB", "Mobiliteit", 10),
                                               ("VGD", "Vastgoed", 6), ("ECO", "Economie", 7)]),
    "DSZ": ("Dienst Sociale Zaken en Werk", [("WRK", "Werk", 13), ("INK", "Inkomen", 11),
                                             ("SHV", "Schuldhulpverlening", 4),
                                             ("PAR", "Participatie", 8)]),
    "OCW": ("Dienst Onderwijs, Cultuur en Welzijn", [("OND", "Onderwijs", 9),
                                                     ("CUL", "Cultuur", 3), ("JGD", "Jeugd", 11),
                                                     ("SPO", "Sport", 3),
                                                     ("WEZ", "Welzijn en Zorg", 10)]),
    "DSB": ("Dienst Stadsbeheer", [("ORU", "Openbare Ruimte", 11), ("AFV", "Afval en Reiniging", 9),
                                   ("PRK", "Parkeren", 7), ("HHV", "Handhaving", 8)]),
    "DPZ": ("Dienst Publiekszaken", [("BZK", "Burgerzaken", 8), ("VRG", "Vergunningen", 7),
                                     ("KCC", "Klantcontactcentrum", 6)]),
    "BSD": ("Bestuursdienst", [("CST", "Concernstaf", 7), ("FIN", "Financiën", 6),
                               ("HRM", "HR", 5), ("COM", "Communicatie", 3), ("ICT", "ICT", 10)]),
}
PREFERENCES = ["reflecteren", "doen en uitproberen", "uitwisselen", "verdiepen"]
ROLES = ["afdelingshoofd", "teammanager", "programmamanager", "clustermanager"]
CANCELLED = {("LG04", 3), ("LG11", 5), ("LG17", 2), ("LG23", 6)}
START, THEME_DAYS = d("2016-09-12"), [
    ("2017-01-26", "Themadag 1: de gemeente in de netwerksamenleving (Oude Havenloods)"),
    ("2017-06-15", "Themadag 2: samen met partners aan de opgaven van de stad (Stadsschouwburg)"),
    ("2017-11-30", "Themadag 3: leiderschap in de netwerksamenleving, terug- en vooruitkijken "
                   "(Oude Havenloods)"),
]

INITIATIVES = [
    ("I01", "Enquête naar leerbehoefte en leergewoonte van managers", Status.DONE,
     ["Talentontwikkeling", "Betrokkenheid van medewerkers"], "2016-03-01", "2016-05-31",
     "Met welke vragen word je in je werk geconfronteerd, wat houdt je bezig, wat helpt je leren?"),
    ("I02", "Leiderschapsprofiel: samenwerken, verbindend, omgevingsbewust, slagvaardig",
     Status.EMBEDDED, ["Gedeelde visie", "Inspirerende leiders"], "2016-01-11", "2016-06-30",
     "Afgeleid van de concernbrede visie op de rol van de gemeente in de netwerksamenleving."),
    ("I03", "Contouren van het programma toetsen bij een deel van de doelgroep", Status.DONE,
     ["Consultatief leiderschap", "Betrokkenheid van medewerkers"], "2016-06-01", "2016-07-08",
     None),
    ("I04", "Leergroepen van acht managers met zes pitstops op het werk", Status.DONE,
     ["Talentontwikkeling", "Kennisdeling"], "2016-09-12", "2017-12-15",
     "Korte momenten met regelmaat: reflectie, aan de slag en vooruitkijken."),
    ("I05", "Intake per leergroep: zelfanalyse en reflectie op het leiderschapsprofiel",
     Status.DONE, ["Persoonlijk eigenaarschap", "Talentontwikkeling"], "2016-09-12", "2016-10-28",
     None),
    ("I06", "Drie themadagen: netwerken, kennisverrijking en de opgaven van de stad", Status.DONE,
     ["Relaties met overheid en samenleving", "Benutten van externe ideeën"], "2017-01-26",
     "2017-11-30", None),
    ("I07", "Horizontale verbinding tussen managers van verschillende diensten", Status.ACTIVE,
     ["Open en vertrouwensvol", "Kennisdeling"], "2016-09-12", None, None),
    ("I08", "De eigen leervraag centraal: ontwikkelplan per manager", Status.ACTIVE,
     ["Persoonlijk eigenaarschap", "Talentontwikkeling"], "2016-09-12", None, None),
    ("I09", "Slagvaardig besluiten over dienstgrenzen heen", Status.ACTIVE,
     ["Operationele sturing", "Persoonlijk eigenaarschap"], "2017-02-01", None, None),
    ("I10", "Enquêtes bij start en einde: wat heeft het programma opgeleverd?", Status.DONE,
     ["Kennisdeling"], "2016-06-01", "2017-12-22", None),
]

ITEMS = [
    Item("S1", "Ik werk regelmatig samen met managers van andere diensten.", "Cultuur en klimaat",
         "Open en vertrouwensvol"),
    Item("S2", "Bij vraagstukken die mijn afdeling overstijgen, zoek ik collega-managers op.",
         "Cultuur en klimaat", "Open en vertrouwensvol"),
    Item("S3", "Ik houd informatie liever binnen mijn eigen afdeling.", "Cultuur en klimaat",
         "Open en vertrouwensvol", reversed=True),
    Item("V1", "Ik betrek mijn medewerkers bij besluiten die hen raken.", "Leiderschap",
         "Consultatief leiderschap"),
    Item("V2", "Ik investeer in goede werkrelaties binnen en buiten mijn afdeling.", "Leiderschap",
         "Ondersteunend leiderschap"),
    Item("V3", "Ik vraag naar de inzichten van anderen voordat ik een besluit neem.", "Leiderschap",
         "Consultatief leiderschap"),
    Item("O1", "Ik weet wat er speelt bij inwoners, bedrijven en partners in de stad.",
         "Externe oriëntatie", "Relaties met overheid en samenleving"),
    Item("O2", "Ik betrek partners uit de stad bij de opgaven van mijn afdeling.",
         "Externe oriëntatie", "Zakelijke partnerschappen"),
    Item("O3", "Ik kijk vooral naar wat er binnen de organisatie gebeurt.", "Externe oriëntatie",
         None, reversed=True),
    Item("K1", "Ik neem besluiten, ook als nog niet alle informatie beschikbaar is.",
         "Aanspreekbaarheid", "Persoonlijk eigenaarschap"),
    Item("K2", "Ik maak heldere afspraken over wie wat doet en voor wanneer.", "Aanspreekbaarheid",
         "Prestatieafspraken"),
    Item("K3", "Ik spreek collega's aan als afspraken niet worden nagekomen.", "Aanspreekbaarheid",
         "Consequentiemanagement"),
]
#: Profile theme → the outcome its items measure, with the start mean and the growth.
THEMES = {"samenwerken": ("Cultuur en klimaat", 2.9, 0.8), "verbinding": ("Leiderschap", 3.2, 0.4),
          "omgevingsbewust": ("Externe oriëntatie", 2.8, 0.6),
          "slagvaardig": ("Aanspreekbaarheid", 3.3, 0.4)}
WAVES = {2016: d("2016-06-15"), 2017: d("2017-12-15")}


def _managers(rng: random.Random, names: NameMaker) -> tuple[list[Unit], list[Person], list[str]]:
    units = [Unit(id="GH", name="Gemeente Havenstad")]
    people = [person("GS", names(), "gemeentesecretaris (opdrachtgever)", "GH", None, DOMAIN),
              person("PC", names(), "programmacoördinator", "HRM", "GS", DOMAIN)]
    prefs = [p for p, n in zip(PREFERENCES, (7, 6, 6, 6)) for _ in range(n * GROUP_SIZE)]
    rng.shuffle(prefs)
    managers: list[str] = []
    for k, (dienst, (dname, afdelingen)) in enumerate(DIENSTEN.items(), start=1):
        units.append(Unit(id=dienst, name=dname, parent="GH"))
        people.append(person(f"DIR{k}", names(), "directeur", dienst, "GS", DOMAIN))
        for afd, aname, count in afdelingen:
            units.append(Unit(id=afd, name=aname, parent=dienst))
            for _ in range(count):
                pid = f"M{len(managers) + 1:03d}"
                managers.append(pid)
                manager = person(pid, names(), rng.choice(ROLES), afd, f"DIR{k}", DOMAIN,
                                 ["hoger middenkader"])
                manager.learning_preference = prefs.pop()
                people.append(manager)
    return units, people, managers


#: Deterministic time the group composer may use (it proves the optimum well before).
COMPOSE_TIME = 30.0


def _learning_groups(info: ProgrammeInfo, units: list[Unit], people: list[Person]) -> list[Group]:
    """Groups of eight composed by ohtrack: by learning preference, mixed across diensten."""
    draft = Programme(info=info, units=units, people=people)
    composition = compose_groups(draft, size=GROUP_SIZE, people="hoger middenkader", mix_level=2,
                                 seed=SEED, time_limit=COMPOSE_TIME)
    assert composition.status == "optimal" and composition.beats_random
    return [Group(id=g.id, type="learning_group", members=[
        Membership(person=m, role="deelnemer") for m in g.members]) for g in composition.groups]


def build() -> Programme:
    """The programme of case 004, the same on every run."""
    rng = random.Random(SEED)
    names = NameMaker(rng)
    units, people, managers = _managers(rng, names)
    info = _info()
    groups = _learning_groups(info, units, people)
    coaches = [names() for _ in range(5)]
    events: list[Event] = []
    intake: dict[str, dt.date] = {}
    for k, g in enumerate(groups):
        members = [m.person for m in g.members]
        coach = coaches[k % len(coaches)]
        day = workday(START + dt.timedelta(days=2 * k))
        intake[g.id] = day
        events.append(Event(id=f"{g.id}-IN", title=f"Intake {g.id}: zelfanalyse en profiel",
                            type="intake", group=g.id, date=day, status=EventStatus.HELD,
                            facilitator=coach, attendees=attend(rng, members, 0.05),
                            initiative="I05"))
        for n in range(1, PITSTOPS + 1):
            day = workday(intake[g.id] + dt.timedelta(weeks=9 * n + rng.randint(-1, 1)))
            cancelled = (g.id, n) in CANCELLED
            events.append(Event(
                id=f"{g.id}-P{n}", title=f"Pitstop {n}", type="pitstop", group=g.id, date=day,
                status=EventStatus.CANCELLED if cancelled else EventStatus.HELD, facilitator=coach,
                attendees=[] if cancelled else attend(rng, members, 0.12), initiative="I04"))
    for k, (theme_day, title) in enumerate(THEME_DAYS, start=1):
        events.append(Event(id=f"TD{k}", title=title, type="theme_day", date=d(theme_day),
                            status=EventStatus.HELD, facilitator="programmateam",
                            attendees=attend(rng, managers, 0.2), initiative="I06"))
    relations = _relations(rng, people, managers, groups, intake)
    book = survey_from_units(units, people)
    indicators, measurements = _indicators(book, people, relations)
    initiatives = [Initiative(id=i, title=t, unit="GH", owner="PC", status=s, practices=pr,
                              start=d(st), end=d(en) if en else None, description=ds,
                              participants=["GS", "PC"] if i in ("I02", "I03") else managers)
                   for i, t, s, pr, st, en, ds in INITIATIVES]
    scores, points = _profile(groups, events)
    return Programme(info=info, units=units, people=people, initiatives=initiatives,
                     relations=relations, groups=groups, events=events, indicators=indicators,
                     measurements=measurements, lessons=_lessons(coaches),
                     themes=themes_of(profile("den-haag")), profile_scores=scores,
                     development_points=points)


def _info() -> ProgrammeInfo:
    return ProgrammeInfo(
        name="Pitstop voor managers",
        organisation="Gemeente Havenstad",
        mission="Managers van het hoger middenkader versterken als schakel tussen strategie en "
                "uitvoering, met leren in en dicht op het werk.",
        vision="Een moderne overheid in de netwerksamenleving, met managers die meer samenwerken, "
               "verbindend en omgevingsbewust zijn en slagvaardig handelen.",
        model="ohi-2011", baseline_year=2016, impulse_year=2017, ambition_year=2020,
        language="nl")


#: Profile theme → (start mean, growth) of the self-analysis on a 1-5 scale.
PROFILE = {"samenwerken": (2.9, 0.8), "verbindend": (3.2, 0.4), "omgevingsbewust": (2.8, 0.6),
           "slagvaardig": (3.3, 0.4)}
#: Actions managers chose as development points, per theme.
ACTIONS = {
    "samenwerken": "Elke maand een vraagstuk inbrengen bij een manager van een andere dienst",
    "verbindend": "Medewerkers vooraf betrekken bij besluiten die hen raken",
    "omgevingsbewust": "Twee keer per kwartaal op bezoek bij een partner in de stad",
    "slagvaardig": "Besluiten nemen in het overleg zelf, niet pas erna",
}


def _profile(groups: list[Group], events: list[Event]) -> tuple[list[ProfileScore], list[DevelopmentPoint]]:
    """Self-analysis at each group's intake and at the end, and one or two development points."""
    rng = random.Random(SEED * 1000 + 44)
    end = d("2017-12-11")
    intake = {e.group: e for e in events if e.type == "intake"}
    scores: list[ProfileScore] = []
    points: list[DevelopmentPoint] = []
    for g in groups:
        at = intake[g.id]
        for m in sorted(x.person for x in g.members):
            base = {t: rng.gauss(start, 0.45) for t, (start, _gain) in PROFILE.items()}
            if m in at.attendees:
                scores += [ProfileScore(person=m, theme=t, score=_clamp(v), date=at.date,
                                        source=ScoreSource.SELF, moment="intake")
                           for t, v in base.items()]
            if rng.random() < 0.9:
                scores += [ProfileScore(person=m, theme=t, score=_clamp(v + PROFILE[t][1] + rng.gauss(0, 0.3)),
                                        date=end, source=ScoreSource.SELF, moment="final")
                           for t, v in base.items()]
            weakest = sorted(base, key=lambda t: base[t])[:1 + (rng.random() < 0.4)]
            for t in weakest:
                points.append(DevelopmentPoint(
                    person=m, theme=t, action=ACTIONS[t], date=at.date,
                    status=DevelopmentStatus.DONE if rng.random() < 0.6 else DevelopmentStatus.IN_PROGRESS))
    return scores, points


def _clamp(x: float) -> float:
    return round(min(5.0, max(1.0, x)), 1)


def _relations(rng: random.Random, people: list[Person], managers: list[str], groups: list[Group],
               intake: dict[str, dt.date]) -> list[Relation]:
    """works_with ties: a sparse net within diensten before, growing in and across groups."""
    dienst = {p.id: p.manager for p in people}
    seen: set[frozenset[str]] = set()
    out: list[Relation] = []

    def tie(a: str, b: str, since: dt.date, weight: float) -> None:
        key = frozenset((a, b))
        if a != b and key not in seen:
            seen.add(key)
            out.append(Relation(source=a, target=b, type="works_with", since=since, weight=weight))

    for _ in range(260):
        a = rng.choice(managers)
        same = [m for m in managers if dienst[m] == dienst[a]] if rng.random() < 0.85 else managers
        tie(a, rng.choice(same), d(f"{rng.randint(2008, 2016)}-0{rng.randint(1, 8)}-01"),
            float(rng.randint(1, 5)))
    for g in groups:
        members = [m.person for m in g.members]
        for _ in range(11):
            a, b = rng.sample(members, 2)
            tie(a, b, intake[g.id] + dt.timedelta(days=rng.randint(0, 400)),
                float(rng.randint(1, 3)))
    for day, _ in THEME_DAYS:
        for _ in range(40):
            a, b = rng.sample(managers, 2)
            tie(a, b, d(day), 1.0)
    return out


def _indicators(book: SurveyBook, people: list[Person], relations: list[Relation],
                ) -> tuple[list[Indicator], list[Measurement]]:
    """Theme scores from the survey file and the share of managers tied across diensten."""
    indicators: list[Indicator] = []
    measurements: list[Measurement] = []
    by_outcome: dict[str, list[Item]] = {}
    for it in book.items:
        by_outcome.setdefault(it.outcome, []).append(it)
    for k, (theme, (outcome, start, gain)) in enumerate(THEMES.items(), start=1):
        ind = Indicator(id=f"IND{k}", name=f"Profielthema {theme} (enquête, gemiddelde 1-5)",
                        unit="GH", outcome=outcome, direction=Dir.HIGHER, scale="score 1-5",
                        baseline=round(start, 1), impulse=round(start + gain * 0.75, 1),
                        ambition=round(min(4.5, start + gain * 1.5), 1))
        indicators.append(ind)
        for wave, day in WAVES.items():
            values = [it.minimum + it.maximum - v if it.reversed else v
                      for _, _, w, ans in book.responses if w == wave
                      for it in by_outcome[outcome] if (v := ans[it.id]) is not None]
            measurements.append(Measurement(indicator=ind.id, date=day,
                                            value=round(sum(values) / len(values), 2),
                                            source="gemeente-pitstop-enquete.xlsx",
                                            note="begin programma" if wave == 2016 else
                                            "einde programma"))
    dienst = {p.id: p.manager for p in people}
    managers = [p.id for p in people if "hoger middenkader" in p.tags]
    ind = Indicator(id="IND5", name="Managers met een werkrelatie buiten de eigen dienst",
                    unit="GH", outcome="Cultuur en klimaat", direction=Dir.HIGHER, scale="%",
                    baseline=None, impulse=60, ambition=75)
    for day in (d("2016-09-01"), d("2017-03-01"), d("2017-12-15")):
        crossing: set[str] = set()
        for r in relations:
            if r.since is not None and r.since <= day and dienst[r.source] != dienst[r.target]:
                crossing |= {r.source, r.target}
        share = round(100 * len(crossing) / len(managers), 1)
        if ind.baseline is None:
            ind.baseline = share
        measurements.append(Measurement(indicator="IND5", date=day, value=share,
                                        source="tabblad Relaties"))
    indicators.append(ind)
    return indicators, measurements


def _lessons(coaches: list[str]) -> list[Lesson]:
    rows = [
        ("2016-10-27", "I05", "Managers noemden in de intake vooral leervragen over hun eigen "
         "afdeling.", "De horizontale blik ontbreekt nog; iedereen kijkt naar de eigen lijn.",
         "In elke pitstop één vraagstuk dat over dienstgrenzen heen gaat.",
         "Vraag in de intake: wie heb je nodig buiten je eigen dienst?", "Cultuur en klimaat",
         ["GS", "PC"]),
        ("2017-02-09", "I04", "Pitstops op het werk worden minder vaak afgezegd dan een dag op de "
         "hei.", "Dicht op het werk leren past in de agenda van drukke managers.",
         "Alle pitstops een jaar vooruit in de agenda's gezet.",
         "Plan de leermomenten vooraf en houd ze kort: een halve dag.", "Capaciteiten", ["PC"]),
        ("2017-04-20", "I04", "In de pitstops brengen managers van verschillende diensten elkaars "
         "vraagstukken in en spreken daarna ook buiten de groep af.",
         "Diversiteit in de groep maakt de horizontale verbinding.",
         "Bij de samenstelling van nieuwe groepen dienstgrenzen bewust mengen.",
         "Stel groepen samen op leervoorkeur én spreiding over diensten.", "Cultuur en klimaat",
         ["GH"]),
        ("2017-06-29", "I06", "Op de tweede themadag spraken managers partners uit de stad die ze "
         "nooit eerder ontmoetten.", "Omgevingsbewustzijn groeit door ontmoeting, niet door "
         "presentaties.", "Derde themadag opgezet rond opgaven van de stad, met partners aan tafel.",
         "Kies een betekenisvolle plek in de stad, niet een conferentieoord.",
         "Externe oriëntatie", ["GS", "PC"]),
        ("2017-10-05", "I09", "Managers besluiten sneller als ze elkaar kennen uit de leergroep.",
         "Vertrouwen verkort de lijnen; slagvaardigheid volgt verbinding.",
         "Leergroepen mogen na het programma zelf doorgaan als intervisiegroep.",
         "Laat de groep zelf bepalen hoe het na de laatste pitstop verdergaat.",
         "Aanspreekbaarheid", ["GH"]),
    ]
    return [Lesson(id=f"L{k:02d}", date=d(day), initiative=ini, author="PC", observation=o,
                   meaning=m, action=a, tip=t, outcome=oc, shared_with=sw)
            for k, (day, ini, o, m, a, t, oc, sw) in enumerate(rows, start=1)]


def survey_from_units(units: list[Unit], people: list[Person]) -> SurveyBook:
    """The start and end surveys: ~180 anonymous managers per wave, a few answers blank."""
    rng = random.Random(SEED * 1000 + 4)
    managers = [p for p in people if "hoger middenkader" in p.tags]
    book = SurveyBook(items=ITEMS, units=[(u.id, u.name, u.parent) for u in units])
    for wave, share in ((2016, 0.9), (2017, 0.88)):
        respondents = sorted(rng.sample(managers, round(share * len(managers))), key=lambda p: p.id)
        order = rng.sample(range(1, len(respondents) + 1), len(respondents))
        rows = []
        for p, n in zip(respondents, order):
            means = {o: s + (g if wave == 2017 else 0.0) for o, s, g in THEMES.values()}
            rows.append((f"R{wave}-{n:03d}", p.unit or "GH", wave, answers(rng, ITEMS, means, 0.003)))
        book.responses += sorted(rows)
    return book


def survey(programme: Programme) -> SurveyBook:
    """The survey file that belongs to the programme sample."""
    return survey_from_units(programme.units, programme.people)


def unit_counts(book: SurveyBook, wave: int) -> Counter[str]:
    """Respondents per unit in one wave."""
    return Counter(u for _, u, w, _ in book.responses if w == wave)
