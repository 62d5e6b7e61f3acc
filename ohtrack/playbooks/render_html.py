"""One self-contained HTML file from a playbook: styles inline, figures as data URIs."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

from ohtrack.playbooks.document import Figure, Playbook
from ohtrack.playbooks.loader import environment, read_static, render_template

#: A "word" this long gets break opportunities, so it can't push a table off the page.
_LONG = re.compile(r"\S{31,}")
_CHUNK = 20


def chunks(text: str) -> list[str]:
    """``text`` cut where a very long word may break (every ``_CHUNK`` characters inside a
    word of more than 30), so short words and table headers keep their natural width."""
    out: list[str] = []
    pos = 0
    for m in _LONG.finditer(text):
        word = m.group()
        pieces = [word[i:i + _CHUNK] for i in range(0, len(word), _CHUNK)]
        pieces[0] = (out.pop() if out else "") + text[pos:m.start()] + pieces[0]
        out.extend(pieces)
        pos = m.end()
    if out:
        out[-1] += text[pos:]
        return out
    return [text]


def breakable(value: object) -> Any:
    """User text escaped for HTML, with ``<wbr>`` inside very long words only (``chunks``)."""
    from markupsafe import Markup, escape

    return Markup("<wbr>").join(escape(c) for c in chunks(str(value)))


def figure_uri(figure: Figure | bytes) -> str:
    """A figure as a ``data:`` URI for an ``<img>``: its SVG (an image runs no script), or
    PNG bytes (as templates written for earlier versions pass them)."""
    if isinstance(figure, bytes):
        return "data:image/png;base64," + base64.b64encode(figure).decode("ascii")
    return "data:image/svg+xml;base64," + base64.b64encode(figure.svg.encode("utf-8")).decode("ascii")


def to_html(book: Playbook, template_dir: str | Path | None = None) -> str:
    """The playbook as HTML; every piece of user text is escaped by Jinja's autoescape.
    Figures are embedded as their SVG (sharp at any zoom, nothing rendered)."""
    env = environment(book.lang, template_dir, autoescape=True)
    env.filters["data_uri"] = figure_uri
    env.filters["breakable"] = breakable
    env.tests["kind"] = lambda block, name: type(block).__name__ == name
    css = read_static(env, "playbook.css")
    return render_template(env, "playbook.html.j2", book=book, css=css)
