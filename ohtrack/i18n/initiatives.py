"""Words of the initiatives report (the work on the report date)."""

TEXTS: dict[str, dict[str, str]] = {
    "initiatives.item": {"en": "{title} ({id}, {date})", "nl": "{title} ({id}, {date})"},
    "initiatives.finding.overdue.one": {
        "en": "1 initiative is past its end date and not finished: {items}",
        "nl": "1 verbetertraject is over de einddatum en niet afgerond: {items}"},
    "initiatives.finding.overdue.many": {
        "en": "{count} initiatives are past their end date and not finished: {items}",
        "nl": "{count} verbetertrajecten zijn over de einddatum en niet afgerond: {items}"},
    "initiatives.finding.ended_unrecorded.one": {
        "en": "1 initiative with no status is past its end date (finished or not, the workbook "
              "does not say): {items}",
        "nl": "1 verbetertraject zonder status is over de einddatum (of het af is, zegt de "
              "werkmap niet): {items}"},
    "initiatives.finding.ended_unrecorded.many": {
        "en": "{count} initiatives with no status are past their end date (finished or not, the "
              "workbook does not say): {items}",
        "nl": "{count} verbetertrajecten zonder status zijn over de einddatum (of ze af zijn, "
              "zegt de werkmap niet): {items}"},
    "initiatives.finding.late_start.one": {
        "en": "1 initiative is still planned although its start date has passed: {items}",
        "nl": "1 verbetertraject is nog gepland terwijl de startdatum voorbij is: {items}"},
    "initiatives.finding.late_start.many": {
        "en": "{count} initiatives are still planned although their start date has passed: {items}",
        "nl": "{count} verbetertrajecten zijn nog gepland terwijl de startdatum voorbij is: {items}"},
    "initiatives.finding.stopped.one": {"en": "1 initiative was stopped: {items}",
                                        "nl": "1 verbetertraject is gestopt: {items}"},
    "initiatives.finding.stopped.many": {"en": "{count} initiatives were stopped: {items}",
                                         "nl": "{count} verbetertrajecten zijn gestopt: {items}"},
}
