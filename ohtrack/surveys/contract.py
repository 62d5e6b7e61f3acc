"""The survey workbook's sheets and columns, with Dutch aliases (see docs/workbook.md, "Survey files")."""

from __future__ import annotations

from ohtrack.text import name_key
from ohtrack.workbook.contract import Column, Sheet

C = Column

RESPONSES = Sheet(
    "responses", "Responses", "Antwoorden", required=True,
    help_en="One row per respondent per wave; one column per item.",
    help_nl="Eén rij per respondent per meting; één kolom per vraag.",
    columns=(
        C("respondent", "Respondent", "Respondent", kind="id", required=True),
        C("unit", "Unit", "Eenheid", kind="id", required=True, ref="unit"),
        C("wave", "Wave", "Meting", kind="id", help_en="e.g. 2021", help_nl="bv. 2021"),
    ),
)

ITEMS = Sheet(
    "items", "Items", "Vragen", required=True,
    help_en="One row per item: the outcome and practice it measures, its scale.",
    help_nl="Eén rij per vraag: de uitkomst en praktijk die ze meet, haar schaal.",
    columns=(
        C("item", "Item", "Item", kind="id", required=True, aliases=("vraag",)),
        C("text", "Text", "Tekst"),
        C("outcome", "Outcome", "Uitkomst", required=True, ref="outcome"),
        C("practice", "Practice", "Praktijk", ref="practice"),
        C("reversed", "Reversed", "Omgekeerd", kind="bool"),
        C("min", "Min", "Min", kind="float", aliases=("minimum",)),
        C("max", "Max", "Max", kind="float", aliases=("maximum",)),
        C("type", "Type", "Soort", aliases=("kind",),
          help_en="open: an open question answered in words (no outcome, scale or score)",
          help_nl="open: een open vraag, in woorden beantwoord (geen uitkomst, schaal of score)"),
    ),
)

UNITS = Sheet(
    "units", "Units", "Eenheden",
    help_en="Optional: the unit tree used for roll-ups and for suppression by subtraction.",
    help_nl="Optioneel: de boom van eenheden voor optellingen en afscherming.",
    columns=(
        C("id", "ID", "ID", kind="id", required=True),
        C("name", "Name", "Naam"),
        C("parent", "Parent", "Bovenliggend", kind="id", ref="unit"),
    ),
)

ATTRIBUTES = Sheet(
    "attributes", "Attributes", "Kenmerken",
    help_en="Optional: extra columns of Responses (role, tenure, location …) to cut the scores by.",
    help_nl="Optioneel: extra kolommen van Antwoorden (rol, diensttijd, locatie …) om de scores naar "
            "uit te splitsen.",
    columns=(
        C("attribute", "Attribute", "Kenmerk", kind="id", required=True,
          help_en="The column's header on Responses", help_nl="De kop van de kolom op Antwoorden"),
        C("name", "Name", "Naam", help_en="How output names it (default: the header)",
          help_nl="Hoe de uitvoer het noemt (standaard: de kop)"),
    ),
)

INVITED = Sheet(
    "invited", "Invited", "Uitgenodigd",
    help_en="Optional: how many people were invited per unit and wave, for the participation rate.",
    help_nl="Optioneel: hoeveel mensen per eenheid en meting zijn uitgenodigd, voor de respons.",
    columns=(
        C("unit", "Unit", "Eenheid", kind="id", required=True, ref="unit"),
        C("wave", "Wave", "Meting", kind="id", help_en="Empty: every wave", help_nl="Leeg: elke meting"),
        C("invited", "Invited", "Uitgenodigd", kind="int", required=True),
    ),
)

#: Every sheet of a survey file.
SHEETS: tuple[Sheet, ...] = (RESPONSES, ITEMS, UNITS, ATTRIBUTES, INVITED)

#: Words in the Type column that make an item an open question.
OPEN = frozenset(name_key(w) for w in ("open", "text", "tekst", "open question", "open vraag"))

#: Words that mean "yes" in the Reversed column (anything else non-empty means no).
YES = frozenset(name_key(w) for w in ("yes", "ja", "y", "j", "true", "waar", "1", "x", "reversed",
                                      "omgekeerd"))
NO = frozenset(name_key(w) for w in ("no", "nee", "n", "false", "onwaar", "0", ""))


def find_sheet(name: str) -> Sheet | None:
    """The survey sheet a workbook sheet name stands for (Dutch or English), if any."""
    key = name_key(name)
    return next((s for s in SHEETS if key in s.names()), None)
