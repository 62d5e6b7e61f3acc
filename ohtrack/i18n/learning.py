"""Dutch and English words of the learning analyses: routes, credentials, groups, the profile."""

TEXTS: dict[str, dict[str, str]] = {
    # -- findings: routes and enrolments --------------------------------------------------
    "learning.route_completion": {
        "en": "{route}: completed by {completed} of {enrolled} participants ({rate})",
        "nl": "{route}: afgerond door {completed} van de {enrolled} deelnemers ({rate})",
    },
    "learning.route_withdrawn": {
        "en": "{route}: participants who withdrew: {count}",
        "nl": "{route}: deelnemers gestopt: {count}",
    },
    "learning.electives_short": {
        "en": "{person} chose {chosen} of the {needed} electives of {route}",
        "nl": "{person} koos {chosen} van de {needed} keuzemodules van {route}",
    },
    "learning.required_missed": {
        "en": "{person} has not completed {modules} of {route}, although every session was held",
        "nl": "{person} heeft {modules} van {route} niet afgerond, terwijl alle bijeenkomsten "
              "zijn gehouden",
    },
    "learning.not_chosen_with": {
        "en": "{route}: {count} of {enrolled} participants without 'chosen with' (the choice was "
              "not made with anyone)",
        "nl": "{route}: {count} van de {enrolled} deelnemers zonder 'gekozen met' (de keuze is met "
              "niemand gemaakt)",
    },
    "learning.module_attendance": {
        "en": "{module}: {attended} of {expected} expected attendances ({rate})",
        "nl": "{module}: {attended} van de {expected} verwachte aanwezigheden ({rate})",
    },
    # -- findings: credentials --------------------------------------------------------------
    "learning.trainer_without_candidate": {
        "en": "{person} is {credential}, but guides fewer candidates than agreed: {count} "
              "(at least {minimum})",
        "nl": "{person} is {credential}, maar begeleidt minder kandidaten dan afgesproken: {count} "
              "(minstens {minimum})",
    },
    "learning.candidate_without_trainer": {
        "en": "{person} works towards {credential} without a practice trainer",
        "nl": "{person} werkt aan {credential} zonder praktijkopleider",
    },
    "learning.guide_not_trainer": {
        "en": "{person} is guided towards {credential} by {guide}, who is no {trainer}",
        "nl": "{person} wordt naar {credential} begeleid door {guide}, die geen {trainer} is",
    },
    "learning.credential_expiring": {
        "en": "{credential} of {person} expires on {date}",
        "nl": "{credential} van {person} verloopt op {date}",
    },
    "learning.credential_expired": {
        "en": "{credential} of {person} expired on {date}",
        "nl": "{credential} van {person} is verlopen op {date}",
    },
    "learning.contacts_over": {
        "en": "{person} has {count} contact persons in guidance ({names}); at most {maximum} agreed",
        "nl": "{person} heeft {count} contactpersonen in de begeleiding ({names}); afgesproken is "
              "hooguit {maximum}",
    },
    "learning.contacts_summary": {
        "en": "Candidates have {now} contact persons in guidance on average (on {then_date}: {then})",
        "nl": "Kandidaten hebben gemiddeld {now} contactpersonen in de begeleiding (op {then_date}: "
              "{then})",
    },
    "learning.contacts_summary_now": {
        "en": "Candidates have {now} contact persons in guidance on average",
        "nl": "Kandidaten hebben gemiddeld {now} contactpersonen in de begeleiding",
    },
    # -- findings: groups -----------------------------------------------------------------------
    "learning.group_ties": {
        "en": "The {groups} learning groups made {new} new ties across units since their first "
              "session, {mean} per group (of {pairs} pairs of members from different units)",
        "nl": "De {groups} leergroepen legden {new} nieuwe banden tussen eenheden sinds hun eerste "
              "bijeenkomst, {mean} per groep (van {pairs} paren leden uit verschillende eenheden)",
    },
    # -- findings: the profile --------------------------------------------------------------------
    "learning.profile_change": {
        "en": "{theme}: {intake} at intake, {later} later ({change}; {n_intake} and {n_later} people)",
        "nl": "{theme}: {intake} bij de intake, {later} later ({change}; {n_intake} en {n_later} "
              "mensen)",
    },
    "learning.profile_hidden": {
        "en": "Profile figures of {count} groups and units are (partly) not shown: fewer than "
              "{minimum} people, or they could be worked out from the others",
        "nl": "Profielcijfers van {count} groepen en eenheden worden (deels) niet getoond: minder "
              "dan {minimum} mensen, of terug te rekenen uit de andere",
    },
    "learning.development_top": {
        "en": "Most chosen development theme: {theme} ({people} people)",
        "nl": "Meest gekozen ontwikkelthema: {theme} ({people} mensen)",
    },
    # -- the composition ---------------------------------------------------------------------------
    "learning.compose.title": {"en": "Learning groups of {size} (± 1)",
                               "nl": "Leergroepen van {size} (± 1)"},
    "learning.compose.people": {"en": "People", "nl": "Mensen"},
    "learning.compose.groups": {"en": "Groups", "nl": "Groepen"},
    "learning.compose.fit": {"en": "Fit with preference", "nl": "Passend bij leervoorkeur"},
    "learning.compose.mixing": {"en": "Pairs from different units", "nl": "Paren uit verschillende eenheden"},
    "learning.compose.same_pairs": {"en": "Pairs from the same unit", "nl": "Paren uit dezelfde eenheid"},
    "learning.compose.composed": {"en": "composed", "nl": "samengesteld"},
    "learning.compose.random": {"en": "random (mean of {runs})", "nl": "willekeurig (gemiddelde van {runs})"},
    "learning.compose.solver": {
        "en": "{solver}: {status}, objective {objective}, bound {bound}, gap {gap}, seed {seed}, "
              "{seconds} s",
        "nl": "{solver}: {status}, doelwaarde {objective}, grens {bound}, gat {gap}, seed {seed}, "
              "{seconds} s",
    },
    "learning.compose.optimal": {"en": "optimal", "nl": "optimaal"},
    "learning.compose.feasible": {"en": "feasible (time limit reached)",
                                  "nl": "toelaatbaar (tijdslimiet bereikt)"},
    "learning.compose.beats": {"en": "Better than random on fit and on mixing",
                               "nl": "Beter dan willekeurig, in passendheid en in menging"},
    "learning.compose.not_beats": {"en": "Not better than random on both fit and mixing",
                                   "nl": "Niet op beide beter dan willekeurig (passendheid en menging)"},
    "learning.compose.group": {"en": "Group", "nl": "Groep"},
    "learning.compose.preference": {"en": "Preference", "nl": "Leervoorkeur"},
    "learning.compose.units": {"en": "Units", "nl": "Eenheden"},
    "learning.compose.members": {"en": "Members", "nl": "Leden"},
    "learning.compose.size": {"en": "Size", "nl": "Omvang"},
    "learning.compose.none": {"en": "(none)", "nl": "(geen)"},
    # -- errors ------------------------------------------------------------------------------------
    "learning.error.unknown_person": {"en": "no person with ID or name {person!r}",
                                      "nl": "geen persoon met ID of naam {person!r}"},
    "learning.error.no_people": {"en": "no route or tag {people!r} with people",
                                 "nl": "geen leergang of tag {people!r} met mensen"},
    "learning.error.no_column": {"en": "the People sheet has no column {column!r}",
                                 "nl": "het blad Personen heeft geen kolom {column!r}"},
    "learning.error.size": {"en": "a group size of {size} is too small; use 2 or more",
                            "nl": "een groepsgrootte van {size} is te klein; gebruik 2 of meer"},
    "learning.error.too_few": {"en": "{n} people can't make groups of {size} ± 1",
                               "nl": "met {n} mensen zijn geen groepen van {size} ± 1 te maken"},
    "learning.error.pair_person": {"en": "{person!r} is not among the people to group",
                                   "nl": "{person!r} hoort niet bij de mensen die worden ingedeeld"},
    "learning.error.pair_same": {"en": "a pair needs two different people, not {person!r} twice",
                                 "nl": "een paar bestaat uit twee verschillende mensen, niet twee keer "
                                       "{person!r}"},
    "learning.error.together_too_big": {
        "en": "more people must be together than fit in a group of {size}",
        "nl": "er moeten meer mensen bij elkaar dan in een groep van {size} passen"},
    "learning.error.apart_and_together": {
        "en": "{a} and {b} must be apart, but also (through others) together",
        "nl": "{a} en {b} moeten apart, maar ook (via anderen) bij elkaar"},
    "learning.error.infeasible": {
        "en": "no grouping honours every rule (sizes, together, apart)",
        "nl": "geen indeling voldoet aan alle regels (grootte, bij elkaar, apart)"},
    "learning.error.no_solution": {
        "en": "no grouping found within the time limit of {seconds} s; allow more time",
        "nl": "geen indeling gevonden binnen de tijdslimiet van {seconds} s; geef meer tijd"},
    "learning.error.output_is_input": {
        "en": "{path}: is the workbook itself; write the groups to a new file",
        "nl": "{path}: is de werkmap zelf; schrijf de groepen naar een nieuw bestand"},
    "learning.error.output_suffix": {
        "en": "{path}: the copy is an Excel workbook; give it the extension .xlsx",
        "nl": "{path}: de kopie is een Excel-werkmap; geef hem de extensie .xlsx"},
    "learning.error.group_taken": {
        "en": "the workbook already has groups {ids}; choose another prefix or replace them",
        "nl": "de werkmap heeft al groepen {ids}; kies een ander voorvoegsel of vervang ze"},
    "learning.error.group_taken_cli": {
        "en": "the workbook already has groups {ids}; choose another prefix (--prefix) or replace "
              "them (--replace)",
        "nl": "de werkmap heeft al groepen {ids}; kies een ander voorvoegsel (--prefix) of vervang "
              "ze (--replace)"},
}
