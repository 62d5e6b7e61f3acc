"""Markdown (CommonMark, with pipe tables) from a playbook; user text is escaped to stay text."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path

from ohtrack.playbooks.document import (
    Block,
    BulletList,
    Figure,
    Heading,
    Item,
    Note,
    Paragraph,
    Playbook,
    Table,
    Tip,
)
from ohtrack.playbooks.loader import environment, render_template

#: Characters that are markup anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
#: Characters that are markup at the start of a line (headings, lists, setext, quotes).
_LINE_START = re.compile(r"^([#+=\-])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")


def escape(text: str) -> str:
    """One line of user text as Markdown that renders as exactly that text."""
    s = _INLINE.sub(r"\\\1", text.strip())
    s = _LINE_START.sub(r"\\\1", s)
    return _ORDERED.sub(r"\1\\\2", s)


def escape_text(text: str) -> str:
    """Multi-line user text: each line escaped, lines joined with hard line breaks."""
    lines = [escape(line) for line in text.split("\n") if line.strip()]
    return "\\\n".join(lines)


def one_line(text: str) -> str:
    """User text for a place that must stay on one line (headings, cells, captions)."""
    return escape(" ".join(text.split()))


def _cell(text: str) -> str:
    return one_line(text) or " "


def slug(title: str) -> str:
    """The anchor GitHub and GitLab give a heading."""
    s = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return s.replace(" ", "-")


def block(b: Block, figure_src: Callable[[Figure], str], tip: str = "Tip") -> str:
    """One block as Markdown (``tip``: the label of a tip in the document's language)."""
    if isinstance(b, Paragraph):
        text = escape_text(b.text)
        return f"**{one_line(b.label)}:** {text}" if b.label else text
    if isinstance(b, Heading):
        return f"{'#' * (b.level + 1)} {one_line(b.text)}"
    if isinstance(b, BulletList):
        return "\n".join(_items(b.items, 0))
    if isinstance(b, Table):
        head = "| " + " | ".join(_cell(h) for h in b.headers) + " |"
        rule = "|" + "|".join("---" for _ in b.headers) + "|"
        rows = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in b.rows]
        caption = [f"*{one_line(b.caption)}*", ""] if b.caption else []
        return "\n".join([*caption, head, rule, *rows])
    if isinstance(b, Figure):
        return f"![{one_line(b.alt)}]({figure_src(b)})\n\n*{one_line(b.caption)}*"
    if isinstance(b, Tip):
        source = f" ({one_line(b.source)})" if b.source else ""
        lines = (escape_text(b.text) + source).split("\n")
        return "\n".join([f"> **{one_line(tip)}:** " + lines[0], *(f"> {x}" for x in lines[1:])])
    if isinstance(b, Note):
        return f"*{escape_text(b.text)}*"
    raise TypeError(f"unknown block {type(b).__name__}")


def _items(items: list[Item], depth: int) -> list[str]:
    out = []
    for it in items:
        out.append(f"{'  ' * depth}- {one_line(it.text)}")
        out += _items(it.children, depth + 1)
    return out


def _data_uri(f: Figure) -> str:
    return "data:image/png;base64," + base64.b64encode(f.png).decode("ascii")


def to_markdown(book: Playbook, template_dir: str | Path | None = None,
                figure_src: Callable[[Figure], str] | None = None) -> str:
    """The playbook as Markdown; figures as data URIs unless ``figure_src`` names files."""
    src = figure_src or _data_uri
    if figure_src is None:
        book.rasterise()
    env = environment(book.lang, template_dir, autoescape=False)
    sections = [{"id": s.id, "title": one_line(s.title), "anchor": slug(s.title),
                 "blocks": ([block(Note(s.note), src)] if s.note else [])
                 + [block(b, src, book.tr("tip")) for b in s.blocks]} for s in book.sections]
    return render_template(env, "playbook.md.j2", book=book, sections=sections,
                           title=one_line(book.title),
                           subtitle=one_line(book.subtitle) if book.subtitle else "")


def write_markdown(book: Playbook, path: Path, template_dir: str | Path | None = None) -> Path:
    """Write the Markdown and its figures as PNG files beside it (``<name>.figure-1.png`` …)."""
    from ohtrack.fileio import write_bytes_atomic, write_text_atomic

    names: dict[int, str] = {}
    book.rasterise()
    for n, fig in enumerate(book.figures(), start=1):
        name = f"{path.stem}.figure-{n}.png"
        write_bytes_atomic(path.with_name(name), fig.png, lang=book.lang)
        names[id(fig)] = name

    def src(fig: Figure) -> str:
        from urllib.parse import quote

        return quote(names[id(fig)])

    return write_text_atomic(path, to_markdown(book, template_dir, src), lang=book.lang)
