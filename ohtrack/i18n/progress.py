"""Labels of the progress bars shown while long work runs (``ohtrack.progress``)."""

TEXTS: dict[str, dict[str, str]] = {
    "progress.read": {"en": "Reading the workbook", "nl": "Werkmap lezen"},
    "progress.check": {"en": "Checking the workbook", "nl": "Werkmap controleren"},
    "progress.betweenness": {"en": "Brokers (betweenness)", "nl": "Bruggenbouwers (tussenposities)"},
    "progress.communities": {"en": "Communities", "nl": "Groepen in het netwerk"},
    "progress.compose": {"en": "Composing groups (solutions found)",
                         "nl": "Groepen samenstellen (oplossingen gevonden)"},
    "progress.figure": {"en": "Drawing the figure", "nl": "Figuur tekenen"},
    "progress.playbook": {"en": "Writing the playbook", "nl": "Draaiboek schrijven"},
    "progress.playbook_layout": {"en": "Laying out the playbook", "nl": "Draaiboek opmaken"},
    "progress.survey": {"en": "Reading the answers", "nl": "Antwoorden lezen"},
}
