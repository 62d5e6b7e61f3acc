"""Word (.docx) from a playbook with python-docx: real heading styles, tables and a TOC field."""

from __future__ import annotations

import io
from typing import Any

from ohtrack.i18n import t
from ohtrack.playbook.document import (
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

_LOCALE = {"nl": "nl-NL", "en": "en-GB"}


def to_docx(book: Playbook) -> bytes:
    """The playbook as a .docx file's bytes."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    _setup(doc, book)
    doc.add_heading(book.title, level=0)
    if book.subtitle:
        doc.add_paragraph(book.subtitle, style="Subtitle")
    made = doc.add_paragraph(book.created.isoformat())
    made.runs[0].font.size = Pt(9)
    _toc(doc, book)
    for n, section in enumerate(book.sections):
        heading = doc.add_heading(section.title, level=1)
        heading.paragraph_format.page_break_before = n > 0
        for b in section.blocks:
            _block(doc, b)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _setup(doc: Any, book: Playbook) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    props = doc.core_properties
    props.title = book.title
    props.language = _LOCALE.get(book.lang, book.lang)
    props.author = "ohtrack"
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), _LOCALE.get(book.lang, book.lang))
    rpr.append(lang)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    # ask Word to refresh the table of contents when the file is opened
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)


def _toc(doc: Any, book: Playbook) -> None:
    """A TOC field (``TOC \\o "1-3" \\h \\z \\u``) whose shown result lists the section titles
    until Word updates it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc.add_paragraph(t("playbook.contents", book.lang), style="TOC Heading")
    p = doc.add_paragraph()

    def fld(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            el.set(qn("w:dirty"), "true")
        p.add_run()._r.append(el)

    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-3" \\h \\z \\u'
    p.add_run()._r.append(instr)
    fld("separate")
    for n, s in enumerate(book.sections, start=1):
        run = p.add_run(f"{n}. {s.title}")
        if n < len(book.sections):
            run.add_break()
    fld("end")


def _block(doc: Any, b: Block) -> None:
    from docx.shared import Cm, Pt

    if isinstance(b, Paragraph):
        p = doc.add_paragraph()
        if b.label:
            p.add_run(f"{b.label}: ").bold = True
        _lines(p, b.text)
    elif isinstance(b, Heading):
        doc.add_heading(b.text, level=2)
    elif isinstance(b, BulletList):
        _items(doc, b.items, 0)
    elif isinstance(b, Table):
        _table(doc, b)
    elif isinstance(b, Figure):
        doc.add_picture(io.BytesIO(b.png), width=Cm(15))
        doc.add_paragraph(b.caption, style="Caption")
    elif isinstance(b, Tip):
        p = doc.add_paragraph(style="Intense Quote")
        p.add_run("Tip: ").bold = True
        _lines(p, b.text)
        if b.source:
            p.add_run(f" ({b.source})").italic = True
    elif isinstance(b, Note):
        p = doc.add_paragraph()
        run = p.add_run(b.text)
        run.italic = True
        run.font.size = Pt(9)
    else:
        raise TypeError(f"unknown block {type(b).__name__}")


def _lines(p: Any, text: str) -> None:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def _items(doc: Any, items: list[Item], depth: int) -> None:
    style = "List Bullet" if depth == 0 else f"List Bullet {min(depth + 1, 3)}"
    for it in items:
        doc.add_paragraph(it.text, style=style)
        _items(doc, it.children, depth + 1)


def _table(doc: Any, b: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    if b.caption:
        doc.add_paragraph(b.caption, style="Caption")
    table = doc.add_table(rows=1 + len(b.rows), cols=len(b.headers))
    table.style = "Light Grid Accent 1"
    rows = table.rows
    header = rows[0]
    trpr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    trpr.append(repeat)
    for cell, text in zip(header.cells, b.headers):
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for row, values in zip(rows[1:], b.rows):
        for cell, text in zip(row.cells, values):
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(9)
    doc.add_paragraph()
