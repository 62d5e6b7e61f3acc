"""Word (.docx) from a playbook with python-docx: real heading styles, tables and a TOC field."""

from __future__ import annotations

import io
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
    doc.add_paragraph(book.tr("intro"))
    made = doc.add_paragraph(book.made)
    made.runs[0].font.size = Pt(9)
    _toc(doc, book)
    for n, section in enumerate(book.sections):
        heading = doc.add_heading(section.title, level=1)
        heading.paragraph_format.page_break_before = n > 0
        for b in section.blocks:
            _block(doc, b, book.tr("tip"))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _setup(doc: Any, book: Playbook) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    props = doc.core_properties
    # Word's document properties hold 255 characters: a longer title is cut, ending in "…"
    props.title = book.title if len(book.title) <= 255 else book.title[:254] + "…"
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
        _footer(s.footer.paragraphs[0], book)
    # ask Word to refresh the table of contents when the file is opened
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)


def _footer(p: Any, book: Playbook) -> None:
    """``<title> · <page number>`` in small print at the foot of every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p.add_run(f"{book.title} · ").font.size = Pt(8)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = p.add_run("1")
    run.font.size = Pt(8)
    field.append(run._r)
    p._p.append(field)


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


def _para(doc: Any, text: str = "", style: str | None = None) -> Any:
    """A paragraph with a style set by its id: python-docx's lookup by name scans every style
    on each call, far too slow for a thousand list items."""
    p = doc.add_paragraph()
    if text:
        _lines(p, text)
    if style is not None:
        p._p.get_or_add_pPr().style = _IDS[style]
    return p


#: Style name → id in python-docx's default template.
_IDS = {"List Bullet": "ListBullet", "List Bullet 2": "ListBullet2", "List Bullet 3": "ListBullet3",
        "Intense Quote": "IntenseQuote", "Caption": "Caption", "Heading 1": "Heading1",
        "Heading 2": "Heading2"}


def _block(doc: Any, b: Block, tip: str = "Tip") -> None:
    from docx.shared import Cm, Pt

    if isinstance(b, Paragraph):
        p = doc.add_paragraph()
        if b.label:
            p.add_run(f"{b.label}: ").bold = True
        _lines(p, b.text)
    elif isinstance(b, Heading):
        _para(doc, b.text, "Heading 2")
    elif isinstance(b, BulletList):
        _items(doc, b.items, 0)
    elif isinstance(b, Table):
        _table(doc, b)
    elif isinstance(b, Figure):
        doc.add_picture(io.BytesIO(b.png), width=Cm(15))
        _para(doc, b.caption, "Caption")
    elif isinstance(b, Tip):
        p = _para(doc, style="Intense Quote")
        p.add_run(f"{tip}: ").bold = True
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
        _para(doc, it.text, style)
        _items(doc, it.children, depth + 1)


#: Twips per character of 9-point table text, and the cell's left + right padding.
CHAR_TWIPS = 115
PAD_TWIPS = 230


def column_widths(table: Table, usable: int, sample: int = 200) -> list[int]:
    """Column widths (twips) that add up to ``usable``.

    Every column first gets room for its longest word (header or cell, over the first
    ``sample`` rows), so words are not broken; what is left of the page goes to the columns
    whose text is longer than that (lines of up to 40 characters), in proportion.
    """
    n = max(1, len(table.headers))
    need, want = [], []
    for i in range(n):
        texts = [table.headers[i], *(row[i] for row in table.rows[:sample] if i < len(row))]
        lines = [line for t in texts for line in str(t).split("\n")]
        word = max((len(w) for line in lines for w in line.split()), default=1)
        longest = min(40, max((len(line) for line in lines), default=1))
        need.append(word * CHAR_TWIPS + PAD_TWIPS)
        want.append(max(0, longest * CHAR_TWIPS + PAD_TWIPS - need[-1]))
    spare = usable - sum(need)
    if spare <= 0:
        widths = [usable * x // sum(need) for x in need]
    else:
        shares = want if sum(want) else need
        widths = [x + spare * w // sum(shares) for x, w in zip(need, shares)]
    widths[-1] += usable - sum(widths)
    return widths


def _table(doc: Any, b: Table) -> None:
    """A real Word table (header row repeated on every page), built as one piece of XML:
    python-docx's cell-by-cell API takes seconds for a thousand rows."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if b.caption:
        _para(doc, b.caption, "Caption")
    section = doc.sections[-1]
    usable = int((section.page_width - section.left_margin - section.right_margin) / 635)  # EMU → twips
    widths = column_widths(b, usable)

    def cell(text: str, header: bool, width: int) -> str:
        rpr = '<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>' if header else '<w:rPr><w:sz w:val="18"/></w:rPr>'
        runs = '<w:r><w:br/></w:r>'.join(
            f'<w:r>{rpr}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>' for line in text.split("\n"))
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>{runs}</w:p></w:tc>')

    head = "".join(cell(h, True, w) for h, w in zip(b.headers, widths))
    body = "".join("<w:tr>" + "".join(cell(c, False, w) for c, w in zip(row, widths)) + "</w:tr>"
                   for row in b.rows)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    xml = (f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"LightGrid-Accent1\"/>"
           '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" '
           'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>{head}</w:tr>{body}</w:tbl>')
    doc.element.body._insert_tbl(parse_xml(xml))
    doc.add_paragraph()
