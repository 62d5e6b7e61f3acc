"""One self-contained HTML file from a playbook: styles inline, figures as data URIs."""

from __future__ import annotations

import base64
import re
from functools import partial
from pathlib import Path
from typing import Any

from ohtrack.playbooks.document import Figure, Playbook, Table
from ohtrack.playbooks.loader import environment, read_static, render_template

#: A "word" this long gets break opportunities, so it can't push a table off the page.
_LONG = re.compile(r"\S{31,}")
_CHUNK = 20
#: With ``fixed_tables`` (the PDF), a table of more rows is printed a paragraph per row.
COMPACT_ROWS = 40


def breakable(value: object) -> Any:
    """User text escaped for HTML, with ``<wbr>`` inside very long words only (so short words
    and table headers keep their natural width)."""
    from markupsafe import Markup, escape

    text = str(value)
    out = []
    pos = 0
    for m in _LONG.finditer(text):
        out.append(escape(text[pos:m.start()]))
        word = m.group()
        out.append(Markup("<wbr>").join(escape(word[i:i + _CHUNK]) for i in range(0, len(word), _CHUNK)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def fixed_widths(table: Table) -> list[str]:
    """A table's column widths in percent, each column as wide as its longest word (the Word
    renderer's measure), for a fixed table layout."""
    from ohtrack.playbooks.docx_tables import column_widths

    return [f"{w / 100:.1f}" for w in column_widths(table, 10_000)]


def figure_uri(figure: Figure | bytes, raster: bool = False) -> str:
    """A figure as a ``data:`` URI for an ``<img>``: its SVG (an image runs no script), or its
    PNG (also of PNG bytes, as templates written for earlier versions pass them)."""
    if isinstance(figure, bytes):
        return "data:image/png;base64," + base64.b64encode(figure).decode("ascii")
    if raster:
        return "data:image/png;base64," + base64.b64encode(figure.png).decode("ascii")
    return "data:image/svg+xml;base64," + base64.b64encode(figure.svg.encode("utf-8")).decode("ascii")


def to_html(book: Playbook, template_dir: str | Path | None = None, *, fixed_tables: bool = False,
            raster_figures: bool = False) -> str:
    """The playbook as HTML; every piece of user text is escaped by Jinja's autoescape.

    ``fixed_tables`` gives every table its column widths up front (``<colgroup>``, fixed
    layout): the PDF renderer then lays a long table out page by page without measuring all
    of it again on every page. The content is the same. Figures are embedded as their SVG
    (sharp at any zoom, nothing rendered), or as PNG with ``raster_figures`` (for the PDF,
    whose printer would draw an SVG's texts in the fonts it finds).
    """
    env = environment(book.lang, template_dir, autoescape=True)
    if fixed_tables:
        env.globals["col_widths"] = fixed_widths
        env.globals["compact_rows"] = COMPACT_ROWS
    env.filters["data_uri"] = partial(figure_uri, raster=raster_figures)
    env.filters["breakable"] = breakable
    env.tests["kind"] = lambda block, name: type(block).__name__ == name
    css = read_static(env, "playbook.css")
    return render_template(env, "playbook.html.j2", book=book, css=css)
