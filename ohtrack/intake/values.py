"""Values onto the model: status words and RAG colours onto the lifecycle, themes and
categories onto the health model's outcomes and practices.

Status words are read with the contract's status vocabulary (Dutch and English) and the
intake's list of words real lists use ("On time", "Overdue", "Carried over", "in
uitvoering", "Afgesloten" …). ``On time``, ``Early`` and ``Late`` say a piece of work
*finished* on time in a column about the end (``end_status``), and that it *started* in any
other column. A RAG colour says the work is under way (``active``); blue, in BRAG
schemes, that it is complete.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process

from ohtrack.frameworks import Framework
from ohtrack.intake.blanks import is_placeholder
from ohtrack.text import fuzzy_key, name_key
from ohtrack.workbook.contract import vocab_lookup

#: Status words real lists use → lifecycle code (beyond the contract's vocabulary).
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "idea": ("proposed", "proposal", "voorstel", "concept", "wish", "wens", "backlog", "idee fase",
             "under consideration", "in overweging", "suggestie", "suggestion"),
    "planned": ("not started", "niet gestart", "nog niet gestart", "not due", "to do", "todo",
                "te doen", "open", "new", "nieuw", "pipeline", "scheduled", "not yet started",
                "early planning", "future", "nog te starten", "ingepland", "approved",
                "goedgekeurd", "pre sobc", "sobc", "obc", "initiation", "initiatie", "nog starten",
                "nog op te starten", "in voorbereiding", "voorbereiding", "in preparation"),
    "active": ("in progress", "ongoing", "started", "on track", "overdue", "late", "delayed",
               "vertraagd", "carried over", "in behandeling", "bezig", "loopt", "lopende",
               "actief", "running", "underway", "under way", "in uitvoering", "uitvoering",
               "at risk", "behind", "achter", "op schema", "pilot", "doing", "wip",
               "in ontwikkeling", "in development", "implementation", "delivery", "fbc",
               "on time", "early"),
    "done": ("completed", "complete", "closed", "gesloten", "afgesloten", "finished",
             "delivered", "opgeleverd", "gerealiseerd", "realised", "realized", "achieved",
             "behaald", "resolved", "opgelost", "afgehandeld", "gereed", "klaar", "done",
             "ended", "beeindigd", "beëindigd", "closure"),
    "embedded": ("in gebruik", "in productie", "in werking", "operational", "business as usual",
                 "bau", "live", "in use", "embedded", "geborgd", "staande praktijk"),
    "stopped": ("cancelled", "canceled", "geannuleerd", "afgelast", "stopped", "gestopt",
                "withdrawn", "ingetrokken", "terminated", "abandoned", "vervallen", "on hold",
                "gepauzeerd", "paused", "reset", "exited", "left gmpp", "buiten gebruik",
                "uit gebruik", "out of use", "retired"),
}
#: Words that mean finished when a column is about the end of the work.
ENDED = {"on time": "done", "early": "done", "late": "done", "op tijd": "done"}

COLOURS: dict[str, str] = {
    "red": "red", "rood": "red", "r": "red",
    "amber": "amber", "oranje": "amber", "orange": "amber", "geel": "amber", "yellow": "amber",
    "a": "amber",
    "green": "green", "groen": "green", "g": "green",
    "blue": "blue", "blauw": "blue", "b": "blue",
}
_SPLIT = re.compile(r"\s*[/\-–]\s*|\s+")
#: Longer text is no status or colour (the longest known word is 19 characters; a status
#: read by its first words needs at most 40): not looked at, however long a cell of text is.
_LONGEST = 200


def colour(text: str) -> str | None:
    """A RAG colour in normal form (``amber/red``), or None: ``Amber/ Red`` → ``amber/red``."""
    if len(text) > _LONGEST:
        return None
    key = name_key(text).replace(" / ", "/")
    parts = [p for p in _SPLIT.split(key) if p]
    if not parts or len(parts) > 2 or len(key) > 20:
        return None
    names = [COLOURS.get(p) for p in parts]
    if None in names or (len(parts) == 1 and len(parts[0]) == 1):
        return None
    return "/".join(n for n in names if n)


@cache
def _status_index() -> dict[str, str]:
    out = dict(vocab_lookup("status"))
    for code, words in STATUS_WORDS.items():
        for w in words:
            out.setdefault(name_key(w), code)
    return out


def status_code(text: str, ended: bool) -> str | None:
    """The lifecycle code a status word or RAG colour stands for, or None."""
    if len(text) > _LONGEST:
        return None
    key = name_key(text)
    if ended and key in ENDED:
        return ENDED[key]
    code = _status_index().get(key)
    if code is not None:
        return code
    c = colour(text)
    if c is not None:
        return "done" if c == "blue" else "active"
    first = key.split(" ")[0] if key else ""
    if first and first != key and len(key) <= 40:
        for n in (3, 2):
            head = " ".join(key.split(" ")[:n])
            if head in _status_index():
                return _status_index()[head]
        return _status_index().get(first)
    return None


def is_no_status(text: str) -> bool:
    """A status cell that says "none yet" (``blanks.NO_VALUE``): left empty without doubt."""
    return not text.strip() or is_placeholder(text)


def status_suggestion(text: str, ended: bool) -> str:
    """The proposed lifecycle code for a source word ("" when none fits)."""
    return status_code(text, ended) or ""


#: A theme is mapped to an outcome or practice only this close (rapidfuzz WRatio, 0–100).
THEME_CUTOFF = 88


def model_suggestions(framework: Framework, text: str, limit: int = 3, lang: str | None = "en"
                      ) -> list[tuple[str, str, float]]:
    """Outcomes and practices of ``framework`` whose name is close to ``text``, best first:
    ``(kind, name in lang, score 0–100)``; an exact name (either language) scores 100.
    Names are compared without function words (``ohtrack.text.fuzzy_key``): sharing "en"
    makes no two names close.
    """
    lang = lang or "en"
    exact_o = framework.outcome(text)
    if exact_o is not None:
        return [("outcome", exact_o.name(lang), 100.0)]
    exact_p = framework.practice(text)
    if exact_p is not None:
        return [("practice", exact_p[1].name(lang), 100.0)]
    choices: dict[str, tuple[str, str]] = {}
    for o in framework.outcomes:
        for n in (o.name_en, o.name_nl):
            choices.setdefault(fuzzy_key(n), ("outcome", o.name(lang)))
        for p in o.practices:
            for n in (p.name_en, p.name_nl):
                choices.setdefault(fuzzy_key(n), ("practice", p.name(lang)))
    found = process.extract(fuzzy_key(text), list(choices), scorer=fuzz.WRatio, limit=limit * 2)
    out: list[tuple[str, str, float]] = []
    seen: set[str] = set()
    for key, score, _i in found:
        kind, name = choices[key]
        if name not in seen:
            seen.add(name)
            out.append((kind, name, float(score)))
    return out[:limit]


def theme_proposal(framework: Framework, text: str, lang: str | None = "en"
                   ) -> tuple[str, list[tuple[str, str, float]]]:
    """The outcome or practice a theme is mapped to ("" when none is exact or alone close
    enough: ``THEME_CUTOFF``), and the suggestions it was chosen from."""
    found = model_suggestions(framework, text, lang=lang)
    strong = [f for f in found if f[2] >= THEME_CUTOFF]
    return (strong[0][1] if strong and (strong[0][2] == 100 or len(strong) == 1) else ""), found
