"""The workbook's vocabularies: canonical codes with their English and Dutch words."""

from __future__ import annotations

from ohtrack.text import name_key

#: Closed and open vocabularies: canonical code → (English, Dutch, other aliases...).
VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {
        "idea": ("idea", "idee"),
        "planned": ("planned", "gepland"),
        "active": ("active", "lopend", "actief", "in uitvoering"),
        "done": ("done", "afgerond", "gereed", "klaar"),
        "embedded": ("embedded", "geborgd"),
        "stopped": ("stopped", "gestopt"),
    },
    "event_type": {
        "learning_circle": ("learning circle", "leercirkel"),
        "intervision": ("intervision", "intervisie"),
        "pitstop": ("pitstop", "pitstop"),
        "training": ("training", "training", "opleiding"),
        "theme_day": ("theme day", "themadag"),
        "coaching": ("coaching", "coaching"),
        "online": ("online", "online"),
    },
    "event_status": {
        "planned": ("planned", "gepland"),
        "held": ("held", "gehouden", "plaatsgevonden"),
        "cancelled": ("cancelled", "geannuleerd", "canceled", "afgelast"),
    },
    "relation_type": {
        "reports_to": ("reports to", "rapporteert aan"),
        "advises": ("advises", "adviseert"),
        "coaches": ("coaches", "coacht"),
        "works_with": ("works with", "werkt samen", "werkt samen met"),
    },
    "group_type": {
        "triad": ("triad", "driehoek", "3-hoek", "driehoeksoverleg"),
        "learning_group": ("learning group", "leergroep"),
        "learning_circle": ("learning circle", "leercirkel"),
        "improvement_team": ("improvement team", "verbeterteam"),
    },
    "direction": {
        "higher": ("higher", "hoger", "higher is better", "hoger is beter"),
        "lower": ("lower", "lager", "lower is better", "lager is beter"),
    },
    "goal_level": {
        "corporate": ("corporate", "concern"),
        "site": ("site", "locatie"),
        "process": ("process", "kernproces", "proces"),
        "year": ("year", "jaarplan", "year plan", "jaar"),
    },
    "language": {"nl": ("nl", "nederlands", "dutch"), "en": ("en", "engels", "english")},
    "module_form": {
        "group_training": ("group training", "groepstraining", "training", "workshop"),
        "online": ("online", "online", "e-learning", "online werkvorm"),
        "coaching": ("coaching", "coaching", "face-to-face coaching"),
        "practice_learning": ("practice learning", "praktijkleren", "leren in de praktijk"),
        "intervision": ("intervision", "intervisie"),
        "self_study": ("self-study", "zelfstudie"),
    },
    "module_kind": {
        "required": ("required", "verplicht"),
        "elective": ("elective", "keuze", "keuzemodule", "optional", "optioneel"),
    },
    "enrolment_status": {
        "enrolled": ("enrolled", "ingeschreven", "enroled"),
        "in_progress": ("in progress", "bezig", "lopend"),
        "completed": ("completed", "afgerond", "voltooid", "klaar"),
        "withdrawn": ("withdrawn", "gestopt", "uitgeschreven", "afgemeld"),
    },
    "credential_status": {
        "in_progress": ("in progress", "in opleiding", "bezig"),
        "obtained": ("obtained", "behaald", "erkend", "geregistreerd", "registered"),
        "expired": ("expired", "verlopen"),
        "withdrawn": ("withdrawn", "ingetrokken"),
    },
    "score_source": {
        "self": ("self", "zelf", "zelfanalyse", "self-assessment"),
        "manager": ("manager", "leidinggevende"),
        "peer": ("peer", "collega"),
    },
    "score_moment": {
        "intake": ("intake", "intake", "begin", "start", "nulmeting"),
        "interim": ("interim", "tussenmeting"),
        "final": ("final", "eindmeting", "einde", "end"),
    },
    "development_status": {
        "open": ("open", "open"),
        "in_progress": ("in progress", "bezig", "lopend"),
        "done": ("done", "afgerond", "klaar"),
        "stopped": ("stopped", "gestopt"),
    },
}

#: Vocabularies where any other word is kept as written (not an error).
OPEN_VOCABULARIES = frozenset({"event_type", "relation_type", "group_type", "module_form",
                               "score_moment"})


def vocab_lookup(vocab: str) -> dict[str, str]:
    """Name key → canonical code for one vocabulary."""
    out: dict[str, str] = {}
    for code, names in VOCABULARIES[vocab].items():
        for n in (code, *names):
            out[name_key(n)] = code
    return out


def vocab_label(vocab: str, code: str, lang: str) -> str:
    """The word a user sees for a code in a language (Dutch or English)."""
    names = VOCABULARIES.get(vocab, {}).get(code)
    if not names:
        return code
    return names[1] if lang == "nl" else names[0]
