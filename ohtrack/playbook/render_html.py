"""One self-contained HTML file from a playbook: styles inline, figures as data URIs."""

from __future__ import annotations

import base64
from pathlib import Path

from ohtrack.playbook.document import Playbook
from ohtrack.playbook.loader import environment, read_static, render_template


def to_html(book: Playbook, template_dir: str | Path | None = None) -> str:
    """The playbook as HTML; every piece of user text is escaped by Jinja's autoescape."""
    env = environment(book.lang, template_dir, autoescape=True)
    env.filters["data_uri"] = lambda png: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    env.tests["kind"] = lambda block, name: type(block).__name__ == name
    css = read_static(env, "playbook.css")
    return render_template(env, "playbook.html.j2", book=book, css=css)
