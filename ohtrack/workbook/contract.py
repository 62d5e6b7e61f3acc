"""The sheet/column contract: canonical English names, Dutch aliases, kinds and help.

One table for the whole workbook (see ``WORKBOOK.md``): adding a column means adding one
``Column`` here and one field on the domain model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ohtrack.text import name_key


@dataclass(frozen=True)
class Column:
    """A column: the domain field, its headers, kind, reference and help text."""

    field: str
    en: str
    nl: str
    kind: str = "text"  # id, text, int, float, date, multi, vocab, cell
    required: bool = False
    ref: str | None = None  # person, unit, goal, initiative, indicator, group, outcome, ...
    vocab: str | None = None
    help_en: str = ""
    help_nl: str = ""
    aliases: tuple[str, ...] = ()

    def header(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def names(self) -> set[str]:
        return {name_key(n) for n in (self.field, self.en, self.nl, *self.aliases)}


@dataclass(frozen=True)
class Sheet:
    """A sheet of the workbook: a table of rows, or (Programme) field/value pairs."""

    key: str
    en: str
    nl: str
    columns: tuple[Column, ...]
    required: bool = False
    fields: bool = False
    help_en: str = ""
    help_nl: str = ""
    aliases: tuple[str, ...] = field(default=())

    def title(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def names(self) -> set[str]:
        return {name_key(n) for n in (self.key, self.en, self.nl, *self.aliases)}

    def column(self, fld: str) -> Column:
        for c in self.columns:
            if c.field == fld:
                return c
        raise KeyError(fld)


#: Closed and open vocabularies: canonical code → (English, Dutch, other aliases...).
VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {
        "idea": ("idea", "idee"),
        "planned": ("planned", "gepland"),
        "active": ("active", "lopend", "actief", "in uitvoering"),
        "done": ("done", "afgerond", "gereed", "klaar"),
        "embedded": ("embedded", "geborgd"),
        "stopped": ("stopped", "gestopt"),
    },
    "event_type": {
        "learning_circle": ("learning circle", "leercirkel"),
        "intervision": ("intervision", "intervisie"),
        "pitstop": ("pitstop", "pitstop"),
        "training": ("training", "training", "opleiding"),
        "theme_day": ("theme day", "themadag"),
        "coaching": ("coaching", "coaching"),
        "online": ("online", "online"),
    },
    "event_status": {
        "planned": ("planned", "gepland"),
        "held": ("held", "gehouden", "plaatsgevonden"),
        "cancelled": ("cancelled", "geannuleerd", "canceled", "afgelast"),
    },
    "relation_type": {
        "reports_to": ("reports to", "rapporteert aan"),
        "advises": ("advises", "adviseert"),
        "coaches": ("coaches", "coacht"),
        "works_with": ("works with", "werkt samen", "werkt samen met"),
    },
    "group_type": {
        "triad": ("triad", "driehoek", "3-hoek", "driehoeksoverleg"),
        "learning_group": ("learning group", "leergroep"),
        "learning_circle": ("learning circle", "leercirkel"),
        "improvement_team": ("improvement team", "verbeterteam"),
    },
    "direction": {
        "higher": ("higher", "hoger", "higher is better", "hoger is beter"),
        "lower": ("lower", "lager", "lower is better", "lager is beter"),
    },
    "goal_level": {
        "corporate": ("corporate", "concern"),
        "site": ("site", "locatie"),
        "process": ("process", "kernproces", "proces"),
        "year": ("year", "jaarplan", "year plan", "jaar"),
    },
    "language": {"nl": ("nl", "nederlands", "dutch"), "en": ("en", "engels", "english")},
}

#: Vocabularies where any other word is kept as written (not an error).
OPEN_VOCABULARIES = frozenset({"event_type", "relation_type", "group_type"})


def vocab_lookup(vocab: str) -> dict[str, str]:
    """Name key → canonical code for one vocabulary."""
    out: dict[str, str] = {}
    for code, names in VOCABULARIES[vocab].items():
        for n in (code, *names):
            out[name_key(n)] = code
    return out


def vocab_label(vocab: str, code: str, lang: str) -> str:
    """The word a user sees for a code in a language (Dutch or English)."""
    names = VOCABULARIES.get(vocab, {}).get(code)
    if not names:
        return code
    return names[1] if lang == "nl" else names[0]


C = Column

PROGRAMME = Sheet(
    "programme", "Programme", "Programma", required=True, fields=True,
    help_en="Two columns: Field | Value. One row per field.",
    help_nl="Twee kolommen: Veld | Waarde. Eén rij per veld.",
    columns=(
        C("name", "name", "naam", required=True, help_en="Programme name", help_nl="Naam van het programma"),
        C("organisation", "organisation", "organisatie", aliases=("organization",),
          help_en="Organisation or site", help_nl="Organisatie of locatie"),
        C("mission", "mission", "missie", help_en="Mission", help_nl="Missie"),
        C("vision", "vision", "visie", help_en="Vision", help_nl="Visie"),
        C("model", "model", "model",
          help_en="Health model: ohi-2011, ohi-2024, ink, weisbord or custom (then fill the Model sheet)",
          help_nl="Gezondheidsmodel: ohi-2011, ohi-2024, ink, weisbord of custom (vul dan het blad Model)"),
        C("baseline_year", "baseline_year", "nulmeting_jaar", kind="int",
          help_en="Year of the current state", help_nl="Jaar van de nulmeting (waar staan we nu)"),
        C("impulse_year", "impulse_year", "impuls_jaar", kind="int",
          help_en="Year of the next push", help_nl="Jaar van de extra impuls"),
        C("ambition_year", "ambition_year", "ambitie_jaar", kind="int",
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
    "units", "Units", "Eenheden",
    help_en="Sections, departments, business units: a tree through Parent.",
    help_nl="Secties, afdelingen, bedrijfsonderdelen: een boom via Bovenliggend.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True),
        C("parent", "Parent", "Bovenliggend", kind="id", ref="unit",
          help_en="ID of the unit above", help_nl="ID van de bovenliggende eenheid"),
    ),
)

PEOPLE = Sheet(
    "people", "People", "Personen",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True),
        C("role", "Role", "Rol", help_en="e.g. foreman, job coach", help_nl="bv. voorman, jobcoach"),
        C("unit", "Unit", "Eenheid", kind="id", ref="unit"),
        C("manager", "Manager", "Leidinggevende", kind="id", ref="person",
          help_en="Person ID", help_nl="ID van een persoon"),
        C("email", "Email", "Email", aliases=("e-mail",)),
        C("tags", "Tags", "Tags", kind="multi"),
    ),
)

GOALS = Sheet(
    "goals", "Goals", "Doelen",
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
    "initiatives", "Initiatives", "Verbetertrajecten", required=True,
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
        C("description", "Description", "Omschrijving"),
        C("impact", "Impact", "Impact", kind="cell"),
    ),
)

RELATIONS = Sheet(
    "relations", "Relations", "Relaties",
    columns=(
        C("source", "From", "Van", kind="id", required=True, ref="person"),
        C("target", "To", "Naar", kind="id", required=True, ref="person"),
        C("type", "Type", "Type", kind="vocab", vocab="relation_type",
          help_en="reports_to, advises, coaches, works_with or any word",
          help_nl="rapporteert_aan, adviseert, coacht, werkt_samen of een eigen woord"),
        C("since", "Since", "Sinds", kind="date"),
        C("until", "Until", "Tot", kind="date"),
        C("weight", "Weight", "Gewicht", kind="float"),
    ),
)

GROUPS = Sheet(
    "groups", "Groups", "Groepen",
    help_en="One row per member.", help_nl="Eén rij per lid.",
    columns=(
        C("group", "Group", "Groep", kind="id", required=True),
        C("type", "Type", "Type", kind="vocab", vocab="group_type"),
        C("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        C("role", "Role", "Rol"),
    ),
)

EVENTS = Sheet(
    "events", "Events", "Leermomenten",
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
    "indicators", "Indicators", "Indicatoren",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam", required=True),
        C("unit", "Unit", "Eenheid", kind="id", ref="unit"),
        C("outcome", "Outcome", "Uitkomst", ref="outcome"),
        C("direction", "Direction", "Richting", kind="vocab", vocab="direction"),
        C("scale", "Scale", "Schaal", help_en="%, score, count …", help_nl="%, score, aantal …"),
        C("baseline", "Baseline", "Nulmeting", kind="float"),
        C("impulse", "Impulse", "Impuls", kind="float", help_en="Target for the impulse year",
          help_nl="Doel voor het impulsjaar"),
        C("ambition", "Ambition", "Ambitie", kind="float", help_en="Target for the ambition year",
          help_nl="Doel voor het ambitiejaar"),
    ),
)

MEASUREMENTS = Sheet(
    "measurements", "Measurements", "Metingen",
    columns=(
        C("indicator", "Indicator", "Indicator", kind="id", required=True, ref="indicator"),
        C("date", "Date", "Datum", kind="date", required=True),
        C("value", "Value", "Waarde", kind="float", required=True),
        C("source", "Source", "Bron"),
        C("note", "Note", "Notitie"),
    ),
)

LESSONS = Sheet(
    "lessons", "Lessons", "Leerervaringen",
    help_en="The reflect cycle: what do we see, what does it say, what do we do with it.",
    help_nl="De reflectiecyclus: wat zien we, wat zegt dit, wat doen we ermee.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("date", "Date", "Datum", kind="date"),
        C("initiative", "Initiative", "Verbetertraject", kind="id", ref="initiative"),
        C("author", "Author", "Auteur", kind="id", ref="person"),
        C("observation", "Observation", "Wat zien we"),
        C("meaning", "Meaning", "Wat zegt dit"),
        C("action", "Action", "Wat doen we ermee"),
        C("tip", "Tip", "Praktische tip"),
        C("outcome", "Outcome", "Uitkomst", ref="outcome"),
        C("shared_with", "Shared with", "Gedeeld met", kind="multi", ref="person_or_unit"),
    ),
)

#: Every sheet in workbook order.
SHEETS: tuple[Sheet, ...] = (
    PROGRAMME, MODEL, UNITS, PEOPLE, GOALS, INITIATIVES, RELATIONS, GROUPS, EVENTS,
    INDICATORS, MEASUREMENTS, LESSONS,
)

_SHEET_INDEX = {k: s for s in SHEETS for k in s.names()}


def find_sheet(name: str) -> Sheet | None:
    """The contract sheet a workbook sheet name stands for (Dutch or English), if any."""
    return _SHEET_INDEX.get(name_key(name))


def match_columns(sheet: Sheet, headers: list[object]) -> dict[int, Column]:
    """Header position → contract column, for the headers the contract knows."""
    index = {k: c for c in sheet.columns for k in c.names()}
    out: dict[int, Column] = {}
    for i, h in enumerate(headers):
        if h is None or h == "":
            continue
        col = index.get(name_key(h))
        if col is not None and col not in out.values():
            out[i] = col
    return out


#: Sheets the template adds for people, not data: skipped when reading (never round-tripped).
TEMPLATE_SHEETS = frozenset(name_key(n) for n in ("Instructions", "Instructies", "Lists", "Lijsten"))


def is_template_sheet(name: str) -> bool:
    """True for the template's own help and drop-down list sheets."""
    return name_key(name) in TEMPLATE_SHEETS
