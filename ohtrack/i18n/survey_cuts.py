"""Words of survey cuts and participation (``ohtrack.analysis.survey_cuts``)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey_cuts.title": {"en": "Mean per outcome by {attribute}, whole organisation, wave {wave}",
                          "nl": "Gemiddelde per uitkomst naar {attribute}, hele organisatie, meting {wave}"},
    "survey_cuts.participation": {"en": "Participation, wave {wave}", "nl": "Respons, meting {wave}"},
    "survey_cuts.invited": {"en": "Invited", "nl": "Uitgenodigd"},
    "survey_cuts.none": {
        "en": "No cuts: the survey file has no Attributes sheet (columns of Responses to cut by) "
              "and no Invited sheet (people invited per unit).",
        "nl": "Geen uitsplitsingen: het enquêtebestand heeft geen blad Kenmerken (kolommen van de "
              "antwoorden om naar uit te splitsen) en geen blad Uitgenodigd (uitgenodigden per "
              "eenheid)."},
    "survey_cuts.rate": {"en": "Rate", "nl": "Respons"},
    "survey_cuts.attribute": {"en": "Attribute", "nl": "Kenmerk"},
    "survey_cuts.value": {"en": "Value", "nl": "Waarde"},
    "survey_cuts.sheet": {"en": "Cuts", "nl": "Uitsplitsingen"},
    "survey_cuts.sheet_participation": {"en": "Participation", "nl": "Respons"},
}
