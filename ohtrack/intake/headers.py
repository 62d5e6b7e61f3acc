"""Which contract field a source column stands for, judged by its header.

Known names come from the workbook contract (each Initiatives column's field, English and
Dutch header and aliases) and from an intake list of headers real lists use ("Project
Name", "Actie", "Eigenaar", "Verantwoordelijke", "Deadline", "RAG", "DCA" …). A header that
is one of them scores 1.0; one that contains a known name scores less, more when the name
ends the header (``end_status`` is a status); near misses are found with rapidfuzz.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from ohtrack.text import name_key
from ohtrack.workbook.contract import INITIATIVES

#: Targets a column can be mapped to, besides the Initiatives fields of the contract.
EXTRA_TARGETS = ("rag", "theme", "unit_name", "unit_parent")
#: Every target a mapping file may name (``custom`` keeps the column as it is).
TARGETS: tuple[str, ...] = (*(c.field for c in INITIATIVES.columns), *EXTRA_TARGETS, "custom")

#: Headers real inventories use, per target, in English and in Dutch, beyond the contract's.
SYNONYMS_EN: dict[str, tuple[str, ...]] = {
    "id": ("ref", "reference", "reference number", "nr", "no", "number", "№", "#", "code",
           "project id", "project number", "project code", "unique id", "action id",
           "subaction id", "audit finding reference number", "finding reference number", "uuid"),
    "title": ("name", "project", "project name", "programme", "programme name", "program name",
              "initiative", "action", "subaction", "subaction body", "subject", "activity",
              "task", "improvement", "item"),
    "description": ("details", "detail", "aims", "description aims", "summary",
                    "planned corrective action", "corrective action", "scope"),
    "unit": ("department", "dept", "dept abb", "dept acronym", "department acronym", "team",
             "directorate", "division", "business unit", "sector", "site", "agency",
             "organisational unit", "cluster"),
    "unit_name": ("department name", "dept name", "unit name"),
    "unit_parent": ("organisation", "organization", "parent unit", "group", "ministry",
                    "portfolio"),
    "owner": ("owner", "responsible", "responsible person", "responsible persons", "lead",
              "project lead", "sro", "senior responsible owner", "assigned to", "contact person",
              "project manager", "accountable", "who", "coordinator", "action owner"),
    "participants": ("participants", "team members", "involved", "stakeholders"),
    "status": ("state", "stage", "phase", "progress", "end status"),
    "rag": ("rag", "rag rating", "rag status", "colour rating", "color rating", "rating",
            "colour", "color", "dca", "delivery confidence", "delivery confidence assessment",
            "mpa rag rating", "rag score", "health"),
    "start": ("start date", "begin", "from", "schedule start", "scheduled start",
              "planned start", "start of work"),
    "end": ("end date", "deadline", "due", "due date", "target date", "completion date",
            "estimated completion date", "finish", "finish date", "until", "implementation date",
            "planned end", "schedule end", "scheduled end", "due by", "complete by", "ready by",
            "target completion", "end"),
    "goal": ("goal", "objective", "priority", "strategic objective", "priority body"),
    "theme": ("theme", "category", "report category", "domain", "type", "kind", "area", "pillar"),
    "outcomes": ("outcome", "dimension"),
    "practices": ("practice",),
    "impact": ("effect", "benefit", "benefits"),
}
SYNONYMS_NL: dict[str, tuple[str, ...]] = {
    "id": ("nummer", "volgnummer", "kenmerk", "registratienummer", "actienummer"),
    "title": ("naam", "projectnaam", "initiatief", "actie", "onderwerp", "traject", "verbeterpunt",
              "verbeteractie", "maatregel", "activiteit", "taak", "naam initiatief"),
    "description": ("beschrijving", "toelichting", "samenvatting", "korte omschrijving", "inhoud"),
    "unit": ("afdeling", "directie", "bedrijfsonderdeel", "sectie", "locatie", "dienst",
             "organisatieonderdeel"),
    "unit_name": ("afdelingsnaam", "naam afdeling"),
    "unit_parent": ("organisatie", "hoofdafdeling", "ministerie"),
    "owner": ("verantwoordelijke", "verantwoordelijk", "trekker", "actiehouder", "actienemer",
              "toegewezen aan", "contactpersoon", "initiatiefnemer", "projectleider", "wie",
              "uitvoerder", "coördinator"),
    "participants": ("betrokkenen",),
    "status": ("fase", "voortgang", "stand van zaken", "staat"),
    "rag": ("kleur", "stoplicht"),
    "start": ("startdatum", "begindatum", "datum start", "aanvang", "van", "geplande start"),
    "end": ("einddatum", "streefdatum", "opleverdatum", "datum gereed", "gereed op", "tot",
            "uiterlijk", "geplande einddatum", "deadline", "gereed per", "klaar per", "klaar op",
            "af per", "datum klaar", "uiterste datum", "opleveren per", "einde"),
    "goal": ("doel", "prioriteit", "doelstelling", "strategisch doel", "ambitie"),
    "theme": ("thema", "categorie", "domein", "soort", "gebied", "aandachtsgebied", "pijler",
              "onderwerp"),
    "outcomes": ("uitkomst", "dimensie"),
    "practices": ("praktijk",),
    "impact": ("effect", "baten"),
}


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PUNCT = re.compile(r"[()\[\]{}/\\:.,;?!'\"*+=<>]+")


#: Known names that are weaker evidence than the others of their target (0.85, not 1.0): an
#: "Onderwerp" (subject) column beside an "Actie" column is the topic, not the title.
WEAK = frozenset({"onderwerp", "subject", "item", "naam", "name", "type", "soort", "kind",
                  "rating", "health", "colour", "color", "van", "tot", "from", "until", "wie",
                  "who", "no", "nr", "number", "nummer", "code", "group", "portfolio", "area",
                  "gebied", "effect", "lead"})
WEAK_SCORE = 0.85
#: Known names that are prepositions: alone ("Van", "Tot") or beside a word of time ("Date
#: from", "Gepland tot") they name the column; among other words they do not ("URL van de
#: bronregistratie").
PREPOSITIONS = frozenset({"van", "tot", "from", "until", "to"})
_TIME_WORDS = frozenset({"date", "datum", "day", "dag", "planned", "gepland", "period", "periode",
                         "week", "month", "maand", "year", "jaar", "time", "tijd", "deadline"})


def header_key(text: object) -> str:
    """A header as words: ``projectName`` / ``project_name`` / ``Project Name`` → ``project name``."""
    s = _CAMEL.sub(" ", str(text).strip())
    s = _PUNCT.sub(" ", s)
    return name_key(s)


@cache
def _names() -> dict[str, tuple[str, ...]]:
    """Target → its known names as header keys (contract first, then the intake list)."""
    out: dict[str, list[str]] = {t: [] for t in TARGETS if t != "custom"}
    for col in INITIATIVES.columns:
        out[col.field].extend(header_key(n) for n in (col.field, col.en, col.nl, *col.aliases))
    for synonyms in (SYNONYMS_EN, SYNONYMS_NL):
        for target, names in synonyms.items():
            out[target].extend(header_key(n) for n in names)
    out["id"].append("#")
    return {t: tuple(dict.fromkeys(k for k in ks if k)) for t, ks in out.items()}


@cache
def _index() -> tuple[dict[str, list[str]], list[str], list[str]]:
    exact: dict[str, list[str]] = {}
    keys, targets = [], []
    for target, names in _names().items():
        for n in names:
            if target not in exact.setdefault(n, []):
                exact[n].append(target)
            keys.append(n)
            targets.append(target)
    return exact, keys, targets


@cache
def _by_word() -> dict[str, list[tuple[list[str], str]]]:
    """Known names by their first word: (words, target)."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    _exact, keys, targets = _index()
    for name, target in zip(keys, targets):
        parts = name.split()
        if parts:
            out.setdefault(parts[0], []).append((parts, target))
    return out


@lru_cache(maxsize=4096)
def header_scores(header: str) -> dict[str, float]:
    """Each target's confidence (0–1) that a column with this header belongs to it."""
    if len(header) > 200:
        header = header[:200]
    key = header_key(header.split("\n", 1)[0]) or header_key(header)
    full = header_key(header)
    exact, keys, targets = _index()
    scores: dict[str, float] = {}
    for k in {key, full}:
        for target in exact.get(k, ()):
            score = WEAK_SCORE if k in WEAK else 1.0
            scores[target] = max(scores.get(target, 0.0), score)
    if scores:
        return scores
    words = key.split()
    index = _by_word()
    for parts, target in (c for w in set(words) for c in index.get(w, ())):
        n = len(parts)
        if n > len(words) or (n == 1 and parts[0] in PREPOSITIONS
                              and _TIME_WORDS.isdisjoint(words)):
            continue
        at = _find(words, parts)
        if at < 0:
            continue
        share = n / len(words)
        score = 0.55 + 0.3 * share + (0.1 if at + n == len(words) else 0.0)
        if score > scores.get(target, 0.0):
            scores[target] = min(score, 0.95)
    for _name, ratio, i in process.extract(key, keys, scorer=fuzz.ratio, limit=5, score_cutoff=85):
        target = targets[i]
        score = 0.9 * ratio / 100
        if score > scores.get(target, 0.0):
            scores[target] = score
    return scores


def _find(words: list[str], parts: list[str]) -> int:
    """Where ``parts`` occur as consecutive words in ``words`` (last occurrence), or -1."""
    n = len(parts)
    for at in range(len(words) - n, -1, -1):
        if words[at:at + n] == parts:
            return at
    return -1


@cache
def _languages() -> tuple[frozenset[str], frozenset[str]]:
    """Header keys known in Dutch and in English."""
    nl = {header_key(c.nl) for c in INITIATIVES.columns}
    en = {header_key(c.en) for c in INITIATIVES.columns} | {header_key(c.field) for c in INITIATIVES.columns}
    nl |= {header_key(n) for names in SYNONYMS_NL.values() for n in names} | _DUTCH_HINTS
    en |= {header_key(n) for names in SYNONYMS_EN.values() for n in names} | _ENGLISH_HINTS
    letters = {k for k in nl | en if any(ch.isalpha() for ch in k)}
    return frozenset((nl - en) & letters), frozenset((en - nl) & letters)


#: Other header words that tell the language of a list.
_DUTCH_HINTS = frozenset({"datum", "besluit", "overleg", "opmerking", "opmerkingen", "wijziging",
                          "bijzonderheden", "afspraak", "actiepunt", "besloten in welk overleg",
                          "actie vanuit welk overleg", "gereed", "kosten", "begroting"})
_ENGLISH_HINTS = frozenset({"date", "comment", "comments", "notes", "budget", "cost", "year"})


def dutch_share(headers: list[str]) -> float:
    """The share of language-specific known headers that are Dutch (to guess the language)."""
    nl_keys, en_keys = _languages()
    keys = [header_key(h) for h in headers]
    nl = sum(k in nl_keys for k in keys)
    en = sum(k in en_keys for k in keys)
    return nl / (nl + en) if nl + en else 0.0
