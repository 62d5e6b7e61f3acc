"""The Word document a playbook is written into: a house-style template or our own A4 page,
the styles every block uses, page numbers, document properties and the table of contents.

With a template (``.docx`` or ``.dotx``) its styles, page size, margins, header and footer
are kept; its body text is dropped. Styles the template lacks are added, based on Normal.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ohtrack.errors import TemplateError

_LOCALE = {"nl": "nl-NL", "en": "en-GB"}
#: Paper sizes in millimetres (width, height), portrait.
PAPER = {"a4": (210, 297), "letter": (216, 279)}
#: Table styles tried in turn: a house style's own, then Word's plain grid.
TABLE_STYLES = ("Playbook Table", "Draaiboek Tabel", "Table Grid")
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_document(template: str | Path | None) -> Any:
    """A python-docx Document: a new one, or the template's with its body emptied."""
    from docx import Document
    from docx.oxml.ns import qn

    if template is None:
        return Document()
    path = Path(template)
    try:
        data = path.read_bytes()
        if path.suffix.lower() in (".dotx", ".dotm"):
            data = _as_document(data)
        doc = Document(io.BytesIO(data))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise TemplateError.make("template.word", path=str(path), detail=str(exc)) from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def _as_document(data: bytes) -> bytes:
    """A .dotx's bytes with the content type of a .docx (python-docx opens documents only)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
            dst.writestr(item, content)
    return out.getvalue()


def setup(doc: Any, *, title: str, lang: str, subject: str | None, paper: str, house_style: bool,
          footer_text: str) -> None:
    """Page, styles, properties, page numbers and the request to refresh the fields on opening."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt, RGBColor

    props = doc.core_properties
    # Word's document properties hold 255 characters: a longer title is cut, ending in "…"
    props.title = title if len(title) <= 255 else title[:254] + "…"
    props.language = _LOCALE.get(lang, lang)
    props.subject = (subject or "")[:255]
    props.author = props.author if house_style and props.author else "ohtrack"
    props.keywords = "draaiboek" if lang == "nl" else "playbook"
    ensure_styles(doc)
    if not house_style:
        width, height = PAPER[paper]
        normal = doc.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(4)
        for name, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
            st = doc.styles[name]
            st.font.name = "Arial"
            st.font.size = Pt(size)
            st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            st.paragraph_format.keep_with_next = True
            if name != "Title":
                st.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
                st.paragraph_format.space_after = Pt(4)
        for s in doc.sections:
            s.page_width, s.page_height = Mm(width), Mm(height)
            s.left_margin = s.right_margin = Cm(2.5)
            s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.2)
            s.header_distance = s.footer_distance = Cm(1.2)
    _language(doc, lang)
    for s in doc.sections:
        if not _has_text(s.footer):
            _footer(s.footer, footer_text)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)


def _language(doc: Any, lang: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), _LOCALE.get(lang, lang))
    rpr.append(el)


def _has_text(part: Any) -> bool:
    """True when a header or footer shows anything (text or a field)."""
    xml = "".join(p._p.xml for p in part.paragraphs)
    return any(p.text.strip() for p in part.paragraphs) or "w:fldSimple" in xml or "w:instrText" in xml


def _footer(footer: Any, text: str) -> None:
    """``<title> · <page>`` in small print, right-aligned, at the foot of every page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(f"{text} · ").font.size = Pt(8)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = p.add_run("1")
    run.font.size = Pt(8)
    field.append(run._r)
    p._p.append(field)


#: Paragraph styles the renderer uses, with what to base them on when a template lacks them.
_NEEDED = {"Title": 26, "Subtitle": 14, "Heading 1": 16, "Heading 2": 13, "Heading 3": 11, "Caption": 9,
           "List Bullet": None, "List Bullet 2": None, "List Bullet 3": None, "Intense Quote": None,
           "TOC Heading": 14, "TOC 1": None, "Note": 9}


def ensure_styles(doc: Any) -> None:
    """Add the paragraph styles a template lacks (based on Normal), so every block has one."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    have = {s.name for s in doc.styles}
    for name, size in _NEEDED.items():
        if name in have:
            continue
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        if size is not None:
            st.font.size = Pt(size)
        if name.startswith(("Heading", "Title", "TOC Heading")):
            st.font.bold = True
            st.paragraph_format.keep_with_next = True
        if name in ("Caption", "Note"):
            st.font.italic = True
    if "Note" in have:
        return
    note = doc.styles["Note"]
    note.font.size = Pt(9)
    note.font.italic = True


def style_ids(doc: Any) -> dict[str, str]:
    """Style name → id: python-docx's lookup by name scans every style on each call."""
    return {s.name: s.style_id for s in doc.styles}


def table_style(doc: Any) -> str | None:
    """The id of the first table style in ``TABLE_STYLES`` the document has (None: borders)."""
    by_name = {s.name: s.style_id for s in doc.styles if s.type == 3}
    for name in TABLE_STYLES:
        if name in by_name:
            return by_name[name]
    return None


def toc(doc: Any, heading: str, titles: list[str], ids: dict[str, str]) -> None:
    """A TOC field (``TOC \\o "1-3" \\h \\z \\u``) over several paragraphs whose shown result,
    until Word or LibreOffice refreshes it, is the numbered list of chapter titles."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc.add_paragraph(heading, style=doc.styles["TOC Heading"])

    def fld(p: Any, kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            el.set(qn("w:dirty"), "true")
        p.add_run()._r.append(el)

    style = ids.get("TOC 1")
    last = None
    for n, title in enumerate(titles, start=1):
        p = doc.add_paragraph()
        if style:
            p._p.get_or_add_pPr().style = style
        if n == 1:
            fld(p, "begin")
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = 'TOC \\o "1-3" \\h \\z \\u'
            p.add_run()._r.append(instr)
            fld(p, "separate")
        p.add_run(f"{n}. {title}")
        last = p
    if last is not None:
        fld(last, "end")
