"""A long PDF printed in two processes: the HTML split at a chapter, each part laid out by
WeasyPrint at the same time, the pages joined, and the page furniture drawn once over them.

Laying out and drawing a long playbook is most of what its PDF costs, and WeasyPrint does it
on one core. A part's page numbers depend on how many pages the parts before it have, which
is only known once they are laid out, so the parts are printed without their margin boxes
(running head, page numbers) and a *furniture* document of as many pages, holding nothing
but the margin boxes of the same stylesheets, is laid over the joined pages. Links between
the parts (the table of contents, "back to the top") point at placeholder anchors while a
part is printed and at the real place once joined; the outline (bookmarks) is the whole
document's. Where this would not give the same document (a stylesheet numbering pages in
the text or styling left and right pages apart, or pages of different sizes), ``None`` or
``Mismatch`` sends the caller back to printing the document whole.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

#: Below this many characters of text and markup (figures not counted) a PDF is printed whole:
#: joining costs more than the second process saves (about 0.3 s against 0.6 s for 20 pages).
MIN_SPLIT = 120_000

#: The first part's share of the weight: its process also lays out the furniture and joins.
SHARE = 0.4

#: The sixteen margin boxes of CSS Paged Media: parts print none of them.
MARGIN_BOXES = ("top-left-corner", "top-left", "top-center", "top-right", "top-right-corner",
                "right-top", "right-middle", "right-bottom", "bottom-right-corner", "bottom-right",
                "bottom-center", "bottom-left", "bottom-left-corner", "left-bottom", "left-middle",
                "left-top")

#: Added to a part's stylesheets: no margin boxes (the furniture draws them).
NO_FURNITURE = "@page { " + " ".join(f"@{box} {{ content: none !important; }}" for box in MARGIN_BOXES) + " }"

#: Added to the furniture's stylesheets: nothing but the margin boxes, on a transparent page.
ONLY_FURNITURE = """
@page { background: none !important; }
html, body { background: none !important; }
body::before, body::after { content: none !important; }
.furniture-page { break-before: page; }
"""

_DATA_URI = re.compile(r'data:[^"\')\s]+')
_SECTION = re.compile(r"<(/?)section\b")
_HREF = re.compile(r'href="#([^"]+)"')
_ID = re.compile(r'\sid="([^"]+)"')
#: Page numbers in the text itself would be counted per part, and a later part's first page
#: is a right-hand page whatever its place (left and right pages may be laid out apart).
_COUNTS_PAGES = re.compile(r"target-counter|target-text|counter\(\s*pages?\s*\)"
                           r"|@page[^{]*:(?:left|right|recto|verso|blank|nth)\b")


class Mismatch(Exception):
    """The parts can't be joined into the document printed whole (pages of different sizes)."""


@dataclass(frozen=True)
class Part:
    """One part's HTML and the anchors it holds only as placeholders (the real ones are in
    another part)."""

    html: str
    placeholders: frozenset[str]


def weight(html: str) -> int:
    """What a piece of HTML costs to lay out, roughly: its characters without data URIs."""
    return len(html) - sum(len(m) for m in _DATA_URI.findall(html))


def split(html: str, minimum: int = MIN_SPLIT) -> tuple[Part, Part] | None:
    """The document in two parts, the first with about ``SHARE`` of the weight, cut between
    two chapters (top-level ``<section>`` elements of ``<main>``), or ``None`` when it is
    small, has fewer than two chapters, numbers pages in its text or styles left and right
    pages apart."""
    main_open, main_close = html.find("<main>"), html.rfind("</main>")
    total = weight(html)
    if main_open < 0 or main_close < main_open or total < minimum:
        return None
    if _COUNTS_PAGES.search(_margin_free(html)):
        return None
    body_open = html.find("<body")
    body_end = html.find(">", body_open) + 1 if body_open >= 0 else -1
    if body_open < 0 or body_end > main_open:
        return None
    starts = _chapter_starts(html, main_open + len("<main>"), main_close)
    if len(starts) < 2:
        return None
    cut = min(starts[1:], key=lambda at: abs(weight(html[:at]) - total * SHARE))
    head, tail = html[:body_end], html[main_close:]
    anchors = set(_ID.findall(html))
    return (_with_placeholders(html[:cut], tail, anchors),
            _with_placeholders(head + "\n<main>\n" + html[cut:main_close], tail, anchors))


def _margin_free(html: str) -> str:
    """The HTML without the margin-box rules of its stylesheets (a page number there is drawn
    by the furniture)."""
    return re.sub(r"@(?:" + "|".join(MARGIN_BOXES) + r")\s*{[^{}]*}", "", html)


def _chapter_starts(html: str, start: int, end: int) -> list[int]:
    """Where each top-level ``<section>`` between ``start`` and ``end`` begins."""
    depth, starts = 0, []
    for match in _SECTION.finditer(html, start, end):
        if match.group(1):
            depth -= 1
        else:
            if depth == 0:
                starts.append(match.start())
            depth += 1
    return starts


def _with_placeholders(body: str, tail: str, anchors: set[str]) -> Part:
    """A part closed with ``tail``, with an empty element for every anchor of the document
    (``anchors``) it links to but another part holds (so WeasyPrint keeps the link; the join
    points it at the real place)."""
    elsewhere = anchors - set(_ID.findall(body))
    missing = frozenset(name for name in _HREF.findall(body) if name in elsewhere)
    spans = "".join(f'<span id="{name}"></span>' for name in sorted(missing))
    return Part(body + spans + tail, missing)


def furniture(html: str, pages: int) -> str:
    """A document of ``pages`` empty pages under the same ``<head>`` (so the same stylesheets
    and margin boxes), with the running title the cover sets."""
    head_end = html.find("<body")
    running = re.search(r'<p class="running"[^>]*>.*?</p>', html, flags=re.S)
    page = '<div class="furniture-page">{}</div>'
    body = page.format(running.group(0) if running else "") + page.format("") * (pages - 1)
    return html[:head_end] + f"<body>{body}</body></html>"


@dataclass(frozen=True)
class Printed:
    """A part printed: its PDF and its page count."""

    pdf: bytes
    pages: int


def join(parts: list[tuple[Printed, Part]], layer: bytes) -> bytes:
    """The parts' pages in order, the furniture ``layer`` drawn over each, the anchors and the
    outline of the whole document; document properties from the first part."""
    import pypdf
    from pypdf.generic import Destination, Fit, NameObject

    readers = [(pypdf.PdfReader(io.BytesIO(printed.pdf)), part) for printed, part in parts]
    over = pypdf.PdfReader(io.BytesIO(layer))
    writer = pypdf.PdfWriter()
    offsets, count = [], 0
    for reader, _part in readers:
        offsets.append(count)
        for page in reader.pages:
            writer.add_page(page)
        count += len(reader.pages)
    if count != len(over.pages):
        raise Mismatch(f"{count} pages and {len(over.pages)} of furniture")
    for page, extra in zip(writer.pages, over.pages, strict=True):
        if [round(float(v)) for v in page.mediabox] != [round(float(v)) for v in extra.mediabox]:
            raise Mismatch("pages of different sizes")
        _lay_over(writer, page, extra)
    for (reader, part), offset in zip(readers, offsets, strict=True):
        for name, dest in reader.named_destinations.items():
            number = reader.get_destination_page_number(dest)
            if name in part.placeholders or number is None:
                continue
            at: Any = writer.pages[offset + number].indirect_reference
            fit = Fit.xyz(dest.left, dest.top, dest.zoom)
            writer.add_named_destination_object(Destination(name, at, fit))
    _outline(writer, readers, offsets)
    first = readers[0][0]
    if first.metadata:
        writer.add_metadata({key: str(value) for key, value in first.metadata.items()})
    root: Any = first.root_object
    if "/Lang" in root:
        writer.root_object[NameObject("/Lang")] = root["/Lang"]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _lay_over(writer: Any, page: Any, layer: Any) -> None:
    """Draw ``layer`` (a page of another PDF) over ``page``: the layer becomes a form XObject
    the page paints last, the page's own drawing wrapped in a saved graphics state. Nothing is
    parsed or re-encoded (``merge_page`` would parse both content streams)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

    form = StreamObject()
    contents = layer.get_contents()
    form.set_data(contents.get_data() if contents is not None else b"")
    form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject(layer.mediabox),
                 NameObject("/Resources"): layer["/Resources"].clone(writer)})
    form = form.flate_encode()
    name = NameObject("/ohtrackFurniture")
    resources = DictionaryObject(page["/Resources"].get_object())  # pages may share one: copied
    xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
    xobjects[name] = writer._add_object(form)
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    before, after = StreamObject(), StreamObject()
    before.set_data(b"q\n")
    after.set_data(b"\nQ\nq " + name.encode() + b" Do Q\n")
    own = page["/Contents"]
    own = list(own) if isinstance(own, ArrayObject) else [own]
    page[NameObject("/Contents")] = ArrayObject([writer._add_object(before), *own, writer._add_object(after)])


def _outline(writer: Any, readers: list[tuple[Any, Part]], offsets: list[int]) -> None:
    """The whole document's outline: the first part's, with the chapters of the later parts
    (which have no document title of their own) under its last top-level entry."""
    from pypdf.generic import Fit

    def copy(items: list[Any], reader: Any, offset: int, parent: Any) -> Any:
        last = None
        for item in items:
            if isinstance(item, list):
                copy(item, reader, offset, last)
                continue
            page = offset + (reader.get_destination_page_number(item) or 0)
            last = writer.add_outline_item(title=str(item.title), page_number=page, parent=parent,
                                           fit=Fit.xyz(item.left, item.top, item.zoom))
        return last

    first, _ = readers[0]
    top = copy(list(first.outline), first, 0, None)
    for (reader, _part), offset in zip(readers[1:], offsets[1:], strict=True):
        copy(list(reader.outline), reader, offset, top)
