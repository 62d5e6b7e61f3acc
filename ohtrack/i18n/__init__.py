"""The Dutch and English words the library prints, in one place.

Each concept keeps its catalogue in a module of this package (``ohtrack.i18n.modelmap``,
``ohtrack.i18n.network`` …) as ``TEXTS = {key: {"en": …, "nl": …}}``; ``t`` finds a key in
any of them. Keys are dotted and start with the catalogue's name: ``network.isolated``.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

LANGUAGES = ("nl", "en")


@cache
def _catalogue(name: str) -> dict[str, dict[str, str]]:
    mod = importlib.import_module(f"ohtrack.i18n.{name}")
    texts: dict[str, dict[str, str]] = mod.TEXTS
    return texts


def normalise_lang(lang: str | None, default: str = "nl") -> str:
    """``nl`` or ``en`` from anything a user might write (``NL``, ``Dutch``, None)."""
    if not lang:
        return default
    key = lang.strip().lower()[:2]
    return {"du": "nl", "ne": "nl", "ni": "nl"}.get(key, key) if key not in LANGUAGES else key


def t(key: str, lang: str = "nl", **values: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{placeholders}`` filled in.

    An unknown key raises ``KeyError`` (a bug, not user input); a missing language falls
    back to English.
    """
    catalogue = _catalogue(key.split(".", 1)[0])
    entry = catalogue[key]
    text = entry.get(normalise_lang(lang)) or entry["en"]
    return text.format(**values) if values else text


def tn(key: str, n: int, lang: str = "nl", **values: Any) -> str:
    """``t`` of ``key.one`` when ``n`` is 1, else of ``key.many`` (``n`` is passed on too)."""
    return t(f"{key}.{'one' if n == 1 else 'many'}", lang, n=n, **values)
