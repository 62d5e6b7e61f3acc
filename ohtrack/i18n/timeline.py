"""Words of the initiatives' timeline figure and the unit network figure."""

TEXTS: dict[str, dict[str, str]] = {
    "timeline.title": {"en": "Initiatives over time", "nl": "Verbetertrajecten in de tijd"},
    "timeline.truncated": {"en": "the {shown} of {total} initiatives nearest the report date",
                           "nl": "de {shown} van {total} verbetertrajecten het dichtst bij de rapportdatum"},
    "timeline.no_dates": {"en": "No initiative has a start or end date.",
                          "nl": "Geen verbetertraject heeft een begin- of einddatum."},
    "timeline.overdue": {"en": "overdue", "nl": "over de einddatum"},
    "timeline.status.idea": {"en": "idea", "nl": "idee"},
    "timeline.status.planned": {"en": "planned", "nl": "gepland"},
    "timeline.status.active": {"en": "active", "nl": "lopend"},
    "timeline.status.done": {"en": "done", "nl": "afgerond"},
    "timeline.status.embedded": {"en": "embedded", "nl": "geborgd"},
    "timeline.status.stopped": {"en": "stopped", "nl": "gestopt"},
    "timeline.status.none": {"en": "no status", "nl": "geen status"},
    "timeline.units_title": {"en": "Ties between units", "nl": "Verbindingen tussen eenheden"},
    "timeline.units_truncated": {"en": "the {shown} of {total} units with most ties",
                                 "nl": "de {shown} van {total} eenheden met de meeste verbindingen"},
    "timeline.units_legend": {"en": "circle: people in the unit; line: ties between their people",
                              "nl": "cirkel: mensen in de eenheid; lijn: verbindingen tussen hun mensen"},
    "timeline.no_units": {"en": "No ties between units.", "nl": "Geen verbindingen tussen eenheden."},
}
