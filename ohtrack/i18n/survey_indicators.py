"""Words of survey-fed indicators (``ohtrack.survey_measurements``)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey_indicators.source": {"en": "survey, wave {wave}", "nl": "enquête, meting {wave}"},
    "survey_indicators.note": {"en": "{n} respondents", "nl": "{n} respondenten"},
}
