"""Numbers, percentages and dates as each language writes them: the one place for it.

Dutch: ``0,92``, ``1.234``, ``47%``, ``1 maart 2022``, ``1-3-2022``; English: ``0.92``,
``1,234``, ``47%``, ``1 March 2022``, ``2022-03-01``. Every output (text, findings, tables,
figures, exports, the playbook) formats through these functions; JSON keeps plain numbers
and ISO dates.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
#: Months as an axis of a chart writes them (``mrt``, ``Mar``).
MONTHS_SHORT = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_SEPARATORS = {"nl": (",", "."), "en": (".", ",")}  # decimal mark, thousands mark


def _lang(lang: str | None) -> str:
    return "nl" if (lang or "nl")[:2].lower() == "nl" else "en"


def number(value: float | int | None, lang: str | None = "nl", digits: int = 2, *,
           trim: bool = False, empty: str = "") -> str:
    """``value`` with ``digits`` decimals (``trim``: without trailing zeros) and the
    language's decimal and thousands marks; ``empty`` for None and non-finite values."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return empty
    decimal, thousands = _SEPARATORS[_lang(lang)]
    text = f"{value:,.{digits}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # no "-0,00"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def integer(value: int | float | None, lang: str | None = "nl", empty: str = "") -> str:
    """A whole number with the language's thousands mark: ``1.234`` / ``1,234``."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return empty
    return number(round(value), lang, 0)


def decimal(value: float | int | None, lang: str | None = "nl", digits: int = 4,
            empty: str = "") -> str:
    """A number without needless decimals (at most ``digits``): ``2``, ``0,5``, ``1.234,25``."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return integer(value, lang, empty)
    return number(value, lang, digits, trim=True, empty=empty)


def percent(share: float | None, lang: str | None = "nl", digits: int = 0, empty: str = "-") -> str:
    """A share (0.47) as a percentage: ``47%``; ``digits`` decimals."""
    if share is None or not math.isfinite(share):
        return empty
    return f"{number(100 * share, lang, digits)}%"


def signed(value: float | None, lang: str | None = "nl", digits: int = 2, empty: str = "") -> str:
    """A change with its sign: ``+0,30``, ``-1,25``, ``0,00``."""
    if value is None or not math.isfinite(value):
        return empty
    text = number(value, lang, digits)
    return f"+{text}" if value > 0 and text.strip("0.,") else text


def date(value: dt.date | None, lang: str | None = "nl", style: str = "long", empty: str = "") -> str:
    """A date: ``long`` ``1 maart 2022`` / ``1 March 2022``; ``short`` ``1-3-2022`` /
    ``2022-03-01``; ``month`` ``maart 2022`` / ``March 2022``; ``month_short`` ``mrt 2022`` /
    ``Mar 2022``."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = value.date()
    lang = _lang(lang)
    month = MONTHS[lang][value.month - 1]
    if style == "short":
        return f"{value.day}-{value.month}-{value.year}" if lang == "nl" else value.isoformat()
    if style == "month":
        return f"{month} {value.year}"
    if style == "month_short":
        return f"{MONTHS_SHORT[lang][value.month - 1]} {value.year}"
    return f"{value.day} {month} {value.year}"


def in_text(value: object, spec: str = "", lang: str | None = "nl") -> str:
    """A number in a sentence (a ``{placeholder:spec}`` of a catalogue text) as ``lang``
    writes it: ``.2f`` → ``number``, ``.0%`` → ``percent``, ``+.2f`` → ``signed``, ``n`` or
    ``,`` → ``integer``/``decimal`` with thousands marks; a float without a spec → ``decimal``.
    An int without a spec stays as written (years, IDs); anything else is ``format(value, spec)``.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return format(value, spec)
    if not spec:
        return str(value) if isinstance(value, int) else decimal(value, lang)
    sign, body = ("+", spec[1:]) if spec.startswith("+") else ("", spec)
    digits = int(body[1:-1]) if body.startswith(".") and body[1:-1].isdigit() else None
    if body.endswith("f") and digits is not None:
        return signed(value, lang, digits) if sign else number(value, lang, digits)
    if body.endswith("%") and (digits is not None or body == "%"):
        return percent(float(value), lang, 6 if digits is None else digits)
    if body in ("n", ","):
        return integer(value, lang) if isinstance(value, int) else decimal(value, lang)
    if body == "g":
        return decimal(value, lang)
    return format(value, spec)


def count(n: int, singular: str, plural: str, lang: str | None = "nl") -> str:
    """``1 fout``, ``3 fouten``: a whole number and the word that goes with it."""
    return f"{integer(n, lang)} {singular if n == 1 else plural}"


_AND = {"nl": ("en", "en nog {n}"), "en": ("and", "and {n} more")}


def listing(items: Sequence[str], lang: str | None = "nl", most: int | None = 5) -> str:
    """Items as a sentence lists them: ``A, B en C``; past ``most``: ``A, B, C en nog 4``."""
    lang = _lang(lang)
    word, more = _AND[lang]
    items = [str(i) for i in items]
    if most is not None and len(items) > most:
        return f"{', '.join(items[:most])} {more.format(n=integer(len(items) - most, lang))}"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def model_name(name: str, lang: str | None = "nl") -> str:
    """A model's name as a sentence refers to it, after "van"/"of": ``het INK-managementmodel``,
    ``het model Organizational Health Index (2011)``, ``the model …``, ``Weisbord's Six-Box
    Model`` (a name with a possessive takes no article)."""
    lang = _lang(lang)
    if lang == "en" and "'s " in name:
        return name
    article = "het" if lang == "nl" else "the"
    return f"{article} {name}" if "model" in name.lower() else f"{article} model {name}"
