"""Words of the survey outputs (CLI, xlsx, figure)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey.organisation": {"en": "Whole organisation", "nl": "Hele organisatie"},
    "survey.suppressed": {"en": "suppressed", "nl": "afgeschermd"},
    "survey.suppressed_short": {"en": "supp.", "nl": "afg."},
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
    "survey.place": {"en": "Place", "nl": "Plaats"},
    "survey.code": {"en": "Code", "nl": "Code"},
    "survey.message": {"en": "Message", "nl": "Melding"},
    "survey.severity": {"en": "Severity", "nl": "Ernst"},
    "survey.summary": {
        "en": "{respondents} respondents, {units} units, waves {waves}; groups under {min_group} "
              "respondents are suppressed ({suppressed} of {groups} groups)",
        "nl": "{respondents} respondenten, {units} eenheden, metingen {waves}; groepen onder "
              "{min_group} respondenten worden afgeschermd ({suppressed} van {groups} groepen)"},
    "survey.problem_count": {"en": "{errors} errors, {warnings} warnings in the survey file",
                             "nl": "{errors} fouten, {warnings} waarschuwingen in het enquêtebestand"},
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
    "survey.more_problems": {"en": "... {count} more (use --json)",
                             "nl": "... nog {count} (gebruik --json)"},
    "survey.not_data": {
        "en": "survey() takes the loaded survey (ohtrack.load_survey(path)), not {what}",
        "nl": "survey() neemt de geladen enquête (ohtrack.load_survey(pad)), niet {what}"},
}
