"""Validation messages of workbook problems, in Dutch and English, and how to render them.

A problem keeps its code and ``params`` (plain values); the message is the template
``problems.<code>`` (or ``problems.<code>.<variant>`` when ``params["variant"]`` is set)
filled with ``params``; ``params["template"]`` names another catalogue key instead (the
survey file's problems are ``survey.problem.*``). A param ``x_en``/``x_nl`` pair also fills
``{x}`` in the matching language (column headers, sheet names, words); ``in_column``
prefixes the message with ``<column>: ``, as cell conversion problems are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_OPEN_SAVE_EN = "open it in Excel or LibreOffice and save it as .xlsx"
_OPEN_SAVE_NL = "open het in Excel of LibreOffice en sla het op als .xlsx"

TEXTS: dict[str, dict[str, str]] = {
    # -- the file itself: {path}: <reason> -------------------------------------------------
    "problems.unreadable-file.missing": {"en": "{path}: no such file", "nl": "{path}: bestand bestaat niet"},
    "problems.unreadable-file.folder": {"en": "{path}: is a folder, not a workbook",
                                        "nl": "{path}: is een map, geen werkmap"},
    "problems.unreadable-file.password": {
        "en": "{path}: the workbook is password-protected; remove the password and save again",
        "nl": "{path}: de werkmap is met een wachtwoord beveiligd; haal het wachtwoord weg en sla "
              "opnieuw op"},
    "problems.unreadable-file.xls": {
        "en": "{path}: an old Excel 97-2003 (.xls) file; " + _OPEN_SAVE_EN,
        "nl": "{path}: een oud Excel 97-2003-bestand (.xls); " + _OPEN_SAVE_NL},
    "problems.unreadable-file.corrupt-zip": {"en": "{path}: a damaged file (corrupt zip: {detail})",
                                             "nl": "{path}: een beschadigd bestand (kapotte zip: {detail})"},
    "problems.unreadable-file.zip-bomb": {
        "en": "{path}: refused: {part} unpacks {size} bytes from far fewer (a zip bomb?)",
        "nl": "{path}: geweigerd: {part} pakt uit tot {size} bytes uit veel minder (een zipbom?)"},
    "problems.unreadable-file.too-big": {
        "en": "{path}: refused: the workbook unpacks to more than 2 GiB",
        "nl": "{path}: geweigerd: de werkmap pakt uit tot meer dan 2 GiB"},
    "problems.unreadable-file.opendocument": {
        "en": "{path}: not a spreadsheet (an OpenDocument file of type {mime})",
        "nl": "{path}: geen spreadsheet (een OpenDocument-bestand van type {mime})"},
    "problems.unreadable-file.word": {"en": "{path}: a Word document, not an Excel workbook",
                                      "nl": "{path}: een Word-document, geen Excel-werkmap"},
    "problems.unreadable-file.zip": {"en": "{path}: a zip file, but not an Excel workbook",
                                     "nl": "{path}: een zipbestand, maar geen Excel-werkmap"},
    "problems.unreadable-file.damaged-part": {"en": "{path}: a damaged file ({part}: {detail})",
                                              "nl": "{path}: een beschadigd bestand ({part}: {detail})"},
    "problems.unreadable-file.dtd": {
        "en": "{path}: refused: {part} declares a DTD or entities (an XML bomb?); real workbooks never do",
        "nl": "{path}: geweigerd: {part} declareert een DTD of entiteiten (een XML-bom?); echte "
              "werkmappen doen dat nooit"},
    "problems.unreadable-file.entities": {
        "en": "{path}: refused: {part} uses XML entities (an XML bomb?)",
        "nl": "{path}: geweigerd: {part} gebruikt XML-entiteiten (een XML-bom?)"},
    "problems.unreadable-file.bad-xml": {
        "en": "{path}: a damaged file ({part} is not valid XML: {detail})",
        "nl": "{path}: een beschadigd bestand ({part} is geen geldige XML: {detail})"},
    "problems.unreadable-file.empty": {"en": "{path}: an empty file (0 bytes), not a workbook",
                                       "nl": "{path}: een leeg bestand (0 bytes), geen werkmap"},
    "problems.unreadable-file.text": {
        "en": "{path}: a CSV or text file, not an Excel workbook; " + _OPEN_SAVE_EN,
        "nl": "{path}: een CSV- of tekstbestand, geen Excel-werkmap; " + _OPEN_SAVE_NL},
    "problems.unreadable-file.not-workbook": {
        "en": "{path}: not a workbook, not an Excel workbook; " + _OPEN_SAVE_EN,
        "nl": "{path}: geen werkmap, geen Excel-werkmap; " + _OPEN_SAVE_NL},
    "problems.unreadable-file.unreadable": {
        "en": "{path}: can't be read as a workbook ({detail})",
        "nl": "{path}: kan niet als werkmap gelezen worden ({detail})"},
    "problems.unreadable-file.answers": {
        "en": "{path}: the answers file can't be read ({detail})",
        "nl": "{path}: het bestand met antwoorden kan niet gelezen worden ({detail})"},
    "problems.unreadable-file.sheet": {
        "en": "{path}: sheet {sheet!r} can't be read ({detail})",
        "nl": "{path}: blad {sheet!r} kan niet gelezen worden ({detail})"},
    "problems.unreadable-file.damaged": {"en": "{path}: a damaged file ({detail})",
                                         "nl": "{path}: een beschadigd bestand ({detail})"},
    "problems.unreadable-file.not-survey": {
        "en": "{path}: not a survey file: it has no {missing} sheet (its sheets: {found}); see "
              "'Survey files' in docs/workbook.md",
        "nl": "{path}: geen enquêtebestand: het heeft geen blad {missing} (de bladen: {found}); "
              "zie 'Survey files' in docs/workbook.md"},
    "problems.missing-sheet.found": {
        "en": "required sheet {sheet_en!r} ({sheet_nl!r}) is missing; the workbook has {found}",
        "nl": "verplicht blad {sheet_nl!r} ({sheet_en!r}) ontbreekt; de werkmap heeft {found}"},
    "problems.missing-sheet.none": {
        "en": "required sheet {sheet_en!r} ({sheet_nl!r}) is missing; the workbook has no sheets",
        "nl": "verplicht blad {sheet_nl!r} ({sheet_en!r}) ontbreekt; de werkmap heeft geen bladen"},
    "problems.survey-file": {
        "en": "this is a survey file (sheets Responses and Items), not a programme workbook; "
              "score it with 'ohtrack survey'",
        "nl": "dit is een enquêtebestand (bladen Antwoorden en Vragen), geen programmawerkmap; "
              "bereken de scores met 'ohtrack survey'"},
    "problems.unreadable-file.fifo": {
        "en": "{path}: a named pipe, not a workbook file",
        "nl": "{path}: een named pipe, geen werkmapbestand"},
    "problems.unreadable-file.device": {"en": "{path}: a device, not a workbook file",
                                        "nl": "{path}: een apparaat, geen werkmapbestand"},
    "problems.unreadable-file.socket": {"en": "{path}: a socket, not a workbook file",
                                        "nl": "{path}: een socket, geen werkmapbestand"},
    "problems.unreadable-file.encoding": {
        "en": "{path}: refused: {part} is stored as {encoding}, which can't be read (its cells would "
              "come out empty); " + _OPEN_SAVE_EN,
        "nl": "{path}: geweigerd: {part} is opgeslagen als {encoding}, dat niet gelezen kan worden "
              "(de cellen zouden leeg lijken); " + _OPEN_SAVE_NL},
    "problems.unreadable-file.memory": {
        "en": "{path}: refused: reading sheet {sheet!r} (cells in {range}) would take about {need} of "
              "memory, more than the {budget} allowed; if the file is what you expect, allow more "
              "with {env}={suggest}",
        "nl": "{path}: geweigerd: blad {sheet!r} lezen (cellen in {range}) zou ongeveer {need} "
              "geheugen kosten, meer dan de toegestane {budget}; is het bestand wat u verwacht, sta "
              "dan meer toe met {env}={suggest}"},
    "problems.unreadable-file.memory-text": {
        "en": "{path}: refused: reading sheet {sheet!r} ({size} of cells unpacked) would take at least "
              "{need} of memory, more than the {budget} allowed; if the file is what you expect, allow "
              "more with {env}={suggest}",
        "nl": "{path}: geweigerd: blad {sheet!r} lezen ({size} aan cellen uitgepakt) zou minstens {need} "
              "geheugen kosten, meer dan de toegestane {budget}; is het bestand wat u verwacht, sta dan "
              "meer toe met {env}={suggest}"},
    "problems.unreadable-file.memory-strings": {
        "en": "{path}: refused: its text would take about {need} of memory to read, more than the "
              "{budget} allowed; if the file is what you expect, allow more with {env}={suggest}",
        "nl": "{path}: geweigerd: de tekst erin zou ongeveer {need} geheugen kosten om te lezen, meer "
              "dan de toegestane {budget}; is het bestand wat u verwacht, sta dan meer toe met "
              "{env}={suggest}"},
    "problems.missing-sheet": {"en": "required sheet {sheet_en!r} ({sheet_nl!r}) is missing",
                               "nl": "verplicht blad {sheet_nl!r} ({sheet_en!r}) ontbreekt"},
    "problems.duplicate-sheet": {"en": "a second {sheet} sheet; kept as an extra sheet, not read",
                                 "nl": "een tweede blad {sheet}; bewaard als extra blad, niet gelezen"},
    "problems.formula-without-value": {
        "en": "formula has no calculated value; open the file in Excel or LibreOffice and save it so "
              "the value is stored",
        "nl": "formule heeft geen berekende waarde; open het bestand in Excel of LibreOffice en sla het "
              "op, zodat de waarde bewaard wordt"},
    "problems.error-value": {
        "en": "the cell holds the Excel error {error}, which reads as empty; correct the formula or "
              "type the value",
        "nl": "de cel bevat de Excel-fout {error}, die als leeg gelezen wordt; verbeter de formule of "
              "typ de waarde"},
    # -- sheets and columns -----------------------------------------------------------------
    "problems.duplicate-field": {
        "en": "field {field!r} is given twice; the first value (in {first}) is kept, this one is not "
              "read",
        "nl": "veld {field!r} staat er twee keer; de eerste waarde (in {first}) telt, deze wordt niet "
              "gelezen"},
    "problems.stray-value.column": {
        "en": "a value in column {letter} is not read: the {sheet} sheet has two columns, a field "
              "and its value",
        "nl": "een waarde in kolom {letter} wordt niet gelezen: het blad {sheet} heeft twee kolommen, "
              "een veld en de waarde"},
    "problems.stray-value.no-field": {
        "en": "a value without a field name (column {field_letter} is empty) is not read",
        "nl": "een waarde zonder veldnaam (kolom {field_letter} is leeg) wordt niet gelezen"},
    "problems.missing-column": {
        "en": "required column {column_en!r} ({column_nl!r}) is missing from the header row",
        "nl": "verplichte kolom {column_nl!r} ({column_en!r}) ontbreekt in de kopregel"},
    "problems.merged-header": {
        "en": "header cells {range} are merged; unmerge them so every column has its own header",
        "nl": "kopcellen {range} zijn samengevoegd; maak dat ongedaan, zodat elke kolom een eigen kop heeft"},
    "problems.duplicate-column": {
        "en": "column {name!r} appears twice; the second is kept as {kept!r}",
        "nl": "kolom {name!r} komt twee keer voor; de tweede is bewaard als {kept!r}"},
    "problems.unnamed-column": {
        "en": "column {letter} has data but no header; kept as {kept!r}",
        "nl": "kolom {letter} heeft gegevens maar geen kop; bewaard als {kept!r}"},
    "problems.missing-model-sheet": {
        "en": "model is 'custom' but there is no Model sheet with outcomes",
        "nl": "model is 'custom', maar er is geen blad Model met uitkomsten"},
    "problems.unknown-model": {
        "en": "unknown health model {model!r}; use one of {models} or custom",
        "nl": "onbekend gezondheidsmodel {model!r}; gebruik een van {models} of custom"},
    # -- cells ------------------------------------------------------------------------------
    "problems.missing-value": {"en": "{column} is required", "nl": "{column} is verplicht"},
    "problems.missing-value.programme-name": {
        "en": "the programme has no name (field 'name' / 'naam')",
        "nl": "het programma heeft geen naam (veld 'naam' / 'name')"},
    "problems.only-id": {
        "en": "row has an ID ({id}) but nothing else; fill it in or delete the row",
        "nl": "rij heeft een ID ({id}) maar verder niets; vul de rij aan of verwijder hem"},
    "problems.invalid-date.type": {"en": "expected a date, got {value}",
                                   "nl": "verwacht een datum, maar vond {value}"},
    "problems.invalid-date.no-such-date": {"en": "no such date: {value}",
                                           "nl": "deze datum bestaat niet: {value}"},
    "problems.invalid-date.format": {
        "en": "expected a date (2022-03-01 or 1-3-2022), got {value}",
        "nl": "verwacht een datum (2022-03-01 of 1-3-2022), maar vond {value}"},
    "problems.not-a-number.expected": {"en": "expected a number, got {value}",
                                       "nl": "verwacht een getal, maar vond {value}"},
    "problems.not-a-number.not-finite": {"en": "expected a finite number, got {value}",
                                         "nl": "verwacht een eindig getal, maar vond {value}"},
    "problems.not-an-integer": {"en": "expected a whole number, got {value}",
                                "nl": "verwacht een geheel getal, maar vond {value}"},
    "problems.out-of-range": {"en": "{value} is outside the range {minimum} to {maximum}",
                             "nl": "{value} valt buiten het bereik {minimum} tot en met {maximum}"},
    "problems.unknown-value": {"en": "{value} is not one of: {allowed}",
                               "nl": "{value} is niet een van: {allowed}"},
    # -- references and structure -----------------------------------------------------------
    "problems.duplicate-id": {"en": "{label} ID {id} is used twice (first at {first})",
                              "nl": "{label}-ID {id} komt twee keer voor (eerst in {first})"},
    "problems.unknown-person": {"en": "no person with ID or name {ids}",
                                "nl": "geen persoon met ID of naam {ids}"},
    "problems.unknown-unit": {"en": "no unit with ID or name {ids}",
                              "nl": "geen eenheid met ID of naam {ids}"},
    "problems.unknown-goal": {"en": "no goal with ID or title {ids}",
                              "nl": "geen doel met ID of titel {ids}"},
    "problems.unknown-initiative": {"en": "no initiative with ID or title {ids}",
                                    "nl": "geen verbetertraject met ID of titel {ids}"},
    "problems.unknown-indicator": {"en": "no indicator with ID or name {ids}",
                                   "nl": "geen indicator met ID of naam {ids}"},
    "problems.unknown-group": {"en": "no group with ID {ids}", "nl": "geen groep met ID {ids}"},
    "problems.unknown-event": {"en": "no event with ID or title {ids}",
                               "nl": "geen bijeenkomst met ID of titel {ids}"},
    "problems.unknown-lesson": {"en": "no lesson with ID {ids}", "nl": "geen leerervaring met ID {ids}"},
    "problems.unknown-route": {"en": "no route with ID or name {ids}",
                               "nl": "geen leergang met ID of naam {ids}"},
    "problems.unknown-module": {"en": "no module with ID or title {ids}",
                                "nl": "geen module met ID of titel {ids}"},
    "problems.unknown-theme": {"en": "no profile theme with ID or name {ids}",
                               "nl": "geen thema van het profiel met ID of naam {ids}"},
    "problems.unknown-person-or-unit": {"en": "no person, unit or group with ID or name {ids}",
                                        "nl": "geen persoon, eenheid of groep met ID of naam {ids}"},
    "problems.ambiguous-name": {
        "en": "{name} is the name of more than one {label} ({candidates}); write the ID",
        "nl": "{name} is de naam van meer dan één {label} ({candidates}); schrijf het ID"},
    "problems.unknown-outcome": {"en": "{names} is not an outcome of model {model}",
                                 "nl": "{names} is geen uitkomst van model {model}"},
    "problems.unknown-practice": {"en": "{names} is not a practice of model {model}",
                                  "nl": "{names} is geen praktijk van model {model}"},
    "problems.cycle.unit-tree": {"en": "unit tree has a cycle: {chain}",
                                 "nl": "de boom van eenheden heeft een kring: {chain}"},
    "problems.cycle.goal-tree": {"en": "goal tree has a cycle: {chain}",
                                 "nl": "de boom van doelen heeft een kring: {chain}"},
    "problems.cycle.unit-self": {"en": "unit {id} is its own parent",
                                 "nl": "eenheid {id} ligt boven zichzelf"},
    "problems.cycle.goal-self": {"en": "goal {id} is its own parent", "nl": "doel {id} ligt boven zichzelf"},
    "problems.self-reference": {"en": "{id} is their own manager", "nl": "{id} is de eigen leidinggevende"},
    "problems.self-loop": {"en": "relation from {person} to themselves",
                           "nl": "relatie van {person} naar zichzelf"},
    "problems.end-before-start": {"en": "ends {end} before it starts {start}",
                                  "nl": "eindigt op {end}, vóór het begin op {start}"},
    "problems.negative-weight": {"en": "weight is negative", "nl": "gewicht is negatief"},
    "problems.not-mapped": {"en": "initiative {id} names no outcome or practice of the model",
                            "nl": "verbetertraject {id} noemt geen uitkomst of praktijk van het model"},
    "problems.duplicate-tie": {"en": "{source} → {target} ({type}) is listed twice (first at {first})",
                               "nl": "{source} → {target} ({type}) staat er twee keer (eerst in {first})"},
    "problems.duplicate-measurement": {
        "en": "indicator {indicator} has more than one value on {date} (this one {value}; also {others}); "
              "keep the right one",
        "nl": "indicator {indicator} heeft meer dan één waarde op {date} (deze {value}; ook {others}); "
              "houd de juiste"},
    "problems.duplicate-attendee": {
        "en": "{people} listed twice among the attendees of event {id}",
        "nl": "{people} staat twee keer bij de deelnemers van bijeenkomst {id}"},
    "problems.duplicate-member": {"en": "{person} is listed twice in group {group}",
                                  "nl": "{person} staat twee keer in groep {group}"},
    "problems.conflicting-group-type": {"en": "group {group} is a {first} above, a {type} here",
                                        "nl": "groep {group} is hierboven een {first}, hier een {type}"},
    "problems.no-attendees": {"en": "event {id} was held but lists no attendees",
                              "nl": "bijeenkomst {id} is gehouden, maar noemt geen deelnemers"},
    "problems.attendance-at-cancelled": {"en": "event {id} was cancelled but lists attendees",
                                         "nl": "bijeenkomst {id} is afgelast, maar noemt deelnemers"},
    "problems.enrolment-without-target": {
        "en": "enrolment of {person} names no route and no module",
        "nl": "inschrijving van {person} noemt geen leergang en geen module"},
    "problems.module-not-in-route": {
        "en": "module {module} is part of route {actual}, not {route}",
        "nl": "module {module} hoort bij leergang {actual}, niet bij {route}"},
    "problems.too-few-electives": {
        "en": "route {route} asks for {electives} electives but offers {offered}",
        "nl": "leergang {route} vraagt {electives} keuzemodules maar biedt er {offered}"},
    "problems.years-out-of-order": {"en": "{later} ({later_year}) comes before {earlier} ({earlier_year})",
                                    "nl": "{later} ({later_year}) ligt vóór {earlier} ({earlier_year})"},
    # -- ohtrack validate: verdict line and table ----------------------------------------------
    "problems.cli.verdict": {"en": "{path}: {verdict} ({counts})", "nl": "{path}: {verdict} ({counts})"},
    "problems.cli.counts": {"en": "{errors}, {warnings}", "nl": "{errors}, {warnings}"},
    "problems.cli.valid": {"en": "valid", "nl": "geldig"},
    "problems.cli.not-valid": {"en": "not valid", "nl": "niet geldig"},
    "problems.cli.errors": {"en": "errors", "nl": "fouten"},
    "problems.cli.error": {"en": "error", "nl": "fout"},
    "problems.cli.warnings": {"en": "warnings", "nl": "waarschuwingen"},
    "problems.cli.warning": {"en": "warning", "nl": "waarschuwing"},
    "problems.cli.headers": {"en": "where|severity|code|message", "nl": "plaats|ernst|code|melding"},
    # after a place, for the cells a problem shown once also stands for
    "problems.cli.more-cells.one": {"en": "(and 1 more cell)", "nl": "(en nog 1 cel)"},
    "problems.cli.more-cells.many": {"en": "(and {n} more cells)", "nl": "(en nog {n} cellen)"},
    "problems.cli.more-rows.one": {"en": "(and 1 more row)", "nl": "(en nog 1 rij)"},
    "problems.cli.more-rows.many": {"en": "(and {n} more rows)", "nl": "(en nog {n} rijen)"},
    "problems.severity.error": {"en": "error", "nl": "fout"},
    "problems.severity.warning": {"en": "warning", "nl": "waarschuwing"},
    # -- words used inside messages -----------------------------------------------------------
    "problems.word.unit": {"en": "unit", "nl": "eenheid"},
    "problems.word.person": {"en": "person", "nl": "persoon"},
    "problems.word.goal": {"en": "goal", "nl": "doel"},
    "problems.word.initiative": {"en": "initiative", "nl": "verbetertraject"},
    "problems.word.event": {"en": "event", "nl": "bijeenkomst"},
    "problems.word.indicator": {"en": "indicator", "nl": "indicator"},
    "problems.word.lesson": {"en": "lesson", "nl": "leerervaring"},
    "problems.word.group": {"en": "group", "nl": "groep"},
    "problems.word.route": {"en": "route", "nl": "leergang"},
    "problems.word.module": {"en": "module", "nl": "module"},
    "problems.word.theme": {"en": "theme", "nl": "thema"},
    # -- a near miss, added to a message that has a ``suggestion`` ----------------------------
    "problems.did-you-mean": {"en": "did you mean {suggestion}?", "nl": "bedoelt u {suggestion}?"},
}


def counts(errors: int, warnings: int, lang: str = "en") -> str:
    """``1 error, 2 warnings`` / ``1 fout, 2 waarschuwingen``."""
    from ohtrack.i18n import t
    from ohtrack.i18n.format import count

    def said(n: int, word: str) -> str:
        return count(n, t(f"problems.cli.{word}", lang), t(f"problems.cli.{word}s", lang), lang)

    return t("problems.cli.counts", lang, errors=said(errors, "error"), warnings=said(warnings, "warning"))


def both(name: str, en: str, nl: str) -> dict[str, str]:
    """A param in both languages: ``{name_en: en, name_nl: nl}``, rendered as ``{name}``."""
    return {f"{name}_en": en, f"{name}_nl": nl}


def dated(**dates: Any) -> dict[str, str]:
    """Dates as params said the way each language writes them: ``dated(end=d)`` gives
    ``end_en`` ``1 March 2022`` and ``end_nl`` ``1 maart 2022`` (text as written stays)."""
    from ohtrack.i18n.format import date

    out: dict[str, str] = {}
    for name, value in dates.items():
        out.update(both(name, date(value, "en"), date(value, "nl")) if hasattr(value, "year")
                   else both(name, str(value), str(value)))
    return out


def word(name: str, key: str) -> dict[str, str]:
    """The catalogue word ``problems.word.<key>`` as a two-language param ``name``."""
    entry = TEXTS[f"problems.word.{key}"]
    return both(name, entry["en"], entry["nl"])


def template_key(code: str, variant: str | None = None) -> str:
    return f"problems.{code}.{variant}" if variant else f"problems.{code}"


def render(code: str, params: Mapping[str, Any], lang: str = "en") -> str | None:
    """The message of problem ``code`` in ``lang`` filled with ``params``; None without a template."""
    from ohtrack.i18n import entry as catalogue_entry
    from ohtrack.i18n import fill, has, resolve

    key = params.get("template") or template_key(code, params.get("variant"))
    if key in TEXTS:
        entry = TEXTS[key]
    elif str(key).startswith("problems.") or not has(key):
        return None
    else:
        entry = catalogue_entry(key)
    lang = lang if lang in entry else "en"
    text = fill(entry[lang], lang, params)
    values = resolve(params, lang)
    if "suggestion" in values:
        text += "; " + fill(TEXTS["problems.did-you-mean"][lang], lang, values)
    return f"{values['in_column']}: {text}" if "in_column" in values else text
