"""Words shared by several outputs."""

TEXTS: dict[str, dict[str, str]] = {
    "common.unit": {"en": "Unit", "nl": "Eenheid"},
    "common.outcome": {"en": "Outcome", "nl": "Uitkomst"},
    "common.practice": {"en": "Practice", "nl": "Praktijk"},
    "common.initiatives": {"en": "Initiatives", "nl": "Verbetertrajecten"},
    "common.total": {"en": "Total", "nl": "Totaal"},
    "common.none": {"en": "none", "nl": "geen"},
    "common.no_unit": {"en": "(no unit)", "nl": "(geen eenheid)"},
    "common.as_of": {"en": "as of {date}", "nl": "per {date}"},
}
