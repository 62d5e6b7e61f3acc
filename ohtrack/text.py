"""Small text helpers shared by the workbook reader and the domain: name keys."""

from __future__ import annotations

import re
import unicodedata

_SEP = re.compile(r"[\s_\-]+")


def name_key(text: object) -> str:
    """A matching key: case-, accent- and ``_``/``-``/space-insensitive; other letters kept.

    >>> name_key(" Baseline-Year ") == name_key("baseline_year")
    True
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    s = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    s = s.replace("&", " and ")
    return _SEP.sub(" ", s).strip().lower()


def split_multi(value: object) -> list[str]:
    """Split a multi-value cell on ``;`` or ``|``; blanks dropped, order kept."""
    if value is None:
        return []
    parts = re.split(r"[;|]", str(value))
    return [p.strip() for p in parts if p.strip()]
