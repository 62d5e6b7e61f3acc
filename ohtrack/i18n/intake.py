"""Words of ``ohtrack import``: places in the source, problems, the summary, errors."""

TEXTS: dict[str, dict[str, str]] = {
    # -- places --------------------------------------------------------------------------
    "intake.place.sheet": {"en": "sheet '{sheet}'", "nl": "blad '{sheet}'"},
    "intake.place.row": {"en": "row {n}", "nl": "rij {n}"},
    "intake.place.column": {"en": "column '{name}'", "nl": "kolom '{name}'"},
    "intake.place.column-number": {"en": "column {n}", "nl": "kolom {n}"},
    "intake.place.row-named": {"en": "row '{name}'", "nl": "rij '{name}'"},
    # -- problems ------------------------------------------------------------------------
    "intake.problem.date-no-date": {"en": "{value!r} is no date: left empty",
                                    "nl": "{value!r} is geen datum: leeg gelaten"},
    "intake.problem.date-withheld": {
        "en": "{value!r} holds the date back (not published): left empty",
        "nl": "{value!r} houdt de datum achter (niet openbaar): leeg gelaten"},
    "intake.problem.status-withheld": {
        "en": "{value!r} holds the status back (not published): left empty ({rows}×)",
        "nl": "{value!r} houdt de status achter (niet openbaar): leeg gelaten ({rows}×)"},
    "intake.problem.date-not-a-date": {"en": "{value!r} can't be read as a date: left empty",
                                       "nl": "{value!r} is niet als datum te lezen: leeg gelaten"},
    "intake.problem.date-no-year": {"en": "{value!r} names no year: left empty",
                                    "nl": "{value!r} noemt geen jaar: leeg gelaten"},
    "intake.problem.date-no-such-date": {"en": "{value!r} is a date that does not exist: left empty",
                                         "nl": "{value!r} is een datum die niet bestaat: leeg gelaten"},
    "intake.problem.date-implausible": {"en": "{value!r}: the year {year} looks like a typo; kept",
                                        "nl": "{value!r}: het jaar {year} lijkt een tikfout; overgenomen"},
    "intake.problem.date-note": {
        "en": "{value!r}: read as {date}; the note after the date is kept in the source column",
        "nl": "{value!r}: gelezen als {date}; de opmerking na de datum staat in de bronkolom"},
    "intake.problem.status-unknown": {
        "en": "status {value!r} has no lifecycle code in the mapping: left empty ({rows}×)",
        "nl": "status {value!r} heeft geen fase in de koppeling: leeg gelaten ({rows}×)"},
    "intake.problem.status-new": {
        "en": "status {value!r} is not in the mapping file: read as {code!r}",
        "nl": "status {value!r} staat niet in het koppelbestand: gelezen als {code!r}"},
    "intake.problem.not-in-model": {
        "en": "{value!r} is no outcome or practice of {model}: kept as written ({rows}×)",
        "nl": "{value!r} is geen uitkomst of praktijk van {model}: bewaard zoals geschreven "
              "({rows}×)"},
    "intake.problem.id-duplicate": {
        "en": "ID {value!r} is used earlier in the list ({first}): this one becomes {new!r}",
        "nl": "ID {value!r} komt eerder in de lijst voor ({first}): deze wordt {new!r}"},
    "intake.problem.id-placeholder": {
        "en": "ID {value!r} says there is no ID yet: each of these rows gets one made ({rows}×)",
        "nl": "ID {value!r} zegt dat er nog geen ID is: elk van deze rijen krijgt er een ({rows}×)"},
    "intake.problem.placeholder": {
        "en": "{value!r} says there is none yet: left empty ({rows}×)",
        "nl": "{value!r} zegt dat er nog niets is: leeg gelaten ({rows}×)"},
    "intake.problem.not-a-person": {
        "en": "{value!r} names nobody (a web address, a phone number or a sentence): no person is "
              "made; the text is kept in the source column ({rows}×)",
        "nl": "{value!r} noemt niemand (een webadres, telefoonnummer of zin): er wordt geen persoon "
              "van gemaakt; de tekst staat in de bronkolom ({rows}×)"},
    "intake.problem.id-merged": {
        "en": "the same record as in {first} (ID {value!r}, every value equal): read once",
        "nl": "hetzelfde record als in {first} (ID {value!r}, alle waarden gelijk): één keer gelezen"},
    "intake.problem.title-from-description": {
        "en": "no title: the start of the description is used",
        "nl": "geen titel: het begin van de omschrijving is gebruikt"},
    "intake.problem.title-missing": {
        "en": "no title and no description: kept without a title",
        "nl": "geen titel en geen omschrijving: zonder titel bewaard"},
    "intake.problem.end-before-start": {"en": "end {end} is before start {start}",
                                        "nl": "einde {end} ligt voor start {start}"},
    "intake.problem.hidden-row": {"en": "hidden in the source: imported",
                                  "nl": "verborgen in de bron: wel ingelezen"},
    "intake.problem.hidden-column": {"en": "column is hidden in the source: imported",
                                     "nl": "kolom is verborgen in de bron: wel ingelezen"},
    "intake.problem.duplicate-header": {
        "en": "a second column called {header!r}: kept as {kept!r}",
        "nl": "een tweede kolom met de naam {header!r}: bewaard als {kept!r}"},
    "intake.problem.unnamed-column": {"en": "a column without a header: kept as {kept!r}",
                                      "nl": "een kolom zonder kop: bewaard als {kept!r}"},
    "intake.problem.formula-without-value": {
        "en": "cell {cell} has a formula without a stored value: read as empty",
        "nl": "cel {cell} heeft een formule zonder opgeslagen waarde: leeg gelezen"},
    "intake.problem.column-missing": {
        "en": "column {header!r} of the mapping file is not in this source",
        "nl": "kolom {header!r} uit het koppelbestand staat niet in deze bron"},
    "intake.problem.column-new": {
        "en": "column {header!r} is not in the mapping file: read as {target!r}",
        "nl": "kolom {header!r} staat niet in het koppelbestand: gelezen als {target!r}"},
    "intake.problem.unit-two-parents": {
        "en": "unit {unit!r} is under {first!r} and also under {other!r}: {first!r} kept",
        "nl": "eenheid {unit!r} valt onder {first!r} en ook onder {other!r}: {first!r} aangehouden"},
    "intake.problem.layout-changed": {
        "en": "the header is not where the mapping file says: found it again",
        "nl": "de kop staat niet waar het koppelbestand zegt: opnieuw gezocht"},
    "intake.problem.workbook": {"en": "in the generated workbook: {message}",
                                "nl": "in de gemaakte werkmap: {message}"},
    # -- errors (one line, exit 1) ---------------------------------------------------------
    "intake.error.form": {
        "en": "{path}: a form (labels with a value beside them, like a reporting return), not a "
              "list of initiatives; nothing to import",
        "nl": "{path}: een formulier (labels met een waarde ernaast, zoals een rapportage), geen "
              "lijst van verbetertrajecten; niets in te lezen"},
    "intake.error.programme-workbook": {
        "en": "{path}: already an ohtrack workbook (its Programme and Initiatives sheets): use it "
              "as it is (ohtrack validate, map, playbook …), or import one sheet with --sheet",
        "nl": "{path}: al een ohtrack-werkmap (met de bladen Programma en Verbetertrajecten): "
              "gebruik hem zoals hij is (ohtrack validate, map, playbook …), of lees één blad in "
              "met --sheet"},
    "intake.error.blank": {
        "en": "{path}: a blank template: sheet '{sheet}' has the headers {headers} but no rows "
              "filled in; nothing to import",
        "nl": "{path}: een leeg sjabloon: blad '{sheet}' heeft de koppen {headers} maar geen "
              "ingevulde rijen; niets in te lezen"},
    "intake.error.blank-text": {
        "en": "{path}: a blank template: it has the headers {headers} but nothing filled in; "
              "nothing to import",
        "nl": "{path}: een leeg sjabloon: het heeft de koppen {headers} maar niets ingevuld; "
              "niets in te lezen"},
    "intake.error.no-table": {
        "en": "{path}: no list found (no row of column names above rows of data); nothing to import",
        "nl": "{path}: geen lijst gevonden (geen rij met kolomnamen boven rijen met gegevens); "
              "niets in te lezen"},
    "intake.error.prose": {
        "en": "{path}: no list found: its lines have no steady number of columns (text, not a "
              "table); nothing to import",
        "nl": "{path}: geen lijst gevonden: de regels hebben geen vast aantal kolommen (tekst, "
              "geen tabel); niets in te lezen"},
    "intake.error.no-sheet": {"en": "{path}: no sheet {sheet!r}; the sheets are {sheets}",
                              "nl": "{path}: geen blad {sheet!r}; de bladen zijn {sheets}"},
    "intake.error.same-file": {
        "en": "{path}: the output would overwrite the source; choose another -o file",
        "nl": "{path}: de uitvoer zou de bron overschrijven; kies een ander -o-bestand"},
    "intake.error.not-xlsx": {"en": "{path}: the output must be an .xlsx file",
                              "nl": "{path}: de uitvoer moet een .xlsx-bestand zijn"},
    "intake.error.mapping-exists": {
        "en": "{path}: a mapping file already exists; remove it or pass --force",
        "nl": "{path}: er is al een koppelbestand; verwijder het of gebruik --force"},
    "intake.error.empty": {"en": "{path}: an empty file (0 bytes)",
                           "nl": "{path}: een leeg bestand (0 bytes)"},
    "intake.error.memory-file": {
        "en": "{path}: refused: reading this {size} file would take about {need} of memory, more "
              "than the {budget} allowed; if the file is what you expect, allow more with "
              "{env}={suggest}",
        "nl": "{path}: geweigerd: dit bestand van {size} inlezen zou ongeveer {need} geheugen "
              "kosten, meer dan de toegestane {budget}; is het bestand wat u verwacht, sta dan "
              "meer toe met {env}={suggest}"},
    "intake.error.not-a-list": {"en": "{path}: not a spreadsheet or CSV file",
                                "nl": "{path}: geen spreadsheet of CSV-bestand"},
    "intake.error.password": {"en": "{path}: the workbook is password-protected",
                              "nl": "{path}: de werkmap is met een wachtwoord beveiligd"},
    "intake.error.unreadable": {"en": "{path}: can't be read ({detail})",
                                "nl": "{path}: kan niet gelezen worden ({detail})"},
    "intake.error.mapping-unreadable": {"en": "{path}: can't be read as a mapping file ({detail})",
                                        "nl": "{path}: is niet te lezen als koppelbestand ({detail})"},
    "intake.error.mapping-not-file": {
        "en": "{path}: not a file (a folder, a named pipe or a device), so no mapping file",
        "nl": "{path}: geen bestand (een map, een named pipe of een apparaat), dus geen koppelbestand"},
    "intake.error.mapping-too-big": {
        "en": "{path}: more than {size}, far more than any mapping file: not read",
        "nl": "{path}: groter dan {size}, veel groter dan een koppelbestand ooit is: niet gelezen"},
    "intake.error.mapping-suffix": {
        "en": "{path}: a mapping file ends in .toml; choose another name",
        "nl": "{path}: een koppelbestand eindigt op .toml; kies een andere naam"},
    "intake.error.mapping-toml": {"en": "{path}: not a valid TOML mapping file ({detail})",
                                  "nl": "{path}: geen geldig TOML-koppelbestand ({detail})"},
    "intake.error.mapping-invalid": {"en": "{path}: {detail}", "nl": "{path}: {detail}"},
    # -- summary -------------------------------------------------------------------------
    "intake.summary.read": {
        "en": "{path}: {rows} rows read from {where} ({layout})",
        "nl": "{path}: {rows} rijen gelezen uit {where} ({layout})"},
    "intake.summary.where.file": {"en": "the file", "nl": "het bestand"},
    "intake.summary.where.sheets": {"en": "sheet {sheets}", "nl": "blad {sheets}"},
    "intake.summary.layout.rows": {"en": "header in row {header}, one record per row",
                                   "nl": "kop in rij {header}, één record per rij"},
    "intake.summary.layout.columns": {"en": "transposed: header in column {header}, one record per "
                                            "column",
                                      "nl": "gekanteld: kop in kolom {header}, één record per kolom"},
    "intake.summary.text": {"en": "text file: {encoding}, separator {separator}",
                            "nl": "tekstbestand: {encoding}, scheidingsteken {separator}"},
    "intake.summary.skipped": {"en": "sheets left aside: {sheets}", "nl": "bladen niet gebruikt: {sheets}"},
    "intake.summary.columns": {
        "en": "columns: {mapped} mapped, {custom} kept as custom columns",
        "nl": "kolommen: {mapped} gekoppeld, {custom} bewaard als eigen kolommen"},
    "intake.summary.values": {
        "en": "values: {mapped} mapped, {generated} IDs generated, {empty} left empty, {custom} kept "
              "in custom columns",
        "nl": "waarden: {mapped} gekoppeld, {generated} ID's gemaakt, {empty} leeg gelaten, "
              "{custom} bewaard in eigen kolommen"},
    "intake.summary.on-model": {"en": "on the model ({model}): {n} of the {total} initiatives",
                                "nl": "op het model ({model}): {n} van de {total} verbetertrajecten"},
    "intake.summary.themes-open.one": {
        "en": "(1 theme has no outcome or practice yet: name it under [themes] in the mapping file)",
        "nl": "(1 thema heeft nog geen uitkomst of praktijk: noem die onder [themes] in het "
              "koppelbestand)"},
    "intake.summary.themes-open.many": {
        "en": "({n} themes have no outcome or practice yet: name them under [themes] in the mapping file)",
        "nl": "({n} thema's hebben nog geen uitkomst of praktijk: noem ze onder [themes] in het "
              "koppelbestand)"},
    "intake.summary.made": {
        "en": "made: {initiatives} initiatives, {units} units, {people} people, {goals} goals",
        "nl": "gemaakt: {initiatives} verbetertrajecten, {units} eenheden, {people} personen, "
              "{goals} doelen"},
    "intake.summary.merged": {"en": "{n} records found twice (every value equal) read once",
                              "nl": "{n} dubbele records (alle waarden gelijk) één keer gelezen"},
    "intake.summary.numbered": {"en": "{n} numbered rows without content left out",
                                "nl": "{n} genummerde rijen zonder inhoud overgeslagen"},
    "intake.summary.dates": {"en": "dates read by rule: {rules}", "nl": "datums per regel: {rules}"},
    "intake.summary.problems": {"en": "{errors}, {warnings}", "nl": "{errors}, {warnings}"},
    "intake.word.error": {"en": "error", "nl": "fout"},
    "intake.word.errors": {"en": "errors", "nl": "fouten"},
    "intake.word.warning": {"en": "warning", "nl": "waarschuwing"},
    "intake.word.warnings": {"en": "warnings", "nl": "waarschuwingen"},
    "intake.summary.more": {"en": "… and {n} more (--json lists them all)",
                            "nl": "… en nog {n} (--json geeft ze allemaal)"},
    "intake.summary.wrote": {"en": "wrote {path}", "nl": "{path} geschreven"},
    "intake.usage.output": {
        "en": "give -o PROGRAMME.xlsx (or --suggest to see the mapping first, or --json for a dry run)",
        "nl": "geef -o PROGRAMMA.xlsx (of --suggest om eerst de vertaling te zien, of --json om het "
              "alleen te proberen)"},
    "intake.summary.mapping": {"en": "wrote the mapping {path}: edit it, then run ohtrack import "
                                     "{source} --mapping {path} -o PROGRAMME.xlsx",
                               "nl": "koppeling {path} geschreven: pas hem aan en draai dan ohtrack "
                                     "import {source} --mapping {path} -o PROGRAMMA.xlsx"},
    "intake.headers": {"en": "Source column|Becomes|Confidence|Why|Cells hold",
                       "nl": "Bronkolom|Wordt|Zekerheid|Waarom|Cellen bevatten"},
    # -- the mapping file's comments ----------------------------------------------------------
    "intake.file.title": {"en": "ohtrack import mapping for {source}.",
                          "nl": "ohtrack-importkoppeling voor {source}."},
    "intake.file.edit": {
        "en": "Edit it and import with: ohtrack import SOURCE --mapping THIS_FILE -o programme.xlsx",
        "nl": "Pas hem aan en lees in met: ohtrack import BRON --mapping DIT_BESTAND -o programma.xlsx"},
    "intake.file.same": {
        "en": "It works for next month's copy of the list too: columns are named by their header.",
        "nl": "Hij werkt ook voor de kopie van volgende maand: kolommen heten naar hun kop."},
    "intake.file.sheet": {"en": "only this sheet; leave it out to use the best one",
                          "nl": "alleen dit blad; laat weg om het beste blad te nemen"},
    "intake.file.orientation": {"en": "rows: a record per row; columns: a record per column",
                                "nl": "rows: een record per rij; columns: een record per kolom"},
    "intake.file.header": {"en": "the row (or column) holding the headers",
                           "nl": "de rij (of kolom) met de koppen"},
    "intake.file.language": {"en": "nl or en: the workbook's headers",
                             "nl": "nl of en: de koppen van de werkmap"},
    "intake.file.columns": {"en": "Source column = target. Targets: {targets}.",
                            "nl": "Bronkolom = doelveld. Doelvelden: {targets}."},
    "intake.file.custom": {"en": "custom keeps the column as it is (a custom column of the workbook).",
                           "nl": "custom bewaart de kolom zoals hij is (een eigen kolom in de werkmap)."},
    "intake.file.status": {
        "en": "Source status word (or RAG colour) = idea, planned, active, done, embedded, stopped, "
              "or \"\" for no status.",
        "nl": "Statuswoord (of RAG-kleur) uit de bron = idea, planned, active, done, embedded, "
              "stopped, of \"\" voor geen status."},
    "intake.file.themes": {
        "en": "Source theme or category = an outcome or practice of the model, or \"\" to keep it "
              "only as written.",
        "nl": "Thema of categorie uit de bron = een uitkomst of praktijk van het model, of \"\" om "
              "het alleen zo te bewaren."},
    "intake.file.dates": {"en": "Dates like 1/3/22: day-first (1 March) or month-first (3 January).",
                          "nl": "Datums als 1/3/22: day-first (1 maart) of month-first (3 januari)."},
    "intake.file.closest": {"en": "closest: {names}", "nl": "het dichtst bij: {names}"},
    "intake.file.none-close": {
        "en": "no outcome or practice of the model is close: name one or leave it empty",
        "nl": "geen uitkomst of praktijk van het model ligt dichtbij: noem er een of laat leeg"},
    "intake.file.no-code": {"en": "no lifecycle code found: fill one in or leave it empty{names}",
                            "nl": "geen fase gevonden: vul er een in of laat leeg{names}"},
    "intake.problem-headers": {"en": "Where|Severity|Problem", "nl": "Waar|Ernst|Probleem"},
    "intake.why.header": {"en": "header", "nl": "kop"},
    "intake.why.content": {"en": "content", "nl": "inhoud"},
    "intake.why.mapping": {"en": "mapping file", "nl": "koppelbestand"},
    "intake.why.new": {"en": "new", "nl": "nieuw"},
    "intake.severity.error": {"en": "error", "nl": "fout"},
    "intake.severity.warning": {"en": "warning", "nl": "waarschuwing"},
    "intake.skip.hidden": {"en": "hidden", "nl": "verborgen"},
    "intake.skip.empty": {"en": "empty", "nl": "leeg"},
    "intake.skip.blank": {"en": "blank template", "nl": "leeg sjabloon"},
    "intake.skip.form": {"en": "form", "nl": "formulier"},
    "intake.skip.help": {"en": "help or template", "nl": "uitleg of sjabloon"},
    "intake.skip.other-layout": {"en": "other layout: use --sheet", "nl": "andere opmaak: gebruik --sheet"},
}

_TARGETS = {
    "id": ("ID", "ID"), "title": ("title", "titel"), "unit": ("unit", "eenheid"),
    "owner": ("owner", "eigenaar"), "status": ("status", "status"),
    "outcomes": ("outcomes", "uitkomsten"), "practices": ("practices", "praktijken"),
    "goal": ("goal", "doel"), "start": ("start", "start"), "end": ("end", "einde"),
    "participants": ("participants", "deelnemers"), "description": ("description", "omschrijving"),
    "impact": ("impact", "impact"), "rag": ("RAG colour", "RAG-kleur"), "theme": ("theme", "thema"),
    "unit_name": ("unit name", "naam eenheid"), "unit_parent": ("parent unit", "bovenliggende eenheid"),
    "custom": ("custom column", "eigen kolom"),
}
_KINDS = {
    "empty": ("empty", "leeg"), "date": ("dates", "datums"), "number": ("numbers", "getallen"),
    "money": ("money", "geldbedragen"), "colour": ("colours", "kleuren"),
    "person": ("names of people", "namen van personen"), "email": ("e-mail addresses", "e-mailadressen"),
    "status": ("status words", "statuswoorden"), "few values": ("few values", "weinig waarden"),
    "code": ("codes", "codes"), "text": ("text", "tekst"), "long text": ("long text", "lange tekst"),
    "level": ("levels (high, low …)", "niveaus (hoog, laag …)"),
}
_RULES = {
    "date-cell": ("date cell", "datumcel"), "excel-serial": ("Excel serial", "Excel-volgnummer"),
    "iso": ("ISO date", "ISO-datum"), "iso-month": ("ISO month", "ISO-maand"),
    "day-month-year": ("day-month-year", "dag-maand-jaar"),
    "day-month-short-year": ("day-month-short year", "dag-maand-kort jaar"),
    "month-day-year": ("month-day-year", "maand-dag-jaar"),
    "month-name-year": ("month name and year", "maandnaam en jaar"),
    "month-name-day-year": ("month name, day, year", "maandnaam, dag, jaar"),
    "day-month-name-year": ("day, month name, year", "dag, maandnaam, jaar"),
    "month-range": ("range of months", "reeks maanden"), "season": ("season", "seizoen"),
    "quarter": ("quarter", "kwartaal"), "fiscal-year": ("fiscal year", "boekjaar"),
    "fiscal-quarter": ("fiscal quarter", "kwartaal van een boekjaar"),
    "year": ("year", "jaar"), "iso-week": ("ISO week", "ISO-week"),
    "part-of-period": ("part of a period", "deel van een periode"),
    "note-dropped": ("date with a note", "datum met opmerking"),
}
TEXTS.update({f"intake.rule.{k}": {"en": en, "nl": nl} for k, (en, nl) in _RULES.items()})
TEXTS.update({f"intake.target.{k}": {"en": en, "nl": nl} for k, (en, nl) in _TARGETS.items()})
TEXTS.update({f"intake.kind.{k}": {"en": en, "nl": nl} for k, (en, nl) in _KINDS.items()})
