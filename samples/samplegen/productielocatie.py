"""Case 000: leadership development of the MT at a production site of a multinational."""

from __future__ import annotations

import random

from ohtrack.domain import Direction as Dir
from ohtrack.domain import (
    DevelopmentPoint,
    DevelopmentStatus,
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
    ProfileScore,
    Programme,
    ProgrammeInfo,
    Relation,
    ScoreSource,
    Status,
    Theme,
    Unit,
)
from samplegen.common import NameMaker, d, person, workday

SEED = 0
DOMAIN = "rijnoever.meridaan.example"
COACH_NAME = "Marjolein Terwisscha"

UNITS = [
    ("RO", "Locatie Rijnoever", None), ("PRD", "Productie", "RO"), ("EXT", "Extrusie", "PRD"),
    ("SPG", "Spuitgieten", "PRD"), ("TD", "Technische Dienst", "RO"),
    ("LOG", "Planning & Logistiek", "RO"), ("KGV", "Kwaliteit, Gezondheid & Veiligheid", "RO"),
    ("HR", "HR", "RO"), ("FIN", "Finance & Control", "RO"),
]

#: id, role, unit, manager; the site manager (locatiedirecteur) leads the MT.
STAFF = [
    ("P01", "locatiedirecteur", "RO", None), ("P02", "productiemanager", "PRD", "P01"),
    ("P03", "manager technische dienst", "TD", "P01"),
    ("P04", "manager planning & logistiek", "LOG", "P01"), ("P05", "manager KGV", "KGV", "P01"),
    ("P06", "HR-manager", "HR", "P01"), ("P07", "controller", "FIN", "P01"),
    ("P08", "teamleider extrusie", "EXT", "P02"), ("P09", "teamleider spuitgieten", "SPG", "P02"),
    ("P10", "werkvoorbereider", "TD", "P03"), ("P11", "teamleider expeditie", "LOG", "P04"),
]
MT = ["P01", "P02", "P03", "P04", "P05", "P06", "P07"]

GOALS = [
    ("C1", "Meerjarenplan concern: veiligheid als eerste prioriteit", GoalLevel.CORPORATE, None, None,
     ["Waardering door medewerkers"]),
    ("C2", "Meerjarenplan concern: kostprijs per ton 12% lager in 2026", GoalLevel.CORPORATE, None,
     None, ["Eindresultaten"]),
    ("C3", "Meerjarenplan concern: levertrouw 98% voor kernklanten", GoalLevel.CORPORATE, None, None,
     ["Waardering door klanten en partners"]),
    ("C4", "Meerjarenplan concern: leiderschap en betrokken medewerkers als basis",
     GoalLevel.CORPORATE, None, None, ["Leiderschap"]),
    ("S1", "Rijnoever: nul verzuimongevallen en een zichtbare veiligheidscultuur", GoalLevel.SITE,
     "C1", "P01", ["Waardering door medewerkers"]),
    ("S2", "Rijnoever: OEE op de extrusielijnen van 68% naar 78%", GoalLevel.SITE, "C2", "P01",
     ["Eindresultaten"]),
    ("S3", "Rijnoever: 70% van het onderhoud gepland uitvoeren", GoalLevel.SITE, "C2", "P01",
     ["Management van middelen"]),
    ("S4", "Rijnoever: levertrouw 98% door één betrouwbare planning", GoalLevel.SITE, "C3", "P01",
     ["Waardering door klanten en partners"]),
    ("S5", "Rijnoever: een MT dat eenduidig en beheerst stuurt op het jaarplan", GoalLevel.SITE,
     "C4", "P01", ["Leiderschap"]),
    ("K1", "Kernproces produceren: stabiele lijnen, minder omstelverlies", GoalLevel.PROCESS, "S2",
     "P02", ["Management van processen"]),
    ("K2", "Kernproces onderhouden: van storing naar gepland onderhoud", GoalLevel.PROCESS, "S3",
     "P03", ["Management van processen", "Management van middelen"]),
    ("K3", "Kernproces plannen en leveren: één planning van order tot expeditie", GoalLevel.PROCESS,
     "S4", "P04", ["Management van processen"]),
    ("K4", "Kernproces veilig werken: melden, leren, verbeteren", GoalLevel.PROCESS, "S1", "P05",
     ["Management van medewerkers"]),
    ("K5", "Kernproces mensen ontwikkelen: vakmanschap en inzetbaarheid", GoalLevel.PROCESS, "S5",
     "P06", ["Management van medewerkers"]),
    ("K6", "Leiding geven aan de verandering: prioriteren, in gesprek gaan, escaleren",
     GoalLevel.PROCESS, "S5", "P01", ["Leiderschap"]),
    ("J1", "Jaarplan 2024: omsteltijd extrusie 25% korter", GoalLevel.YEAR, "K1", "P02",
     ["Management van processen"]),
    ("J2", "Jaarplan 2024: dagstart en weekreview op alle lijnen", GoalLevel.YEAR, "K1", "P02",
     ["Management van processen"]),
    ("J3", "Jaarplan 2024: preventief onderhoudsplan voor de 20 kritieke installaties",
     GoalLevel.YEAR, "K2", "P03", ["Management van middelen"]),
    ("J4", "Jaarplan 2024: wekelijks S&OP-overleg productie en logistiek", GoalLevel.YEAR, "K3",
     "P04", ["Management van processen"]),
    ("J5", "Jaarplan 2024: maandelijks veiligheidsgesprek in elk team", GoalLevel.YEAR, "K4", "P05",
     ["Management van medewerkers"]),
    ("J6", "Jaarplan 2024: ontwikkelafspraak met iedere medewerker", GoalLevel.YEAR, "K5", "P06",
     ["Management van medewerkers"]),
    ("J7", "Jaarplan 2024: MT stuurt maandelijks op de voortgang van het jaarplan", GoalLevel.YEAR,
     "K6", "P01", ["Leiderschap", "Strategie en beleid"]),
]

#: id, title, unit, owner, status, practices, goal, start, end, participants, description
INITIATIVES = [
    ("I01", "Werksessies MT: meerjarenplan vertalen naar locatie en kernprocessen", "RO", "P01",
     Status.DONE, ["Ontwikkelen en herijken van beleid", "Vertalen en communiceren van beleid"], "S5",
     "2023-09-05", "2023-11-28", MT,
     "In vier werksessies het corporate meerjarenplan vertaald naar Rijnoever, de kernprocessen "
     "en een hoog-over jaarplan 2024."),
    ("I02", "Leiderschapsprofiel: samen doornemen en kiezen waaraan we werken", "RO", "P01",
     Status.DONE, ["Richting geven", "Voorbeeldgedrag"], "K6", "2023-11-28", "2024-01-16", MT,
     "Wat vraagt het jaarplan van het MT? Het profiel besproken en per MT-lid twee ontwikkelpunten "
     "gekozen."),
    ("I03", "Prioriteren: MT-agenda met een top-5 per kwartaal en een stoplijst", "RO", "P01",
     Status.ACTIVE, ["Richting geven", "Inzicht in eigen prestaties"], "J7", "2024-01-16", None, MT,
     "Constant prioriteiten stellen om overloop van agenda's voor te zijn."),
    ("I04", "Structureel in gesprek met de eigen mensen over verwachtingen en praktijk", "PRD",
     "P02", Status.ACTIVE, ["Dialoog en communicatie", "Betrekken en ruimte geven"], "J6",
     "2024-02-01", None, ["P02", "P03", "P04", "P08", "P09", "P11"],
     "Maandelijks werkoverleg en tweewekelijkse één-op-ééngesprekken met de eigen teamleiders."),
    ("I05", "Hulpstructuren: dagstart, weekreview en A3 voor eenduidig werken", "PRD", "P02",
     Status.ACTIVE, ["Ontwerpen en beheersen van processen", "Informatie en kennis"], "J2",
     "2024-02-12", None, ["P02", "P08", "P09", "P10"],
     "Dezelfde overlegstructuur en formats op alle lijnen, zodat de locatie eenduidig werkt."),
    ("I06", "Escalatieladder: tijdig escaleren om de voortgang veilig te stellen", "RO", "P04",
     Status.ACTIVE, ["Ontwerpen en beheersen van processen", "Stimuleren van verbetering"], "J7",
     "2024-03-04", None, ["P01", "P02", "P03", "P04"],
     "Afspraken wanneer een knelpunt van lijn naar MT gaat en wie binnen 24 uur besluit."),
    ("I07", "Individuele coaching van MT-leden op hun eigen ontwikkelpunten", "RO", "P06",
     Status.ACTIVE, ["Ontwikkelen van kennis en vaardigheden", "Voorbeeldgedrag"], "K6",
     "2024-01-22", None, MT, "Begeleiding waar nodig, met praktijkvoorbeelden als motor."),
    ("I08", "Omstellen extrusielijn 3 in de helft van de tijd", "EXT", "P08", Status.ACTIVE,
     ["Verbeteren van processen", "Efficiëntie en productiviteit"], "J1", "2024-03-18", None,
     ["P02", "P08", "P10"], "Omsteltijd analyseren en interne omstelstappen extern maken."),
    ("I09", "Preventief onderhoudsplan voor de kritieke installaties", "TD", "P03", Status.PLANNED,
     ["Gebouwen, apparatuur en materialen", "Verbeteren van processen"], "J3", "2024-09-02", None,
     ["P03", "P10"], None),
    ("I10", "Wekelijks S&OP-overleg productie en logistiek", "LOG", "P04", Status.DONE,
     ["Leveren van producten en diensten", "Klantindicatoren"], "J4", "2024-01-08",
     "2024-06-28", ["P02", "P04", "P11"], "Eén planning van order tot expeditie."),
    ("I11", "Veiligheidsgesprek in elk team", "KGV", "P05", Status.EMBEDDED,
     ["Waardering en zorg", "Verzuim en verloop"], "J5", "2023-10-02", "2024-04-30",
     ["P05", "P08", "P09", "P11"], "Maandelijks, geleid door de teamleider, vast op de agenda."),
    ("I12", "Ontwikkelafspraken voor alle medewerkers", "HR", "P06", Status.PLANNED,
     ["Ontwikkelen van kennis en vaardigheden", "Personeelsplanning"], "J6", "2024-10-01", None,
     ["P06"], None),
    ("I13", "MT-reflectie: hoe functioneren wij samen als team?", "RO", "P01", Status.IDEA, [], "K6",
     None, None, [], "Idee uit de sessie van juni: jaarlijks een teamreflectie met externe blik."),
]

#: date, initiative, author, observation, meaning, action, tip, outcome, shared with
LESSONS = [
    ("2024-02-13", "I03", "P01",
     "De MT-agenda loopt elke week over; besluiten schuiven door naar de volgende week.",
     "We zeggen overal ja op en maken geen keuzes; urgent verdringt belangrijk.",
     "Top-5 per kwartaal vastgesteld en een stoplijst bijgehouden in het MT-overleg.",
     "Begin elk MT-overleg met de vraag: wat laten we deze week bewust liggen?", "Leiderschap",
     ["MT"]),
    ("2024-03-12", "I04", "P02",
     "Teamleiders hoorden de jaarplandoelen pas via het prikbord.",
     "Verwachtingen zijn niet uitgesproken; mensen vullen zelf in wat het MT wil.",
     "Elk MT-lid voert maandelijks een gesprek met de eigen mensen over verwachtingen en de "
     "praktijk van alledag.", "Gebruik een vast formatje van drie vragen, niet meer.",
     "Management van medewerkers", ["MT", "PRD"]),
    ("2024-04-09", "I05", "P08",
     "Elke lijn had een eigen dagstart met eigen borden en cijfers.",
     "Zonder gedeelde hulpstructuur is er geen eenduidig beeld van de locatie.",
     "Eén dagstartformat en één weekreview voor alle lijnen ingevoerd.",
     "Laat de teamleiders het format zelf ontwerpen; dan gebruiken ze het ook.",
     "Management van processen", ["PRD", "TD"]),
    ("2024-05-14", "I06", "P04",
     "Een storing op de verpakkingslijn bleef drie dagen liggen tussen TD en logistiek.",
     "Niemand voelde zich eigenaar om op te schalen; escaleren voelde als falen.",
     "Escalatieladder met termijnen afgesproken en in het MT besproken als normaal gedrag.",
     "Escaleren is geen klagen: benoem wat je nodig hebt en van wie.", "Leiderschap",
     ["MT", "LOG"]),
    ("2024-06-11", "I07", "P03",
     "In de coaching kwam steeds hetzelfde praktijkvoorbeeld terug: zelf het werk overnemen.",
     "Onder druk val ik terug op vakmanschap in plaats van leiding geven.",
     "Wekelijks één taak bewust teruggeven aan de werkvoorbereider.",
     "Gebruik een praktijkvoorbeeld van deze week als start van elke coachsessie.", "Leiderschap",
     ["P06"]),
    ("2024-09-10", "I03", "P07",
     "Na de zomer is de top-5 ongemerkt een top-9 geworden.",
     "Prioriteren is geen eenmalige actie maar een gewoonte die onderhoud vraagt.",
     "Ieder kwartaal een korte herijking van de top-5 met de controller als bewaker.",
     "Maak één MT-lid eigenaar van de prioriteitenlijst.", "Strategie en beleid", ["MT"]),
    ("2024-10-08", "I11", "P05",
     "Het veiligheidsgesprek wordt inmiddels zonder MT-lid door teams zelf gevoerd.",
     "De structuur is geborgd; eigenaarschap ligt in de teams.",
     "Aanpak overdragen als voorbeeld voor de ontwikkelafspraken van HR.",
     "Borgen lukt als het gesprek in het bestaande ritme van de ploeg past.",
     "Management van medewerkers", ["HR", "KGV"]),
]

INDICATORS = [
    ("IND1", "OEE extrusielijnen", "EXT", "Eindresultaten", Dir.HIGHER, "%", 68, 72, 78),
    ("IND2", "Gepland onderhoud als deel van alle onderhoudsuren", "TD", "Management van middelen",
     Dir.HIGHER, "%", 55, 62, 70),
    ("IND3", "Levertrouw kernklanten", "LOG", "Waardering door klanten en partners", Dir.HIGHER,
     "%", 91, 95, 98),
    ("IND4", "Verzuimongevallen (voortschrijdend jaar)", "RO", "Waardering door medewerkers",
     Dir.LOWER, "aantal", 4, 2, 0),
    ("IND5", "Teams met maandelijks werkoverleg volgens afspraak", "RO",
     "Management van medewerkers", Dir.HIGHER, "%", 40, 75, 100),
    ("IND6", "MT-actiepunten op tijd afgerond", "RO", "Leiderschap", Dir.HIGHER, "%", 55, 75, 90),
]

QUARTERS = ["2024-03-31", "2024-06-30", "2024-09-30"]

#: The MT's leadership profile (what the year plan asks of the MT), as discussed in I02.
THEMES = [
    ("prioriteren", "Prioriteren", "Constant prioriteiten stellen om overloop van agenda's voor te "
     "zijn."),
    ("in-gesprek", "In gesprek met de eigen mensen", "Structureel in gesprek gaan met de eigen "
     "mensen over verwachtingen en de praktijk van alledag."),
    ("eenduidig", "Eenduidig werken", "Hulpstructuren gebruiken om binnen de locatie eenduidig te "
     "werken."),
    ("escaleren", "Escaleren", "Tijdig escaleren als dat nodig is om de voortgang veilig te "
     "stellen."),
    ("beschouwen", "Beschouwen", "Stilstaan bij wat er gebeurt: hoe gaat het proces, wat zien we, "
     "wat zegt dit en wat doen we ermee."),
]
#: Per MT member the two development points chosen in January 2024: (theme, action, status).
DEVELOPMENT = {
    "P01": [("prioriteren", "De MT-agenda elke week op de top-5 toetsen", DevelopmentStatus.DONE),
            ("beschouwen", "Na elk MT-overleg tien minuten terugkijken: wat zagen we?",
             DevelopmentStatus.IN_PROGRESS)],
    "P02": [("in-gesprek", "Maandelijks een gesprek met elke teamleider over verwachtingen",
             DevelopmentStatus.DONE),
            ("escaleren", "Knelpunten binnen 24 uur bij het MT leggen", DevelopmentStatus.IN_PROGRESS)],
    "P03": [("in-gesprek", "Werk bewust teruggeven aan de werkvoorbereider en erover in gesprek",
             DevelopmentStatus.IN_PROGRESS),
            ("prioriteren", "Storingen en gepland onderhoud samen wegen in de weekplanning",
             DevelopmentStatus.OPEN)],
    "P04": [("escaleren", "De escalatieladder gebruiken en uitleggen aan de teams",
             DevelopmentStatus.DONE),
            ("eenduidig", "Eén planning van order tot expeditie bewaken", DevelopmentStatus.DONE)],
    "P05": [("eenduidig", "Het veiligheidsgesprek in elk team in hetzelfde format",
             DevelopmentStatus.DONE),
            ("beschouwen", "Incidenten nabespreken met de vraag: wat zegt dit?",
             DevelopmentStatus.IN_PROGRESS)],
    "P06": [("in-gesprek", "Ontwikkelgesprekken voorbereiden met de teamleiders",
             DevelopmentStatus.IN_PROGRESS),
            ("prioriteren", "Maximaal drie HR-projecten tegelijk", DevelopmentStatus.STOPPED)],
    "P07": [("prioriteren", "Bewaker van de prioriteitenlijst van het MT", DevelopmentStatus.DONE),
            ("escaleren", "Afwijkingen in de maandcijfers meteen melden", DevelopmentStatus.OPEN)],
}


def build() -> Programme:
    """The programme of case 000, the same on every run."""
    rng = random.Random(SEED)
    names = NameMaker(rng)
    units = [Unit(id=i, name=n, parent=p) for i, n, p in UNITS]
    people = [person(pid, names(), role, unit, mgr, DOMAIN, ["MT"] if pid in MT else [])
              for pid, role, unit, mgr in STAFF]
    people.append(person("P12", COACH_NAME, "procesbegeleider (extern)", None, None, None,
                         ["extern"]))
    goals = [Goal(id=i, title=t, level=lv, parent=p, owner=o, outcomes=oc)
             for i, t, lv, p, o, oc in GOALS]
    initiatives = [
        Initiative(id=i, title=t, unit=u, owner=o, status=s, practices=pr,
                   outcomes=[] if pr else ["Leiderschap"], goal=g,
                   start=d(st) if st else None, end=d(en) if en else None,
                   participants=list(pa), description=ds)
        for i, t, u, o, s, pr, g, st, en, pa, ds in INITIATIVES]
    relations = [Relation(source="P12", target=m, type="coaches", since=d("2024-01-22"))
                 for m in MT]
    relations += [Relation(source="P06", target="P01", type="advises", since=d("2021-05-01")),
                  Relation(source="P07", target="P01", type="advises", since=d("2022-02-01"))]
    pairs = [("P02", "P03"), ("P02", "P04"), ("P03", "P04"), ("P04", "P05"), ("P05", "P02"),
             ("P06", "P02"), ("P07", "P04"), ("P08", "P09"), ("P08", "P10"), ("P09", "P11")]
    relations += [Relation(source=a, target=b, type="works_with",
                           since=d(f"20{rng.randint(19, 23)}-0{rng.randint(1, 9)}-01"),
                           weight=float(rng.randint(2, 5))) for a, b in pairs]
    groups = [Group(id="MT", type="managementteam",
                    members=[Membership(person=m, role="voorzitter" if m == "P01" else "MT-lid")
                             for m in MT])]
    events = _events(rng)
    indicators = [Indicator(id=i, name=n, unit=u, outcome=o, direction=dr, scale=sc,
                            baseline=b, impulse=im, ambition=a)
                  for i, n, u, o, dr, sc, b, im, a in INDICATORS]
    measurements = []
    for ind in indicators:
        assert ind.baseline is not None and ind.impulse is not None
        value = ind.baseline
        for q in QUARTERS:
            value += (ind.impulse - ind.baseline) / 3.4 * rng.uniform(0.7, 1.35)
            shown = float(round(value)) if ind.scale == "aantal" else round(value, 1)
            measurements.append(Measurement(indicator=ind.id, date=d(q), value=shown,
                                            source="maandrapportage locatie"))
    lessons = [Lesson(id=f"L{n:02d}", date=d(dt_), initiative=ini, author=a, observation=o,
                      meaning=m, action=ac, tip=tip, outcome=oc, shared_with=sw)
               for n, (dt_, ini, a, o, m, ac, tip, oc, sw) in enumerate(LESSONS, start=1)]
    info = ProgrammeInfo(
        name="Leiderschapsontwikkeling MT Rijnoever",
        organisation="Meridaan Kunststoffen, productielocatie Rijnoever",
        mission="Met een volwassen MT de ingrijpende veranderingen van de komende jaren beheerst "
                "en met positieve energie doorvoeren.",
        vision="Een organisatie die consistent leiderschap ervaart: drempels worden weggenomen, "
               "de juiste impulsen voor ontwikkeling worden gegeven en talenten op alle niveaus "
               "worden benut.",
        model="ink", baseline_year=2023, impulse_year=2024, ambition_year=2026, language="nl")
    points = [DevelopmentPoint(person=m, theme=t, action=a, status=st, date=d("2024-01-16"))
              for m in MT for t, a, st in DEVELOPMENT[m]]
    return Programme(info=info, units=units, people=people, goals=goals, initiatives=initiatives,
                     relations=relations, groups=groups, events=events, indicators=indicators,
                     measurements=measurements, lessons=lessons,
                     themes=[Theme(id=i, name=n, description=ds) for i, n, ds in THEMES],
                     profile_scores=_scores(), development_points=points)


def _scores() -> list[ProfileScore]:
    """Self-analysis of every MT member, and the site manager's view of the others, at the
    start (January 2024) and in October; the chosen themes grow most."""
    rng = random.Random(SEED * 1000 + 7)
    out: list[ProfileScore] = []
    for m in MT:
        chosen = {t for t, _a, _s in DEVELOPMENT[m]}
        for theme, _name, _desc in THEMES:
            start = rng.uniform(2.4, 3.6) - (0.4 if theme in chosen else 0.0)
            growth = rng.uniform(0.5, 1.0) if theme in chosen else rng.uniform(0.0, 0.4)
            sources = [ScoreSource.SELF] + ([ScoreSource.MANAGER] if m != "P01" else [])
            for source in sources:
                bias = 0.0 if source is ScoreSource.SELF else rng.uniform(-0.4, 0.2)
                for day, moment, value in (("2024-01-16", "intake", start),
                                           ("2024-10-15", "interim", start + growth)):
                    out.append(ProfileScore(person=m, theme=theme, date=d(day), source=source,
                                            moment=moment, score=round(min(5, max(1, value + bias)), 1)))
    return out


def _events(rng: random.Random) -> list[Event]:
    sessions = [
        ("2023-09-05", "Werksessie 1: het corporate meerjarenplan vertalen naar Rijnoever"),
        ("2023-10-03", "Werksessie 2: van locatiedoelen naar kernprocessen"),
        ("2023-10-31", "Werksessie 3: een hoog-over jaarplan 2024"),
        ("2023-11-28", "Werksessie 4: wat vraagt het jaarplan van het MT? (leiderschapsprofiel)"),
        ("2024-01-16", "Beschouwen: prioriteren en de MT-agenda"),
        ("2024-03-12", "Beschouwen: in gesprek met de eigen mensen"),
        ("2024-05-14", "Beschouwen: escaleren en hulpstructuren"),
        ("2024-06-11", "Beschouwen: halfjaarreview jaarplan"),
        ("2024-09-10", "Beschouwen: prioriteiten na de zomer"),
        ("2024-11-12", "Beschouwen: jaarplan 2025 voorbereiden"),
    ]
    out: list[Event] = []
    for n, (day, title) in enumerate(sessions, start=1):
        planned = day >= "2024-11-01"
        present = [] if planned else [m for m in MT if m == "P01" or rng.random() > 0.12]
        out.append(Event(id=f"WS{n:02d}", title=title, type="training", group="MT", date=d(day),
                         status=EventStatus.PLANNED if planned else EventStatus.HELD,
                         facilitator=COACH_NAME, attendees=present,
                         initiative="I01" if n <= 4 else "I03"))
    n = 0
    for m in MT[1:]:
        for month in rng.sample(["02", "03", "04", "05", "06", "09", "10"], 3):
            n += 1
            day = f"2024-{month}-{rng.randint(10, 27):02d}"
            out.append(Event(id=f"CO{n:02d}", title="Individuele coaching", type="coaching",
                             date=workday(d(day)), status=EventStatus.HELD, facilitator=COACH_NAME,
                             attendees=[m], initiative="I07"))
    return out
