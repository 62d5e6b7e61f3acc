"""Dutch and English words of the model map: findings, headings and export labels."""

TEXTS: dict[str, dict[str, str]] = {
    # findings
    "modelmap.nothing_mapped": {
        "en": "No initiative is on the model yet: name an outcome or practice for each initiative",
        "nl": "Nog geen enkel verbetertraject staat op het model: noem bij elk traject een "
              "uitkomst of praktijk",
    },
    "modelmap.outcome_gap_modules.one": {
        "en": "No initiative addresses {outcome}; one learning module works on it: {modules}",
        "nl": "Geen enkel verbetertraject richt zich op {outcome}; wel één leermodule: {modules}"},
    "modelmap.outcome_gap_modules.many": {
        "en": "No initiative addresses {outcome}; {n} learning modules work on it: {modules}",
        "nl": "Geen enkel verbetertraject richt zich op {outcome}; wel {n} leermodules: {modules}"},
    "modelmap.outcome_gap": {
        "en": "Nothing addresses {outcome}",
        "nl": "Geen enkel verbetertraject richt zich op {outcome}",
    },
    "modelmap.share_all": {
        "en": "All initiatives address {outcome}",
        "nl": "Alle verbetertrajecten richten zich op {outcome}",
    },
    "modelmap.share_half": {
        "en": "Half of all initiatives address {outcome}",
        "nl": "De helft van alle verbetertrajecten richt zich op {outcome}",
    },
    "modelmap.share_many": {
        "en": "{count:n} of {total:n} initiatives address {outcome}",
        "nl": "{count:n} van de {total:n} verbetertrajecten richten zich op {outcome}",
    },
    "modelmap.balance_low": {
        "en": "Initiatives are spread unevenly over the model: balance {value} "
              "(0 = all on one outcome, 1 = evenly spread)",
        "nl": "De verbetertrajecten zijn ongelijk over het model verdeeld: balans {value} "
              "(0 = alles op één uitkomst, 1 = gelijk verdeeld)",
    },
    "modelmap.balance_mid": {
        "en": "The spread of initiatives over the model is moderate: balance {value} "
              "(0 = all on one outcome, 1 = evenly spread)",
        "nl": "De spreiding van de verbetertrajecten over het model is matig: balans {value} "
              "(0 = alles op één uitkomst, 1 = gelijk verdeeld)",
    },
    "modelmap.balance_high": {
        "en": "Initiatives are spread evenly over the model: balance {value} "
              "(0 = all on one outcome, 1 = evenly spread)",
        "nl": "De verbetertrajecten zijn gelijkmatig over het model verdeeld: balans {value} "
              "(0 = alles op één uitkomst, 1 = gelijk verdeeld)",
    },
    "modelmap.unit_gaps": {
        "en": "Unit {unit} has no initiative on {missing:n} of {total:n} outcomes",
        "nl": "Eenheid {unit} heeft geen verbetertraject op {missing:n} van de {total:n} uitkomsten",
    },
    "modelmap.unit_empty": {
        "en": "Unit {unit} has no initiative at all",
        "nl": "Eenheid {unit} heeft nog geen enkel verbetertraject",
    },
    "modelmap.unit_empty_tree": {
        "en": "Unit {unit} and the {below} units below it have no initiative at all",
        "nl": "Eenheid {unit} en de {below} eenheden eronder hebben nog geen enkel verbetertraject",
    },
    "modelmap.units_empty": {
        "en": "{count:n} units have no initiative at all: {units}",
        "nl": "{count:n} eenheden hebben nog geen enkel verbetertraject: {units}",
    },
    "modelmap.units_empty_tree": {
        "en": "{count:n} units, with the units below them, have no initiative at all: {units}",
        "nl": "{count:n} eenheden hebben, met de eenheden eronder, nog geen enkel verbetertraject: {units}",
    },
    "modelmap.practices_covered": {
        "en": "{covered:n} of {total:n} practices of the model have at least one initiative",
        "nl": "{covered:n} van de {total:n} praktijken van het model hebben minstens één verbetertraject",
    },
    "modelmap.not_started": {
        "en": "None of the {count:n} initiatives on {outcome} has started yet (idea or planned)",
        "nl": "Geen van de {count:n} verbetertrajecten op {outcome} is al gestart (idee of gepland)",
    },
    "modelmap.not_started_one": {
        "en": "The only initiative on {outcome} has not started yet (idea or planned)",
        "nl": "Het enige verbetertraject op {outcome} is nog niet gestart (idee of gepland)",
    },
    "modelmap.all_stopped": {
        "en": "All initiatives on {outcome} have been stopped",
        "nl": "Alle verbetertrajecten op {outcome} zijn gestopt",
    },
    "modelmap.unmapped_one": {
        "en": "Initiative {ids} is not on the model (no known outcome or practice)",
        "nl": "Verbetertraject {ids} staat niet op het model (geen bekende uitkomst of praktijk)",
    },
    "modelmap.unmapped_many": {
        "en": "{count:n} initiatives are not on the model (no known outcome or practice): {ids}",
        "nl": "{count:n} verbetertrajecten staan niet op het model (geen bekende uitkomst of "
              "praktijk): {ids}",
    },
    # headings and labels (text summary, xlsx, png)
    "modelmap.title": {"en": "Model map", "nl": "Modelkaart"},
    "modelmap.summary": {
        "en": "{total:n} initiatives, {mapped:n} on the model, {unmapped:n} not on the model",
        "nl": "{total:n} verbetertrajecten, {mapped:n} op het model, {unmapped:n} niet op het model",
    },
    "modelmap.count": {"en": "Initiatives", "nl": "Trajecten"},
    "modelmap.practices": {"en": "Practices", "nl": "Praktijken"},
    "modelmap.practices_covered_col": {"en": "Practices covered", "nl": "Praktijken gedekt"},
    "modelmap.practices_total_col": {"en": "Practices in model", "nl": "Praktijken in model"},
    "modelmap.group": {"en": "Group", "nl": "Groep"},
    "modelmap.ids": {"en": "Initiative IDs", "nl": "ID's verbetertrajecten"},
    "modelmap.gaps": {"en": "Gaps", "nl": "Witte vlekken"},
    "modelmap.gap_outcomes": {
        "en": "Outcomes without an initiative: {names}",
        "nl": "Uitkomsten zonder verbetertraject: {names}",
    },
    "modelmap.gap_practices": {
        "en": "Practices without an initiative: {count:n} of {total:n}",
        "nl": "Praktijken zonder verbetertraject: {count:n} van de {total:n}",
    },
    "modelmap.gap_unit": {
        "en": "{unit}: no initiative on {names}",
        "nl": "{unit}: geen verbetertraject op {names}",
    },
    "modelmap.gap_kind": {"en": "Gap", "nl": "Witte vlek"},
    "modelmap.kind_outcome": {"en": "outcome", "nl": "uitkomst"},
    "modelmap.kind_practice": {"en": "practice", "nl": "praktijk"},
    "modelmap.kind_unit": {"en": "outcome in unit", "nl": "uitkomst in eenheid"},
    "modelmap.balance": {"en": "Balance", "nl": "Balans"},
    "modelmap.balance_terms": {
        "en": "n_i = initiatives on outcome i, K = number of outcomes in the model",
        "nl": "n_i = verbetertrajecten op uitkomst i, K = aantal uitkomsten in het model"},
    "modelmap.balance_line": {
        "en": "Balance: {value} (Pielou's evenness {formula}; n_i = initiatives on outcome i, "
              "K = {k} outcomes in the model; 0 = all on one outcome, 1 = evenly spread)",
        "nl": "Balans: {value} (gelijkmatigheid volgens Pielou {formula}; n_i = trajecten op "
              "uitkomst i, K = {k} uitkomsten in het model; 0 = alles op één uitkomst, "
              "1 = gelijk verdeeld)",
    },
    "modelmap.balance_none": {"en": "n/a", "nl": "n.v.t."},
    "modelmap.balance_unit": {"en": "Balance per unit", "nl": "Balans per eenheid"},
    "modelmap.findings": {"en": "Findings", "nl": "Bevindingen"},
    "modelmap.status": {"en": "Status", "nl": "Status"},
    "modelmap.matrix": {"en": "Units x outcomes (each unit with the units below it)",
                        "nl": "Eenheden x uitkomsten (elke eenheid met de eenheden eronder)"},
    "modelmap.matrix_level": {"en": "Units at level {level} x outcomes (with the units below them)",
                              "nl": "Eenheden op niveau {level} x uitkomsten (met de eenheden eronder)"},
    "modelmap.own": {"en": "Own", "nl": "Eigen"},
    "modelmap.none": {"en": "none", "nl": "geen"},
    "modelmap.no_data": {"en": "No initiatives to show", "nl": "Geen verbetertrajecten om te tonen"},
    "modelmap.none_on_model.one": {"en": "The 1 initiative is not on the model yet",
                                   "nl": "Het ene verbetertraject staat nog niet op het model"},
    "modelmap.none_on_model.many": {"en": "None of the {n} initiatives is on the model yet",
                                    "nl": "Nog geen van de {n} verbetertrajecten staat op het model"},
    "modelmap.figure_title": {
        "en": "Initiatives per unit and outcome ({model})",
        "nl": "Verbetertrajecten per eenheid en uitkomst ({model})",
    },
    "modelmap.figure_truncated": {
        "en": "the {shown:n} units with most initiatives, of {total:n}",
        "nl": "de {shown:n} eenheden met de meeste verbetertrajecten, van {total:n}",
    },
    "modelmap.figure_empty.one": {"en": "Not shown, without initiatives: {units}",
                                  "nl": "Niet getoond, zonder verbetertrajecten: {units}"},
    "modelmap.figure_empty.many": {"en": "Not shown, {n} units without initiatives: {units}",
                                   "nl": "Niet getoond, {n} eenheden zonder verbetertrajecten: {units}"},
    # sheet names of the xlsx export (at most 31 characters)
    "modelmap.sheet.outcomes": {"en": "Outcomes", "nl": "Uitkomsten"},
    "modelmap.sheet.practices": {"en": "Practices", "nl": "Praktijken"},
    "modelmap.sheet.matrix": {"en": "Units x outcomes", "nl": "Eenheden x uitkomsten"},
    "modelmap.sheet.gaps": {"en": "Gaps", "nl": "Witte vlekken"},
    "modelmap.sheet.findings": {"en": "Findings", "nl": "Bevindingen"},
    # status codes as words
    "modelmap.status.idea": {"en": "idea", "nl": "idee"},
    "modelmap.status.planned": {"en": "planned", "nl": "gepland"},
    "modelmap.status.active": {"en": "active", "nl": "lopend"},
    "modelmap.status.done": {"en": "done", "nl": "afgerond"},
    "modelmap.status.embedded": {"en": "embedded", "nl": "geborgd"},
    "modelmap.status.stopped": {"en": "stopped", "nl": "gestopt"},
    "modelmap.status.none": {"en": "no status", "nl": "geen status"},
}
