"""Words of the workbook template: instructions, header comments and drop-down messages."""

TEXTS: dict[str, dict[str, str]] = {
    # sheet names and the Programme sheet's own headers
    "template.instructions_sheet": {"en": "Instructions", "nl": "Instructies"},
    "template.lists_sheet": {"en": "Lists", "nl": "Lijsten"},
    "template.field": {"en": "Field", "nl": "Veld"},
    "template.value": {"en": "Value", "nl": "Waarde"},
    "template.help": {"en": "Help", "nl": "Toelichting"},
    "template.field_help": {"en": "The name of a programme field; keep it as it is.",
                            "nl": "De naam van een programmaveld; laat deze staan."},
    "template.value_help": {"en": "Fill in the value of the field.",
                            "nl": "Vul hier de waarde van het veld in."},
    "template.help_help": {"en": "What the field means; ohtrack does not read this column.",
                           "nl": "Wat het veld betekent; ohtrack leest deze kolom niet."},
    "template.required": {"en": "Required.", "nl": "Verplicht."},
    "template.yes": {"en": "yes", "nl": "ja"},
    "template.no": {"en": "no", "nl": "nee"},
    "template.comment_author": {"en": "ohtrack", "nl": "ohtrack"},
    # purposes of the sheets whose contract entry has no help text
    "template.sheet.people": {
        "en": "The people involved: managers, foremen, coaches, team members.",
        "nl": "De betrokken mensen: leidinggevenden, voormannen, coaches, teamleden."},
    "template.sheet.relations": {
        "en": "Who works with, reports to, advises or coaches whom: the network.",
        "nl": "Wie werkt samen met, rapporteert aan, adviseert of coacht wie: het netwerk."},
    "template.sheet.events": {
        "en": "Learning moments: learning circles, intervision, pitstops, training.",
        "nl": "Leermomenten: leercirkels, intervisie, pitstops, trainingen."},
    "template.sheet.indicators": {
        "en": "What you measure, with baseline, impulse target and ambition.",
        "nl": "Wat u meet, met nulmeting, impulsdoel en ambitie."},
    "template.sheet.measurements": {
        "en": "Measured values of the indicators over time.",
        "nl": "Gemeten waarden van de indicatoren door de tijd."},
    "template.sheet.model": {
        "en": "Only for model = custom: one outcome per row with one of its practices.",
        "nl": "Alleen bij model = custom: per rij een uitkomst met een van haar praktijken."},
    # how a column is filled in, by kind and by reference
    "template.kind.id": {"en": "A unique code (text), e.g. I001.",
                         "nl": "Een unieke code (tekst), bv. I001."},
    "template.kind.key": {"en": "A code (text); rows with the same code belong together.",
                          "nl": "Een code (tekst); rijen met dezelfde code horen bij elkaar."},
    "template.kind.text": {"en": "Free text.", "nl": "Vrije tekst."},
    "template.kind.date": {"en": "A date: 2022-03-01 or 1-3-2022.",
                           "nl": "Een datum: 1-3-2022 of 2022-03-01."},
    "template.kind.multi": {"en": "Several values: separate them with ; or |.",
                            "nl": "Meerdere waarden: scheid ze met ; of |."},
    "template.kind.int": {"en": "A whole number.", "nl": "Een geheel getal."},
    "template.kind.float": {"en": "A number.", "nl": "Een getal."},
    "template.kind.cell": {"en": "Text or a number.", "nl": "Tekst of een getal."},
    "template.kind.bool": {"en": "Yes or no (yes, ja, x, 1 … mean yes).",
                           "nl": "Ja of nee (ja, yes, x, 1 … betekenen ja)."},
    "template.ref.sheet": {"en": "An ID from the {sheet} sheet.",
                           "nl": "Een ID uit het blad {sheet}."},
    "template.ref.person_or_unit": {"en": "IDs from the {people} or {units} sheet.",
                                    "nl": "ID's uit het blad {people} of {units}."},
    "template.ref.outcome": {"en": "An outcome of the health model (see {sheet}).",
                             "nl": "Een uitkomst uit het gezondheidsmodel (zie {sheet})."},
    "template.ref.practice": {"en": "A practice of the health model (see {sheet}).",
                              "nl": "Een praktijk uit het gezondheidsmodel (zie {sheet})."},
    "template.vocab.closed": {"en": "Choose from the list: {values}.",
                              "nl": "Kies uit de lijst: {values}."},
    "template.vocab.open": {"en": "Choose from the list or type your own word: {values}.",
                            "nl": "Kies uit de lijst of typ een eigen woord: {values}."},
    # drop-down messages
    "template.dv.closed_title": {"en": "Not in the list", "nl": "Niet in de lijst"},
    "template.dv.closed": {"en": "Choose a value from the drop-down list.",
                           "nl": "Kies een waarde uit de keuzelijst."},
    "template.dv.multi_title": {"en": "Several values?", "nl": "Meerdere waarden?"},
    "template.dv.multi": {
        "en": "Separate several values with ; (e.g. A; B). Names the model doesn't know are "
              "reported by 'ohtrack validate'.",
        "nl": "Scheid meerdere waarden met ; (bv. A; B). Namen die het model niet kent, meldt "
              "'ohtrack validate'."},
    "template.dv.name_title": {"en": "Not in the model?", "nl": "Niet in het model?"},
    "template.dv.name": {
        "en": "This name is not in the list of the model. Keep it anyway?",
        "nl": "Deze naam staat niet in de lijst van het model. Toch bewaren?"},
    # names of the lists on the hidden sheet
    "template.list.status": {"en": "Initiative status", "nl": "Status verbetertraject"},
    "template.list.event_type": {"en": "Event type", "nl": "Soort leermoment"},
    "template.list.event_status": {"en": "Event status", "nl": "Status leermoment"},
    "template.list.relation_type": {"en": "Relation type", "nl": "Soort relatie"},
    "template.list.group_type": {"en": "Group type", "nl": "Soort groep"},
    "template.list.direction": {"en": "Direction", "nl": "Richting"},
    "template.list.goal_level": {"en": "Goal level", "nl": "Niveau doel"},
    "template.list.language": {"en": "Language", "nl": "Taal"},
    "template.list.module_form": {"en": "Module form", "nl": "Werkvorm module"},
    "template.list.module_kind": {"en": "Required or elective", "nl": "Verplicht of keuze"},
    "template.list.enrolment_status": {"en": "Enrolment status", "nl": "Status inschrijving"},
    "template.list.credential_status": {"en": "Credential status", "nl": "Status certificaat"},
    "template.list.score_source": {"en": "Score source", "nl": "Bron score"},
    "template.list.score_moment": {"en": "Score moment", "nl": "Moment score"},
    "template.list.development_status": {"en": "Development point status",
                                         "nl": "Status ontwikkelpunt"},
    "template.list.model": {"en": "Health model", "nl": "Gezondheidsmodel"},
    "template.list.outcome": {"en": "Outcomes", "nl": "Uitkomsten"},
    "template.list.practice": {"en": "Practices", "nl": "Praktijken"},
    # the instructions sheet
    "template.title": {"en": "ohtrack workbook: how to fill it in",
                       "nl": "ohtrack-werkboek: zo vult u het in"},
    "template.model_line": {"en": "Health model: {name} ({id})",
                            "nl": "Gezondheidsmodel: {name} ({id})"},
    "template.custom_name": {"en": "your own model", "nl": "eigen model"},
    "template.about": {"en": "About", "nl": "Over dit werkboek"},
    "template.intro": {
        "en": "Fill in the sheets you need; only {programme} and {initiatives} are required. "
              "Every column header has a note with help (hover over it). Orange headers are "
              "required columns. Check the workbook with 'ohtrack validate FILE.xlsx': it lists "
              "every problem with its sheet and cell.",
        "nl": "Vul de bladen in die u nodig hebt; alleen {programme} en {initiatives} zijn "
              "verplicht. Elke kolomkop heeft een notitie met uitleg (ga er met de muis op "
              "staan). Oranje koppen zijn verplichte kolommen. Controleer het werkboek met "
              "'ohtrack validate BESTAND.xlsx': dat noemt elk probleem met blad en cel."},
    "template.sheets_heading": {"en": "Sheet", "nl": "Blad"},
    "template.required_heading": {"en": "Required", "nl": "Verplicht"},
    "template.purpose_heading": {"en": "What it is for", "nl": "Waarvoor"},
    "template.required_columns": {"en": "Required columns: {columns}.",
                                  "nl": "Verplichte kolommen: {columns}."},
    "template.rules_heading": {"en": "Filling in", "nl": "Zo vult u in"},
    "template.rule.multi_label": {"en": "Several values", "nl": "Meerdere waarden"},
    "template.rule.multi": {
        "en": "Cells with several values (outcomes, practices, participants, attendees) are "
              "separated by ; or |, e.g. P001; P007. The drop-down picks one value; type the "
              "others after a ;.",
        "nl": "Cellen met meerdere waarden (uitkomsten, praktijken, deelnemers, aanwezigen) "
              "scheidt u met ; of |, bv. P001; P007. De keuzelijst kiest één waarde; typ de "
              "andere erachter na een ;."},
    "template.rule.dates_label": {"en": "Dates", "nl": "Datums"},
    "template.rule.dates": {
        "en": "Real Excel dates, ISO dates (2022-03-01) or Dutch dates (1-3-2022, 01-03-2022).",
        "nl": "Echte Excel-datums, ISO-datums (2022-03-01) of Nederlandse datums (1-3-2022, "
              "01-03-2022)."},
    "template.rule.ids_label": {"en": "IDs", "nl": "ID's"},
    "template.rule.ids": {
        "en": "IDs are text and unique within their sheet; other sheets refer to them (Owner, "
              "Unit, Participants …). 12 and 12.0 are the same ID.",
        "nl": "ID's zijn tekst en uniek binnen hun blad; andere bladen verwijzen ernaar "
              "(Eigenaar, Eenheid, Deelnemers …). 12 en 12,0 zijn hetzelfde ID."},
    "template.rule.headers_label": {"en": "Headers and rows", "nl": "Koppen en rijen"},
    "template.rule.headers": {
        "en": "Keep the header row; Dutch and English headers both work. Columns you add are "
              "kept as your own fields. Empty rows are skipped; a row with only an ID is an "
              "error.",
        "nl": "Laat de koprij staan; Nederlandse en Engelse koppen werken allebei. Kolommen die "
              "u toevoegt, blijven bewaard als eigen velden. Lege rijen worden overgeslagen; een "
              "rij met alleen een ID is een fout."},
    "template.rule.roles_label": {"en": "Roles in groups", "nl": "Rollen in groepen"},
    "template.rule.roles": {
        "en": "On {programme} a field roles.<type> lists the roles a group type needs, e.g. "
              "roles.triad = foreman; job coach; candidate. Incomplete groups are then found.",
        "nl": "Op {programme} noemt een veld rollen.<soort> de rollen die een soort groep nodig "
              "heeft, bv. rollen.driehoek = voorman; jobcoach; kandidaat. Onvolledige groepen "
              "worden dan gevonden."},
    "template.lists_heading": {"en": "Drop-down lists", "nl": "Keuzelijsten"},
    "template.list_open": {"en": "open: own words allowed", "nl": "open: eigen woorden mogen"},
    "template.list_closed": {"en": "fixed", "nl": "vast"},
    "template.status_heading": {"en": "Life cycle of an initiative",
                                "nl": "Levensloop van een verbetertraject"},
    "template.lifecycle_label": {"en": "Order", "nl": "Volgorde"},
    "template.lifecycle": {"en": "{flow}; {stopped} can happen at any moment.",
                           "nl": "{flow}; {stopped} kan op elk moment."},
    "template.status.idea": {"en": "An idea, not yet decided.",
                             "nl": "Een idee, nog niet besloten."},
    "template.status.planned": {"en": "Decided and planned, not started.",
                                "nl": "Besloten en gepland, nog niet begonnen."},
    "template.status.active": {"en": "Running.", "nl": "Loopt."},
    "template.status.done": {"en": "Finished; the result is there.",
                             "nl": "Klaar; het resultaat is er."},
    "template.status.embedded": {"en": "The new way of working is part of daily work.",
                                 "nl": "De nieuwe werkwijze hoort bij het gewone werk."},
    "template.status.stopped": {"en": "Stopped before it was finished.",
                                "nl": "Gestopt voordat het klaar was."},
    "template.event_heading": {"en": "Status of a learning moment",
                               "nl": "Status van een leermoment"},
    "template.event_lifecycle": {"en": "{planned}, then {held} or {cancelled}.",
                                 "nl": "{planned}, daarna {held} of {cancelled}."},
    "template.model_heading": {"en": "Outcomes and practices of {name}",
                               "nl": "Uitkomsten en praktijken van {name}"},
    "template.custom_model": {
        "en": "Your own model: list its outcomes and practices on the {sheet} sheet (Outcome | "
              "Practice | Description, one practice per row).",
        "nl": "Uw eigen model: zet de uitkomsten en praktijken op het blad {sheet} (Uitkomst | "
              "Praktijk | Omschrijving, één praktijk per rij)."},
    # the words of `ohtrack models` (the model list that the template's drop-downs come from)
    "template.models.id": {"en": "id", "nl": "id"},
    "template.models.name": {"en": "name", "nl": "naam"},
    "template.models.outcomes": {"en": "outcomes", "nl": "uitkomsten"},
    "template.models.practices": {"en": "practices", "nl": "praktijken"},
    "template.models.source": {"en": "Source: {source}", "nl": "Bron: {source}"},
    "template.models.crosswalk": {
        "en": "Crosswalk to {other}: {paired} of {total} practices paired by the same name in both "
              "published lists; without a counterpart: {unmatched}",
        "nl": "Vertaaltabel naar {other}: {paired} van {total} praktijken gekoppeld (dezelfde naam in "
              "beide gepubliceerde lijsten); zonder tegenhanger: {unmatched}"},
}
