"""Words of the driver analysis (``ohtrack.survey_drivers``)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey_drivers.caveat": {
        "en": "Association, not cause: a driver that goes with an outcome need not move it.",
        "nl": "Samenhang, geen oorzaak: een factor die met een uitkomst samengaat, hoeft haar niet "
              "te veranderen."},
    "survey_drivers.method": {
        "en": "Shapley decomposition of R² (dominance analysis): each driver's increase in R² when "
              "added to the others, averaged over every order; the shares add up to R².",
        "nl": "Shapley-verdeling van R² (dominantieanalyse): de toename van R² als een factor bij de "
              "andere komt, gemiddeld over elke volgorde; de delen tellen op tot R²."},
    "survey_drivers.title": {
        "en": "What goes with {outcome}, whole organisation, wave {wave} (n = {n}, R² = {r2})",
        "nl": "Wat samengaat met {outcome}, hele organisatie, meting {wave} (n = {n}, R² = {r2})"},
    "survey_drivers.parts": {
        "en": "An outcome's score is made of its practices' answers, so its R² is near 1 by its "
              "make; the shares say how much each practice weighs in it.",
        "nl": "De score van een uitkomst is gemaakt van de antwoorden op haar praktijken: R² ligt "
              "daardoor bij 1; de delen zeggen hoe zwaar elke praktijk erin weegt."},
    "survey_drivers.driver": {"en": "Driver", "nl": "Factor"},
    "survey_drivers.share": {"en": "Share of R²", "nl": "Deel van R²"},
    "survey_drivers.relative": {"en": "% of R²", "nl": "% van R²"},
}
