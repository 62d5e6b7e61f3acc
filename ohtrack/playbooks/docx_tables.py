"""Word tables that fit their page: text measured in Arial's widths, columns as wide as their
longest word, dates that never break, and the wide tables on a landscape page.

Widths are measured with Adobe's Helvetica metrics (``fonts/``; Arial has the same widths),
so a column is never narrower than the longest word in it: Word then breaks lines between
words only. Hyphens between digits become non-breaking hyphens, so ``1-3-2022`` stays whole.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from ohtrack.playbooks.document import Table

#: The cell's left and right padding (Word's default 0.19 cm each side) plus a little slack.
PAD_TWIPS = 260
#: Table text sizes tried in turn (half-points): 9 pt, then 8 pt, then 7.5 pt.
SIZES = (18, 16, 15)
#: A column's preferred width is its text up to this many characters on one line.
LINE_CHARS = 40
#: Tokens a line may break between: spaces, and after a hyphen that is not between digits.
_TOKENS = re.compile(r"\s+|(?<=[^\d\s]-)|(?<=-)(?=[^\d])")
_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")


@lru_cache(maxsize=2)
def _metrics(bold: bool) -> dict[str, int]:
    """Character → width in 1/1000 em from Adobe's Helvetica AFM file (shipped in ``fonts/``)."""
    from importlib import resources

    name = "Helvetica-Bold.afm" if bold else "Helvetica.afm"
    path = resources.files("ohtrack.playbooks") / "fonts" / name
    widths: dict[str, int] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith("C "):
            continue
        parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip().count(" ") >= 1)
        code = int(parts["C"])
        if 32 <= code < 127:
            widths[chr(code)] = int(parts["WX"])
    return widths


def text_width(text: str, half_points: int, bold: bool = False) -> int:
    """The width of ``text`` in twips at a size in half-points (Arial/Helvetica widths)."""
    table = _metrics(bold)
    total = 0
    for ch in text:
        w = table.get(ch)
        if w is None:
            base = unicodedata.normalize("NFKD", ch)[:1]
            w = table.get(base, 600 if not unicodedata.combining(ch) else 0)
        total += w
    return total * half_points * 10 // 1000  # 1/1000 em × (hp/2 pt) × 20 twips/pt


def tokens(text: str) -> list[str]:
    """The pieces of ``text`` no line break may fall inside."""
    return [t for t in _TOKENS.split(text) if t]


@dataclass
class Layout:
    """How one table is set: column widths (twips), text size, and whether it needs landscape."""

    widths: list[int]
    size: int
    landscape: bool = False


def column_widths(table: Table, usable: int, size: int = SIZES[0], sample: int = 300) -> list[int]:
    """Column widths (twips) adding up to ``usable``.

    Every column first gets room for its longest word (header or cell, over the first
    ``sample`` rows); what is left goes to the columns whose lines are longer than that (up to
    ``LINE_CHARS`` characters), in proportion. When even the longest words do not fit, all
    columns shrink alike (``layout`` avoids that by a smaller size or a landscape page).
    """
    need, want = _needs(table, size, sample)
    return _share(need, want, usable)


def _needs(table: Table, size: int, sample: int) -> tuple[list[int], list[int]]:
    n = max(1, len(table.headers))
    need, want = [], []
    for i in range(n):
        cells = [(table.headers[i], True)] + [(row[i], False) for row in table.rows[:sample] if i < len(row)]
        word = 1
        longest = 1
        for text, bold in cells:
            for line in str(text).split("\n"):
                for tok in tokens(line):
                    word = max(word, text_width(tok, size, bold))
                longest = max(longest, text_width(line[:LINE_CHARS], size, bold))
        need.append(word + PAD_TWIPS)
        want.append(max(0, longest + PAD_TWIPS - need[-1]))
    return need, want


def _share(need: list[int], want: list[int], usable: int) -> list[int]:
    spare = usable - sum(need)
    if spare <= 0:
        widths = [usable * x // sum(need) for x in need]
    else:
        shares = want if sum(want) else need
        widths = [x + spare * w // sum(shares) for x, w in zip(need, shares)]
    widths[-1] += usable - sum(widths)
    return widths


def layout(table: Table, portrait: int, landscape: int | None) -> Layout:
    """The first of: 9 pt, 8 pt, 7.5 pt on the portrait page, then the same on a landscape
    page (``landscape`` usable width, None: not allowed), where every word fits whole."""
    pages = [(portrait, False)] + ([(landscape, True)] if landscape else [])
    for usable, wide in pages:
        for size in SIZES:
            need, want = _needs(table, size, 300)
            if sum(need) <= usable:
                return Layout(_share(need, want, usable), size, wide)
    usable, wide = pages[-1]
    need, want = _needs(table, SIZES[-1], 300)
    return Layout(_share(need, want, usable), SIZES[-1], wide)


def _runs(text: str, size: int, bold: bool) -> str:
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    out = []
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append("<w:r><w:br/></w:r>")
        parts = _DIGIT_HYPHEN.split(line)
        for k, part in enumerate(parts):
            if k:
                out.append(f"<w:r>{rpr}<w:noBreakHyphen/></w:r>")
            if part:
                out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def table_xml(table: Table, lay: Layout, style: str | None, header_fill: str = "DCE6F0") -> str:
    """The table as one ``w:tbl`` element (python-docx's cell-by-cell API takes seconds for a
    thousand rows): fixed layout, the header row repeated on every page and kept with the
    first row, rows that do not split across pages."""
    from docx.oxml.ns import nsdecls

    def cell(text: str, header: bool, width: int) -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{header_fill}"/>' if header else ""
        keep = "<w:keepNext/>" if header else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
                f'<w:p><w:pPr>{keep}<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
                f"</w:pPr>{_runs(text, lay.size, header)}</w:p></w:tc>")

    widths = lay.widths
    head = "".join(cell(h, True, w) for h, w in zip(table.headers, widths))
    body = "".join("<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                   + "".join(cell(c, False, w) for c, w in zip(row, widths)) + "</w:tr>"
                   for row in table.rows)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    style_xml = f'<w:tblStyle w:val="{escape(style)}"/>' if style else ""
    borders = "" if style else (
        "<w:tblBorders>" + "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="A6B4C3"/>'
                                   for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    return (f"<w:tbl {nsdecls('w')}><w:tblPr>{style_xml}"
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>"
            f"{body}</w:tbl>")
