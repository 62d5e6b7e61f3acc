"""Small text helpers shared by the workbook reader, the domain and every writer: name keys,
multi-value cells, text clipped for a message (``clip``), and the one rule for text that a
file format can't hold (``safe_text``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_SEP = re.compile(r"[\s_\-]+")


def name_key(text: object) -> str:
    """A matching key: case-, accent- and ``_``/``-``/space-insensitive; other letters kept.

    >>> name_key(" Baseline-Year ") == name_key("baseline_year")
    True
    """
    s = str(text)
    if not s.isascii():  # ASCII has no accents to drop (and NFKD keeps it as it is)
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.replace("&", " and ")
    return _SEP.sub(" ", s).strip().lower()


#: Words that say nothing of what a name means: left out of ``fuzzy_key``, so that "Veiligheid
#: en handhaving" is not near "Relaties met overheid en samenleving" for the "en" they share.
FUNCTION_WORDS = frozenset({"en", "and", "of", "or", "van", "de", "het", "een", "the", "a", "an",
                            "met", "with", "voor", "for", "in", "op", "on", "to", "naar", "bij"})


def fuzzy_key(text: object) -> str:
    """``name_key`` without function words and the punctuation around words: what near-miss
    matching (rapidfuzz) compares. ``Culture & climate`` and ``culture and climate`` both give
    ``culture climate``."""
    words = [w.strip(",.;:!?()[]\"'") for w in name_key(text).split()]
    words = [w for w in words if w]
    kept = [w for w in words if w not in FUNCTION_WORDS]
    return " ".join(kept or words)


def split_multi(value: object) -> list[str]:
    """Split a multi-value cell on ``;`` or ``|``; blanks dropped, order kept."""
    if value is None:
        return []
    parts = re.split(r"[;|]", str(value))
    return [p.strip() for p in parts if p.strip()]


def clip(text: object, limit: int = 80) -> str:
    """``text`` on one line (runs of white space as one space), at most ``limit`` characters:
    a longer one cut after its last whole word that fits, with ``…``.

    >>> clip("Het algoritme is in productie", 20)
    'Het algoritme is in…'
    """
    s = " ".join(str(text).split())
    if len(s) <= limit:
        return s
    cut = s[:limit - 1]
    if s[limit - 1] != " " and " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


#: What ``safe_text`` puts in place of a character a format can't hold: visible, never silent.
REPLACEMENT = "\ufffd"

#: Characters no XML 1.0 document (xlsx, docx, GraphML, GEXF, XHTML) can hold: C0 controls
#: other than tab and line feed (carriage returns become line feeds first), U+FFFE, U+FFFF and
#: lone surrogates (which no UTF-8 file holds either).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Lone surrogates: what no UTF-8 file (JSON, Markdown …) can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(text: object) -> str:
    """``text`` as every format ohtrack writes can hold it: line breaks as ``\\n``, and every
    character XML 1.0 can't hold (NUL, ESC and the other C0 controls but tab and line feed,
    U+FFFE, U+FFFF, lone surrogates) replaced by U+FFFD, so that the change shows.

    >>> safe_text("a\\x00b\\r\\nc\\x1b")
    'a\ufffdb\\nc\ufffd'
    """
    s = "" if text is None else str(text)
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub(REPLACEMENT, s)


def utf8_text(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 can't encode) replaced by U+FFFD; the rest kept."""
    return _SURROGATE.sub(REPLACEMENT, text)


def display_names(people: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """ID → the name a reader sees: the name; ``name (ID)`` when two people share it (two
    mailboxes called "info", two Jan de Vries), so neither is taken for the other; the ID
    when there is no name."""
    pairs = [(pid, name if name and name != pid else None) for pid, name in people]
    count = Counter(name for _pid, name in pairs if name)
    return {pid: pid if name is None else f"{name} ({pid})" if count[name] > 1 else name
            for pid, name in pairs}
