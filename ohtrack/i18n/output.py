"""Messages about writing output files and choosing their format."""

TEXTS: dict[str, dict[str, str]] = {
    "output.no_folder": {"en": "{path}: folder {folder} does not exist",
                         "nl": "{path}: map {folder} bestaat niet"},
    "output.cant_write": {"en": "{path}: can't be written ({reason})",
                          "nl": "{path}: kan niet worden geschreven ({reason})"},
    "output.unknown_suffix": {
        "en": "{path}: {what} can't be written as {suffix!r}; use {suffixes}",
        "nl": "{path}: {what} kan niet worden geschreven als {suffix!r}; gebruik {suffixes}"},
    "output.no_suffix": {"en": "(no extension)", "nl": "(geen extensie)"},
    "output.not_exportable": {
        "en": "{what} can't be exported; export a result of ohtrack (a model map, network, "
              "indicators, survey, history, playbook or validation report)",
        "nl": "{what} kan niet worden geëxporteerd; exporteer een resultaat van ohtrack (een "
              "modelkaart, netwerk, indicatoren, enquête, geschiedenis, draaiboek of "
              "validatierapport)"},
    "output.unknown_format": {"en": "unknown format {fmt!r}; use {suffixes}",
                              "nl": "onbekend formaat {fmt!r}; gebruik {suffixes}"},
    "output.left_out.one": {
        "en": "{path}: 1 row with an error is left out of the analysis:",
        "nl": "{path}: 1 rij met een fout is buiten de analyse gelaten:"},
    "output.left_out.many": {
        "en": "{path}: {n} rows with errors are left out of the analysis:",
        "nl": "{path}: {n} rijen met fouten zijn buiten de analyse gelaten:"},
    "output.left_out_more": {"en": "… and {n} more (ohtrack validate lists them all)",
                             "nl": "… en nog {n} (ohtrack validate noemt ze allemaal)"},
    "output.bug": {"en": "This is a bug in ohtrack; please report it with the traceback above.",
                   "nl": "Dit is een fout in ohtrack; meld die alstublieft met de traceback "
                         "hierboven."},
}
