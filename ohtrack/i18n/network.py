"""Dutch and English words of the network analysis: findings and report headings."""

TEXTS: dict[str, dict[str, str]] = {
    # findings
    "network.unit_isolated": {
        "en": "Unit {unit} has no tie to any other unit",
        "nl": "Eenheid {unit} heeft geen band met een andere eenheid",
    },
    "network.person_isolated": {
        "en": "{person} has no ties in the network",
        "nl": "{person} heeft geen enkele band in het netwerk",
    },
    "network.person_peripheral": {
        "en": "{person} has only one tie (with {other})",
        "nl": "{person} heeft maar één band (met {other})",
    },
    "network.broker": {
        "en": "{person} bridges the network: betweenness {value:.2f} (rank {rank})",
        "nl": "{person} verbindt het netwerk: tussenpositie {value:.2f} (plaats {rank})",
    },
    "network.group_missing_role": {
        "en": "{type} {group} has no {role}",
        "nl": "{type} {group} heeft geen {role}",
    },
    "network.person_without_group": {
        "en": "{person} ({role}) is in no {type}",
        "nl": "{person} ({role}) zit in geen enkele {type}",
    },
    "network.realisation": {
        "en": "{group}: {held} of {total} {type} sessions held ({cancelled} cancelled, {planned} planned)",
        "nl": "{group}: {held} van {total} {type}bijeenkomsten gehouden ({cancelled} geannuleerd, "
              "{planned} gepland)",
    },
    "network.low_attendance": {
        "en": "{person} attended {went} of {held} sessions held in their groups",
        "nl": "{person} was bij {went} van de {held} gehouden bijeenkomsten van de eigen groepen",
    },
    "network.low_attendance_enrolled": {
        "en": "{person} attended {went} of the {held} sessions held that they were expected at "
              "(their groups and enrolments)",
        "nl": "{person} was bij {went} van de {held} gehouden bijeenkomsten die bij de eigen "
              "groepen en inschrijvingen horen",
    },
    "network.learning_group_ties": {
        "en": "The {groups} learning groups made {new} new ties across units since their first "
              "session (of {pairs} pairs of members from different units)",
        "nl": "De {groups} leergroepen legden {new} nieuwe banden tussen eenheden sinds hun eerste "
              "bijeenkomst (van {pairs} paren leden uit verschillende eenheden)",
    },
    "network.lesson_unshared": {
        "en": "Lesson {lesson} was shared with nobody",
        "nl": "Leerervaring {lesson} is met niemand gedeeld",
    },
    "network.communities": {
        "en": "The network falls into {count} communities of two or more people (Louvain)",
        "nl": "Het netwerk valt uiteen in {count} gemeenschappen van twee of meer mensen (Louvain)",
    },
    # group and event types
    "network.group.triad": {"en": "Triad", "nl": "Driehoek"},
    "network.group.learning_group": {"en": "Learning group", "nl": "Leergroep"},
    "network.group.learning_circle": {"en": "Learning circle", "nl": "Leercirkel"},
    "network.group.improvement_team": {"en": "Improvement team", "nl": "Verbeterteam"},
    "network.group.other": {"en": "Group", "nl": "Groep"},
    "network.event.intervision": {"en": "intervision", "nl": "intervisie"},
    "network.event.learning_circle": {"en": "learning circle", "nl": "leercirkel"},
    "network.event.pitstop": {"en": "pitstop", "nl": "pitstop"},
    "network.event.training": {"en": "training", "nl": "training"},
    "network.event.theme_day": {"en": "theme day", "nl": "themadag"},
    "network.event.coaching": {"en": "coaching", "nl": "coaching"},
    "network.event.online": {"en": "online", "nl": "online"},
    # report headings and labels
    "network.title": {"en": "Network of {name}", "nl": "Netwerk van {name}"},
    "network.as_of": {"en": "as of {date}", "nl": "per {date}"},
    "network.people": {"en": "People", "nl": "Mensen"},
    "network.ties": {"en": "Ties", "nl": "Banden"},
    "network.cross_unit": {"en": "Cross-unit ties", "nl": "Banden tussen eenheden"},
    "network.ties_between": {"en": "Ties between {where}", "nl": "Banden tussen {where}"},
    "network.outside_tie": {
        "en": "People with a tie outside their unit",
        "nl": "Mensen met een band buiten hun eenheid",
    },
    "network.growth_title": {"en": "Ties per month: {name}", "nl": "Banden per maand: {name}"},
    "network.growth_all": {"en": "All ties", "nl": "Alle banden"},
    "network.month": {"en": "Month", "nl": "Maand"},
    "network.isolated": {"en": "Isolated", "nl": "Geïsoleerd"},
    "network.peripheral": {"en": "Peripheral (one tie)", "nl": "Aan de rand (één band)"},
    "network.communities_label": {"en": "Communities", "nl": "Gemeenschappen"},
    "network.density": {"en": "Density", "nl": "Dichtheid"},
    "network.plenary": {"en": "Plenary, no ties", "nl": "Plenair, geen banden"},
    "network.plenary_value": {
        "en": "{n} (events, groups or initiatives of more than {size} people)",
        "nl": "{n} (bijeenkomsten, groepen of trajecten van meer dan {size} mensen)",
    },
    "network.betweenness": {"en": "Betweenness", "nl": "Tussenpositie"},
    "network.betweenness_exact": {"en": "exact ({backend})", "nl": "exact ({backend})"},
    "network.betweenness_sampled": {
        "en": "estimated from {sample} sampled people (betweenness_sample = {sample})",
        "nl": "geschat uit een steekproef van {sample} mensen (betweenness_sample = {sample})",
    },
    "network.betweenness_estimated": {
        "en": "estimated from {sample} sampled pairs of people (Riondato–Kornaropoulos): every value "
              "within {epsilon} of the exact one with probability {confidence}",
        "nl": "geschat uit een steekproef van {sample} paren mensen (Riondato–Kornaropoulos): met "
              "{confidence} kans wijkt geen waarde meer dan {epsilon} af van de exacte",
    },
    "network.brokers": {"en": "Brokers", "nl": "Verbinders"},
    "network.units": {"en": "Units", "nl": "Eenheden"},
    "network.findings": {"en": "Findings", "nl": "Bevindingen"},
    "network.events": {"en": "Learning events", "nl": "Leermomenten"},
    "network.events_line": {
        "en": "{held} of {total} held, {cancelled} cancelled, {planned} planned",
        "nl": "{held} van {total} gehouden, {cancelled} geannuleerd, {planned} gepland",
    },
    "network.person": {"en": "Person", "nl": "Persoon"},
    "network.role": {"en": "Role", "nl": "Rol"},
    "network.community": {"en": "Community", "nl": "Gemeenschap"},
    "network.kind.relations": {"en": "Relations", "nl": "Relaties"},
    "network.kind.groups": {"en": "Groups", "nl": "Groepen"},
    "network.kind.events": {"en": "Events", "nl": "Bijeenkomsten"},
    "network.kind.initiatives": {"en": "Initiatives", "nl": "Verbetertrajecten"},
    "network.unit": {"en": "Unit", "nl": "Eenheid"},
    "network.degree": {"en": "Degree", "nl": "Banden"},
    "network.share": {"en": "Share", "nl": "Aandeel"},
    "network.lessons": {"en": "Lessons and their reach", "nl": "Leerervaringen en hun bereik"},
    "network.lesson": {"en": "Lesson", "nl": "Leerervaring"},
    "network.shared_with": {"en": "Shared with", "nl": "Gedeeld met"},
    "network.reach": {"en": "Reach", "nl": "Bereik"},
    "network.units_reached": {"en": "Units reached", "nl": "Eenheden bereikt"},
    "network.more": {"en": "… and {count} more", "nl": "… en nog {count}"},
    # comparison
    "network.compare": {"en": "Change since {old}", "nl": "Verandering sinds {old}"},
    "network.ties_gained": {"en": "Ties gained", "nl": "Banden erbij"},
    "network.ties_lost": {"en": "Ties lost", "nl": "Banden verdwenen"},
    "network.cross_before_after": {
        "en": "Ties between {where}: {before} → {after}",
        "nl": "Banden tussen {where}: {before} → {after}",
    },
    "network.level.own": {"en": "units", "nl": "eenheden"},
    "network.level.depth": {"en": "units at level {depth}", "nl": "eenheden op niveau {depth}"},
    "network.level.name": {"en": "units at level {name}", "nl": "eenheden op niveau {name}"},
    "network.joined": {"en": "People joined", "nl": "Mensen erbij"},
    "network.left": {"en": "People left", "nl": "Mensen vertrokken"},
}
