"""A long PDF printed in two parts and joined: the same document as printed whole."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from ohtrack.playbooks import Paragraph, Playbook, Section
from ohtrack.playbooks import pdf_parts as parts
from ohtrack.playbooks.render_pdf import to_pdf

pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back")

HEAD = "<!doctype html><html lang='nl'><head><style>p{}</style></head><body>"
COVER = '<header class="cover" id="top"><h1>T</h1><p class="running">T</p></header>'
TOC = '<nav><a href="#a">A</a><a href="#b">B</a><a href="#c">C</a><a href="#d">D</a></nav>'


def _doc(sizes: list[int], style: str = "") -> str:
    sections = "".join(f'<section id="{name}"><h2>{name}</h2><p>{"x" * size}</p>'
                       f'<p class="top"><a href="#top">up</a></p></section>'
                       for name, size in zip("abcd", sizes, strict=False))
    return HEAD.replace("p{}", "p{}" + style) + COVER + TOC + "<main>" + sections + "</main></body></html>"


def test_the_cut_is_between_chapters_nearest_the_first_parts_share() -> None:
    html = _doc([1000, 3000, 500, 4000])
    first, second = parts.split(html, minimum=0)  # type: ignore[misc]
    # weight before each chapter start: a ~ 326, b ~ 1400, c ~ 4474, d ~ 5048 of ~ 9124;
    # 0.45 of it is ~ 4106: the cut falls before chapter c
    total = parts.weight(html)
    at = {name: parts.weight(html[:html.index(f'<section id="{name}"')]) for name in "bcd"}
    assert min(at, key=lambda name: abs(at[name] - total * parts.SHARE)) == "c"
    assert '<section id="c">' not in first.html and '<section id="b">' in first.html
    assert second.html.startswith(HEAD) and '<section id="c">' in second.html
    assert '<section id="a">' not in second.html and "cover" not in second.html
    # each part ends as a document and holds a placeholder for what it links to elsewhere
    assert first.html.endswith("</main></body></html>") and second.html.endswith("</main></body></html>")
    assert first.placeholders == {"c", "d"} and '<span id="c"></span><span id="d"></span>' in first.html
    assert second.placeholders == {"top"} and '<span id="top"></span>' in second.html


def test_a_short_document_or_one_numbering_pages_in_its_text_is_printed_whole() -> None:
    assert parts.split(_doc([100, 100, 100, 100])) is None  # under MIN_SPLIT
    assert parts.split(_doc([100]), minimum=0) is None  # one chapter
    numbered = "a::after{content: target-counter(attr(href), page)}"
    assert parts.split(_doc([10, 10], numbered), minimum=0) is None
    assert parts.split(_doc([10, 10], "p::after{content: counter(pages)}"), minimum=0) is None
    assert parts.split(_doc([10, 10], "@page :left { margin-left: 3cm }"), minimum=0) is None
    # a page number in a margin box is the furniture's: no reason to print whole
    margin = "@page { @bottom-center { content: counter(page) ' / ' counter(pages); } }"
    assert parts.split(_doc([10, 10], margin), minimum=0) is not None


def test_the_furniture_is_as_many_pages_under_the_same_head_with_the_running_title() -> None:
    html = _doc([10, 10])
    layer = parts.furniture(html, 3)
    assert layer.startswith(HEAD.split("<body>")[0]) and layer.count('class="furniture-page"') == 3
    assert '<p class="running">T</p>' in layer and "<section" not in layer


def _book(chapters: int) -> Playbook:
    text = ("Een zin over wat de sectie deed en waarom, lang genoeg om regels af te breken. " * 40).strip()
    sections = [Section(f"s{i}", f"Hoofdstuk {i}", [Paragraph(f"{i}.{k} {text}") for k in range(6)])
                for i in range(chapters)]
    return Playbook("Draaiboek: Proef", "nl", sections, as_of=dt.date(2026, 12, 2))


def _outline(reader: object) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title)))  # type: ignore[attr-defined]

    walk(reader.outline, 0)  # type: ignore[attr-defined]
    return found


def test_two_parts_joined_read_as_the_document_printed_whole() -> None:
    book = _book(6)
    whole = pypdf.PdfReader(io.BytesIO(to_pdf(book, parts=False)))
    joined = pypdf.PdfReader(io.BytesIO(to_pdf(book, parts=True)))
    pages = len(joined.pages)
    assert all("/ohtrackFurniture" in page["/Resources"]["/XObject"] for page in joined.pages)  # joined
    assert "/XObject" not in whole.pages[1]["/Resources"] or \
        "/ohtrackFurniture" not in whole.pages[1]["/Resources"]["/XObject"]
    assert pages >= len(whole.pages) >= 6
    texts = [page.extract_text() for page in joined.pages]
    for number, text in enumerate(texts, start=1):
        # every page numbered once, of the joined count; the running title on all but the first
        assert re.findall(r"pagina \d+ van \d+", text) == [f"pagina {number} van {pages}"]
        assert text.count("Draaiboek: Proef") == 1  # the cover's title on page 1
    # the same paragraphs in the same order
    def paragraphs(reader: object) -> list[str]:
        words = " ".join(p.extract_text() for p in reader.pages)  # type: ignore[attr-defined]
        return re.findall(r"\b\d\.\d\b", words)

    assert paragraphs(joined) == paragraphs(whole) == [f"{i}.{k}" for i in range(6) for k in range(6)]
    # the whole document's outline, anchors and links, and its properties
    assert _outline(joined) == _outline(whole)
    assert set(joined.named_destinations) == set(whole.named_destinations)
    for name, dest in joined.named_destinations.items():
        assert joined.get_destination_page_number(dest) >= whole.get_destination_page_number(
            whole.named_destinations[name])
    chapter = {str(i.title): joined.get_destination_page_number(i) for i in joined.outline[1]
               if not isinstance(i, list)}
    for i in range(6):  # a chapter's bookmark is on the page that has its title
        assert f"Hoofdstuk {i}" in texts[chapter[f"Hoofdstuk {i}"]]
    links = [a.get_object()["/Dest"] for page in joined.pages for a in page.get("/Annots", [])
             if "/Dest" in a.get_object()]
    assert links and set(links) <= set(joined.named_destinations)
    assert joined.metadata.title == "Draaiboek: Proef" and joined.trailer["/Root"]["/Lang"] == "nl"
    box = joined.pages[-1].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_a_furniture_layer_that_does_not_fit_is_refused() -> None:
    from ohtrack.playbooks.render_pdf import page_css, print_html

    html = _doc([2000, 2000, 2000, 2000])
    first, second = parts.split(html, minimum=0)  # type: ignore[misc]
    css = page_css(_book(1))
    one = print_html(first.html, css, parts.NO_FURNITURE)
    two = print_html(second.html, css, parts.NO_FURNITURE)
    short = print_html(parts.furniture(html, one.pages + two.pages - 1), css, parts.ONLY_FURNITURE)
    with pytest.raises(parts.Mismatch):
        parts.join([(one, first), (two, second)], short.pdf)


def test_a_house_stylesheets_margin_boxes_are_drawn_once_on_every_joined_page(tmp_path: object) -> None:
    from pathlib import Path

    import ohtrack.playbooks.render_html as render_html

    folder = Path(str(tmp_path))
    css = (Path(render_html.__file__).parent / "templates" / "playbook.css").read_text(encoding="utf-8")
    (folder / "playbook.css").write_text(css + '\n@page { @bottom-center { content: "Vertrouwelijk"; } }\n',
                                         encoding="utf-8")
    joined = pypdf.PdfReader(io.BytesIO(to_pdf(_book(4), folder, parts=True)))
    assert all("/ohtrackFurniture" in page["/Resources"]["/XObject"] for page in joined.pages)
    assert [page.extract_text().count("Vertrouwelijk") for page in joined.pages] == [1] * len(joined.pages)
