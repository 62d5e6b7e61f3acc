"""The built-in sheets of the workbook, in workbook order."""

from __future__ import annotations

from typing import TypedDict

from ohtrack.domain import (
    Event,
    Goal,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Person,
    ProgrammeInfo,
    Relation,
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

#: The built-in sheets in workbook order (``sheets()`` adds registered ones).
SHEETS: tuple[Sheet, ...] = (
    PROGRAMME, MODEL, UNITS, PEOPLE, GOALS, INITIATIVES, RELATIONS, GROUPS, EVENTS,
    INDICATORS, MEASUREMENTS, LESSONS,
)
