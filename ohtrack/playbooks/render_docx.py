"""Word (.docx) from a playbook with python-docx: A4 pages, real styles (Title, Heading 1–3,
a table style), tables fitted to their words, figures at text width with captions, a TOC
field, page numbers, document properties, and optionally a house-style template."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ohtrack.i18n import t
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
from ohtrack.playbooks.docx_setup import open_document, setup, style_ids, table_style, toc
from ohtrack.playbooks.docx_tables import column_widths, layout, table_xml

__all__ = ["column_widths", "to_docx"]

#: A figure is at most this share of the usable page height (room for its caption).
MAX_FIGURE_HEIGHT = 0.72


def to_docx(book: Playbook, template: str | Path | None = None, paper: str = "a4") -> bytes:
    """The playbook as a .docx file's bytes; ``template`` a house-style .docx/.dotx whose
    styles, page, margins, header and footer are used; ``paper`` ``a4`` (default) or ``letter``."""
    book.rasterise()
    doc = open_document(template)
    setup(doc, title=book.title, lang=book.lang, subject=book.subtitle, paper=paper.lower(),
          house_style=template is not None, footer_text=book.title)
    writer = _Writer(doc, book)
    writer.cover()
    for n, section in enumerate(book.sections):
        writer.heading(section.title, 1, page_break=n == 0 or section.new_page)
        if section.note:  # the report and data date stay with the chapter's first block
            writer.para(section.note, "Note").paragraph_format.keep_with_next = True
        for b in section.blocks:
            writer.block(b)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


class _Writer:
    """Adds blocks to one document, remembering the styles and where the page turned."""

    def __init__(self, doc: Any, book: Playbook) -> None:
        self.doc = doc
        self.book = book
        self.ids = style_ids(doc)
        self.table_style = table_style(doc)
        self.fresh_page = False  # True right after a section break (no page break needed)
        self.figures = 0
        self.tables = 0

    def para(self, text: str = "", style: str | None = None) -> Any:
        p = self.doc.add_paragraph()
        if text:
            _lines(p, text)
        if style is not None and style in self.ids:
            p._p.get_or_add_pPr().style = self.ids[style]
        self.fresh_page = False
        return p

    def cover(self) -> None:
        from docx.shared import Pt

        book = self.book
        self.para(book.title, "Title")
        if book.subtitle:
            self.para(book.subtitle, "Subtitle")
        self.para(book.tr("intro"))
        made = self.para(book.made)
        for run in made.runs:
            run.font.size = Pt(9)
        toc(self.doc, t("playbook.contents", book.lang), [s.title for s in book.sections], self.ids)

    def heading(self, text: str, level: int, page_break: bool = False) -> None:
        p = self.para(text, f"Heading {level}")
        p.paragraph_format.page_break_before = page_break and not self.fresh_page

    def block(self, b: Block) -> None:
        if isinstance(b, Paragraph):
            p = self.para()
            if b.label:
                p.add_run(f"{b.label}: ").bold = True
            _lines(p, b.text)
        elif isinstance(b, Heading):
            self.heading(b.text, 2 if b.level <= 2 else 3)
        elif isinstance(b, BulletList):
            self.items(b.items, 0)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Figure):
            self.figure(b)
        elif isinstance(b, Tip):
            p = self.para(style="Intense Quote")
            p.add_run(f"{self.book.tr('tip')}: ").bold = True
            _lines(p, b.text)
            if b.source:
                p.add_run(f" ({b.source})").italic = True
        elif isinstance(b, Note):
            self.para(b.text, "Note")
        else:
            raise TypeError(f"unknown block {type(b).__name__}")

    def items(self, items: list[Item], depth: int) -> None:
        style = "List Bullet" if depth == 0 else f"List Bullet {min(depth + 1, 3)}"
        for it in items:
            self.para(it.text, style)
            self.items(it.children, depth + 1)

    def _usable(self, landscape: bool = False) -> tuple[int, int]:
        """Usable width and height of the current page in EMU (swapped for landscape)."""
        s = self.doc.sections[-1]
        width, height = s.page_width, s.page_height
        if landscape:
            width, height = height, width
        return (width - s.left_margin - s.right_margin, height - s.top_margin - s.bottom_margin)

    def figure(self, b: Figure) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        width, height = self._usable()
        ratio = _ratio(b.png)
        w = width
        if w * ratio > height * MAX_FIGURE_HEIGHT:
            w = int(height * MAX_FIGURE_HEIGHT / ratio)
        p = self.para()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.add_run().add_picture(io.BytesIO(b.png), width=int(w))
        self.figures += 1
        self.para(f"{self.book.tr('figure_label', n=self.figures)}: {b.caption}", "Caption")

    def table(self, b: Table) -> None:
        from docx.oxml import parse_xml

        portrait = int(self._usable()[0] / 635)  # EMU → twips
        landscape = int(self._usable(landscape=True)[0] / 635)
        lay = layout(b, portrait, landscape)
        if lay.landscape:
            self._section(landscape=True)
        if b.caption:
            cap = self.para(b.caption, "Caption")
            cap.paragraph_format.keep_with_next = True
        self.doc.element.body._insert_tbl(parse_xml(table_xml(b, lay, self.table_style)))
        self.tables += 1
        gap = self.para()
        gap.paragraph_format.space_after = 0
        if lay.landscape:
            self._section(landscape=False)

    def _section(self, landscape: bool) -> None:
        """A section break to a landscape or back to a portrait page."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        s = self.doc.add_section(WD_SECTION.NEW_PAGE)
        wide = s.page_width > s.page_height
        if wide != landscape:
            s.page_width, s.page_height = s.page_height, s.page_width
        s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        self.fresh_page = True


def _ratio(png: bytes) -> float:
    """Height / width of a PNG from its header (1 when it can't be read)."""
    if len(png) >= 24 and png[:8] == b"\x89PNG\r\n\x1a\n":
        w = int.from_bytes(png[16:20], "big")
        h = int.from_bytes(png[20:24], "big")
        if w:
            return h / w
    return 1.0


def _lines(p: Any, text: str) -> None:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
