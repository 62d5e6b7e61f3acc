"""The built-in sheets of the workbook, in workbook order."""

from __future__ import annotations

from typing import TypedDict

from ohtrack.domain import (
    Credential,
    DevelopmentPoint,
    Enrolment,
    Event,
    Goal,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Module,
    Person,
    ProfileScore,
    ProgrammeInfo,
    Relation,
    Route,
    Theme,
    Unit,
)
from ohtrack.workbook.contract.spec import Column, Sheet

C = Column


class Bounds(TypedDict):
    """The ``minimum`` and ``maximum`` of a number column."""

    minimum: float
    maximum: float


#: Years a programme can plan with: every accepted year works in every analysis.
YEARS = Bounds(minimum=1900, maximum=2200)
#: Amounts (indicator values, targets, weights) that every analysis can compute with.
AMOUNTS = Bounds(minimum=-1e12, maximum=1e12)
#: Hours of a module, counts of rules and months: never negative, never absurd.
HOURS = Bounds(minimum=0, maximum=10_000)
COUNTS = Bounds(minimum=0, maximum=1_000)
#: Profile scores on any usual scale (1-5, 1-10, 0-100).
SCORES = Bounds(minimum=0, maximum=100)

PROGRAMME = Sheet(
    "programme", "Programme", "Programma", required=True, shape="fields", model=ProgrammeInfo,
    help_en="Two columns: Field | Value. One row per field.",
    help_nl="Twee kolommen: Veld | Waarde. Eén rij per veld.",
    columns=(
        C("name", "name", "naam", required=True, help_en="Programme name", help_nl="Naam van het programma"),
        C("organisation", "organisation", "organisatie", aliases=("organization",),
          help_en="Organisation or site", help_nl="Organisatie of locatie"),
        C("mission", "mission", "missie", kind="prose", help_en="Mission", help_nl="Missie"),
        C("vision", "vision", "visie", kind="prose", help_en="Vision", help_nl="Visie"),
        C("model", "model", "model",
          help_en="Health model: ohi-2011, ohi-2024, ink, weisbord or custom (then fill the Model sheet)",
          help_nl="Gezondheidsmodel: ohi-2011, ohi-2024, ink, weisbord of custom (vul dan het blad Model)"),
        C("baseline_year", "baseline_year", "nulmeting_jaar", kind="int", **YEARS,
          help_en="Year of the current state", help_nl="Jaar van de nulmeting (waar staan we nu)"),
        C("impulse_year", "impulse_year", "impuls_jaar", kind="int", **YEARS,
          help_en="Year of the next push", help_nl="Jaar van de extra impuls"),
        C("ambition_year", "ambition_year", "ambitie_jaar", kind="int", **YEARS,
          help_en="Year of the ambition", help_nl="Jaar van de ambitie (excellent)"),
        C("language", "language", "taal", kind="vocab", vocab="language",
          help_en="nl or en: default language of exports", help_nl="nl of en: standaardtaal van exports"),
        C("stale_after", "stale_after", "verouderd_na", kind="int", minimum=1, maximum=240,
          help_en="Months after which an indicator's last value is stale (default 12)",
          help_nl="Maanden waarna de laatste waarde van een indicator verouderd is (standaard 12)"),
        C("trainer_credential", "trainer_credential", "praktijkopleider_certificaat",
          help_en="The credential a practice trainer holds, e.g. erkend praktijkopleider (SBB)",
          help_nl="Het certificaat van een praktijkopleider, bv. erkend praktijkopleider (SBB)"),
        C("candidate_credential", "candidate_credential", "kandidaat_certificaat",
          help_en="The credential candidates in practice learning work towards, e.g. "
                  "Praktijkverklaring MBO-1; each candidate needs a practice trainer",
          help_nl="Het certificaat waar kandidaten in praktijkleren naartoe werken, bv. "
                  "Praktijkverklaring MBO-1; elke kandidaat heeft een praktijkopleider"),
        C("trainer_min_candidates", "trainer_min_candidates", "praktijkopleider_min_kandidaten",
          kind="int", **COUNTS,
          help_en="Each practice trainer guides at least this many candidates (default 1)",
          help_nl="Elke praktijkopleider begeleidt minstens zoveel kandidaten (standaard 1)"),
        C("expiry_warning_months", "expiry_warning_months", "verloopt_binnen_maanden", kind="int",
          **COUNTS, help_en="Report credentials that expire within this many months (default 3)",
          help_nl="Meld certificaten die binnen zoveel maanden verlopen (standaard 3)"),
        C("contact_persons_max", "contact_persons_max", "contactpersonen_max", kind="int", **COUNTS,
          help_en="At most this many contact persons per candidate in guidance (e.g. 2)",
          help_nl="Hooguit zoveel contactpersonen per kandidaat in de begeleiding (bv. 2)"),
    ),
)

MODEL = Sheet(
    "model", "Model", "Model",
    help_en="Only for model = custom: one outcome per row with one of its practices.",
    help_nl="Alleen bij model = custom: per rij een uitkomst met een van haar praktijken.",
    columns=(
        C("outcome", "Outcome", "Uitkomst", required=True),
        C("practice", "Practice", "Praktijk"),
        C("description", "Description", "Omschrijving"),
    ),
)

UNITS = Sheet(
    "units", "Units", "Eenheden", model=Unit, entity="unit", id_field="id", name_field="name",
    help_en="Sections, departments, business units: a tree through Parent.",
    help_nl="Secties, afdelingen, bedrijfsonderdelen: een boom via Bovenliggend.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True),
        C("parent", "Parent", "Bovenliggend", kind="id", ref="unit",
          help_en="ID of the unit above", help_nl="ID van de bovenliggende eenheid"),
        C("level", "Level", "Niveau",
          help_en="What kind of unit: e.g. directorate, department, team (to map or compare "
                  "at one level of the tree)",
          help_nl="Soort eenheid: bv. dienst, afdeling, team (om op één niveau van de boom te "
                  "vergelijken)"),
    ),
)

PEOPLE = Sheet(
    "people", "People", "Personen", model=Person, entity="person", id_field="id", name_field="name",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True, personal="name"),
        C("role", "Role", "Rol", help_en="e.g. foreman, job coach", help_nl="bv. voorman, jobcoach"),
        C("unit", "Unit", "Eenheid", kind="id", ref="unit"),
        C("manager", "Manager", "Leidinggevende", kind="id", ref="person",
          help_en="Person ID", help_nl="ID van een persoon"),
        C("email", "Email", "Email", aliases=("e-mail",), personal="email"),
        C("tags", "Tags", "Tags", kind="multi"),
        C("learning_preference", "Learning preference", "Leervoorkeur",
          help_en="How the person likes to learn, e.g. reflecting, doing; learning groups are "
                  "composed on it", help_nl="Hoe iemand graag leert, bv. reflecteren, doen; "
                  "leergroepen worden erop samengesteld"),
    ),
)

GOALS = Sheet(
    "goals", "Goals", "Doelen", model=Goal, entity="goal", id_field="id", name_field="title",
    help_en="The cascade from corporate plan to year plan.",
    help_nl="De vertaling van concernplan naar jaarplan.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("title", "Title", "Titel", required=True),
        C("level", "Level", "Niveau", kind="vocab", vocab="goal_level",
          help_en="corporate, site, process, year", help_nl="concern, locatie, kernproces, jaarplan"),
        C("parent", "Parent", "Bovenliggend", kind="id", ref="goal"),
        C("owner", "Owner", "Eigenaar", kind="id", ref="person"),
        C("outcomes", "Outcomes", "Uitkomsten", kind="multi", ref="outcome"),
    ),
)

INITIATIVES = Sheet(
    "initiatives", "Initiatives", "Verbetertrajecten", required=True, model=Initiative,
    entity="initiative", id_field="id", name_field="title",
    help_en="The improvement initiatives, plotted on the health model.",
    help_nl="De verbetertrajecten, geplot op het gezondheidsmodel.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("title", "Title", "Titel", required=True),
        C("unit", "Unit", "Eenheid", kind="id", ref="unit", help_en="Unit ID or name",
          help_nl="ID of naam van de eenheid"),
        C("owner", "Owner", "Eigenaar", kind="id", ref="person"),
        C("status", "Status", "Status", kind="vocab", vocab="status"),
        C("outcomes", "Outcomes", "Uitkomsten", kind="multi", ref="outcome",
          help_en="Model outcomes, separated by ;", help_nl="Uitkomsten uit het model, gescheiden door ;"),
        C("practices", "Practices", "Praktijken", kind="multi", ref="practice",
          help_en="Model practices; a practice implies its outcome",
          help_nl="Praktijken uit het model; een praktijk hoort bij haar uitkomst"),
        C("goal", "Goal", "Doel", kind="id", ref="goal"),
        C("start", "Start", "Start", kind="date"),
        C("end", "End", "Einde", kind="date"),
        C("participants", "Participants", "Deelnemers", kind="multi", ref="person"),
        C("description", "Description", "Omschrijving", kind="prose"),
        C("impact", "Impact", "Impact", kind="cell"),
        C("survey", "Survey", "Enquête", kind="multi", aliases=("survey outcomes",),
          help_en="The survey outcomes or practices it answers, as the survey's Items sheet names "
                  "them; separated by ;",
          help_nl="De uitkomsten of praktijken uit de enquête waar het op antwoordt, zoals het blad "
                  "Vragen ze noemt; gescheiden door ;"),
    ),
)

RELATIONS = Sheet(
    "relations", "Relations", "Relaties", model=Relation,
    columns=(
        C("source", "From", "Van", kind="id", required=True, ref="person"),
        C("target", "To", "Naar", kind="id", required=True, ref="person"),
        C("type", "Type", "Type", kind="vocab", vocab="relation_type",
          help_en="reports_to, advises, coaches, works_with or any word",
          help_nl="rapporteert_aan, adviseert, coacht, werkt_samen of een eigen woord"),
        C("since", "Since", "Sinds", kind="date"),
        C("until", "Until", "Tot", kind="date"),
        C("weight", "Weight", "Gewicht", kind="float", **AMOUNTS),
    ),
)

GROUPS = Sheet(
    "groups", "Groups", "Groepen", shape="members", model=Group, member_model=Membership,
    entity="group", id_field="id",
    help_en="One row per member.", help_nl="Eén rij per lid.",
    columns=(
        C("id", "Group", "Groep", kind="id", required=True),
        C("type", "Type", "Type", kind="vocab", vocab="group_type"),
        C("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        C("role", "Role", "Rol"),
        C("since", "Since", "Sinds", kind="date",
          help_en="Member since (empty: from the group's first held event)",
          help_nl="Lid sinds (leeg: vanaf de eerste gehouden bijeenkomst van de groep)"),
        C("until", "Until", "Tot", kind="date", help_en="Member until (empty: still a member)",
          help_nl="Lid tot (leeg: nog steeds lid)"),
    ),
)

EVENTS = Sheet(
    "events", "Events", "Leermomenten", model=Event, entity="event", id_field="id", name_field="title",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("title", "Title", "Titel"),
        C("type", "Type", "Type", kind="vocab", vocab="event_type"),
        C("group", "Group", "Groep", kind="id", ref="group"),
        C("date", "Date", "Datum", kind="date"),
        C("status", "Status", "Status", kind="vocab", vocab="event_status"),
        C("facilitator", "Facilitator", "Begeleider"),
        C("attendees", "Attendees", "Aanwezigen", kind="multi", ref="person"),
        C("initiative", "Initiative", "Verbetertraject", kind="id", ref="initiative"),
        C("module", "Module", "Module", kind="id", ref="module",
          help_en="The module this is a session of: who enrolled is expected",
          help_nl="De module waarvan dit een bijeenkomst is: wie inschreef, wordt verwacht"),
    ),
)

ROUTES = Sheet(
    "routes", "Routes", "Leergangen", model=Route, entity="route", id_field="id", name_field="name",
    aliases=("learning routes", "leerroutes", "ontwikkelroutes"),
    help_en="The routes of the programme: modules for one audience; choose k of the electives.",
    help_nl="De leergangen van het programma: modules voor een doelgroep; kies k van de keuzemodules.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True),
        C("audience", "Audience", "Doelgroep", help_en="e.g. managers, employees",
          help_nl="bv. leidinggevenden, medewerkers"),
        C("electives", "Electives", "Keuzemodules", kind="int", **COUNTS,
          help_en="How many of the route's elective modules each participant chooses (k of n)",
          help_nl="Hoeveel van de keuzemodules van de leergang elke deelnemer kiest (k uit n)"),
        C("description", "Description", "Omschrijving", kind="prose"),
    ),
)

MODULES = Sheet(
    "modules", "Modules", "Modules", model=Module, entity="module", id_field="id", name_field="title",
    help_en="The modules of each route: form, hours, required or elective.",
    help_nl="De modules van elke leergang: werkvorm, uren, verplicht of keuze.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("route", "Route", "Leergang", kind="id", required=True, ref="route"),
        C("title", "Title", "Titel", required=True),
        C("form", "Form", "Werkvorm", kind="vocab", vocab="module_form"),
        C("kind", "Kind", "Soort", kind="vocab", vocab="module_kind",
          help_en="required: everyone on the route; elective: chosen (enrol in the module)",
          help_nl="verplicht: iedereen op de leergang; keuze: wie kiest (inschrijven op de module)"),
        C("hours", "Hours", "Uren", kind="float", **HOURS),
        C("description", "Description", "Omschrijving", kind="prose"),
        C("outcomes", "Outcomes", "Uitkomsten", kind="multi", ref="outcome",
          help_en="Outcomes (or practices) of the health model the module works on, separated by ;",
          help_nl="Uitkomsten (of praktijken) van het model waar de module aan werkt, gescheiden "
                  "door ;"),
    ),
)

ENROLMENTS = Sheet(
    "enrolments", "Enrolments", "Inschrijvingen", model=Enrolment,
    aliases=("enrollments",),
    help_en="Who signed up for which route or module, chosen with whom, and how far they are.",
    help_nl="Wie inschreef op welke leergang of module, gekozen met wie, en hoe ver iemand is.",
    columns=(
        C("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        C("route", "Route", "Leergang", kind="id", ref="route",
          help_en="A route: its required modules", help_nl="Een leergang: de verplichte modules"),
        C("module", "Module", "Module", kind="id", ref="module",
          help_en="One module (an elective, or a module on its own)",
          help_nl="Eén module (een keuzemodule, of een losse module)"),
        C("chosen_with", "Chosen with", "Gekozen met", kind="id", ref="person",
          help_en="Who the choice was made with, usually the manager",
          help_nl="Met wie de keuze is gemaakt, meestal de leidinggevende"),
        C("status", "Status", "Status", kind="vocab", vocab="enrolment_status"),
        C("date", "Date", "Datum", kind="date", help_en="Date of enrolment",
          help_nl="Datum van inschrijving"),
        C("end", "End", "Einde", kind="date", help_en="Date completed or withdrawn",
          help_nl="Datum afgerond of gestopt"),
    ),
)

CREDENTIALS = Sheet(
    "credentials", "Credentials", "Certificaten", model=Credential,
    aliases=("diplomas", "diploma's", "kwalificaties"),
    help_en="Credentials people hold or work towards, and who guided them.",
    help_nl="Certificaten die mensen hebben of halen, en wie hen begeleidde.",
    columns=(
        C("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        C("credential", "Credential", "Certificaat", required=True,
          help_en="e.g. erkend praktijkopleider (SBB), Praktijkverklaring MBO-1",
          help_nl="bv. erkend praktijkopleider (SBB), Praktijkverklaring MBO-1"),
        C("issuer", "Issuer", "Uitgever", help_en="e.g. SBB", help_nl="bv. SBB"),
        C("date", "Date", "Datum", kind="date", help_en="Date obtained (or started)",
          help_nl="Datum behaald (of gestart)"),
        C("valid_until", "Valid until", "Geldig tot", kind="date"),
        C("status", "Status", "Status", kind="vocab", vocab="credential_status"),
        C("guide", "Guided by", "Begeleid door", kind="id", ref="person",
          help_en="Who guided the holder, e.g. the practice trainer",
          help_nl="Wie de houder begeleidde, bv. de praktijkopleider"),
    ),
)

INDICATORS = Sheet(
    "indicators", "Indicators", "Indicatoren", model=Indicator, entity="indicator", id_field="id",
    name_field="name",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True),
        C("unit", "Unit", "Eenheid", kind="id", ref="unit"),
        C("outcome", "Outcome", "Uitkomst", ref="outcome"),
        C("direction", "Direction", "Richting", kind="vocab", vocab="direction"),
        C("scale", "Scale", "Schaal", help_en="%, score, count …", help_nl="%, score, aantal …"),
        C("baseline", "Baseline", "Nulmeting", kind="float", **AMOUNTS),
        C("impulse", "Impulse", "Impuls", kind="float", **AMOUNTS, help_en="Target for the impulse year",
          help_nl="Doel voor het impulsjaar"),
        C("ambition", "Ambition", "Ambitie", kind="float", **AMOUNTS, help_en="Target for the ambition year",
          help_nl="Doel voor het ambitiejaar"),
        C("stale_after", "Stale after", "Verouderd na", kind="int", minimum=1, maximum=240,
          help_en="Months after which the last value is stale (default: the programme's, 12)",
          help_nl="Maanden waarna de laatste waarde verouderd is (standaard: die van het programma, 12)"),
        C("survey", "Survey source", "Enquêtebron", aliases=("survey",),
          help_en="A survey outcome or practice (Outcome / Practice) whose score per wave are the "
                  "measurements, for the indicator's unit; Scale % takes % favourable, else the mean",
          help_nl="Een uitkomst of praktijk uit de enquête (Uitkomst / Praktijk) waarvan de score per "
                  "meting de metingen zijn, voor de eenheid van de indicator; Schaal % neemt % "
                  "positief, anders het gemiddelde"),
    ),
)

MEASUREMENTS = Sheet(
    "measurements", "Measurements", "Metingen", model=Measurement,
    columns=(
        C("indicator", "Indicator", "Indicator", kind="id", required=True, ref="indicator"),
        C("date", "Date", "Datum", kind="date", required=True),
        C("value", "Value", "Waarde", kind="float", required=True, **AMOUNTS),
        C("source", "Source", "Bron"),
        C("note", "Note", "Notitie", kind="prose"),
    ),
)

LESSONS = Sheet(
    "lessons", "Lessons", "Leerervaringen", model=Lesson, entity="lesson", id_field="id",
    help_en="The reflect cycle: what do we see, what does it say, what do we do with it.",
    help_nl="De reflectiecyclus: wat zien we, wat zegt dit, wat doen we ermee.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("date", "Date", "Datum", kind="date"),
        C("initiative", "Initiative", "Verbetertraject", kind="id", ref="initiative"),
        C("author", "Author", "Auteur", kind="id", ref="person"),
        C("observation", "Observation", "Wat zien we", kind="prose"),
        C("meaning", "Meaning", "Wat zegt dit", kind="prose"),
        C("action", "Action", "Wat doen we ermee", kind="prose"),
        C("tip", "Tip", "Praktische tip", kind="prose"),
        C("outcome", "Outcome", "Uitkomst", ref="outcome"),
        C("shared_with", "Shared with", "Gedeeld met", kind="multi", ref="person_or_unit"),
    ),
)

THEMES = Sheet(
    "themes", "Profile", "Profiel", model=Theme, entity="theme", id_field="id", name_field="name",
    aliases=("leadership profile", "leiderschapsprofiel"),
    help_en="The themes of the leadership profile, one per row.",
    help_nl="De thema's van het leiderschapsprofiel, één per rij.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Theme", "Thema", required=True, aliases=("name", "naam")),
        C("description", "Description", "Omschrijving", kind="prose"),
    ),
)

PROFILE_SCORES = Sheet(
    "profile_scores", "Profile scores", "Profielscores", model=ProfileScore,
    aliases=("self-analysis", "zelfanalyse"),
    help_en="Scores per person and theme, at intake and later; shared only per group of 5 or more.",
    help_nl="Scores per persoon en thema, bij de intake en later; alleen gedeeld per groep van 5 of meer.",
    columns=(
        C("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        C("theme", "Theme", "Thema", kind="id", required=True, ref="theme"),
        C("score", "Score", "Score", kind="float", required=True, **SCORES),
        C("date", "Date", "Datum", kind="date"),
        C("source", "Source", "Bron", kind="vocab", vocab="score_source",
          help_en="self, manager or peer (default self)",
          help_nl="zelf, leidinggevende of collega (standaard zelf)"),
        C("moment", "Moment", "Moment", kind="vocab", vocab="score_moment",
          help_en="intake or a later measurement; empty: the earliest date is the intake",
          help_nl="intake of een latere meting; leeg: de vroegste datum is de intake"),
    ),
)

DEVELOPMENT_POINTS = Sheet(
    "development_points", "Development points", "Ontwikkelpunten", model=DevelopmentPoint,
    help_en="What each person chose to work on: a theme of the profile and an action.",
    help_nl="Waar iedereen aan werkt: een thema van het profiel en een actie.",
    columns=(
        C("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        C("theme", "Theme", "Thema", kind="id", ref="theme"),
        C("action", "Action", "Actie", kind="prose"),
        C("status", "Status", "Status", kind="vocab", vocab="development_status"),
        C("date", "Date", "Datum", kind="date"),
    ),
)

#: The built-in sheets in workbook order (``sheets()`` adds registered ones).
SHEETS: tuple[Sheet, ...] = (
    PROGRAMME, MODEL, UNITS, PEOPLE, GOALS, INITIATIVES, RELATIONS, GROUPS, ROUTES, MODULES,
    ENROLMENTS, EVENTS, CREDENTIALS, INDICATORS, MEASUREMENTS, LESSONS, THEMES, PROFILE_SCORES,
    DEVELOPMENT_POINTS,
)
