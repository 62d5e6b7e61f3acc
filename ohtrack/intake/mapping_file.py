"""Writing a mapping as TOML, with comments a person needs to edit it."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    return " ".join(text.split())


def to_toml(m: Mapping) -> str:
    lines = [
        f"# ohtrack import mapping{' for ' + _comment(m.source) if m.source else ''}.",
        "# Edit it and import with:  ohtrack import SOURCE --mapping THIS_FILE -o programme.xlsx",
        "# The same file works for next month's copy of the same list: columns are named by",
        "# their header; a column or value it does not name is proposed afresh.",
        "",
        "version = 1",
        "",
        "[source]",
    ]
    if m.source:
        lines.append(f"file = {quote(m.source)}")
    if m.sheet:
        lines.append(f"sheet = {quote(m.sheet)}  # only this sheet; leave out to use the best one")
    if m.encoding:
        lines.append(f"encoding = {quote(m.encoding)}")
    if m.separator:
        lines.append(f"separator = {quote(m.separator)}")
    if m.orientation:
        lines.append(f"orientation = {quote(m.orientation)}  # rows: a record per row; columns: a "
                     "record per column")
    if m.header:
        lines.append(f"header = {m.header}  # the row (or column) holding the headers")
    lines += ["", "[programme]"]
    if m.name:
        lines.append(f"name = {quote(m.name)}")
    lines.append(f"model = {quote(m.model)}  # ohi-2011, ohi-2024, ink or weisbord")
    if m.language:
        lines.append(f"language = {quote(m.language)}  # nl or en: the workbook's headers")
    lines += ["", "# Source column = target. Targets: " + ", ".join(TARGETS) + ".",
              "# custom keeps the column as it is (a custom column of the workbook).",
              "[columns]"]
    width = max((len(quote(c.source)) for c in m.columns), default=0)
    for c in m.columns:
        note = f"{c.confidence:.2f} {c.why}" if c.why else ""
        if c.kind:
            note = f"{note}; {c.kind}" if note else c.kind
        lines.append(f"{quote(c.source).ljust(width)} = {quote(c.target)}"
                     + (f"  # {_comment(note)}" if note else ""))
    lines += ["", "# Source status word (or RAG colour) = idea, planned, active, done, embedded, "
              "stopped, or \"\" for no status.", "[status]"]
    for word, code in m.status.items():
        note = m.notes.get(f"status:{word}", "")
        lines.append(f"{quote(word)} = {quote(code)}" + (f"  # {_comment(note)}" if note else ""))
    lines += ["", "# Source theme or category = an outcome or practice of the model, or \"\" to "
              "keep it only as written.", "[themes]"]
    for value, name in m.themes.items():
        note = m.notes.get(f"theme:{value}", "")
        lines.append(f"{quote(value)} = {quote(name)}" + (f"  # {_comment(note)}" if note else ""))
    if m.date_order:
        lines += ["", "# Dates like 1/3/22: day-first (1 March) or month-first (3 January).",
                  "[dates]"]
        for column, order in m.date_order.items():
            lines.append(f"{quote(column)} = {quote(order)}")
    return "\n".join(lines) + "\n"
