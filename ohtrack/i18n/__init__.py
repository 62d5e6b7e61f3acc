"""The Dutch and English words the library prints, in one place.

Each concept keeps its catalogue in a module of this package (``ohtrack.i18n.modelmap``,
``ohtrack.i18n.network`` …) as ``TEXTS = {key: {"en": …, "nl": …}}``; ``t`` finds a key in
any of them. Keys are dotted and start with the catalogue's name: ``network.isolated``.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Mapping
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


class _Localised(string.Formatter):
    """``str.format`` that writes numbers as the language does (``ohtrack.i18n.format.in_text``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        from ohtrack.i18n.format import in_text

        return in_text(value, format_spec, self.lang)


def fill(text: str, lang: str, values: Mapping[str, Any]) -> str:
    """``text`` with its ``{placeholders}`` filled for ``lang``: numbers as the language writes
    them, and a value pair ``x_en``/``x_nl`` filling ``{x}`` in the matching language."""
    lang = normalise_lang(lang)
    return _Localised(lang).vformat(text, (), resolve(values, lang))


def resolve(values: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """``values`` with each pair ``x_en``/``x_nl`` also giving ``x`` in ``lang``."""
    out = dict(values)
    for k, v in values.items():
        base, _, suffix = k.rpartition("_")
        if base and suffix == lang:
            out[base] = v
    return out


def entry(key: str) -> dict[str, str]:
    """The catalogue entry ``{"en": …, "nl": …}`` of ``key`` (``KeyError`` when unknown)."""
    return _catalogue(key.split(".", 1)[0])[key]


def has(key: str) -> bool:
    """True when some catalogue has ``key``."""
    try:
        entry(key)
    except (KeyError, ModuleNotFoundError):
        return False
    return True


def t(key: str, lang: str = "nl", **values: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{placeholders}`` filled in (numbers written as
    the language does: ``{x:.2f}`` is ``0,92`` in Dutch; see ``fill``).

    An unknown key raises ``KeyError`` (a bug, not user input); a missing language falls
    back to English.
    """
    found = entry(key)
    text = found.get(normalise_lang(lang)) or found["en"]
    return fill(text, lang, values) if values else text


def catalogues() -> dict[str, dict[str, str]]:
    """Every key of every catalogue module of this package with its texts (for tests and tools)."""
    import pkgutil

    out: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        mod = importlib.import_module(f"{__name__}.{info.name}")
        out.update(getattr(mod, "TEXTS", {}))
    return out


def tn(key: str, n: int, lang: str = "nl", **values: Any) -> str:
    """``t`` of ``key.one`` when ``n`` is 1, else of ``key.many``; ``{n}`` is the count as
    the language writes it (``1.260`` in Dutch, ``1,260`` in English)."""
    from ohtrack.i18n.format import integer

    return t(f"{key}.{'one' if n == 1 else 'many'}", lang, n=integer(n, lang), **values)
