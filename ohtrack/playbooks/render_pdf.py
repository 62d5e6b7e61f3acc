"""PDF from a playbook, typeset by Typst: A4 (or letter) pages, the title at the head of every
page after the first, *pagina N van M* at the foot, a table of contents with page numbers,
bookmarks, document properties (title, language) and tags (a tagged, accessible PDF).

The document is handed to the layout (``templates/playbook.typ``, or a ``playbook.typ`` in
``--template-dir``) as JSON data, so every text is shown as written and none is read as
markup. Figures stay vectors (their SVG, drawn in the shipped chart fonts). The words are the
same as the HTML's: both come from the same ``Playbook``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from ohtrack.errors import TemplateError
from ohtrack.figures.metrics import FAMILY, font_dir
from ohtrack.playbooks.document import (
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
from ohtrack.playbooks.loader import TEMPLATES, user_folders
from ohtrack.playbooks.render_html import chunks

#: The layout's file name, in the package's templates and in a user's folder.
LAYOUT = "playbook.typ"
#: Typst's paper names, by ours; and the text width each leaves between 20 mm margins.
_PAPERS = {"a4": ("a4", 170.0), "letter": ("us-letter", 175.9)}
#: A table of more rows is printed a line a row: a table's cells take Typst about four times the
#: memory and time of the same text in lines (10,000 rows of five cells: 0.9 GB, 6 s).
COMPACT_ROWS = 300
#: Bytes Typst takes to typeset a character of text, and one in a table's cell.
PER_CHAR, PER_CELL_CHAR = 250, 1000
#: A figure is at most this high (mm), so its caption fits under it on the page.
MAX_FIGURE_MM = 190.0
#: Millimetres per pixel of a chart's own size (100 px an inch, ``figures.chart``).
_MM_PER_PX = 25.4 / 100
_SIZE = re.compile(r'<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"')
#: A page number's place in the catalogue's "page {page} of {pages}".
_PAGE, _PAGES = "\x00page\x00", "\x00pages\x00"


def to_pdf(book: Playbook, template_dir: str | Path | None = None, paper: str = "a4") -> bytes:
    """The playbook as PDF bytes, typeset by Typst (the shipped layout reads no file and
    fetches nothing; the same book on the same day gives the same bytes)."""
    import typst

    layout = _layout(book.lang, template_dir)
    content = document_data(book, paper)
    data = json.dumps(content, ensure_ascii=False)
    _within_budget(content, len(data))
    made = dt.datetime.combine(book.created, dt.time(12), tzinfo=dt.timezone.utc)
    try:
        pdf = typst.compile(str(layout), root=str(layout.parent), font_paths=[str(font_dir())],
                            sys_inputs={"book": data}, timestamp=int(made.timestamp()))
    except typst.TypstError as exc:
        raise _template_error(layout, exc) from None
    return bytes(pdf)


def typesetting_memory(content: dict[str, Any], size: int) -> int:
    """About how many bytes Typst takes to typeset ``content`` (``document_data``, ``size``
    characters as JSON): some 250 a character of text, 1,000 one in a table's cell (measured:
    10,000 initiatives in lines, 2.1 million characters, 0.52 GB; 10,000 table rows, 0.9 GB)."""
    cells = sum(len(c) for s in content["sections"] for b in s["blocks"] if b["kind"] == "Table"
                for row in b["rows"] for c in row)
    return PER_CHAR * size + (PER_CELL_CHAR - PER_CHAR) * cells


def _within_budget(content: dict[str, Any], size: int) -> None:
    """An ``OutputError`` when typesetting would take more than the memory budget
    (``$OHTRACK_MAX_MEMORY``, else 1 GiB): one line saying what to do instead."""
    from ohtrack.errors import OutputError
    from ohtrack.workbook.budget import megabytes, memory_budget

    need, budget = typesetting_memory(content, size), memory_budget()
    if need > budget:
        raise OutputError.make("playbook_pdf_memory", need=megabytes(need), budget=megabytes(budget))


def document_data(book: Playbook, paper: str = "a4") -> dict[str, Any]:
    """What the layout shows, as plain data: the book's words in its language, each block with
    its ``kind`` (the document model's class name) and its fields."""
    name, width = _PAPERS.get(paper.lower(), _PAPERS["a4"])
    page_of = book.tr("page_of", page=_PAGE, pages=_PAGES)
    before, rest = page_of.split(_PAGE, 1)
    between, after = rest.split(_PAGES, 1)
    return {
        "title": book.title, "subtitle": book.subtitle, "lang": book.lang, "paper": name,
        "fonts": [FAMILY], "intro": book.tr("intro"), "made": book.made,
        "contents": book.tr("contents"), "tip": book.tr("tip"),
        "page_of": [before, between, after],
        "sections": _sections(book, width),
    }


def _sections(book: Playbook, width: float) -> list[dict[str, Any]]:
    """The sections as data, figures numbered through the document (as Word numbers them)."""
    out, figures = [], 0
    for section in book.sections:
        blocks = []
        for b in section.blocks:
            if isinstance(b, Figure):
                figures += 1
                blocks.append(_figure(b, book.tr("figure_label", n=figures), width))
            else:
                blocks.append(_block(b))
        out.append({"id": section.id, "title": _soft(section.title), "note": _soft_or_none(section.note),
                    "new_page": section.new_page, "blocks": blocks})
    return out


def _block(b: Paragraph | Heading | BulletList | Table | Tip | Note) -> dict[str, Any]:
    kind = type(b).__name__
    if isinstance(b, Paragraph):
        return {"kind": kind, "text": _soft(b.text), "label": _soft_or_none(b.label)}
    if isinstance(b, Heading):
        return {"kind": kind, "text": _soft(b.text), "level": b.level}
    if isinstance(b, BulletList):
        return {"kind": kind, "items": [_item(i) for i in b.items]}
    if isinstance(b, Table):
        return _table(b)
    if isinstance(b, Tip):
        return {"kind": kind, "text": _soft(b.text), "source": _soft_or_none(b.source)}
    return {"kind": kind, "text": _soft(b.text)}


def _item(item: Item) -> dict[str, Any]:
    return {"text": _soft(item.text), "children": [_item(c) for c in item.children]}


def _table(table: Table) -> dict[str, Any]:
    """A table with as many cells in every row as it has columns (a short row is filled with
    empty cells, a long one gets empty headers: nothing is dropped); one of more than
    ``COMPACT_ROWS`` rows as ``Rows``: a line a row, its first cell in bold, then *header:
    value* for each filled cell."""
    n = max([len(table.headers), *(len(r) for r in table.rows)], default=1) or 1
    headers = [_soft(h) for h in table.headers] + [""] * (n - len(table.headers))
    rows = [[_soft(c) for c in row] + [""] * (n - len(row)) for row in table.rows]
    if len(rows) > COMPACT_ROWS:
        lines = [[row[0], "".join(f" · {h}: {c}" if h else f" · {c}" for h, c in zip(headers[1:], row[1:])
                                  if c)] for row in rows]
        return {"kind": "Rows", "caption": _soft_or_none(table.caption), "lines": lines}
    return {"kind": "Table", "headers": headers, "rows": rows, "caption": _soft_or_none(table.caption)}


def _figure(figure: Figure, label: str, text_width: float) -> dict[str, Any]:
    """A figure at its own size, at most the text's width and ``MAX_FIGURE_MM`` high."""
    size = _SIZE.search(figure.svg[:600])
    width = text_width
    if size is not None:
        w, h = (float(v) * _MM_PER_PX for v in size.groups())
        if w > 0 and h > 0:
            width = min(text_width, w, MAX_FIGURE_MM * w / h)
    return {"kind": "Figure", "svg": figure.svg, "caption": _soft(f"{label}: {figure.caption}"),
            "alt": figure.alt, "width_mm": round(width, 2)}


def _soft(text: str) -> str:
    """Text with a break opportunity (a zero-width space) inside very long words."""
    return "\u200b".join(chunks(text))


def _soft_or_none(text: str | None) -> str | None:
    return None if text is None else _soft(text)


def _layout(lang: str, template_dir: str | Path | None) -> Path:
    """The layout file: a user's (found as their templates are, ``loader.user_folders``),
    else the package's."""
    for folder in user_folders(lang, template_dir):
        if (folder / LAYOUT).is_file():
            return (folder / LAYOUT).resolve()
    return TEMPLATES / LAYOUT


def _template_error(layout: Path, exc: Any) -> TemplateError:
    """Typst's error as one line naming the layout's file and line."""
    where = re.search(r"┌─ (.*?):(\d+):\d+", str(getattr(exc, "diagnostic", "") or ""))
    line = int(where.group(2)) if where else 0
    file = str(layout) if where is None else str((Path.cwd() / where.group(1)).resolve())
    message = str(getattr(exc, "message", "") or exc)
    return TemplateError.make("template.syntax", file=file, line=line, detail=message)
