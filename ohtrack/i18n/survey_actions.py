"""Words of survey scores beside initiatives (``ohtrack.survey_actions``, ``map --survey``)."""

# Survey scores beside initiatives (``ohtrack.survey_actions``, ``ohtrack map --survey``).
TEXTS: dict[str, dict[str, str]] = {
    "survey_actions.title": {"en": "Survey beside the initiatives, wave {wave}",
                             "nl": "Enquête naast de verbetertrajecten, meting {wave}"},
    "survey_actions.rule": {
        "en": "Low: under {low}% favourable. Initiatives count in their unit and every unit above "
              "it, on an outcome when they name it (or one of its practices) in the model or in "
              "their Survey column.",
        "nl": "Laag: minder dan {low}% positief. Verbetertrajecten tellen in hun eenheid en elke "
              "eenheid erboven, op een uitkomst als ze die (of een van haar praktijken) noemen in "
              "het model of in hun kolom Enquête."},
    "survey_actions.gap": {"en": "Low, and no initiative on it ({count})",
                           "nl": "Laag, en geen verbetertraject op gericht ({count})"},
    "survey_actions.in_hand": {"en": "Low, and in hand ({count})",
                               "nl": "Laag, en in behandeling ({count})"},
    "survey_actions.initiatives": {"en": "Initiatives", "nl": "Verbetertrajecten"},
    "survey_actions.status": {"en": "Status", "nl": "Stand"},
    "survey_actions.status.gap": {"en": "low, nobody on it", "nl": "laag, niemand mee bezig"},
    "survey_actions.status.in_hand": {"en": "low, in hand", "nl": "laag, in behandeling"},
    "survey_actions.status.fine": {"en": "fine", "nl": "in orde"},
    "survey_actions.status.hidden": {"en": "suppressed", "nl": "afgeschermd"},
    "survey_actions.counts": {
        "en": "Outcomes per unit: {gap} low with no initiative, {in_hand} low and in hand, {fine} "
              "fine, {hidden} suppressed",
        "nl": "Uitkomsten per eenheid: {gap} laag zonder verbetertraject, {in_hand} laag en in "
              "behandeling, {fine} in orde, {hidden} afgeschermd"},
    "survey_actions.sheet": {"en": "Survey and initiatives", "nl": "Enquête en trajecten"},
    "survey_actions.figure_title": {"en": "Survey scores beside the initiatives, wave {wave}",
                                    "nl": "Enquêtescores naast de verbetertrajecten, meting {wave}"},
    "survey_actions.survey_file": {"en": "Survey file", "nl": "Enquêtebestand"},
}
