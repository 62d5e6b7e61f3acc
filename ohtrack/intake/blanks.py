"""Words real lists put in a cell for "nothing here yet": the one vocabulary of them.

A date cell, a status, an ID, a unit, an owner or a goal that says ``TBC``, ``n.v.t.``,
``volgt`` or ``Niet bekend.`` holds no value: the cell is read as empty, with a warning at
it, so that no person called "N.v.t." and no ID "volgt-2" is made. Fields add their own
words (a date cell's ``ongoing``); this list is what every field shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ohtrack.lists import indexes

#: "No value (yet)" in English and Dutch, as ``placeholder_key`` writes them.
NO_VALUE = frozenset({
    # English
    "tbc", "tbd", "tba", "na", "n a", "n/a", "n.a", "unknown", "not known", "none", "nil",
    "to be confirmed", "to be determined", "to be decided", "to be announced", "to follow",
    "not yet determined", "not yet known", "not provided", "not applicable", "not available",
    # Dutch
    "nvt", "n.v.t", "n v t", "nb", "n.b", "ntb", "n.t.b", "nnb", "n.n.b", "nader te bepalen", "onbekend",
    "niet bekend", "nog niet bekend", "nog onbekend", "volgt", "volgt nog", "nog volgen",
    "wordt nog bepaald", "nog te bepalen", "nog in te vullen", "in te vullen", "niet van toepassing",
    "pm", "p.m",
    # signs
    "-", "--", "---", "?", "??", "...", "…",
})


#: A value held back from publication: the UK lists' "Exempt under Section 43 of the Freedom
#: of Information Act 2000 (Commercial interests)", "Withheld", "Redacted", "Niet openbaar".
_WITHHELD = re.compile(
    r"\s*(?:exempt(?:ed)?\b.{0,40}?\b(?:section|s\.)\s*\d+|withheld|redacted|not (?:for )?publi|"
    r"commercially (?:sensitive|confidential)|niet openbaar|vertrouwelijk\b|geheim\b|weggelakt)",
    re.IGNORECASE)


def withheld(text: object) -> bool:
    """Whether a cell says its value is held back (an exemption, a redaction): no value to
    read, and no mistake in the cell either."""
    return isinstance(text, str) and _WITHHELD.match(text) is not None


def placeholder_key(text: str) -> str:
    """``text`` as ``NO_VALUE`` holds its words: lower case, one space between words, dots
    and spaces at either end dropped (``" N.v.t. "`` → ``"n.v.t"``; a lone ``"..."`` kept)."""
    low = " ".join(text.lower().split())
    return low.strip(" .") or low


#: Placeholders that, written in capitals alone, are as likely a code: NA (North America), NB
#: (Noord-Brabant), PM (a person's initials, Project Management).
_ALSO_CODES = frozenset({"na", "nb", "pm"})


def is_placeholder(text: object, extra: Iterable[str] = (), *, codes: bool = False) -> bool:
    """Whether a cell's text says "no value yet" (``NO_VALUE``, or one of ``extra``).

    With ``codes`` (an ID, a unit, a person) ``NA``, ``NB`` and ``PM`` in capitals are codes,
    not placeholders; ``n.b.`` and ``n/a`` still are.
    """
    if not isinstance(text, str) or len(text) > 40:
        return False
    key = placeholder_key(text)
    if key not in NO_VALUE and key not in extra:
        return False
    return not (codes and key in _ALSO_CODES and text.strip().isupper())


#: ``NO_VALUE`` as a column's stripped texts hold it, in lower case: with or without a final dot.
_LOWER = frozenset(k + dot for k in NO_VALUE for dot in ("", "."))


def placeholders(texts: Iterable[Any], *, codes: bool = False) -> set[str]:
    """The texts among a column's ``texts`` (stripped, as ``cells.to_text`` gives them; None
    for blanks; other values passed over) that say "no value yet", in any case, with or
    without a final dot; each distinct text looked at once, at C speed."""
    uniq = list(set(texts).difference((None, "")))
    try:
        lowered = list(map(str.lower, uniq))
    except TypeError:  # numbers, dates among them (a spreadsheet's cells)
        uniq = [v for v in uniq if isinstance(v, str)]
        lowered = list(map(str.lower, uniq))
    found: set[str] = set()
    for hit in _LOWER.intersection(lowered):
        found.update(uniq[j] for j in indexes(lowered, hit) if is_placeholder(uniq[j], codes=codes))
    return found


def clear_placeholders(texts: list[str | None], *, codes: bool = True
                       ) -> tuple[list[str | None], dict[str, list[int]]]:
    """``texts`` with every cell that says "no value yet" made None, and where each such text
    was (in the order first seen). ``codes`` as in ``is_placeholder``."""
    found = placeholders(texts, codes=codes)
    if not found:
        return texts, {}
    where = dict(sorted(((v, indexes(texts, v)) for v in found), key=lambda vw: vw[1][0]))
    return [None if v in found else v for v in texts], where
