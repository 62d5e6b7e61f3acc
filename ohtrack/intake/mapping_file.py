"""Writing a mapping as TOML, with comments a person needs to edit it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.i18n import t
from ohtrack.i18n.format import number
from ohtrack.intake.headers import TARGETS

if TYPE_CHECKING:
    from ohtrack.intake.mapping import Mapping

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def quote(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _comment(text: str) -> str:
    """Text for a TOML comment: one line, no control characters."""
    return " ".join("".join(ch for ch in text if ch >= " " or ch in "\t\n").split())


def to_toml(m: Mapping, lang: str) -> str:
    def say(key: str, **values: object) -> str:
        return t(f"intake.file.{key}", lang, **values)

    def note(key: str) -> str:
        found = m.notes.get(key)
        return f"  # {_comment(t(found[0], lang, names=found[1]))}" if found else ""

    lines = [f"# {say('title', source=_comment(m.source or ''))}", f"# {say('edit')}",
             f"# {say('same')}", "", "version = 1", "", "[source]"]
    if m.source:
        lines.append(f"file = {quote(m.source)}")
    if m.sheet:
        lines.append(f"sheet = {quote(m.sheet)}  # {say('sheet')}")
    if m.encoding:
        lines.append(f"encoding = {quote(m.encoding)}")
    if m.separator:
        lines.append(f"separator = {quote(m.separator)}")
    if m.orientation:
        lines.append(f"orientation = {quote(m.orientation)}  # {say('orientation')}")
    if m.header:
        lines.append(f"header = {m.header}  # {say('header')}")
    lines += ["", "[programme]"]
    if m.name:
        lines.append(f"name = {quote(m.name)}")
    lines.append(f"model = {quote(m.model)}  # ohi-2011, ohi-2024, ink, weisbord")
    if m.language:
        lines.append(f"language = {quote(m.language)}  # {say('language')}")
    lines += ["", f"# {say('columns', targets=', '.join(TARGETS))}", f"# {say('custom')}",
              "[columns]"]
    width = max((len(quote(c.source)) for c in m.columns), default=0)
    for c in m.columns:
        why = ", ".join(t(f"intake.why.{w.strip()}", lang) for w in c.why.split(",") if w.strip())
        parts = [f"{number(c.confidence, lang)} {why}".strip() if c.target != "custom" else "",
                 t(f"intake.kind.{c.kind}", lang) if c.kind else ""]
        text = "; ".join(p for p in parts if p)
        lines.append(f"{quote(c.source).ljust(width)} = {quote(c.target)}"
                     + (f"  # {_comment(text)}" if text else ""))
    lines += ["", f"# {say('status')}", "[status]"]
    for word, code in m.status.items():
        lines.append(f"{quote(word)} = {quote(code)}{note('status:' + word)}")
    lines += ["", f"# {say('themes')}", "[themes]"]
    for value, name in m.themes.items():
        lines.append(f"{quote(value)} = {quote(name)}{note('theme:' + value)}")
    if m.date_order:
        lines += ["", f"# {say('dates')}", "[dates]"]
        for column, order in m.date_order.items():
            lines.append(f"{quote(column)} = {quote(order)}")
    return "\n".join(lines) + "\n"
