"""Messages about writing output files and choosing their format."""

TEXTS: dict[str, dict[str, str]] = {
    "output.no_folder": {"en": "{path}: folder {folder} does not exist",
                         "nl": "{path}: map {folder} bestaat niet"},
    "output.cant_write": {"en": "{path}: can't be written ({reason})",
                          "nl": "{path}: kan niet worden geschreven ({reason})"},
    "output.unknown_suffix": {
        "en": "{path}: {what} can't be written as {suffix!r}; use {suffixes}",
        "nl": "{path}: {what} kan niet worden geschreven als {suffix!r}; gebruik {suffixes}"},
    "output.playbook_format": {"en": "unknown playbook format {fmt!r}; use md, html, docx or pdf",
                               "nl": "onbekend formaat voor een draaiboek {fmt!r}; gebruik md, html, "
                                     "docx of pdf"},
    "output.playbook_pdf_memory": {
        "en": "the PDF of this playbook would take about {need} to typeset, more than the memory "
              "budget of {budget} (OHTRACK_MAX_MEMORY); write .html or .docx, or fewer sections "
              "with --section",
        "nl": "de PDF van dit draaiboek zou ongeveer {need} geheugen vragen, meer dan het "
              "geheugenbudget van {budget} (OHTRACK_MAX_MEMORY); schrijf .html of .docx, of "
              "minder hoofdstukken met --section"},
    "output.playbook_suffix": {
        "en": "{path}: unknown playbook format; name the file .md, .html, .docx or .pdf",
        "nl": "{path}: onbekend formaat voor een draaiboek; noem het bestand .md, .html, .docx of .pdf"},
    "output.key_cant_write": {"en": "{path}: can't write the pseudonym key ({reason})",
                              "nl": "{path}: de sleutel voor pseudoniemen kan niet worden "
                                    "geschreven ({reason})"},
    "output.key_missing": {"en": "{path}: no pseudonym key file",
                           "nl": "{path}: geen sleutelbestand voor pseudoniemen"},
    "output.key_cant_read": {"en": "{path}: can't read the pseudonym key ({reason})",
                             "nl": "{path}: de sleutel voor pseudoniemen kan niet worden gelezen "
                                   "({reason})"},
    "output.key_invalid": {"en": "{path}: not a pseudonym key (expected {digits} hex digits)",
                           "nl": "{path}: geen sleutel voor pseudoniemen (verwacht {digits} "
                                 "hexadecimale cijfers)"},
    "output.key_short": {"en": "{path}: the pseudonym key is too short",
                         "nl": "{path}: de sleutel voor pseudoniemen is te kort"},
    "output.kind.ModelMap": {"en": "a model map", "nl": "een modelkaart"},
    "output.kind.Network": {"en": "a network", "nl": "een netwerk"},
    "output.kind.NetworkComparison": {"en": "a network comparison", "nl": "een netwerkvergelijking"},
    "output.kind.IndicatorReport": {"en": "an indicator report", "nl": "een indicatorrapport"},
    "output.kind.SurveyReport": {"en": "a survey report", "nl": "een enquêterapport"},
    "output.kind.History": {"en": "a history", "nl": "een geschiedenis"},
    "output.kind.Playbook": {"en": "a playbook", "nl": "een draaiboek"},
    "output.kind.Report": {"en": "a validation report", "nl": "een validatierapport"},
    "output.is_input": {
        "en": "{output}: refused: that is the input {input}, which is never overwritten; choose "
              "another output file",
        "nl": "{output}: geweigerd: dat is het invoerbestand {input}, dat nooit overschreven wordt; "
              "kies een ander uitvoerbestand"},
    "output.in_input_folder": {
        "en": "{output}: refused: it is inside the input folder {input}; choose an output file "
              "elsewhere",
        "nl": "{output}: geweigerd: het staat in de invoermap {input}; kies een uitvoerbestand "
              "ergens anders"},
    "output.no_suffix": {"en": "(no extension)", "nl": "(geen extensie)"},
    "output.not_exportable": {
        "en": "{what} can't be exported; export a result of ohtrack (a model map, network, "
              "indicators, survey, history, playbook or validation report)",
        "nl": "{what} kan niet worden geëxporteerd; exporteer een resultaat van ohtrack (een "
              "modelkaart, netwerk, indicatoren, enquête, geschiedenis, draaiboek of "
              "validatierapport)"},
    "output.unknown_format": {"en": "unknown format {fmt!r}; use {suffixes}",
                              "nl": "onbekend formaat {fmt!r}; gebruik {suffixes}"},
    "output.wrote": {"en": "wrote {path}", "nl": "{path} geschreven"},
    "output.two_outputs": {"en": "two files to write: {out} and -o {output}; give one",
                           "nl": "twee bestanden om te schrijven: {out} en -o {output}; geef er één"},
    "output.no_output": {"en": "which file to write? Give OUT.xlsx or -o OUT.xlsx",
                         "nl": "welk bestand schrijven? Geef OUT.xlsx of -o OUT.xlsx"},
    "output.exists": {"en": "{path} already exists; use --force to overwrite it",
                      "nl": "{path} bestaat al; gebruik --force om het te overschrijven"},
    "output.left_out.one": {
        "en": "{path}: 1 row with an error is left out of the analysis:",
        "nl": "{path}: 1 rij met een fout is buiten de analyse gelaten:"},
    "output.left_out.many": {
        "en": "{path}: {n} rows with errors are left out of the analysis:",
        "nl": "{path}: {n} rijen met fouten zijn buiten de analyse gelaten:"},
    "output.left_out_more": {"en": "… and {n} more (ohtrack validate lists them all)",
                             "nl": "… en nog {n} (ohtrack validate noemt ze allemaal)"},
    "output.error": {"en": "Error: {message}", "nl": "Fout: {message}"},
    "output.bug": {"en": "This is a bug in ohtrack; please report it with the traceback above.",
                   "nl": "Dit is een fout in ohtrack; meld die alstublieft met de traceback "
                         "hierboven."},
}
