"""Finding people's names in free text however they are written.

Text and names are *folded* the same way before matching: accents dropped (composed or
decomposed), case ignored, every run of whitespace (spaces, no-break spaces, line breaks)
one space, invisible characters (zero-width, soft hyphen, BOM) removed. A match is mapped
back to the original characters, so only the name is replaced. For each person the forms
sought are: the full name, the name with initials (``H. Peters``, ``H.Peters``,
``A.M. de Vries``), and the first name or the surname alone where no other person of the
programme shares it (alone, these must be written with a capital, so that a name that is
also a word, such as *Wil* or *Roos*, does not replace the word). E-mail addresses are replaced
too: a person's own by their pseudonym, any other by a neutral placeholder.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

#: Characters that do not show: dropped before matching.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
#: Dutch (and some other) surname particles: part of the surname, never a first name.
PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op",
                       "la", "le", "du", "da", "di", "del", "von", "zu", "vd", "v/d"})
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Where a name may start: any character but a space, not after a word character, dot or @.
_START = re.compile(r"(?<![\w.@])\S")
#: What may not follow a name: a word character or @.
_GLUED = re.compile(r"[\w@]")
#: ASCII text that folding changes in more than case: runs of spaces, other white space.
_UNEVEN_ASCII = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f]|  |^ | $")


def fold(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each of its characters, the index of the original one."""
    if text.isascii() and not _UNEVEN_ASCII.search(text):
        return text.lower(), range(len(text))  # the same, one character for one (most text)
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        for c in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(c):
                continue
            for low in c.casefold():
                out.append(low)
                where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def folded(text: str) -> str:
    """``fold(text)`` without the index map."""
    return fold(text)[0]


@dataclass(frozen=True)
class _Form:
    text: str  # folded
    person: str
    capital: bool  # the original must start with a capital letter


def _split(name: str) -> tuple[list[str], list[str]]:
    """A name's given names and its surname words: ``Jan Willem van der Berg`` →
    (``Jan Willem``, ``van der Berg``); the surname starts at its first particle, else it is
    the last word."""
    words = name.split()
    if len(words) < 2:
        return words, []
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in PARTICLES:
            return words[:i], words[i:]
    return words[:-1], words[-1:]


def _initialled(given: list[str], surname: str) -> set[str]:
    """``J.W. van der Berg``, ``J. W. van der Berg``, ``J.W.van der Berg``, ``J W van der Berg``,
    and the same with the first initial only."""
    out: set[str] = set()
    for initials in ([w[0] for w in given], [given[0][0]]):
        for joined in (". ".join(initials) + ".", ".".join(initials) + "."):
            out |= {f"{joined} {surname}", f"{joined}{surname}"}
        out.add(" ".join(initials) + " " + surname)
    return out


def name_forms(people: Iterable[tuple[str, str]]) -> list[_Form]:
    """Every form to look for, for ``(person id, name)`` pairs; single names only when unique."""
    split = [(pid, *_split(" ".join(name.split()))) for pid, name in people if name and name.strip()]
    firsts = Counter(folded(given[0]) for _, given, last in split if last)
    lasts = Counter(folded(" ".join(last)) for _, _, last in split if last)
    cores = Counter(folded(last[-1]) for _, _, last in split if last)
    forms: list[_Form] = []
    for pid, given, last in split:
        full = folded(" ".join([*given, *last]))
        if len(full) >= 3:
            forms.append(_Form(full, pid, False))
        if not last:
            continue
        surname = " ".join(last)
        forms += [_Form(folded(x), pid, False) for x in sorted(_initialled(given, surname))]
        one = folded(given[0])
        if len(one) >= 2 and firsts[one] == 1:
            forms.append(_Form(one, pid, True))
        sur = folded(surname)
        if len(sur) >= 3 and lasts[sur] == 1:
            forms.append(_Form(sur, pid, True))
        core = folded(last[-1])
        if len(core) >= 3 and cores[core] == 1 and core != sur:
            forms.append(_Form(core, pid, True))
    return forms


class NameFinder:
    """Replaces the names (and e-mail addresses) of a programme's people in any text."""

    def __init__(self, people: Iterable[tuple[str, str]], emails: Iterable[tuple[str, str]],
                 alias: Callable[[str], str], other_email: str) -> None:
        forms = name_forms(people)
        # A form that two people share (two "J. Jansen") points at neither: leave it out.
        owners: dict[str, set[str]] = {}
        for f in forms:
            owners.setdefault(f.text, set()).add(f.person)
        self._forms = {f.text: f for f in forms if len(owners[f.text]) == 1}
        self._emails = {e.strip().casefold(): pid for pid, e in emails if e and e.strip()}
        self._alias = alias
        self._other_email = other_email
        # The lengths of the forms per first character, longest first: at each place a name
        # may start, the longest form that is there and stands alone is the match (what one
        # regular expression of all forms, longest first, would find, in time that does not
        # grow with the number of people).
        lengths: dict[str, set[int]] = {}
        for text in self._forms:
            lengths.setdefault(text[0], set()).add(len(text))
        self._lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}

    def __call__(self, text: str) -> str:
        """``text`` with every name and e-mail address found replaced."""
        text = EMAIL.sub(self._email, text)
        if not self._forms:
            return text
        low, where = fold(text)
        spans: list[tuple[int, int, str]] = []
        for a, b, form in self._found(low):
            start = where[a]
            end = where[b - 1] + 1
            while end < len(text) and (unicodedata.combining(text[end]) or text[end] in INVISIBLE):
                end += 1
            if form.capital and not any(c.isupper() for c in text[start:end]):
                continue
            spans.append((start, end, self._alias(form.person)))
        for start, end, alias in reversed(spans):
            text = text[:start] + alias + text[end:]
        return text

    def _found(self, low: str) -> list[tuple[int, int, _Form]]:
        """The forms in folded text ``low``, left to right, none overlapping: (start, end, form)."""
        forms, lengths = self._forms, self._lengths
        out: list[tuple[int, int, _Form]] = []
        after, size = 0, len(low)
        for m in _START.finditer(low):
            i = m.start()
            if i < after:
                continue
            for n in lengths.get(low[i], ()):
                if i + n > size:
                    continue
                form = forms.get(low[i:i + n])
                if form is not None and not _GLUED.match(low, i + n):
                    out.append((i, i + n, form))
                    after = i + n
                    break
        return out

    def _email(self, m: re.Match[str]) -> str:
        pid = self._emails.get(m.group(0).casefold())
        return self._alias(pid) if pid is not None else self._other_email
