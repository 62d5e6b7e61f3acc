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
    "network.units_isolated": {
        "en": "{count} units have no tie to any other unit: {units}",
        "nl": "{count} eenheden hebben geen band met een andere eenheid: {units}",
    },
    "network.people_isolated": {
        "en": "{count} people have no ties in the network: {people}",
        "nl": "{count} mensen hebben geen enkele band in het netwerk: {people}",
    },
    "network.person_peripheral": {
        "en": "{person} is on the edge of the network, far from its core",
        "nl": "{person} staat aan de rand van het netwerk, ver van de kern",
    },
    "network.people_peripheral": {
        "en": "{count} people are on the edge of the network, far from its core: {people}",
        "nl": "{count} mensen staan aan de rand van het netwerk, ver van de kern: {people}",
    },
    "network.broker": {
        "en": "Many connections between people who do not know each other directly run through {person}",
        "nl": "Via {person} lopen veel verbindingen tussen mensen die elkaar niet rechtstreeks kennen",
    },
    "network.sole_link": {
        "en": "{person} is the only link between {x} and {y}",
        "nl": "{person} is de enige verbinding tussen {x} en {y}",
    },
    "network.sole_link_unit": {
        "en": "{person} is the only link between {unit} and the other units",
        "nl": "{person} is de enige verbinding tussen {unit} en de andere eenheden",
    },
    "network.groups_missing_role": {
        "en": "{groups} have no {role}: {ids}",
        "nl": "{groups} hebben geen {role}: {ids}",
    },
    "network.people_without_group": {
        "en": "{count} people ({role}) are in no {type}: {people}",
        "nl": "{count} mensen ({role}) zitten in geen enkele {type}: {people}",
    },
    "network.realisation_all": {
        "en": "{groups}: every session held",
        "nl": "{groups}: alle bijeenkomsten gehouden",
    },
    "network.realisation_except": {
        "en": "{groups}: every session held, except {exceptions}",
        "nl": "{groups}: alle bijeenkomsten gehouden, behalve {exceptions}",
    },
    "network.realisation_short": {
        "en": "{groups}: {n} did not hold every session ({exceptions})",
        "nl": "{groups}: {n} hielden niet alle bijeenkomsten ({exceptions})",
    },
    "network.realisation_upcoming": {
        "en": "; {n} still to come",
        "nl": "; nog {n} gepland",
    },
    "network.held_of": {"en": "{group}: {held} of {due}", "nl": "{group}: {held} van {due}"},
    "network.groups_of_type": {"en": "{n} groups ({type})", "nl": "{n} groepen ({type})"},
    "network.people_low_attendance": {
        "en": "{count} people attended fewer than half of the sessions they were expected at: {people}",
        "nl": "{count} mensen waren bij minder dan de helft van de bijeenkomsten waar ze verwacht werden: "
        "{people}",
    },
    "network.lessons_unshared": {
        "en": "{count} lessons were shared with nobody: {lessons}",
        "nl": "{count} leerervaringen zijn met niemand gedeeld: {lessons}",
    },
    # how findings were found (the appendix)
    "network.method.cross_unit": {
        "en": "ties between people of different units (at the chosen level of the unit tree)",
        "nl": "banden tussen mensen van verschillende eenheden (op het gekozen niveau van de boom)",
    },
    "network.method.sole_link": {
        "en": "every tie between the units (at the chosen level) has this person at one end",
        "nl": "elke band tussen de eenheden (op het gekozen niveau) heeft deze persoon aan één kant",
    },
    "network.method.degree": {"en": "number of ties (degree) is 0", "nl": "aantal banden (graad) is 0"},
    "network.method.core": {
        "en": "k-core decomposition: core number at most half that of the main core",
        "nl": "k-kernontleding: kerngetal hoogstens de helft van dat van de hoofdkern",
    },
    "network.method.betweenness_exact": {
        "en": "betweenness centrality (normalised, unweighted), exact",
        "nl": "tussenpositie (genormaliseerd, ongewogen), exact berekend",
    },
    "network.method.betweenness_estimated": {
        "en": "betweenness centrality (normalised, unweighted), estimated with a proven bound",
        "nl": "tussenpositie (genormaliseerd, ongewogen), geschat met een bewezen grens",
    },
    "network.method.betweenness_sampled": {
        "en": "betweenness centrality (normalised, unweighted), estimated from a sample",
        "nl": "tussenpositie (genormaliseerd, ongewogen), geschat uit een steekproef",
    },
    "network.method.communities": {
        "en": "Louvain communities (igraph, tie weights, seed 42) and their modularity",
        "nl": "Louvain-gemeenschappen (igraph, gewichten van de banden, zaad 42) en hun modulariteit",
    },
    "network.method.learning_group_ties": {
        "en": "relations between members from different units that began on or after the group's "
              "first session",
        "nl": "relaties tussen leden uit verschillende eenheden die op of na de eerste bijeenkomst begonnen",
    },
    "network.method.roles": {
        "en": "the roles the Programme sheet requires for the group type",
        "nl": "de rollen die het Programmablad voor het groepstype vraagt",
    },
    "network.method.realisation": {
        "en": "held sessions against those dated up to the report date (cancelled ones count as not held)",
        "nl": "gehouden bijeenkomsten tegenover die tot de rapportdatum (geannuleerde tellen als "
              "niet gehouden)",
    },
    "network.method.attendance": {
        "en": "share of the held sessions a person was expected at that they attended, below one half",
        "nl": "aandeel van de gehouden bijeenkomsten waar iemand verwacht werd en was, onder de helft",
    },
    "network.appendix": {"en": "About the findings", "nl": "Toelichting bij de bevindingen"},
    "network.data.betweenness": {"en": "betweenness", "nl": "tussenpositie"},
    "network.data.rank": {"en": "rank", "nl": "plaats"},
    "network.data.modularity": {"en": "modularity", "nl": "modulariteit"},
    "network.data.communities": {"en": "communities", "nl": "gemeenschappen"},
    "network.data.k_max": {"en": "core number of the main core", "nl": "kerngetal van de hoofdkern"},
    "network.data.groups": {"en": "groups", "nl": "groepen"},
    "network.data.held": {"en": "held", "nl": "gehouden"},
    "network.data.due": {"en": "due", "nl": "verwacht"},
    "network.data.cancelled": {"en": "cancelled", "nl": "geannuleerd"},
    "network.data.upcoming": {"en": "still to come", "nl": "nog gepland"},
    "network.data.unrecorded": {"en": "not recorded as held", "nl": "niet als gehouden vastgelegd"},
    "network.data.threshold": {"en": "threshold", "nl": "grens"},
    "network.data.ties": {"en": "ties", "nl": "banden"},
    "network.data.new_cross_unit_ties": {
        "en": "new ties across units",
        "nl": "nieuwe banden tussen eenheden",
    },
    "network.data.cross_unit_pairs": {
        "en": "pairs from different units",
        "nl": "paren uit verschillende eenheden",
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
        "en": "{group}: {held} of {total} {type} sessions held",
        "nl": "{group}: {held} van {total} {type}bijeenkomsten gehouden",
    },
    # what else the group's sessions are, in brackets after "held" (only counts above zero)
    "network.realisation.cancelled": {"en": "{n} cancelled", "nl": "{n} geannuleerd"},
    "network.realisation.unrecorded": {
        "en": "{n} planned before the report date, not recorded as held",
        "nl": "{n} gepland vóór de rapportdatum, niet als gehouden vastgelegd",
    },
    "network.realisation.ahead": {"en": "{n} still to come", "nl": "nog {n} gepland"},
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
        "en": "The network falls into {count} groups of people who mostly have ties among themselves",
        "nl": "Het netwerk valt uiteen in {count} groepen mensen die vooral onderling banden hebben",
    },
    "network.groups.triad": {"en": "triads", "nl": "driehoeken"},
    "network.groups.learning_group": {"en": "learning groups", "nl": "leergroepen"},
    "network.groups.learning_circle": {"en": "learning circles", "nl": "leercirkels"},
    "network.groups.improvement_team": {"en": "improvement teams", "nl": "verbeterteams"},
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
    "network.peripheral": {"en": "On the edge (far from the core)", "nl": "Aan de rand (ver van de kern)"},
    "network.core": {"en": "Core", "nl": "Kern"},
    "network.core_value": {
        "en": "{n:n} people, each with at least {k} ties inside it (k-core)",
        "nl": "{n:n} mensen, elk met minstens {k} banden daarbinnen (k-kern)",
    },
    "network.yes": {"en": "yes", "nl": "ja"},
    "network.no": {"en": "no", "nl": "nee"},
    "network.layers": {"en": "Relations by type", "nl": "Relaties per soort"},
    "network.layer": {"en": "Type", "nl": "Soort"},
    "network.directed": {"en": "Directed", "nl": "Gericht"},
    "network.reciprocity": {"en": "Returned", "nl": "Wederzijds"},
    "network.sought": {"en": "Most sought (times)", "nl": "Meest gezocht (keer)"},
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
    "network.betweenness_estimated_early": {
        "en": "estimated from {sample} sampled pairs of people (Riondato–Kornaropoulos, stopped before "
        "{sample_max} pairs by an empirical Bernstein bound): every value within {epsilon} of the "
        "exact one with probability {confidence}",
        "nl": "geschat uit een steekproef van {sample} paren mensen (Riondato–Kornaropoulos, vóór "
        "{sample_max} paren gestopt met een empirische Bernstein-grens): met {confidence} kans wijkt "
        "geen waarde meer dan {epsilon} af van de exacte",
    },
    "network.brokers": {"en": "Brokers", "nl": "Verbinders"},
    "network.units": {"en": "Units", "nl": "Eenheden"},
    "network.findings": {"en": "Findings", "nl": "Bevindingen"},
    "network.events": {"en": "Learning events", "nl": "Leermomenten"},
    "network.events_line": {"en": "{held} of {total} held", "nl": "{held} van {total} gehouden"},
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
