"""Words of open answers (``ohtrack.analysis.survey_open``)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey_open.counts_sheet": {"en": "Open answers, counts", "nl": "Open antwoorden, aantallen"},
    "survey_open.answers_sheet": {"en": "Open answers", "nl": "Open antwoorden"},
    "survey_open.question": {"en": "Question", "nl": "Vraag"},
    "survey_open.text": {"en": "Text", "nl": "Tekst"},
    "survey_open.count": {"en": "Answers", "nl": "Antwoorden"},
    "survey_open.answer": {"en": "Answer", "nl": "Antwoord"},
}
