"""Words of the playbook ("draaiboek"): section titles, table headers, notes and labels."""

TEXTS: dict[str, dict[str, str]] = {
    "playbook.title": {"en": "Playbook", "nl": "Draaiboek"},
    "playbook.contents": {"en": "Contents", "nl": "Inhoud"},
    # section titles
    "playbook.section.mission": {"en": "Mission and vision", "nl": "Missie en visie"},
    "playbook.section.goals": {"en": "Goals", "nl": "Doelen"},
    "playbook.section.model": {"en": "Where we stand on the health model",
                               "nl": "Waar we staan op het gezondheidsmodel"},
    "playbook.section.approach": {"en": "The approach", "nl": "De aanpak"},
    "playbook.section.people": {"en": "People and network", "nl": "Mensen en netwerk"},
    "playbook.section.lessons": {"en": "What we learned", "nl": "Wat we geleerd hebben"},
    "playbook.section.indicators": {"en": "Indicators and results", "nl": "Indicatoren en resultaten"},
    "playbook.section.embedding": {"en": "Embedding", "nl": "Borging"},
    "playbook.section.appendix": {"en": "Appendix", "nl": "Bijlage"},
    # notes for sections left out because they are empty
    "playbook.empty.mission": {"en": "No mission or vision recorded.",
                               "nl": "Geen missie of visie vastgelegd."},
    "playbook.empty.goals": {"en": "No goals recorded.", "nl": "Geen doelen vastgelegd."},
    "playbook.empty.model": {"en": "No initiatives mapped onto the health model.",
                             "nl": "Geen verbetertrajecten op het gezondheidsmodel geplot."},
    "playbook.empty.approach": {"en": "No initiatives recorded.",
                                "nl": "Geen verbetertrajecten vastgelegd."},
    "playbook.empty.people": {"en": "No people, groups, learning events or relations recorded.",
                              "nl": "Geen personen, groepen, leermomenten of relaties vastgelegd."},
    "playbook.empty.lessons": {"en": "No lessons recorded.", "nl": "Geen leerervaringen vastgelegd."},
    "playbook.empty.indicators": {"en": "No indicators recorded.", "nl": "Geen indicatoren vastgelegd."},
    "playbook.empty.embedding": {"en": "No initiatives embedded yet and no lasting routines recorded.",
                                 "nl": "Nog geen geborgde verbetertrajecten en geen blijvende routines "
                                       "vastgelegd."},
    # mission
    "playbook.mission": {"en": "Mission", "nl": "Missie"},
    "playbook.vision": {"en": "Vision", "nl": "Visie"},
    "playbook.mission.years": {
        "en": "Baseline {baseline}, impulse {impulse}, ambition {ambition}.",
        "nl": "Nulmeting {baseline}, impuls {impulse}, ambitie {ambition}."},
    "playbook.mission.phase.impulse": {
        "en": "On the report date the programme works towards the impulse of {impulse}.",
        "nl": "Op de rapportdatum werkt het programma naar de impuls van {impulse}."},
    "playbook.mission.phase.ambition": {
        "en": "On the report date the impulse year is past; the programme works towards the "
              "ambition of {ambition}.",
        "nl": "Op de rapportdatum is het impulsjaar voorbij; het programma werkt naar de ambitie "
              "van {ambition}."},
    "playbook.mission.phase.past": {
        "en": "On the report date the ambition year ({ambition}) is past too.",
        "nl": "Op de rapportdatum is ook het ambitiejaar ({ambition}) voorbij."},
    # goals
    "playbook.goals.intro": {
        "en": "The cascade from the corporate plan to the year plan: each goal under the goal it serves.",
        "nl": "De doorvertaling van het concernplan naar het jaarplan: elk doel onder het doel dat het "
              "dient."},
    "playbook.goals.owner": {"en": "owner: {owner}", "nl": "eigenaar: {owner}"},
    "playbook.goals.outcomes": {"en": "outcomes: {outcomes}", "nl": "uitkomsten: {outcomes}"},
    "playbook.goals.initiatives.one": {"en": "1 initiative", "nl": "1 verbetertraject"},
    "playbook.goals.initiatives.many": {"en": "{n} initiatives", "nl": "{n} verbetertrajecten"},
    "playbook.goals.under": {"en": "(under: {parent})", "nl": "(valt onder: {parent})"},
    "playbook.level.corporate": {"en": "Corporate", "nl": "Concern"},
    "playbook.level.site": {"en": "Site", "nl": "Locatie"},
    "playbook.level.process": {"en": "Process", "nl": "Kernproces"},
    "playbook.level.year": {"en": "Year plan", "nl": "Jaarplan"},
    # model
    "playbook.model.intro.one": {
        "en": "1 initiative plotted on {model}: how many work on each outcome.",
        "nl": "1 verbetertraject geplot op {model}: hoeveel er aan elke uitkomst werken."},
    "playbook.model.intro.many": {
        "en": "{n} initiatives plotted on {model}: how many work on each outcome.",
        "nl": "{n} verbetertrajecten geplot op {model}: hoeveel er aan elke uitkomst werken."},
    "playbook.model.count": {"en": "Initiatives", "nl": "Verbetertrajecten"},
    "playbook.model.practices": {"en": "Practices touched", "nl": "Geraakte praktijken"},
    "playbook.model.gaps": {"en": "Gaps: outcomes no initiative works on",
                            "nl": "Witte vlekken: uitkomsten waar geen verbetertraject aan werkt"},
    "playbook.model.no_gaps": {"en": "Every outcome has at least one initiative.",
                               "nl": "Aan elke uitkomst werkt minstens één verbetertraject."},
    "playbook.model.practice_gaps": {"en": "Practices no initiative works on",
                                     "nl": "Praktijken waar geen verbetertraject aan werkt"},
    "playbook.model.balance": {
        "en": "Balance: {value} (Pielou's evenness {formula}, n_i = initiatives on outcome i, K = outcomes "
              "in the model; 0 = all on one outcome, 1 = spread evenly).",
        "nl": "Balans: {value} (Pielou's evenredigheid {formula}, n_i = verbetertrajecten op uitkomst i, "
              "K = uitkomsten in het model; 0 = alles op één uitkomst, 1 = gelijk verdeeld)."},
    "playbook.model.findings": {"en": "Findings", "nl": "Bevindingen"},
    "playbook.model.figure": {"en": "Initiatives per outcome and {axis}",
                              "nl": "Verbetertrajecten per uitkomst en {axis}"},
    "playbook.model.figure_alt": {"en": "Heat map of the number of initiatives per outcome",
                                  "nl": "Heatmap van het aantal verbetertrajecten per uitkomst"},
    # approach
    "playbook.approach.intro.one": {"en": "1 initiative on {date}: {parts}.",
                                    "nl": "1 verbetertraject op {date}: {parts}."},
    "playbook.approach.intro.many": {"en": "{n} initiatives on {date}: {parts}.",
                                     "nl": "{n} verbetertrajecten op {date}: {parts}."},
    "playbook.approach.not_mapped": {"en": "Not plotted on the model", "nl": "Niet op het model geplot"},
    "playbook.approach.unknown_outcome": {"en": "Not in the model: {name}",
                                          "nl": "Niet in het model: {name}"},
    # people
    "playbook.people.roles": {"en": "Roles", "nl": "Rollen"},
    "playbook.people.intro.one": {"en": "{people} in 1 unit.", "nl": "{people} in 1 eenheid."},
    "playbook.people.intro.many": {"en": "{people} in {n} units.", "nl": "{people} in {n} eenheden."},
    "playbook.people.count.one": {"en": "1 person", "nl": "1 persoon"},
    "playbook.people.count.many": {"en": "{n} people", "nl": "{n} personen"},
    "playbook.people.intro_no_units": {"en": "{people}.", "nl": "{people}."},
    "playbook.people.count": {"en": "People", "nl": "Personen"},
    "playbook.people.groups": {"en": "Triads, learning groups and teams",
                               "nl": "Driehoeken, leergroepen en teams"},
    "playbook.people.members": {"en": "Members", "nl": "Leden"},
    "playbook.people.missing": {"en": "Missing roles", "nl": "Ontbrekende rollen"},
    "playbook.people.events": {"en": "Learning events held", "nl": "Gehouden leermomenten"},
    "playbook.people.events_part.held": {"en": "{n} held", "nl": "{n} gehouden"},
    "playbook.people.events_part.planned": {"en": "{n} planned", "nl": "{n} gepland"},
    "playbook.people.events_part.cancelled": {"en": "{n} cancelled", "nl": "{n} geannuleerd"},
    "playbook.people.events_overdue.one": {
        "en": "1 more was planned before the report date but is not recorded as held.",
        "nl": "Nog 1 stond gepland vóór de rapportdatum, maar is niet als gehouden vastgelegd."},
    "playbook.people.events_overdue.many": {
        "en": "{n} more were planned before the report date but are not recorded as held.",
        "nl": "Nog {n} stonden gepland vóór de rapportdatum, maar zijn niet als gehouden vastgelegd."},
    "playbook.people.attendees": {"en": "Attendees", "nl": "Aanwezigen"},
    "playbook.people.facilitator": {"en": "Facilitator", "nl": "Begeleider"},
    "playbook.people.ties": {"en": "Cross-unit ties", "nl": "Verbindingen tussen eenheden"},
    "playbook.people.ties_intro": {
        "en": "{cross} of the {total} ties between people (relations, shared groups, learning events "
              "and initiatives) connect different units.",
        "nl": "{cross} van de {total} verbindingen tussen mensen (relaties, gedeelde groepen, leermomenten "
              "en verbetertrajecten) verbinden verschillende eenheden."},
    "playbook.people.ties_count": {"en": "Ties", "nl": "Verbindingen"},
    "playbook.people.network": {"en": "The network", "nl": "Het netwerk"},
    # lessons
    "playbook.lessons.intro": {
        "en": "{n} lessons in the reflect cycle: what do we see, what does it say, what do we do with it.",
        "nl": "{n} leerervaringen volgens de reflectiecyclus: wat zien we, wat zegt dit, wat doen we "
              "ermee."},
    "playbook.lessons.see": {"en": "What we see", "nl": "Wat zien we"},
    "playbook.lessons.means": {"en": "What it says", "nl": "Wat zegt dit"},
    "playbook.lessons.do": {"en": "What we do with it", "nl": "Wat doen we ermee"},
    "playbook.lessons.general": {"en": "General", "nl": "Algemeen"},
    # indicators
    "playbook.indicators.intro": {
        "en": "From baseline ({baseline}) through impulse ({impulse}) to ambition ({ambition}).",
        "nl": "Van nulmeting ({baseline}) via impuls ({impulse}) naar ambitie ({ambition})."},
    "playbook.indicators.intro_no_years": {
        "en": "From baseline through impulse to ambition (the Programme sheet gives no years).",
        "nl": "Van nulmeting via impuls naar ambitie (het Programma-blad noemt geen jaren)."},
    "playbook.indicators.name": {"en": "Indicator", "nl": "Indicator"},
    "playbook.indicators.direction": {"en": "Better is", "nl": "Beter is"},
    "playbook.indicators.baseline": {"en": "Baseline", "nl": "Nulmeting"},
    "playbook.indicators.impulse": {"en": "Impulse", "nl": "Impuls"},
    "playbook.indicators.ambition": {"en": "Ambition", "nl": "Ambitie"},
    "playbook.indicators.latest": {"en": "Latest value", "nl": "Laatste waarde"},
    "playbook.indicators.progress": {"en": "Progress", "nl": "Voortgang"},
    "playbook.indicators.counts": {"en": "Where the indicators stand: {counts}.",
                                   "nl": "Waar de indicatoren staan: {counts}."},
    "playbook.indicators.figure": {"en": "Each indicator's measurements against its path and targets",
                                   "nl": "De metingen van elke indicator tegen het pad en de doelen"},
    "playbook.indicators.measurements": {"en": "{n} measurements recorded, the latest on {date}.",
                                         "nl": "{n} metingen vastgelegd, de laatste op {date}."},
    "playbook.direction.higher": {"en": "higher", "nl": "hoger"},
    "playbook.direction.lower": {"en": "lower", "nl": "lager"},
    # embedding
    "playbook.embedding.intro.one": {
        "en": "1 initiative is embedded: it is part of the daily work now.",
        "nl": "1 verbetertraject is geborgd: het hoort nu bij het dagelijks werk."},
    "playbook.embedding.intro.many": {
        "en": "{n} initiatives are embedded: they are part of the daily work now.",
        "nl": "{n} verbetertrajecten zijn geborgd: ze horen nu bij het dagelijks werk."},
    "playbook.embedding.owners": {"en": "Who owns what", "nl": "Wie is eigenaar van wat"},
    "playbook.embedding.routines": {"en": "Routines that stay", "nl": "Routines die blijven"},
    "playbook.embedding.routines_intro": {
        "en": "Learning events that recur (held at least twice, or held and planned again).",
        "nl": "Leermomenten die terugkeren (minstens twee keer gehouden, of gehouden en opnieuw gepland)."},
    "playbook.embedding.routine": {"en": "Routine", "nl": "Routine"},
    "playbook.embedding.held": {"en": "Held", "nl": "Gehouden"},
    "playbook.embedding.last": {"en": "Last held", "nl": "Laatst gehouden"},
    "playbook.embedding.next": {"en": "Next planned", "nl": "Volgende gepland"},
    "playbook.embedding.passed": {"en": "{date} (date passed, not recorded as held)",
                                  "nl": "{date} (datum voorbij, niet als gehouden vastgelegd)"},
    # appendix
    "playbook.made": {"en": "Made on {date} with ohtrack.", "nl": "Gemaakt op {date} met ohtrack."},
    "playbook.made_as_of": {
        "en": "Made on {date} with ohtrack; it describes the programme as of {as_of}.",
        "nl": "Gemaakt op {date} met ohtrack; het beschrijft het programma per {as_of}."},
    "playbook.back_to_top": {"en": "Back to top", "nl": "Naar boven"},
    "playbook.tip": {"en": "Tip", "nl": "Tip"},
    "playbook.page_of": {"en": "page {page} of {pages}", "nl": "pagina {page} van {pages}"},
    "playbook.figure_label": {"en": "Figure {n}", "nl": "Figuur {n}"},
    "playbook.appendix.as_of": {"en": "Every section describes the programme as of {date}.",
                                "nl": "Elk hoofdstuk beschrijft het programma per {date}."},
    "playbook.intro": {
        "en": "This playbook describes the road from mission and vision to result and embedding, with "
              "practical tips for those who take the same road.",
        "nl": "Dit draaiboek beschrijft de weg van missie en visie tot resultaat en borging, met praktische "
              "tips voor wie dezelfde weg gaat."},
    "playbook.appendix.model": {"en": "The model: {name}", "nl": "Het model: {name}"},
    "playbook.appendix.source": {"en": "Source: {source}", "nl": "Bron: {source}"},
    "playbook.appendix.data": {"en": "The data", "nl": "De gegevens"},
    "playbook.appendix.data_date": {"en": "The data runs to {date}.", "nl": "De gegevens lopen tot {date}."},
    "playbook.appendix.generated": {"en": "Made on {date} with ohtrack {version}.",
                                    "nl": "Gemaakt op {date} met ohtrack {version}."},
    "playbook.appendix.pseudonymised": {"en": "Names of people are replaced by pseudonyms.",
                                        "nl": "Namen van personen zijn vervangen door pseudoniemen."},
    "playbook.appendix.omitted": {"en": "Sections left out", "nl": "Weggelaten hoofdstukken"},
    "playbook.appendix.warnings": {"en": "Validation warnings", "nl": "Waarschuwingen bij de controle"},
    "playbook.appendix.no_warnings": {
        "en": "The workbook passed validation without warnings.",
        "nl": "Het werkboek is zonder waarschuwingen door de controle gekomen."},
    "playbook.appendix.where": {"en": "Where", "nl": "Waar"},
    "playbook.appendix.message": {"en": "Message", "nl": "Melding"},
    "playbook.appendix.code": {"en": "Code", "nl": "Code"},
    # summary, next steps, learning, privacy (draaiboek as a hand-over document)
    "playbook.section.summary": {"en": "Summary", "nl": "Samenvatting"},
    "playbook.section.learning": {"en": "Learning", "nl": "Leren"},
    "playbook.section.next_steps": {"en": "Getting started: next steps for the next section",
                                    "nl": "Aan de slag: volgende stappen voor de volgende sectie"},
    "playbook.empty.summary": {
        "en": "Nothing recorded to summarise.",
        "nl": "Niets vastgelegd om samen te vatten."},
    "playbook.empty.learning": {"en": "No learning routes recorded.", "nl": "Geen leerroutes vastgelegd."},
    "playbook.empty.next_steps": {"en": "No open points, tips or routines recorded.",
                                  "nl": "Geen open punten, tips of routines vastgelegd."},
    "playbook.data_note": {"en": "As of {as_of}.", "nl": "Stand per {as_of}."},
    "playbook.data_note_date": {"en": "As of {as_of}; the data in this chapter runs to {date}.",
                                "nl": "Stand per {as_of}; de gegevens in dit hoofdstuk lopen tot {date}."},
    "playbook.summary.as_of": {
        "en": "Where the programme stands on {date}, what worked and what is still open.",
                               "nl": "Waar het programma staat op {date}, wat werkte en wat nog openstaat."},
    "playbook.summary.stand": {"en": "Where we stand", "nl": "Waar we staan"},
    "playbook.summary.worked": {"en": "What worked", "nl": "Wat werkte"},
    "playbook.summary.open": {"en": "What is open", "nl": "Wat openstaat"},
    "playbook.summary.nothing_open": {"en": "Nothing is overdue or missed on the report date.",
                                      "nl": "Op de rapportdatum is niets over tijd of gemist."},
    "playbook.summary.all_covered": {"en": "Every outcome of the model has an initiative.",
                                     "nl": "Aan elke uitkomst van het model werkt een verbetertraject."},
    "playbook.summary.unmapped.one": {
        "en": "1 initiative is not on the model yet: {titles}.",
        "nl": "1 verbetertraject staat nog niet op het model: {titles}."},
    "playbook.summary.unmapped.many": {
        "en": "{n} initiatives are not on the model yet: {titles}.",
        "nl": "{n} verbetertrajecten staan nog niet op het model: {titles}."},
    "playbook.summary.none_mapped": {
        "en": "No initiative is on the model yet: which outcomes nobody works on can't be told.",
        "nl": "Nog geen verbetertraject staat op het model: welke uitkomsten niemand oppakt, is "
              "nog niet te zeggen."},
    "playbook.summary.map.one": {
        "en": "1 initiative works on {covered} of the {total} outcomes of {model}.",
        "nl": "1 verbetertraject werkt aan {covered} van de {total} uitkomsten van {model}."},
    "playbook.summary.map.many": {
        "en": "{n} initiatives work on {covered} of the {total} outcomes of {model}.",
        "nl": "{n} verbetertrajecten werken aan {covered} van de {total} uitkomsten van {model}."},
    "playbook.summary.initiatives.one": {"en": "1 initiative: {parts}.", "nl": "1 verbetertraject: {parts}."},
    "playbook.summary.initiatives.many": {"en": "{n} initiatives: {parts}.",
                                          "nl": "{n} verbetertrajecten: {parts}."},
    "playbook.summary.indicators.one": {"en": "1 indicator: {parts}.", "nl": "1 indicator: {parts}."},
    "playbook.summary.indicators.many": {"en": "{n} indicators: {parts}.", "nl": "{n} indicatoren: {parts}."},
    "playbook.summary.network": {
        "en": "The network: {people} with {ties}; {share} of the ties cross units.",
        "nl": "Het netwerk: {people} met {ties}; {share} daarvan loopt tussen eenheden."},
    "playbook.summary.network_no_units": {"en": "The network: {people} with {ties}.",
                                          "nl": "Het netwerk: {people} met {ties}."},
    "playbook.summary.network_no_ties": {
        "en": "The network: {people}, no ties between them yet (no relations, shared groups, "
              "learning events or initiatives of two people or more).",
        "nl": "Het netwerk: {people}, nog zonder verbindingen (geen relaties, gedeelde groepen, "
              "leermomenten of verbetertrajecten van twee mensen of meer)."},
    "playbook.summary.ties.one": {"en": "1 tie", "nl": "1 verbinding"},
    "playbook.summary.ties.many": {"en": "{n} ties", "nl": "{n} verbindingen"},
    "playbook.summary.growth": {
        "en": "At the end of {year} there were {ties:n} ties, {cross:n} between units (now {cross_now:n}).",
        "nl": "Eind {year} waren er {ties:n} verbindingen, {cross:n} tussen eenheden (nu {cross_now:n})."},
    "playbook.summary.route_none": {
        "en": "{name}: none of the {total} participants has completed the route yet.",
        "nl": "{name}: nog geen van de {total} deelnemers heeft de route afgerond."},
    "playbook.summary.route.one": {
        "en": "{name}: {done} of {total} participants completed the route.",
        "nl": "{name}: {done} van de {total} deelnemers heeft de route afgerond."},
    "playbook.summary.route.many": {
        "en": "{name}: {done} of {total} participants completed the route.",
        "nl": "{name}: {done} van de {total} deelnemers hebben de route afgerond."},
    "playbook.summary.embedded.one": {"en": "1 initiative is embedded in daily work: {titles}.",
                                      "nl": "1 verbetertraject is geborgd in het dagelijks werk: {titles}."},
    "playbook.summary.embedded.many": {"en": "{n} initiatives are embedded in daily work: {titles}.",
        "nl": "{n} verbetertrajecten zijn geborgd in het dagelijks werk: {titles}."},
    "playbook.summary.tip": {"en": "Tip: {tip} ({reach})", "nl": "Tip: {tip} ({reach})"},
    "playbook.summary.ended_unrecorded.one": {
        "en": "1 initiative with no status is past its end date; whether it is finished, the "
              "workbook does not say: {titles}.",
        "nl": "1 verbetertraject zonder status is over de einddatum; of het af is, zegt de "
              "werkmap niet: {titles}."},
    "playbook.summary.ended_unrecorded.many": {
        "en": "{n} initiatives with no status are past their end date; whether they are finished, "
              "the workbook does not say: {titles}.",
        "nl": "{n} verbetertrajecten zonder status zijn over de einddatum; of ze af zijn, zegt de "
              "werkmap niet: {titles}."},
    "playbook.summary.overdue.one": {"en": "1 initiative is past its end date: {titles}.",
                                     "nl": "1 verbetertraject is over de einddatum: {titles}."},
    "playbook.summary.overdue.many": {"en": "{n} initiatives are past their end date: {titles}.",
                                      "nl": "{n} verbetertrajecten zijn over de einddatum: {titles}."},
    "playbook.summary.late.one": {"en": "1 initiative has not started on its start date: {titles}.",
                                  "nl": "1 verbetertraject is niet op de startdatum begonnen: {titles}."},
    "playbook.summary.late.many": {"en": "{n} initiatives have not started on their start date: {titles}.",
        "nl": "{n} verbetertrajecten zijn niet op de startdatum begonnen: {titles}."},
    "playbook.summary.ind_missed": {"en": "Target missed: {names}.", "nl": "Doel gemist: {names}."},
    "playbook.summary.ind_off_track": {"en": "Off track: {names}.", "nl": "Niet op koers: {names}."},
    "playbook.summary.ind_stale": {"en": "No recent measurement: {names}.",
                                   "nl": "Geen recente meting: {names}."},
    "playbook.summary.gaps": {"en": "No initiative works on {names}.",
                              "nl": "Geen verbetertraject werkt aan {names}."},
    "playbook.tips.reach": {"en": "shared {times}×, {people} in {units}",
                            "nl": "{times}× gedeeld, {people} in {units}"},
    "playbook.tips.units.one": {"en": "1 unit", "nl": "1 eenheid"},
    "playbook.tips.units.many": {"en": "{n} units", "nl": "{n} eenheden"},
    "playbook.next.intro": {
        "en": "What the next section can pick up, from the data as of {date}.",
        "nl": "Wat de volgende sectie kan oppakken, op basis van de gegevens per {date}."},
    "playbook.next.gaps": {"en": "Step {n}: fill the white spots", "nl": "Stap {n}: vul de witte vlekken"},
    "playbook.next.plot": {"en": "Step {n}: plot the initiatives on the model",
                           "nl": "Stap {n}: plot de verbetertrajecten op het model"},
    "playbook.next.plot_intro.one": {
        "en": "The initiative is on no outcome or practice of {model} yet: name one for it in the "
              "workbook ({columns}), and the white spots show.",
        "nl": "Het verbetertraject staat nog op geen uitkomst of praktijk van {model}: noem er een in "
              "de werkmap ({columns}), dan worden de witte vlekken zichtbaar."},
    "playbook.next.plot_intro.many": {
        "en": "None of the {n} initiatives is on an outcome or practice of {model} yet: name one for "
              "each in the workbook ({columns}), and the white spots show.",
        "nl": "Nog geen van de {n} verbetertrajecten staat op een uitkomst of praktijk van {model}: "
              "noem er voor elk een in de werkmap ({columns}), dan worden de witte vlekken "
              "zichtbaar."},
    "playbook.next.gaps_intro": {"en": "Outcomes of the model no initiative works on yet:",
                                 "nl": "Uitkomsten van het model waar nog geen verbetertraject aan werkt:"},
    "playbook.next.gap_outcome": {"en": "{name}", "nl": "{name}"},
    "playbook.next.unit_gaps_intro": {
        "en": "Every outcome of the model has an initiative, but not in every unit. The units with "
              "the most white spots:",
        "nl": "Aan elke uitkomst van het model werkt een verbetertraject, maar niet in elke eenheid. "
              "De eenheden met de meeste witte vlekken:"},
    "playbook.next.unit_none": {"en": "{unit}: no initiative yet", "nl": "{unit}: nog geen verbetertraject"},
    "playbook.next.more_units": {"en": "and {n} more units", "nl": "en nog {n} eenheden"},
    "playbook.next.unit_gap": {"en": "{unit}: {missing} of the {total} outcomes without an initiative",
                               "nl": "{unit}: {missing} van de {total} uitkomsten zonder verbetertraject"},
    "playbook.next.stalled": {
        "en": "Step {n}: restart what stalled",
        "nl": "Stap {n}: pak vastgelopen werk weer op"},
    "playbook.next.stalled_intro": {"en": "Initiatives past their end date or not started on time:",
                                    "nl": "Verbetertrajecten over de einddatum of niet op tijd begonnen:"},
    "playbook.next.overdue": {"en": "{title}: {days} days past its end date",
                              "nl": "{title}: {days} dagen over de einddatum"},
    "playbook.next.late": {"en": "{title}: {days} days after its start date still not begun",
                           "nl": "{title}: {days} dagen na de startdatum nog niet begonnen"},
    "playbook.next.more": {"en": "and {n} more (see the approach)", "nl": "en nog {n} (zie de aanpak)"},
    "playbook.next.tips": {"en": "Step {n}: start with what worked", "nl": "Stap {n}: begin met wat werkte"},
    "playbook.next.tips_intro": {"en": "The tips shared most often and most widely:",
                                 "nl": "De tips die het vaakst en het breedst gedeeld zijn:"},
    "playbook.next.routines": {
        "en": "Step {n}: keep the routines going",
        "nl": "Stap {n}: houd de routines vast"},
    "playbook.next.routines_intro": {"en": "The recurring moments that keep embedded work embedded:",
                                     "nl": "De terugkerende momenten die geborgd werk geborgd houden:"},
    "playbook.next.routine": {"en": "{name}: held {n} times, last on {last}",
                              "nl": "{name}: {n} keer gehouden, laatst op {last}"},
    "playbook.learning.intro.one": {
        "en": "1 learning route, as of {date}.",
        "nl": "1 leerroute, stand per {date}."},
    "playbook.learning.intro.many": {"en": "{n} learning routes, as of {date}.",
                                     "nl": "{n} leerroutes, stand per {date}."},
    "playbook.learning.route": {"en": "Route", "nl": "Route"},
    "playbook.learning.audience": {"en": "For", "nl": "Voor"},
    "playbook.learning.enrolled": {"en": "Enrolled", "nl": "Ingeschreven"},
    "playbook.learning.completed": {"en": "Completed", "nl": "Afgerond"},
    "playbook.learning.rate": {"en": "Share completed", "nl": "Deel afgerond"},
    "playbook.learning.attendance": {"en": "Attendance", "nl": "Aanwezigheid"},
    "playbook.learning.credentials": {"en": "Credentials", "nl": "Certificaten"},
    "playbook.learning.credential": {"en": "Credential", "nl": "Certificaat"},
    "playbook.learning.obtained": {"en": "Obtained", "nl": "Behaald"},
    "playbook.learning.in_progress": {"en": "In progress", "nl": "Bezig"},
    "playbook.learning.expired": {"en": "Expired", "nl": "Verlopen"},
    "playbook.learning.expiring.one": {
        "en": "1 credential expires within {months} months, on {first}.",
        "nl": "1 certificaat verloopt binnen {months} maanden, op {first}."},
    "playbook.learning.expiring.many": {
        "en": "{n} credentials expire within {months} months, the first on {first}.",
        "nl": "{n} certificaten verlopen binnen {months} maanden, het eerste op {first}."},
    "playbook.learning.findings": {"en": "Findings", "nl": "Bevindingen"},
    "playbook.privacy.someone": {"en": "a participant in a protected role",
                                 "nl": "een deelnemer in een beschermde rol"},
    "playbook.privacy.role": {"en": "(role not shown)", "nl": "(rol niet getoond)"},
    "playbook.approach.overdue": {"en": "past its end date", "nl": "over de einddatum"},
    "playbook.approach.late": {"en": "not started on time", "nl": "niet op tijd begonnen"},
    "playbook.approach.figure": {"en": "The initiatives over time, by unit and status",
                                 "nl": "De verbetertrajecten in de tijd, per eenheid en status"},
    "playbook.approach.figure_alt": {
        "en": "Timeline of the initiatives",
        "nl": "Tijdlijn van de verbetertrajecten"},
    "playbook.approach.impact": {"en": "Impact", "nl": "Impact"},
    "playbook.approach.owner": {"en": "owner: {owner}", "nl": "eigenaar: {owner}"},
    "playbook.approach.also": {"en": "also: {names}", "nl": "ook: {names}"},
    "playbook.people.groups_intro": {"en": "{parts}.", "nl": "{parts}."},
    "playbook.people.events_type": {
        "en": "{type}: {held} of {total} held",
        "nl": "{type}: {held} van {total} gehouden"},
    "playbook.people.figure": {"en": "Ties between units (circle: people in the unit)",
                               "nl": "Verbindingen tussen eenheden (cirkel: mensen in de eenheid)"},
    "playbook.people.figure_alt": {"en": "Network of the units", "nl": "Netwerk van de eenheden"},
    "playbook.people.ties_top": {"en": "The {shown} of {total} unit pairs with most ties",
        "nl": "De {shown} van {total} paren van eenheden met de meeste verbindingen"},
    "playbook.model.figure_level": {"en": "(at the level of the tree with {n} units)",
                                    "nl": "(op het niveau van de boom met {n} eenheden)"},
    "playbook.model.balance_plain": {
        "en": "Balance over the outcomes: {value} (0 = all on one outcome, 1 = spread evenly; "
              "see the appendix).",
        "nl": "Balans over de uitkomsten: {value} (0 = alles op één uitkomst, 1 = gelijk verdeeld; zie "
              "de bijlage)."},
    "playbook.indicators.rules_in_appendix": {"en": "How progress and status are judged: see the appendix.",
        "nl": "Hoe voortgang en status worden beoordeeld: zie de bijlage."},
    "playbook.indicators.path": {"en": "Baseline → impulse → ambition", "nl": "Nulmeting → impuls → ambitie"},
    "playbook.appendix.methods": {"en": "Methods", "nl": "Werkwijze"},
    "playbook.appendix.balance": {
        "en": "Balance is Pielou's evenness {formula}, n_i = initiatives on outcome i, "
              "K = outcomes in the model.",
        "nl": "De balans is Pielou's evenredigheid {formula}, n_i = verbetertrajecten op uitkomst i, "
              "K = uitkomsten in het model."},
    "playbook.appendix.network_findings": {"en": "How the findings about the network were found",
                                           "nl": "Hoe de bevindingen over het netwerk tot stand kwamen"},
    "playbook.appendix.network": {
        "en": "Ties between people come from relations, shared groups, learning events and initiatives.",
        "nl": "Verbindingen tussen mensen komen uit relaties, gedeelde groepen, leermomenten en "
              "verbetertrajecten."},
    "playbook.appendix.privacy": {"en": "Privacy", "nl": "Privacy"},
    "playbook.appendix.privacy_contents": {
        "en": "About people this document contains: counts per role and unit, owners and facilitators of "
              "initiatives and events, authors of lessons, and ties counted per unit; no e-mail addresses.",
        "nl": "Over mensen bevat dit document: aantallen per rol en eenheid, eigenaren en begeleiders van "
              "verbetertrajecten en leermomenten, auteurs van leerervaringen en verbindingen geteld per "
              "eenheid; geen e-mailadressen."},
    "playbook.appendix.privacy_roles": {"en": "Protected roles (never named): {roles}.",
                                        "nl": "Beschermde rollen (nooit bij naam genoemd): {roles}."},
    "playbook.appendix.privacy_no_roles": {"en": "The programme marks no role as protected.",
                                           "nl": "Het programma markeert geen rol als beschermd."},
    "playbook.appendix.privacy_protected_none": {
        "en": "People in a protected role: none in this programme.",
        "nl": "Mensen in een beschermde rol: geen in dit programma."},
    "playbook.appendix.privacy_protected": {
        "en": "People in a protected role: {n}; they appear under a pseudonym.",
                                            "nl": "Mensen in een beschermde rol: {n}; zij staan er onder een "
                                                  "pseudoniem in."},
    "playbook.appendix.privacy_threshold": {
        "en": "Every combination of role and unit counts at least {k} people: {roles} roles were left out "
              "and {units} times a unit was replaced by the unit above it.",
        "nl": "Elke combinatie van rol en eenheid telt minstens {k} mensen: {roles} keer is een rol "
              "weggelaten en {units} keer een eenheid vervangen door de eenheid erboven."},
    "playbook.appendix.privacy_named": {
        "en": "Other people are named; make the document with --pseudonymise to replace every name and ID.",
        "nl": "Andere mensen worden bij naam genoemd; maak het document met --pseudonymise om elke naam en "
              "elk ID te vervangen."},
    # common column headers
    "playbook.col.id": {"en": "ID", "nl": "ID"},
    "playbook.col.title": {"en": "Title", "nl": "Titel"},
    "playbook.col.unit": {"en": "Unit", "nl": "Eenheid"},
    "playbook.col.owner": {"en": "Owner", "nl": "Eigenaar"},
    "playbook.col.status": {"en": "Status", "nl": "Status"},
    "playbook.col.period": {"en": "Period", "nl": "Periode"},
    "playbook.col.outcome": {"en": "Outcome", "nl": "Uitkomst"},
    "playbook.col.outcomes": {"en": "Outcomes", "nl": "Uitkomsten"},
    "playbook.col.practices": {"en": "Practices", "nl": "Praktijken"},
    "playbook.col.role": {"en": "Role", "nl": "Rol"},
    "playbook.col.group": {"en": "Group", "nl": "Groep"},
    "playbook.col.type": {"en": "Type", "nl": "Type"},
    "playbook.col.date": {"en": "Date", "nl": "Datum"},
    "playbook.col.count": {"en": "Number", "nl": "Aantal"},
    "playbook.col.initiatives": {"en": "Initiatives", "nl": "Verbetertrajecten"},
    "playbook.col.by": {"en": "By", "nl": "Door"},
    "playbook.unknown": {"en": "(unknown)", "nl": "(onbekend)"},
    "playbook.no_role": {"en": "(no role)", "nl": "(geen rol)"},
    "playbook.no_status": {"en": "(no status)", "nl": "(geen status)"},
    # status and vocabulary labels
    "playbook.status.idea": {"en": "idea", "nl": "idee"},
    # a status that is a noun, counted ("5 ideeën"; the others are said as adjectives: "5 gepland")
    "playbook.status_count.idea.one": {"en": "1 idea", "nl": "1 idee"},
    "playbook.status_count.idea.many": {"en": "{n} ideas", "nl": "{n} ideeën"},
    "playbook.status.planned": {"en": "planned", "nl": "gepland"},
    "playbook.status.active": {"en": "active", "nl": "lopend"},
    "playbook.status.done": {"en": "done", "nl": "afgerond"},
    "playbook.status.embedded": {"en": "embedded", "nl": "geborgd"},
    "playbook.status.stopped": {"en": "stopped", "nl": "gestopt"},
    "playbook.event.learning_circle": {"en": "learning circle", "nl": "leercirkel"},
    "playbook.event.intervision": {"en": "intervision", "nl": "intervisie"},
    "playbook.event.pitstop": {"en": "pitstop", "nl": "pitstop"},
    "playbook.event.training": {"en": "training", "nl": "training"},
    "playbook.event.theme_day": {"en": "theme day", "nl": "themadag"},
    "playbook.event.coaching": {"en": "coaching", "nl": "coaching"},
    "playbook.event.online": {"en": "online", "nl": "online"},
    "playbook.group.triad": {"en": "triad", "nl": "driehoek"},
    "playbook.group.learning_group": {"en": "learning group", "nl": "leergroep"},
    "playbook.group.learning_circle": {"en": "learning circle", "nl": "leercirkel"},
    "playbook.group.improvement_team": {"en": "improvement team", "nl": "verbeterteam"},
}
