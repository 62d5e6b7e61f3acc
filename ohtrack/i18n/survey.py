"""Words of the survey outputs (CLI, xlsx, figure)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey.organisation": {"en": "Whole organisation", "nl": "Hele organisatie"},
    "survey.suppressed": {"en": "suppressed", "nl": "afgeschermd"},
    "survey.suppressed_short": {"en": "supp.", "nl": "afg."},
    "survey.suppressed_key": {
        "en": "supp. = suppressed: fewer than {min_group} respondents, or a group that could be "
              "worked out from the others",
        "nl": "afg. = afgeschermd: minder dan {min_group} respondenten, of een groep die uit de "
              "andere af te leiden is"},
    "survey.unit": {"en": "Unit", "nl": "Eenheid"},
    "survey.wave": {"en": "Wave", "nl": "Meting"},
    "survey.outcome": {"en": "Outcome", "nl": "Uitkomst"},
    "survey.practice": {"en": "Practice", "nl": "Praktijk"},
    "survey.n": {"en": "n", "nl": "n"},
    "survey.mean": {"en": "Mean", "nl": "Gemiddelde"},
    "survey.sd": {"en": "SD", "nl": "SD"},
    "survey.favourable": {"en": "% favourable", "nl": "% positief"},
    "survey.alpha": {"en": "Cronbach's alpha", "nl": "Cronbachs alfa"},
    "survey.items": {"en": "Items", "nl": "Vragen"},
    "survey.change": {"en": "Change", "nl": "Verandering"},
    "survey.from": {"en": "From", "nl": "Van"},
    "survey.to": {"en": "To", "nl": "Naar"},
    "survey.effect": {"en": "Hedges' g", "nl": "Hedges' g"},
    "survey.scores": {"en": "Scores", "nl": "Scores"},
    "survey.changes": {"en": "Changes", "nl": "Veranderingen"},
    "survey.reliability": {"en": "Reliability", "nl": "Betrouwbaarheid"},
    "survey.problems": {"en": "Problems", "nl": "Problemen"},
    "survey.rules": {"en": "Rules", "nl": "Regels"},
    "survey.heatmap": {"en": "Heatmap", "nl": "Heatmap"},
    "survey.heatmap_title": {"en": "Mean score per unit and outcome, wave {wave}",
                             "nl": "Gemiddelde score per eenheid en uitkomst, meting {wave}"},
    "survey.heatmap_all": {"en": "Mean score per unit and outcome, every wave",
                           "nl": "Gemiddelde score per eenheid en uitkomst, elke meting"},
    "survey.place": {"en": "Place", "nl": "Plaats"},
    "survey.code": {"en": "Code", "nl": "Code"},
    "survey.message": {"en": "Message", "nl": "Melding"},
    "survey.severity": {"en": "Severity", "nl": "Ernst"},
    "survey.summary": {
        "en": "{respondents} respondents, {units} units, waves {waves}; groups under {min_group} "
              "respondents are suppressed ({suppressed} of {groups} groups)",
        "nl": "{respondents} respondenten, {units} eenheden, metingen {waves}; groepen onder "
              "{min_group} respondenten worden afgeschermd ({suppressed} van {groups} groepen)"},
    "survey.as_of": {"en": "Survey on {date}", "nl": "Enquête per {date}"},
    "survey.later_waves": {"en": "Left out, dated after the report date: wave {waves}",
                           "nl": "Weggelaten, van na de rapportdatum: meting {waves}"},
    "survey.undated_waves": {"en": "Always scored, the label is no date: wave {waves}",
                             "nl": "Altijd meegeteld, het label is geen datum: meting {waves}"},
    "survey.problem_count": {"en": "{counts} in the survey file", "nl": "{counts} in het enquêtebestand"},
    "survey.rule_mean": {
        "en": "Mean: a respondent's score is the mean of their valid answers to the item set; the "
              "group mean is the mean of those scores (n = respondents with at least one valid answer).",
        "nl": "Gemiddelde: de score van een respondent is het gemiddelde van zijn geldige antwoorden "
              "op de vragen; het groepsgemiddelde is het gemiddelde van die scores (n = respondenten "
              "met minstens één geldig antwoord)."},
    "survey.rule_favourable": {
        "en": "% favourable: share of valid answers in the top two points of the item's scale "
              "(answer >= max - 1), after recoding reversed items.",
        "nl": "% positief: aandeel geldige antwoorden in de bovenste twee punten van de schaal "
              "(antwoord >= max - 1), na omcoderen van omgekeerde vragen."},
    "survey.rule_reversed": {
        "en": "Reversed items are recoded min + max - answer before anything else.",
        "nl": "Omgekeerde vragen worden eerst omgecodeerd: min + max - antwoord."},
    "survey.rule_excluded": {
        "en": "Missing answers, text and values outside Min..Max are reported and left out.",
        "nl": "Ontbrekende antwoorden, tekst en waarden buiten Min..Max worden gemeld en weggelaten."},
    "survey.rule_suppression": {
        "en": "Groups under {min_group} respondents are suppressed, and so is any group that could "
              "be worked out from its parent and siblings (complementary suppression).",
        "nl": "Groepen onder {min_group} respondenten worden afgeschermd, en ook elke groep die uit "
              "de bovenliggende eenheid en de andere eenheden terug te rekenen is."},
    "survey.rule_effect": {
        "en": "Change between waves: difference of means with Hedges' g (Cohen's d with the pooled "
              "SD of respondent scores, small-sample corrected).",
        "nl": "Verandering tussen metingen: verschil in gemiddelden met Hedges' g (Cohens d met de "
              "gepoolde SD van de respondentscores, gecorrigeerd voor kleine groepen)."},
    "survey.rule_alpha": {
        "en": "Cronbach's alpha per outcome and wave for the whole organisation, on respondents "
              "who answered every item of the outcome.",
        "nl": "Cronbachs alfa per uitkomst en meting voor de hele organisatie, over respondenten "
              "die alle vragen van de uitkomst beantwoordden."},
    "survey.private_note": {
        "en": "Private: this report names single answers and respondents; do not share it.",
        "nl": "Vertrouwelijk: dit rapport noemt losse antwoorden en respondenten; deel het niet."},
    "survey.per_outcome": {"en": "Per outcome, whole organisation, wave {wave}",
                           "nl": "Per uitkomst, hele organisatie, meting {wave}"},
    "survey.since": {"en": "(change since wave {wave}; ↑ ↓ from |g| 0.2, a small effect)",
                     "nl": "(verandering sinds meting {wave}; ↑ ↓ vanaf |g| 0,2, een klein effect)"},
    "survey.more_problems": {"en": "... {count} more (use --json)",
                             "nl": "... nog {count} (gebruik --json)"},
    "survey.not_data": {
        "en": "survey() takes the loaded survey (ohtrack.load_survey(path)), not {what}",
        "nl": "survey() neemt de geladen enquête (ohtrack.load_survey(pad)), niet {what}"},
}

# Problems of a survey file: ``Problem.params["template"]`` names one of these (see
# ``ohtrack.i18n.problems.render``); cell conversion problems of Min/Max use the workbook's.
TEXTS.update({
    "survey.problem.item-name": {"en": "Item: every row needs an item name",
                                 "nl": "Vraag: elke rij heeft de naam van een vraag nodig"},
    "survey.problem.duplicate-item": {
        "en": "item {item!r} is listed twice (first in row {first}); the second row is ignored",
        "nl": "vraag {item!r} staat er twee keer (eerst in rij {first}); de tweede rij wordt "
              "overgeslagen"},
    "survey.problem.no-outcome": {"en": "Outcome: item {item!r} has no outcome; it is not scored",
                                  "nl": "Uitkomst: vraag {item!r} heeft geen uitkomst; ze telt niet "
                                        "mee"},
    "survey.problem.reversed": {
        "en": "Reversed: {value!r} is not yes/ja or no/nee; read as no",
        "nl": "Omgekeerd: {value!r} is niet ja/yes of nee/no; gelezen als nee"},
    "survey.problem.no-min": {
        "en": "Min: item {item!r} needs the scale's minimum; it is not scored",
        "nl": "Min: vraag {item!r} heeft het minimum van de schaal nodig; ze telt niet mee"},
    "survey.problem.no-max": {
        "en": "Max: item {item!r} needs the scale's maximum; it is not scored",
        "nl": "Max: vraag {item!r} heeft het maximum van de schaal nodig; ze telt niet mee"},
    "survey.problem.scale": {"en": "Min {min} is not below Max {max}; the item is not scored",
                             "nl": "Min {min} ligt niet onder Max {max}; de vraag telt niet mee"},
    "survey.problem.unit-id": {"en": "ID: every unit needs an ID",
                               "nl": "ID: elke eenheid heeft een ID nodig"},
    "survey.problem.duplicate-unit": {
        "en": "unit {id!r} is listed twice; the second row is ignored",
        "nl": "eenheid {id!r} staat er twee keer; de tweede rij wordt overgeslagen"},
    "survey.problem.unknown-parent": {
        "en": "Parent: unit {parent!r} is not in the Units sheet; {id!r} is taken as a top unit",
        "nl": "Bovenliggend: eenheid {parent!r} staat niet op het blad Eenheden; {id!r} wordt een "
              "bovenste eenheid"},
    "survey.problem.cycle": {
        "en": "Parent: unit {id!r} is its own ancestor; taken as a top unit",
        "nl": "Bovenliggend: eenheid {id!r} ligt boven zichzelf; ze wordt een bovenste eenheid"},
    "survey.problem.unknown-item": {
        "en": "column {column!r} is not an item of the Items sheet; ignored",
        "nl": "kolom {column!r} is geen vraag van het blad Vragen; overgeslagen"},
    "survey.problem.duplicate-column": {
        "en": "item {item!r} has two columns; the second is ignored",
        "nl": "vraag {item!r} heeft twee kolommen; de tweede wordt overgeslagen"},
    "survey.problem.no-column": {
        "en": "item {item!r} has no column in the {sheet!r} sheet; it is not scored",
        "nl": "vraag {item!r} heeft geen kolom op het blad {sheet!r}; ze telt niet mee"},
    "survey.problem.no-column-responses": {
        "en": "item {item!r} has no column in the responses; not scored",
        "nl": "vraag {item!r} heeft geen kolom bij de antwoorden; telt niet mee"},
    "survey.problem.not-a-number": {"en": "{item}: {value} is not a number; not scored",
                                    "nl": "{item}: {value} is geen getal; telt niet mee"},
    "survey.problem.out-of-range": {
        "en": "{item}: {value} is outside the scale {min}..{max}; not scored",
        "nl": "{item}: {value} valt buiten de schaal {min}..{max}; telt niet mee"},
    "survey.problem.no-answer": {"en": "{item}: no answer; left out",
                                 "nl": "{item}: geen antwoord; weggelaten"},
    "survey.problem.unknown-unit": {
        "en": "unit {unit!r} is not in the unit tree; scored as a top unit",
        "nl": "eenheid {unit!r} staat niet in de boom van eenheden; geteld als bovenste eenheid"},
    "survey.problem.no-unit": {
        "en": "Unit: the respondent has no unit; counted for the whole organisation only",
        "nl": "Eenheid: de respondent heeft geen eenheid; alleen meegeteld voor de hele organisatie"},
    "survey.problem.no-wave": {"en": "Wave: the respondent has no wave; not scored",
                               "nl": "Meting: de respondent heeft geen meting; telt niet mee"},
    "survey.problem.no-responses": {"en": "the responses sheet has no respondents",
                                    "nl": "het blad met antwoorden heeft geen respondenten"},
    "survey.problem.no-items": {"en": "no item can be scored (see the Items sheet)",
                                "nl": "geen enkele vraag telt mee (zie het blad Vragen)"},
    "survey.problem.duplicate-respondent": {
        "en": "Respondent: {value} answered twice in this wave; only the first row is scored",
        "nl": "Respondent: {value} heeft in deze meting twee keer geantwoord; alleen de eerste rij telt mee"},
    "survey.problem.unknown-outcome": {
        "en": "outcome {outcome!r} of item {item!r} is not in the model {model!r}",
        "nl": "uitkomst {outcome!r} van vraag {item!r} staat niet in het model {model!r}"},
    "survey.problem.practice-not-carried": {
        "en": ("practice {practice!r} of item {item!r} is a practice of {source!r} with no counterpart "
               "in the model {model!r} (see the crosswalk); its answers count for the item's outcome, "
               "the practice is shown as written"),
        "nl": ("praktijk {practice!r} van vraag {item!r} is een praktijk van {source!r} zonder "
               "tegenhanger in het model {model!r} (zie de vertaaltabel); de antwoorden tellen mee "
               "voor de uitkomst van de vraag, de praktijk staat er zoals geschreven")},
    "survey.problem.attribute-name": {
        "en": "Attribute: every row needs the header of a Responses column",
        "nl": "Kenmerk: elke rij heeft de kop van een kolom van Antwoorden nodig"},
    "survey.problem.no-attribute-column": {
        "en": "attribute {attribute!r} has no column in the responses; not used",
        "nl": "kenmerk {attribute!r} heeft geen kolom bij de antwoorden; niet gebruikt"},
    "survey.problem.invited": {"en": "Invited: every row needs a unit and a number of people",
                               "nl": "Uitgenodigd: elke rij heeft een eenheid en een aantal mensen nodig"},
    "survey.problem.more": {
        "en": "{more} more problems of this kind are not listed ({total} in all)",
        "nl": "nog {more} problemen van deze soort worden niet genoemd ({total} in totaal)"},
})

# Answer problems as shared outputs show them: counted per item and unit, never by cell
# (the private validation report lists them by cell). ``{unit}`` is a unit of at least the
# threshold's size, or the whole organisation.
TEXTS.update({
    "survey.problem.more-units": {
        "en": "{more} more unit counts of this kind are not listed ({total} in all)",
        "nl": "nog {more} tellingen per eenheid van deze soort worden niet genoemd ({total} in totaal)"},
    "survey.problem.counted.not-a-number": {
        "en": "{item}, {unit}: {count} × not a number; not scored",
        "nl": "{item}, {unit}: {count} × geen getal; telt niet mee"},
    "survey.problem.counted.out-of-range": {
        "en": "{item}, {unit}: {count} × outside the scale {min}..{max}; not scored",
        "nl": "{item}, {unit}: {count} × buiten de schaal {min}..{max}; telt niet mee"},
    "survey.problem.counted.no-answer": {
        "en": "{item}, {unit}: {count} × no answer; left out",
        "nl": "{item}, {unit}: {count} × geen antwoord; weggelaten"},
    "survey.problem.counted.no-unit": {
        "en": "Unit: {count} × no unit; counted for the whole organisation only",
        "nl": "Eenheid: {count} × geen eenheid; alleen meegeteld voor de hele organisatie"},
    "survey.problem.counted.no-wave": {
        "en": "Wave, {unit}: {count} × no wave; not scored",
        "nl": "Meting, {unit}: {count} × geen meting; telt niet mee"},
    "survey.problem.counted.duplicate-respondent": {
        "en": "Respondent, {unit}: {count} × a respondent answered again in the same wave; "
              "only the first row of each is scored",
        "nl": "Respondent, {unit}: {count} × een respondent antwoordde opnieuw in dezelfde meting; "
              "alleen de eerste rij telt mee"},
})

