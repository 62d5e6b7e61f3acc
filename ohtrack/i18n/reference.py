"""Words of the workbook reference page (``docs/workbook.md``, made by ``ohtrack.workbook.reference``)."""

TEXTS: dict[str, dict[str, str]] = {
    "reference.title": {"en": "The workbook", "nl": "De werkmap"},
    "reference.generated": {
        "en": "Generated from the contract (`ohtrack/workbook/contract.py`, "
              "`ohtrack/surveys/contract.py`) by `python -m ohtrack.workbook.reference > "
              "docs/workbook.md`; do not edit by hand.",
        "nl": "Gemaakt uit het contract (`ohtrack/workbook/contract.py`, "
              "`ohtrack/surveys/contract.py`) door `python -m ohtrack.workbook.reference > "
              "docs/workbook.md`; niet met de hand bewerken."},
    "reference.intro": {
        "en": "One Excel workbook holds a programme. Only {required} are required; every other "
              "sheet unlocks more analysis. `ohtrack template` writes an empty workbook with "
              "these sheets, a help note on every header and drop-down lists.",
        "nl": "Eén Excel-werkmap bevat een programma. Alleen {required} zijn verplicht; elk ander "
              "blad maakt meer analyse mogelijk. `ohtrack template` schrijft een lege werkmap "
              "met deze bladen, een toelichting bij elke kop en keuzelijsten."},
    "reference.names": {
        "en": "Sheet and column names may be Dutch or English (or an alias listed below); they "
              "match ignoring case, accents, spaces, `_` and `-`.",
        "nl": "Blad- en kolomnamen mogen Nederlands of Engels zijn (of een alias hieronder); ze "
              "passen ongeacht hoofdletters, accenten, spaties, `_` en `-`."},
    "reference.template_sheets": {
        "en": "Sheets named {names} are the template's own help and lists: they are not read.",
        "nl": "Bladen met de naam {names} zijn de eigen uitleg en lijsten van het sjabloon: ze "
              "worden niet gelezen."},
    "reference.rules": {"en": "Filling in", "nl": "Zo vult u in"},
    "reference.contents": {"en": "Contents", "nl": "Inhoud"},
    "reference.sheets": {"en": "Sheets of the programme workbook",
                         "nl": "Bladen van de programmawerkmap"},
    "reference.required_sheet": {"en": "required", "nl": "verplicht"},
    "reference.optional_sheet": {"en": "optional", "nl": "optioneel"},
    "reference.sheet_names": {"en": "Sheet name: {names}.", "nl": "Bladnaam: {names}."},
    "reference.shape.fields": {
        "en": "Shape: field/value pairs, one row per field (column A the field, column B its "
              "value).",
        "nl": "Vorm: veld/waarde-paren, één rij per veld (kolom A het veld, kolom B de waarde)."},
    "reference.shape.table": {
        "en": "Shape: a table; the first non-empty row is the header row, one record per row "
              "below it. Columns the contract doesn't know are kept as custom columns.",
        "nl": "Vorm: een tabel; de eerste niet-lege rij is de koprij, daaronder één record per "
              "rij. Kolommen die het contract niet kent, blijven bewaard als eigen kolommen."},
    "reference.col.en": {"en": "English", "nl": "Engels"},
    "reference.col.nl": {"en": "Dutch", "nl": "Nederlands"},
    "reference.col.aliases": {"en": "also accepted", "nl": "ook goed"},
    "reference.col.kind": {"en": "kind", "nl": "soort"},
    "reference.col.required": {"en": "required", "nl": "verplicht"},
    "reference.col.refers": {"en": "refers to", "nl": "verwijst naar"},
    "reference.col.limits": {"en": "limits", "nl": "grenzen"},
    "reference.col.personal": {"en": "personal data", "nl": "persoonsgegevens"},
    "reference.personal.name": {"en": "a person's name", "nl": "naam van een persoon"},
    "reference.personal.email": {"en": "an e-mail address", "nl": "e-mailadres"},
    "reference.shape.members": {
        "en": "Shape: one row per member; the rows of one group share its ID, and its own "
              "columns (type) come from its first row that has them.",
        "nl": "Vorm: één rij per lid; de rijen van één groep delen haar ID, en haar eigen "
              "kolommen (type) komen uit haar eerste rij die ze heeft."},
    "reference.entity": {
        "en": "Each row is a {entity}, identified by {id}{name}; other sheets refer to it by "
              "either.",
        "nl": "Elke rij is een {entity}, herkenbaar aan {id}{name}; andere bladen verwijzen ernaar "
              "met een van beide."},
    "reference.col.help_en": {"en": "help (English)", "nl": "toelichting (Engels)"},
    "reference.col.help_nl": {"en": "help (Dutch)", "nl": "toelichting (Nederlands)"},
    "reference.col.code": {"en": "code", "nl": "code"},
    "reference.col.words": {"en": "other accepted words", "nl": "andere geaccepteerde woorden"},
    "reference.col.used_by": {"en": "used by", "nl": "gebruikt door"},
    "reference.yes": {"en": "yes", "nl": "ja"},
    "reference.kinds": {"en": "Kinds of columns", "nl": "Soorten kolommen"},
    "reference.kind.id": {"en": "an ID: text, unique within its sheet (12, 12.0 and \"12.0\" are "
                                "the same ID); in another sheet, a reference to that ID",
                          "nl": "een ID: tekst, uniek binnen het blad (12, 12,0 en \"12.0\" zijn "
                                "hetzelfde ID); in een ander blad een verwijzing naar dat ID"},
    "reference.kind.text": {"en": "a short text (a name, a title, a role)",
                            "nl": "een korte tekst (een naam, een titel, een rol)"},
    "reference.kind.prose": {"en": "free text (descriptions, lessons)",
                             "nl": "vrije tekst (omschrijvingen, leerervaringen)"},
    "reference.kind.int": {"en": "a whole number", "nl": "een geheel getal"},
    "reference.kind.float": {"en": "a number (also Dutch `3,5`, `1.234,5` and `85%`)",
                             "nl": "een getal (ook Nederlands `3,5`, `1.234,5` en `85%`)"},
    "reference.kind.date": {"en": "a date: a real Excel date, ISO `2022-03-01` or Dutch `1-3-2022`",
                            "nl": "een datum: een echte Excel-datum, ISO `2022-03-01` of Nederlands "
                                  "`1-3-2022`"},
    "reference.kind.multi": {"en": "several values separated by `;` or `|`",
                             "nl": "meerdere waarden, gescheiden door `;` of `|`"},
    "reference.kind.vocab": {"en": "a word from a vocabulary (below)",
                             "nl": "een woord uit een woordenlijst (hieronder)"},
    "reference.kind.cell": {"en": "any value, kept as written (text or a number)",
                            "nl": "elke waarde, bewaard zoals geschreven (tekst of een getal)"},
    "reference.kind.bool": {"en": "yes or no: {yes} mean yes", "nl": "ja of nee: {yes} betekenen ja"},
    "reference.ref.model": {"en": "the health model", "nl": "het gezondheidsmodel"},
    "reference.vocabularies": {"en": "Vocabularies", "nl": "Woordenlijsten"},
    "reference.vocab.closed": {
        "en": "Closed: any other word is an error (`unknown-value`).",
        "nl": "Gesloten: elk ander woord is een fout (`unknown-value`)."},
    "reference.vocab.open": {
        "en": "Open: any other word is kept as written.",
        "nl": "Open: elk ander woord blijft bewaard zoals geschreven."},
    "reference.surveys": {"en": "Survey files", "nl": "Enquêtebestanden"},
    "reference.surveys_intro": {
        "en": "A survey is a separate workbook (`ohtrack survey RESPONSES.xlsx`); its names match "
              "the same way. See docs/survey.md for how it is scored.",
        "nl": "Een enquête is een aparte werkmap (`ohtrack survey ANTWOORDEN.xlsx`); de namen "
              "passen op dezelfde manier. Zie docs/survey.md voor de berekening."},
    "reference.survey_items": {
        "en": "In Responses, every other column is an item, headed by the item's name on Items.",
        "nl": "In Antwoorden is elke andere kolom een vraag, met als kop de naam van de vraag "
              "op Vragen."},
}
