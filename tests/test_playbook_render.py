"""The renderers: Markdown through a CommonMark parser, HTML through an HTML parser, Word
through python-docx; user text that is markup must come out as text in every format."""

from __future__ import annotations

import base64
import io
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ohtrack.errors import OutputError
from ohtrack.playbooks import (
    Playbook,
    TemplateError,
    output_format,
    playbook,
    render,
    to_docx,
    to_html,
    to_markdown,
)
from ohtrack.playbooks.render_md import escape
from tests.test_playbook import LONG_WORD, NASTY, rich_programme

#: Pieces of the nasty text, each of which must survive as literal text.
PIECES = ["<script>alert('x')</script>", "*ster*", "_laag_", "`code`", "# kop", "| pipe",
          "[link](http://x.org)", "&amp;", "🚀", "مرحبا بالعالم"]


@pytest.fixture(scope="module")
def book() -> Playbook:
    return playbook(rich_programme(lang="en"))


# --- Markdown ------------------------------------------------------------------------------
def _md_tokens(md: str) -> list:  # type: ignore[type-arg]
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    flat = []
    for tok in tokens:
        flat.append(tok)
        flat += tok.children or []
    return flat


def test_markdown_keeps_user_text_as_text(book: Playbook) -> None:
    tokens = _md_tokens(to_markdown(book))
    kinds = {t.type for t in tokens}
    assert "html_inline" not in kinds and "html_block" not in kinds
    assert "code_inline" not in kinds and "code_block" not in kinds and "fence" not in kinds
    assert not [t for t in tokens if t.type == "link_open" and not t.attrGet("href").startswith("#")]
    text = "".join(t.content for t in tokens if t.type == "text")
    assert f"Veilig werken. {NASTY}" in text
    assert f"Zien {NASTY}" in text
    assert f"Begin klein {NASTY}" in text
    assert f"Sectie {LONG_WORD}" in text


def test_markdown_headings_and_tables(book: Playbook) -> None:
    tokens = _md_tokens(to_markdown(book))
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert h2 == ["Contents"] + [s.title for s in book.sections]
    assert sum(1 for t in tokens if t.type == "table_open") == sum(
        1 for s in book.sections for b in s.blocks if type(b).__name__ == "Table")
    inline = ["".join(ch.content for ch in t.children or []) for t in tokens if t.type == "inline"]
    # a table cell holding an initiative's title, parsed back to exactly that title
    assert inline.count(f"Dagstart {NASTY}") == 3  # approach, embedded initiatives, owners


@pytest.mark.parametrize("text", ["# heading", "- item", "+ item", "1. first", "2) second", "===", "---",
                                  "    indented code", "> quote", "~~~", "```", "<div>x</div>", "a\\*b",
                                  "![img](x.png)", "&copy;", "<http://x.org>", "| a | b |"])
def test_markdown_escape_round_trips_through_commonmark(text: str) -> None:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(escape(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert [c.type for c in children] == ["text"] * len(children)
    assert "".join(c.content for c in children) == text.strip()


def test_markdown_file_writes_figures_beside_it(book: Playbook, tmp_path: Path) -> None:
    out = render(book, tmp_path / "draai boek.md")
    md = out.read_text(encoding="utf-8")
    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    # heat map, timeline, unit network, indicators
    assert pngs == [f"draai boek.figure-{n}.png" for n in (1, 2, 3, 4)] and len(book.figures()) == 4
    for n in (1, 2, 3, 4):
        assert f"](draai%20boek.figure-{n}.png)" in md
        assert (tmp_path / f"draai boek.figure-{n}.png").read_bytes() == book.figures()[n - 1].png


# --- HTML ----------------------------------------------------------------------------------
class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.h2: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_h2 = tag == "h2"

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_h2:
            self.h2.append(data)


def test_html_is_one_self_contained_escaped_file(book: Playbook) -> None:
    html = to_html(book)
    parser = _Collect()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags
    assert parser.tags[0] == ("html", {"lang": "en"})
    text = "".join(parser.text)
    for piece in (f"Veilig werken. {NASTY}", f"Zien {NASTY}", f"Begin klein {NASTY}", LONG_WORD):
        assert piece in text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    imgs = [a for t, a in parser.tags if t == "img"]
    assert len(imgs) == len(book.figures()) == 4
    assert all((a["src"] or "").startswith("data:image/svg+xml;base64,") for a in imgs)
    from xml.etree import ElementTree

    for a in imgs:  # each chart a well-formed SVG, its texts escaped, nothing to run
        root = ElementTree.fromstring(base64.b64decode((a["src"] or "").split(",", 1)[1]))
        assert not [el for el in root.iter() if el.tag.endswith(("script", "foreignObject"))]
    assert [a["alt"] for a in imgs] == [f.alt for f in book.figures()]
    links = [a["href"] for t, a in parser.tags if t == "link" or (t == "a" and a.get("href"))]
    assert all((h or "").startswith("#") for h in links)
    toc = [a["href"] for t, a in parser.tags if t == "a" and (a.get("href") or "").startswith("#")
           and a["href"] != "#top"]
    assert toc == [f"#{s.id}" for s in book.sections]
    ids = [a.get("id") for t, a in parser.tags if t == "section"]
    assert ids == book.ids
    assert parser.h2 == ["Contents"] + [s.title for s in book.sections]
    assert "@media print" in html
    assert "Content-Security-Policy" in html


def test_html_dutch_document(tmp_path: Path) -> None:
    out = render(playbook(rich_programme()), tmp_path / "d.html")
    html = out.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert ">Inhoud</h2>" in html and ">Wat we geleerd hebben</h2>" in html


# --- Word ----------------------------------------------------------------------------------
def test_docx_has_real_headings_tables_and_a_toc_field(book: Playbook) -> None:
    import docx

    data = to_docx(book)
    doc = docx.Document(io.BytesIO(data))
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1 == [s.title for s in book.sections]
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h2[:6] == ["Where we stand", "What worked", "What is open",  # the summary
                      "Gaps: outcomes no initiative works on", "Findings", "Direction"]
    h3 = [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert h3[:2] == [f"Dagstart {NASTY}", "Werkoverleg"]  # initiatives in the approach
    assert len(doc.tables) == sum(1 for s in book.sections for b in s.blocks if type(b).__name__ == "Table")
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Outcome", "Initiatives", "Practices touched"]
    assert [c.text for c in first.rows[1].cells] == ["Direction", "2", "1/3"]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert 'TOC \\o "1-3" \\h \\z \\u' in xml
    assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
    settings = zipfile.ZipFile(io.BytesIO(data)).read("word/settings.xml").decode("utf-8")
    assert 'w:updateFields w:val="true"' in settings
    body = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert f"Veilig werken. {NASTY}" in body
    assert f"Dagstart {NASTY}" in cells
    assert len(doc.inline_shapes) == len(book.figures()) == 4
    assert doc.core_properties.language == "en-GB"
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Playbook: OSF2 verbeterteam · ")
    assert 'w:instr="PAGE"' in footer._p.xml


# --- formats and templates -----------------------------------------------------------------
def test_format_from_extension() -> None:
    names = ("a.md", "b.HTML", "c.docx", "d.markdown")
    assert [output_format(p) for p in names] == ["md", "html", "docx", "md"]
    assert output_format("x.txt", "word") == "docx"
    assert output_format("d.PDF") == "pdf"
    with pytest.raises(OutputError, match=r"x\.txt: unknown playbook format; name the file \.md"):
        output_format("x.txt")


def test_user_templates_override_file_by_file(book: Playbook, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "playbook.md.j2").write_text(
        "# {{ title }}\n{% for s in sections %}\n## {{ s.title }} (ours)\n{% endfor %}", encoding="utf-8")
    (tmp_path / "playbook.css").write_text("body { color: rebeccapurple; }", encoding="utf-8")
    md = to_markdown(book, template_dir=tmp_path)
    assert "## Mission and vision (ours)" in md and "## Contents" not in md
    html = to_html(book, template_dir=tmp_path)
    assert "rebeccapurple" in html and "@media print" not in html
    assert ">Contents</h2>" in html  # the HTML template itself was not overridden


def test_template_errors_name_the_file_and_line(book: Playbook, tmp_path: Path) -> None:
    (tmp_path / "playbook.html.j2").write_text("<p>\n{% for x in %}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"playbook\.html\.j2: line 2: "):
        to_html(book, template_dir=tmp_path)
    with pytest.raises(TemplateError, match="template folder does not exist"):
        to_html(book, template_dir=tmp_path / "nope")


def test_long_words_get_break_opportunities_and_stay_escaped() -> None:
    from ohtrack.playbooks.render_html import breakable

    assert str(breakable("kort <b>woord</b>")) == "kort &lt;b&gt;woord&lt;/b&gt;"
    word = "<" + "x" * 39
    assert str(breakable(f"a {word} b")) == "a &lt;" + "x" * 19 + "<wbr>" + "x" * 20 + " b"


def test_markdown_multi_line_names_stay_in_their_heading_and_cell() -> None:
    from ohtrack.playbooks import Heading, Section, Table
    from ohtrack.playbooks.document import Playbook as Book

    book = Book("T", "en", [Section("s", "S", [Heading("two\nlines"), Table(["a\nb"], [["c\n\nd"]])])])
    tokens = _md_tokens(to_markdown(book))
    h3 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h3"]
    assert h3 == ["two lines"]
    cells = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type in ("th_open", "td_open")]
    assert cells == ["a b", "c d"]


def test_output_folder_must_exist(book: Playbook, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        render(book, tmp_path / "nope" / "x.html")


_PUNCT = "\n\n*_#|<>[]()`&\\-+=.!~:;\"' 0123456789abc\t"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_PUNCT),
                                  st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))),
               max_size=60))
def test_any_paragraph_text_survives_commonmark(text: str) -> None:
    """Property: whatever a cell holds, the Markdown paragraph parses back to exactly its lines."""
    from markdown_it import MarkdownIt

    from ohtrack.playbooks.render_md import escape_text

    expected = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    md = escape_text(text)
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], md
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text", "hardbreak"}, md
    parsed = "".join("\n" if c.type == "hardbreak" else c.content for c in children)
    assert parsed == expected, md


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_PUNCT),
                                  st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))),
               min_size=1, max_size=40))
@example("a\ufffe b\uffff")
def test_any_table_cell_survives_commonmark(text: str) -> None:
    """Property: a table cell parses back to its text with runs of whitespace made one space.

    The text is the cell as the table holds it: ``Table`` replaces what no format can hold
    (U+FFFE, U+FFFF …) by U+FFFD, which Markdown then keeps."""
    from markdown_it import MarkdownIt

    from ohtrack.playbooks import Table
    from ohtrack.playbooks.render_md import block

    table = Table(["h"], [[text]])
    text = table.rows[0][0]
    md = block(table, lambda f: "")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "td_open"]
    assert len(cells) == 1, md
    children = cells[0].children or []
    assert {c.type for c in children} <= {"text"}, md
    assert "".join(c.content for c in children) == " ".join(text.split()), md


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_PUNCT + "x" * 10),
                                  st.characters(blacklist_categories=("Cs", "Cc"))), max_size=80))
def test_any_text_survives_html_escaping(text: str) -> None:
    """Property: escaped text (with break points in long words) parses back to the same text."""
    from ohtrack.playbooks.render_html import breakable

    parser = _Collect()
    parser.feed(f"<p>{breakable(text)}</p>")
    parser.close()
    assert [t for t, _ in parser.tags if t != "wbr"] == ["p"]
    assert "".join(parser.text) == text


def test_word_columns_share_the_page_by_text_length() -> None:
    from ohtrack.playbooks import Table
    from ohtrack.playbooks.docx_tables import PAD_TWIPS, column_widths, text_width

    # Helvetica widths (1/1000 em): I 278, D 722, 1 556; at 9 pt (18 half-points) 1 em = 180 twips
    assert text_width("ID", 18, bold=True) == (278 + 722) * 180 // 1000
    assert text_width("I1", 18) == (278 + 556) * 180 // 1000
    table = Table(headers=["ID", "Title", "Status"],
                  rows=[["I1", "A rather long title of an improvement initiative", "embedded"]])
    widths = column_widths(table, 9000)
    assert sum(widths) == 9000
    # ID and Status only need their longest word; the title takes the rest of the page
    assert widths[0] == text_width("ID", 18, bold=True) + PAD_TWIPS
    assert widths[2] == text_width("embedded", 18) + PAD_TWIPS
    assert widths[1] == 9000 - widths[0] - widths[2]
    # a page too narrow for every word shrinks all columns alike
    assert sum(column_widths(table, 1000)) == 1000


def test_word_tables_too_wide_go_smaller_then_landscape() -> None:
    from ohtrack.playbooks import Table
    from ohtrack.playbooks.docx_tables import layout, tokens

    # a date is one token: a line may break at spaces, never inside 1-3-2022
    assert tokens("1-3-2022 – 31-12-2023") == ["1-3-2022", "–", "31-12-2023"]
    assert tokens("zelf-organisatie") == ["zelf-", "organisatie"]
    narrow = Table(["A"], [["word"]])
    assert layout(narrow, 9000, 13000).landscape is False
    wide = Table([f"Kolom{i}" for i in range(12)], [["Verbeterprogramma"] * 12])
    lay = layout(wide, 9000, 24000)
    assert lay.landscape is True and sum(lay.widths) == 24000
