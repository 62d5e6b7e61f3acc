"""Case 002: steel plant section, improvement team for Organizational Health, TD transition."""

from __future__ import annotations

import datetime as dt
import random

from ohtrack.domain import Direction as Dir
from ohtrack.domain import (
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
    Programme,
    ProgrammeInfo,
    Relation,
    Status,
    Unit,
)
from samplegen.common import NameMaker, attend, d, person, weekdays_from

SEED = 2
DOMAIN = "ijmond-noord.example"

UNITS = [
    ("SB", "Staalbedrijf IJmond-Noord", None), ("OSF", "Oxystaalfabriek 2 (OSF2)", "SB"),
    ("CV", "Sectie Converters", "OSF"), ("SM", "Sectie Secundaire Metallurgie", "OSF"),
    ("CG", "Sectie Continugieten", "OSF"), ("OL", "Sectie Logistiek Staalfabriek", "OSF"),
    ("TD", "Centrale Technische Dienst (CTD)", "SB"), ("TI", "Intake & Werkvoorbereiding", "TD"),
    ("TP", "Planning", "TD"), ("TU", "Uitvoering", "TD"), ("TA", "Afhandeling & Administratie", "TD"),
    ("BE", "Business Excellence", "SB"),
]

STAFF = [
    ("R1", "manager CTD", "TD", None), ("R2", "lijnmanager intake & werkvoorbereiding", "TI", "R1"),
    ("R3", "lijnmanager planning", "TP", "R1"), ("R4", "lijnmanager uitvoering", "TU", "R1"),
    ("R5", "lijnmanager afhandeling", "TA", "R1"), ("F1", "manager OSF2", "OSF", None),
    ("F2", "sectiemanager", "SM", "F1"), ("F3", "sectiemanager", "CV", "F1"),
    ("F4", "sectiemanager", "CG", "F1"),
    ("VT1", "verbeterteam Organizational Health (trekker)", "OSF", "F1"),
    ("VT2", "verbeterteam Organizational Health", "OSF", "F1"),
    ("VT3", "verbeterteam Organizational Health", "OSF", "F1"),
    ("BX", "veranderkundige", "BE", None),
    ("PL1", "ploegleider", "SM", "F2"), ("PL2", "ploegleider", "SM", "F2"),
    ("PL3", "ploegleider", "SM", "F2"), ("PL4", "ploegleider", "SM", "F2"),
    ("PL5", "ploegleider", "SM", "F2"), ("OP1", "procestechnoloog", "SM", "F2"),
    ("OP2", "operator pannenoven", "SM", "PL1"), ("OP3", "operator vacuümontgasser", "SM", "PL2"),
    ("OP4", "onderhoudscoördinator", "SM", "F2"), ("OP5", "operator pannenoven", "SM", "PL3"),
    ("TW1", "werkvoorbereider", "TI", "R2"), ("TW2", "planner", "TP", "R3"),
    ("TW3", "werkvoorbereider", "TI", "R2"),
]
TEAM = ["VT1", "VT2", "VT3"]

#: title, status, practices (the 25 potential improvements of the pilot section)
SECTION = [
    ("Ploegoverdracht met een vast overdrachtsformulier", Status.EMBEDDED,
     ["Operationele sturing", "Rolhelderheid"]),
    ("Dagstart van de sectie met een KPI-bord", Status.EMBEDDED,
     ["Operationele sturing", "Prestatieafspraken"]),
    ("Rolverdeling ploegleider en operator bij de pannenwissel vastleggen", Status.DONE,
     ["Rolhelderheid"]),
    ("Storingsanalyse vacuümontgasser met 5 x waarom", Status.ACTIVE,
     ["Procesgebonden capaciteiten", "Bottom-up innovatie"]),
    ("Temperatuurvoorspelling pannenoven verbeteren", Status.ACTIVE,
     ["Procesgebonden capaciteiten", "Kennisdeling"]),
    ("Kennis tussen ploegen delen met korte leerkaarten", Status.DONE, ["Kennisdeling"]),
    ("Veiligheidsronde door ploegleiders", Status.EMBEDDED,
     ["Risicomanagement", "Professionele standaarden"]),
    ("Inwerkprogramma voor nieuwe operators", Status.ACTIVE, ["Talentontwikkeling"]),
    ("Ideeënbord op de werkvloer", Status.STOPPED,
     ["Bottom-up innovatie", "Betrokkenheid van medewerkers"]),
    ("Terugkoppeling van de gieterij over staalkwaliteit", Status.ACTIVE,
     ["Klantgerichtheid", "Kennisdeling"]),
    ("Onderhoudsvensters afstemmen met de CTD", Status.PLANNED, ["Operationele sturing"]),
    ("Visie van de sectie: waar staan we over drie jaar?", Status.DONE,
     ["Gedeelde visie", "Betrokkenheid van medewerkers"]),
    ("Maandelijkse prestatiegesprekken met ploegleiders", Status.PLANNED,
     ["Prestatiebeoordeling van medewerkers", "Prestatieafspraken"]),
    ("Verbeteringen zichtbaar waarderen in het ploegoverleg", Status.ACTIVE,
     ["Beloning en erkenning"]),
    ("Standaard werkinstructies voor legeringstoevoegingen", Status.ACTIVE,
     ["Professionele standaarden", "Operationeel gedisciplineerd"]),
    ("Energieverbruik pannenoven per charge zichtbaar maken", Status.IDEA, ["Financiële sturing"]),
    ("Loopbaanpad van operator naar ploegleider", Status.IDEA, ["Loopbaanmogelijkheden"]),
    ("Sectiemanager op de vloer: vaste ronde per ploeg", Status.DONE,
     ["Ondersteunend leiderschap", "Consultatief leiderschap"]),
    ("Sneller besluiten bij afwijkingen in de chemische analyse", Status.PLANNED,
     ["Persoonlijk eigenaarschap", "Operationele sturing"]),
    ("Incidentreview binnen 48 uur", Status.ACTIVE, ["Risicomanagement", "Kennisdeling"]),
    ("Bezoek en benchmark bij een zusterfabriek", Status.IDEA,
     ["Benutten van externe ideeën", "Inzicht in concurrentie"]),
    ("Open gesprek over werkdruk in de ploegendienst", Status.PLANNED,
     ["Open en vertrouwensvol", "Ondersteunend leiderschap"]),
    ("Digitaal logboek in plaats van schriftjes", Status.STOPPED,
     ["Operationeel gedisciplineerd", "Kennisdeling"]),
    ("Training probleemoplossen (A3) voor ploegleiders", Status.IDEA,
     ["Talentontwikkeling", "Procesgebonden capaciteiten"]),
    ("Specialist inhuren voor advies over de vuurvaste bekleding", Status.IDEA,
     ["Ingehuurde expertise"]),
]

TRANSITION = [
    ("T01", "CTD Synergie: centrale intake van werkaanvragen", "TI", "R2", Status.EMBEDDED,
     ["Operationele sturing", "Rolhelderheid"]),
    ("T02", "CTD Synergie: centrale werkvoorbereiding", "TI", "R2", Status.DONE,
     ["Procesgebonden capaciteiten", "Professionele standaarden"]),
    ("T03", "CTD Synergie: centrale planning van de technische capaciteit", "TP", "R3",
     Status.DONE, ["Operationele sturing", "Financiële sturing"]),
    ("T04", "CTD Synergie: centrale afhandeling en terugkoppeling aan de aanvrager", "TA", "R5",
     Status.ACTIVE, ["Klantgerichtheid", "Operationele sturing"]),
    ("T05", "Lijnmanagers ontlasten in de eerste vier maanden van de transitie", "TD", "R1",
     Status.DONE, ["Ondersteunend leiderschap"]),
]

TRANSITION_TEAMS = {"T01": ["R2", "TW1", "TW3"], "T02": ["R2", "TW1", "TW3", "R4"],
                    "T03": ["R3", "TW2", "R4"], "T04": ["R5", "R2", "TW2"],
                    "T05": ["R1", "R2", "R3", "R4", "R5", "PC"]}

GOALS = [
    ("G1", "Staalbedrijf: veilig, betrouwbaar en kostenbewust produceren", GoalLevel.CORPORATE,
     None, None, ["Richting"]),
    ("G2", "OSF2: het Organizational Health-model van hoog tot laag toepassen", GoalLevel.SITE,
     "G1", "F1", ["Innovatie en leren", "Richting"]),
    ("G3", "CTD: de beschikbare technische capaciteit optimaal inzetten", GoalLevel.SITE, "G1",
     "R1", ["Coördinatie en beheersing"]),
    ("G4", "Secundaire metallurgie: verbeteren vanuit de eigen invloed", GoalLevel.PROCESS, "G2",
     "F2", ["Aanspreekbaarheid"]),
    ("G5", "CTD: intake, voorbereiding, planning en afhandeling centraal", GoalLevel.PROCESS, "G3",
     "R1", ["Coördinatie en beheersing"]),
    ("G6", "Jaarplan 2023: verbeteringen geïnventariseerd, opgepakt en geborgd", GoalLevel.YEAR,
     "G4", "F2", ["Innovatie en leren"]),
]

INDICATORS = [
    ("IND1", "Doorlooptijd werkaanvraag van intake tot afhandeling", "TD",
     "Coördinatie en beheersing", Dir.LOWER, "dagen", 21, 14, 7),
    ("IND2", "Werkaanvragen via de centrale intake", "TI", "Coördinatie en beheersing", Dir.HIGHER,
     "%", 35, 80, 100),
    ("IND3", "Overuren lijnmanagers CTD", "TD", "Leiderschap", Dir.LOWER, "uur per week", 12, 6, 4),
    ("IND4", "Verbeteringen geborgd in de sectie", "SM", "Innovatie en leren", Dir.HIGHER,
     "aantal", 0, 5, 15),
    ("IND5", "Charges met eindtemperatuur binnen het venster", "SM", "Capaciteiten", Dir.HIGHER,
     "%", 82, 88, 93),
]

LESSONS = [
    ("2022-10-06", "T05", "R3", "Lijnmanagers zaten de eerste weken vooral werkaanvragen na te "
     "jagen.", "De transitiedruk kwam bij de lijn terecht in plaats van bij het nieuwe proces.",
     "De procescoach nam de dagelijkse afstemming met de intake tijdelijk over.",
     "Benoem vooraf wie de eerste maanden de ruis van de lijn weghoudt.", "Leiderschap",
     ["TD", "BX"]),
    ("2022-11-17", "T01", "R2", "Aanvragers belden nog rechtstreeks hun vaste monteur.",
     "Oude routines zijn sterker dan het nieuwe proces; weerstand is vooral gewoonte.",
     "Elke directe aanvraag vriendelijk terugverwijzen naar de intake en de reden uitleggen.",
     "Maak de leerervaringen objectief: laat cijfers over de intake zien, geen meningen.",
     "Coördinatie en beheersing", ["TD", "OSF"]),
    ("2023-02-09", "V01", "VT1", "Het verbeterteam kende het model, maar gebruikte het niet in "
     "het dagelijks handelen.", "Theorie zonder toepassing beklijft niet.",
     "Klein beginnen bij één sectie en elke verbetering samen plotten in het model.",
     "Start in één sectie en laat de sectie zelf haar verbeteringen in het model plaatsen.",
     "Innovatie en leren", ["LC", "F1"]),
    ("2023-03-09", None, "VT2", "Van de 25 verbeteringen raken er 9 Coördinatie en beheersing en "
     "maar 2 Motivatie en 2 Leiderschap.", "De sectie denkt vooral in procesbeheersing, minder "
     "in mensen.",
     "In de volgende teamsessie bewust zoeken naar verbeteringen voor Motivatie en Richting.",
     "Laat het model de blinde vlekken zien; dat overtuigt meer dan een betoog.",
     "Motivatie", ["SM", "LC"]),
    ("2023-04-13", "S09", "PL2", "Het ideeënbord hing vol, maar niemand pakte de ideeën op.",
     "Zonder eigenaar en terugkoppeling wordt een ideeënbord een klaagmuur.",
     "Gestopt; ideeën gaan nu via de dagstart met een vaste eigenaar.",
     "Geen ideeën verzamelen zonder vaste tijd om ze te beantwoorden.", "Innovatie en leren",
     ["SM", "CV"]),
    ("2023-05-11", "S02", "F2", "De dagstart wordt nu door de ploegleiders zelf geleid.",
     "De verbetering is geborgd; de sectie ziet haar eigen invloed.",
     "Dagstart als voorbeeld inbrengen in de leercirkel voor de sectie Continugieten.",
     "Borgen = de trekker kan wegblijven en het gebeurt toch.", "Coördinatie en beheersing",
     ["LC", "CG", "F4"]),
    ("2023-06-08", "V01", "BX", "In de leercirkel leren ploegleiders meer van elkaar dan van ons.",
     "Verbinding tussen trajecten maakt het leren blijvend.",
     "Leercirkel uitbreiden met een ploegleider van Converters.",
     "Laat elke leercirkel eindigen met één tip voor het draaiboek.", "Innovatie en leren",
     ["LC", "F3", "OSF"]),
]


def build() -> Programme:
    """The programme of case 002, the same on every run."""
    rng = random.Random(SEED)
    names = NameMaker(rng)
    people = [person(i, names(), r, u, m, DOMAIN, ["verbeterteam"] if i in TEAM else [])
              for i, r, u, m in STAFF]
    people.append(person("PC", names(), "procescoach (extern)", None, None, None, ["extern"]))
    section_people = [p.id for p in people if p.unit == "SM"]
    initiatives: list[Initiative] = []
    start0 = d("2023-01-16")
    for k, (title, status, practices) in enumerate(SECTION, start=1):
        start = None if status is Status.IDEA else start0 + dt.timedelta(days=rng.randint(14, 120))
        end = None
        if status in (Status.DONE, Status.EMBEDDED, Status.STOPPED) and start is not None:
            end = start + dt.timedelta(days=rng.randint(30, 100))
        if status is Status.PLANNED and start is not None:
            start += dt.timedelta(days=150)
        owner = rng.choice(["F2", "PL1", "PL2", "PL3", "PL4", "PL5", "OP1", "OP4"])
        team = sorted({owner, *rng.sample(section_people, 2)})
        initiatives.append(Initiative(
            id=f"S{k:02d}", title=title, unit="SM", owner=owner, status=status,
            practices=practices, goal="G6", start=start, end=end,
            participants=[] if status is Status.IDEA else team,
            description="Uit de inventarisatie van potentiële verbeteringen (teamsessie januari "
                        "2023)."))
    for i, t, u, o, s, pr in TRANSITION:
        initiatives.append(Initiative(
            id=i, title=t, unit=u, owner=o, status=s, practices=pr, goal="G5",
            start=d("2022-09-01"), end=None if s is Status.ACTIVE else d("2022-12-23"),
            participants=TRANSITION_TEAMS[i]))
    initiatives.append(Initiative(
        id="V01", title="Draaiboek Organizational Health OSF2: van missie en visie tot borging",
        unit="OSF", owner="VT1", status=Status.ACTIVE, practices=["Kennisdeling", "Gedeelde visie"],
        outcomes=["Richting"], goal="G2", start=d("2023-01-09"), participants=[*TEAM, "PC", "BX"],
        description="Praktische tips en trucs uit de trajecten, opgeschreven voor de hele OSF2.",
        impact="Draaiboek voor alle secties"))
    leercirkel = [*TEAM, "PC", "BX", "F2", "PL1", "PL3", "OP1", "R2", "R4"]
    groups = [
        Group(id="VT", type="improvement_team", members=[
            Membership(person="VT1", role="trekker"), Membership(person="VT2", role="lid"),
            Membership(person="VT3", role="lid"), Membership(person="PC", role="procescoach"),
            Membership(person="BX", role="veranderkundige")]),
        Group(id="LC", type="learning_circle", members=[
            Membership(person=p, role="begeleider" if p in ("PC", "BX") else "deelnemer")
            for p in leercirkel]),
    ]
    relations = [Relation(source="PC", target=t, type="coaches", since=d("2022-09-01"))
                 for t in ["R2", "R3", "R4", "R5"]]
    relations += [Relation(source="PC", target=t, type="coaches", since=d("2023-01-09"))
                  for t in TEAM]
    relations += [Relation(source="BX", target=t, type="advises", since=d("2023-01-09"))
                  for t in [*TEAM, "F2"]]
    seen: set[tuple[str, str]] = set()
    for _ in range(14):
        a, b = sorted(rng.sample(leercirkel, 2))
        if (a, b) in seen:
            continue
        seen.add((a, b))
        relations.append(Relation(source=a, target=b, type="works_with",
                                  since=d("2023-03-01") + dt.timedelta(days=rng.randint(0, 100)),
                                  weight=float(rng.randint(1, 3))))
    events = _events(rng, section_people, leercirkel)
    indicators = [Indicator(id=i, name=n, unit=u, outcome=o, direction=dr, scale=sc, baseline=b,
                            impulse=im, ambition=a) for i, n, u, o, dr, sc, b, im, a in INDICATORS]
    measurements = []
    months = ["2022-10-31", "2022-12-31", "2023-02-28", "2023-04-30", "2023-06-30"]
    for ind in indicators:
        assert ind.baseline is not None and ind.impulse is not None
        first = 0 if ind.unit in ("TD", "TI") else 2
        for k, m in enumerate(months[first:], start=1):
            share = min(1.1, k / (len(months) - first)) * rng.uniform(0.8, 1.05)
            value = ind.baseline + (ind.impulse - ind.baseline) * share
            shown = float(round(value)) if ind.scale == "aantal" else round(value, 1)
            measurements.append(Measurement(indicator=ind.id, date=d(m), value=shown,
                                            source="CTD-dashboard" if first == 0 else
                                            "sectierapportage"))
    lessons = [Lesson(id=f"L{k:02d}", date=d(dt_), initiative=ini, author=a, observation=o,
                      meaning=m, action=ac, tip=tp, outcome=oc, shared_with=sw)
               for k, (dt_, ini, a, o, m, ac, tp, oc, sw) in enumerate(LESSONS, start=1)]
    goals = [Goal(id=i, title=t, level=lv, parent=p, owner=o, outcomes=oc)
             for i, t, lv, p, o, oc in GOALS]
    info = ProgrammeInfo(
        name="Organizational Health OSF2 en CTD Synergie",
        organisation="Staalbedrijf IJmond-Noord",
        mission="Het Organizational Health-model pragmatisch en toepasbaar maken, van hoog tot laag "
                "in de OSF2, zodat verbetertrajecten een lerend en blijvend effect hebben.",
        vision="Een staalfabriek waar de lijn, met praktische begeleiding, de strategie van de "
               "OSF2 zelf vertaalt naar succesvolle en geborgde verbeteringen.",
        model="ohi-2011", baseline_year=2022, impulse_year=2023, ambition_year=2025, language="nl")
    return Programme(info=info, units=[Unit(id=i, name=n, parent=p) for i, n, p in UNITS],
                     people=people, goals=goals, initiatives=initiatives, relations=relations,
                     groups=groups, events=events, indicators=indicators,
                     measurements=measurements, lessons=lessons)


def _events(rng: random.Random, section: list[str], circle: list[str]) -> list[Event]:
    out: list[Event] = []
    for k, day in enumerate(weekdays_from(d("2022-09-05"), 8, 14, rng, jitter=2), start=1):
        lm = ["R2", "R3", "R4", "R5"][(k - 1) % 4]
        out.append(Event(id=f"CO{k}", title="Coaching lijnmanager tijdens de transitie",
                         type="coaching", date=day, status=EventStatus.HELD,
                         facilitator="procescoach", attendees=[lm, "PC"], initiative="T05"))
    topics = ["Het model opfrissen: uitkomsten en praktijken", "Inventarisatie sectie: 25 "
              "potentiële verbeteringen", "Plotten in het model: waar zitten de gaten?",
              "Van analyse naar aanpak: methoden per praktijk", "Borgen: wanneer is iets geborgd?",
              "Draaiboek: opzet en eerste hoofdstukken", "Draaiboek: tips uit de leercirkel",
              "Evaluatie eerste halfjaar"]
    for k, (day, topic) in enumerate(zip(weekdays_from(d("2023-01-10"), 8, 21, rng), topics),
                                     start=1):
        planned = day > d("2023-06-15")
        out.append(Event(id=f"TS{k}", title=f"Teamsessie verbeterteam: {topic}", type="coaching",
                         group="VT", date=day,
                         status=EventStatus.PLANNED if planned else EventStatus.HELD,
                         facilitator="procescoach en veranderkundige",
                         attendees=[] if planned else attend(rng, [*TEAM, "PC", "BX"], 0.1),
                         initiative="V01"))
    for k, day in enumerate(weekdays_from(d("2023-01-25"), 3, 28, rng), start=1):
        out.append(Event(id=f"SS{k}", title=f"Sectiesessie secundaire metallurgie {k}",
                         type="werksessie", date=day, status=EventStatus.HELD,
                         facilitator="verbeterteam",
                         attendees=[*attend(rng, section, 0.2), "VT1", "VT2"],
                         initiative="V01"))
    statuses = [EventStatus.HELD] * 4 + [EventStatus.CANCELLED, EventStatus.PLANNED]
    for k, (day, st) in enumerate(zip(weekdays_from(d("2023-02-16"), 6, 28, rng), statuses),
                                  start=1):
        out.append(Event(id=f"LC{k}", title=f"Leercirkel {k}", type="learning_circle", group="LC",
                         date=day, status=st, facilitator="veranderkundige",
                         attendees=attend(rng, circle, 0.15) if st is EventStatus.HELD else []))
    return out
