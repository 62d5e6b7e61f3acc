"""Words shared by several outputs."""

TEXTS: dict[str, dict[str, str]] = {
    "common.unit": {"en": "Unit", "nl": "Eenheid"},
    "common.outcome": {"en": "Outcome", "nl": "Uitkomst"},
    "common.practice": {"en": "Practice", "nl": "Praktijk"},
    "common.initiatives": {"en": "Initiatives", "nl": "Verbetertrajecten"},
    "common.total": {"en": "Total", "nl": "Totaal"},
    "common.none": {"en": "none", "nl": "geen"},
    "common.no_unit": {"en": "(no unit)", "nl": "(geen eenheid)"},
    "common.output_is_input": {
        "en": "{output}: refused: that is the input {input}, which is never overwritten; choose "
              "another output file",
        "nl": "{output}: geweigerd: dat is het invoerbestand {input}, dat nooit overschreven wordt; "
              "kies een ander uitvoerbestand"},
    "common.output_in_input_folder": {
        "en": "{output}: refused: it is inside the input folder {input}; choose an output file "
              "elsewhere",
        "nl": "{output}: geweigerd: het staat in de invoermap {input}; kies een uitvoerbestand "
              "ergens anders"},
}
