"""Every export is valid for any text (issue 15.3).

Names, titles and descriptions hold any text at all (NUL and the other controls, ``_x0000_``
escapes, separators, bidirectional marks, lone surrogates, very long text). Every export is
written and parsed back by a reader of its format, and the text comes back as it was or with
what the format can't hold shown as U+FFFD (``ohtrack.text.safe_text``), never lost silently.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import load_workbook

import ohtrack
from ohtrack.domain import Programme
from ohtrack.domain.initiatives import Initiative
from ohtrack.domain.people import Person, Relation, Unit
from ohtrack.domain.programme import ProgrammeInfo
from ohtrack.exports import export
from ohtrack.exports.network import safe_ids
from ohtrack.text import REPLACEMENT, safe_text, utf8_text
from ohtrack.workbook.excel import CELL_LIMIT, excel_text

#: Pieces that break formats, terminals or splitters.
PIECES = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1b[2J", "\x1b]0;pwned\x07", "\x7f",
          "\x85", "\x9b", "\r", "\r\n", "\n", "\t", " ", "\u00a0", "_x0000_", "_x001B_", "_x005F_",
          "_xD83D_", ";", "|", ",", "\u202e", "\u2066", "\u200f", "\u200e", "\u061c", "\ufeff",
          "\u200b", "\ufffe", "\uffff", "\ud800", "\udfff", "\u2028", "=", "=1+1", "+", "-", "@",
          "=HYPERLINK(\"http://x\")", "#N/A", "<b>", "&amp;", "]]>", "<!--", '"', "'", "\\", "é",
          "e\u0301", "😀", "P1", "..", "{}", "*", "[x](y)"]
#: Any text: pieces, arbitrary code points (lone surrogates included), or very long text.
hostile = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), min_size=1, max_size=10).map("".join),
    st.text(min_size=1, max_size=30),
    st.builds(lambda piece, n: piece * n, st.sampled_from(["ab\x00", "_x0041_", "é😀 ", "\u202e|"]),
              st.integers(8_000, 12_000)),
).filter(lambda s: s.strip())  # an empty name is no name: labels fall back to the ID
HOSTILE_EXAMPLES = ["Ann\x00\x01\x0b\x1b", "_x0000_", "=cmd|' /C calc'!A0", "@SUM(A1)", "-1", "+1",
                    "\x1b]0;pwned\x07\x1b[2J", "\u202eevil\u202c", "a\r\nb\rc", "x" * 40_000,
                    "\ud83d lone", "tab\there"]


def programme(text: str) -> Programme:
    """A small programme with ``text`` in every name, title and description."""
    return Programme(
        info=ProgrammeInfo(name=text, mission=text, organisation=text, language="en"),
        units=[Unit(id="U1", name=text), Unit(id="U2", name="Warm")],
        people=[Person(id="P1", name=text, unit="U1", role=text, tags=[text]),
                Person(id="P2", name="Bob", unit="U1"), Person(id="P3", name="Cas", unit="U2")],
        relations=[Relation(source="P1", target="P2", type=text), Relation(source="P2", target="P3")],
        initiatives=[Initiative(id="I1", title=text, unit="U1", outcomes=["Direction"], description=text,
                                participants=["P1", "P2"])],
    )


def strict_json(path: Path) -> Any:
    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    return json.loads(path.read_bytes().decode("utf-8"), parse_constant=refuse)


def strings(data: Any) -> list[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in [k, *strings(v)]]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return []


_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def as_excel_shows(stored: str) -> str:
    """What Excel shows for a text cell openpyxl reads back (it leaves ``_xHHHH_`` escaped)."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), stored)


def shown_in_a_cell(text: str) -> str:
    """What a cell holding ``text`` shows: ``safe_text``, cut to Excel's limit ending in ``…``."""
    return as_excel_shows(excel_text(text))


def squash(text: str) -> str:
    """Text without whitespace: documents break lines where they like."""
    return "".join(text.split())


def check_xlsx(path: Path, text: str) -> set[str]:
    """Parse an xlsx back (openpyxl, and python-calamine as Excel reads it); no formula in it;
    every text that starts like a formula marked as text. Returns the texts Excel shows."""
    from python_calamine import CalamineWorkbook

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                etree.fromstring(z.read(name))  # well-formed XML
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
    wb = load_workbook(path)
    shown: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str):
                    shown.add(as_excel_shows(cell.value))
                    if cell.value.startswith(("=", "+", "-", "@")):
                        assert cell.quotePrefix, cell.coordinate
    calamine = CalamineWorkbook.from_path(str(path))
    seen = {v for name in calamine.sheet_names for row in calamine.get_sheet_by_name(name).to_python()
            for v in row if isinstance(v, str) and v}
    assert seen <= shown | {""}
    assert shown_in_a_cell(text) in seen or not squash(shown_in_a_cell(text))
    return shown


def check_graphs(net: ohtrack.Network, folder: Path, text: str) -> None:
    """GraphML and GEXF parsed by lxml and by networkx; node-link JSON strictly."""
    want = safe_text(text)
    for suffix, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        path = export(net, folder / f"n{suffix}")
        etree.parse(str(path))
        g = read(path)
        assert g.nodes["P1"]["label"] == want
        assert g.nodes["P1"]["role"] == want and g.nodes["P1"]["unit_name"] == want
        assert g.nodes["P1"]["tags"] == want
        assert g.edges["P1", "P2"]["types"] == want
    data = strict_json(export(net, folder / "n.json"))
    node = next(n for n in data["nodes"] if n["id"] == "P1")
    assert node["label"] == want
    kumu = check_xlsx(export(net, folder / "kumu.xlsx"), text)
    assert shown_in_a_cell(text) in kumu or not squash(shown_in_a_cell(text))


def check_documents(book: ohtrack.Playbook, folder: Path, text: str) -> None:
    """The playbook as Word (python-docx), HTML (lxml), Markdown and PDF (pypdf): each holds
    the text."""
    import docx
    import lxml.html

    want = squash(safe_text(text))
    doc = docx.Document(str(export(book, folder / "p.docx")))
    body = "".join(p.text for p in doc.paragraphs)
    body += "".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert want in squash(body)
    title = doc.core_properties.title
    assert len(title) <= 255 and squash(title.removesuffix("…")) in squash(book.title)
    html = export(book, folder / "p.html").read_bytes().decode("utf-8")
    assert want in squash(lxml.html.fromstring(html).text_content())
    md = export(book, folder / "p.md").read_bytes().decode("utf-8")
    assert safe_text(md) == md.replace("\r\n", "\n")
    import pypdf

    pdf = pypdf.PdfReader(str(export(book, folder / "p.pdf")))  # typeset as data, never as markup
    assert len(pdf.pages) >= 2
    # the text read back where pypdf does it quickly (it takes seconds a page of 40,000
    # characters) and the script's fonts and reading order don't decide what comes back
    if len(want) < 300 and want.isascii() and want.isprintable():
        printed = squash("".join(page.extract_text() for page in pdf.pages).replace("\u200b", ""))
        assert want in printed


#: Figures in the playbook say so when a font has no glyph for a character: not our concern here.
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

settings_exports = settings(max_examples=40, deadline=None,
                            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@settings_exports
@given(text=hostile)
@example(text="Ann\x00\x01\x0b\x1b")
@example(text="_x0000_ and _x005F_x0041_")
@example(text="=HYPERLINK(\"http://evil\",\"klik\")")
@example(text="x" * 40_000)
@example(text="\ud800\udfff lone surrogates")
def test_graph_and_map_exports_hold_any_text(text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("exports")
    p = programme(text)
    check_graphs(ohtrack.network(p), folder, text)
    mm = ohtrack.model_map(p)
    shown = check_xlsx(export(mm, folder / "map.xlsx"), text)
    assert shown_in_a_cell(text) in shown or not squash(shown_in_a_cell(text))
    data = strict_json(export(mm, folder / "map.json"))
    assert utf8_text(text) in strings(data)  # JSON holds every character but lone surrogates
    for name, result in (("map.png", mm), ("net.png", ohtrack.network(p))):
        from PIL import Image

        with Image.open(export(result, folder / name)) as image:  # figures draw any text too
            image.verify()


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=hostile)
@example(text="Ann\x00\x01\x0b\x1b")
@example(text="\u202eevil\u202c <script>alert(1)</script>")
@example(text="x" * 40_000)
def test_the_playbook_holds_any_text(text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("playbook")
    check_documents(ohtrack.playbook(programme(text)), folder, text)


@pytest.mark.parametrize("text", HOSTILE_EXAMPLES)
def test_every_json_of_a_result_is_strict_and_keeps_the_text(text: str, tmp_path: Path) -> None:
    p = programme(text)
    for name, result in {"net": ohtrack.network(p), "map": ohtrack.model_map(p),
                         "indicators": ohtrack.indicators(p)}.items():
        data = strict_json(export(result, tmp_path / f"{name}.json", fmt="dict"))
        assert utf8_text(text) in strings(data), name


# --- the rule itself, worked out by hand ------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Ann\x00", f"Ann{REPLACEMENT}"),
    ("a\x01\x0b\x0c\x1bb", "a" + REPLACEMENT * 4 + "b"),
    ("a\r\nb\rc\nd", "a\nb\nc\nd"),
    ("tab\tkept", "tab\tkept"),
    ("\ufffe\uffff", REPLACEMENT * 2),
    ("\ud800x", f"{REPLACEMENT}x"),
    ("\x7f\x85\u202e\u200f😀é", "\x7f\x85\u202e\u200f😀é"),  # XML holds these: kept
    ("", ""),
])
def test_safe_text(text: str, want: str) -> None:
    assert safe_text(text) == want
    assert safe_text(want) == want


@pytest.mark.parametrize(("text", "stored"), [
    ("_x0000_", "_x005F_x0000_"),
    ("a_x001b_b _X0041_", "a_x005F_x001b_b _X0041_"),  # Excel's escape is lower-case x
    ("Ann\x00", f"Ann{REPLACEMENT}"),
    ("=1+1", "=1+1"),
])
def test_excel_text(text: str, stored: str) -> None:
    assert excel_text(text) == stored


def test_text_beyond_a_cell_is_cut_visibly() -> None:
    out = excel_text("ab" * 20_000)
    assert len(out) == CELL_LIMIT and out.endswith("…") and out.startswith("abab")


def test_a_formula_in_a_name_stays_text(tmp_path: Path) -> None:
    p = programme("=HYPERLINK(\"http://evil\")")
    path = export(ohtrack.model_map(p), tmp_path / "map.xlsx")
    wb = load_workbook(path)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if c.value == "=HYPERLINK(\"http://evil\")"]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_ids_stay_one_to_one_after_the_change() -> None:
    assert safe_ids(["P\x00", "P\x01", "P\ufffd", "Q"]) == {
        "P\ufffd": "P\ufffd", "Q": "Q", "P\x00": "P\ufffd (2)", "P\x01": "P\ufffd (3)"}


def test_ids_with_control_characters_in_the_graph_exports(tmp_path: Path) -> None:
    p = Programme(info=ProgrammeInfo(name="ids", language="en"),
                  people=[Person(id="P\x00", name="Ann"), Person(id="P\x01", name="Ann"),
                          Person(id="Q", name="Bo")],
                  relations=[Relation(source="P\x00", target="Q"), Relation(source="P\x01", target="Q")])
    net = ohtrack.network(p)
    g = nx.read_graphml(export(net, tmp_path / "n.graphml"))
    assert sorted(g.nodes) == ["P\ufffd", "P\ufffd (2)", "Q"] and g.number_of_edges() == 2
    assert sorted(nx.read_gexf(export(net, tmp_path / "n.gexf")).nodes) == sorted(g.nodes)
    wb = load_workbook(export(net, tmp_path / "k.xlsx"))
    labels = [r[0] for r in wb["Elements"].iter_rows(min_row=2, values_only=True)]
    assert sorted(labels) == ["Ann (P\ufffd (2))", "Ann (P\ufffd)", "Bo"]  # Kumu links by label
    assert len({r[0] for r in wb["Connections"].iter_rows(min_row=2, values_only=True)}) == 2


#: Control characters as an Excel file holds them: calamine reads ``_x001B_`` as ESC.
ESCAPED = "_x001B_]0;pwned_x0007__x001B_[2J_x0000_"


def hostile_survey(path: Path) -> Path:
    """Two teams of 5 whose names and wave hold control characters (as Excel escapes them)."""
    from tests.conftest import write_workbook

    rows: list[list[Any]] = [["Respondent", "Eenheid", "Meting", "V1", "V2"]]
    for i in range(10):
        rows.append([f"R{i + 1}", "T1" if i < 5 else "T2", f"W{ESCAPED}1", 1 + i % 5, 5 - i % 5])
    return write_workbook(path, {
        "Antwoorden": rows,
        "Vragen": [["Item", "Tekst", "Uitkomst", "Praktijk", "Omgekeerd", "Min", "Max"],
                   ["V1", f"Vraag {ESCAPED}", "Richting", None, "nee", 1, 5],
                   ["V2", "Tweede vraag", "Richting", None, "nee", 1, 5]],
        "Eenheden": [["ID", "Naam", "Bovenliggend"], ["S", f"Sectie {ESCAPED}", None],
                     ["T1", f"Team {ESCAPED}1", "S"], ["T2", "Team 2", "S"]]})


def test_a_survey_workbook_with_control_characters_in_wave_and_unit(tmp_path: Path) -> None:
    survey = ohtrack.load_survey(hostile_survey(tmp_path / "s.xlsx"))
    report = ohtrack.survey(survey, min_group=5, lang="nl")
    bad = "\x1b]0;pwned\x07\x1b[2J\x00"
    shown = check_xlsx(export(report, tmp_path / "out.xlsx"), f"Team {bad}1")
    assert f"Sectie {safe_text(bad)}" in shown
    titles = load_workbook(tmp_path / "out.xlsx").sheetnames
    # a sheet title has no [ or ]
    assert titles[0] == f"Heatmap W{REPLACEMENT} 0;pwned{REPLACEMENT * 2} 2J{REPLACEMENT}1"
    data = strict_json(export(report, tmp_path / "out.json"))
    assert f"Team {bad}1" in strings(data)  # JSON holds control characters, escaped


def test_survey_sheet_titles_hold_what_xml_can_hold() -> None:
    from ohtrack.exports.survey_xlsx import _title

    taken: set[str] = set()
    assert _title("Heatmap W\x001", taken) == f"Heatmap W{REPLACEMENT}1"
    assert _title("Heatmap W\x001", taken) == f"Heatmap W{REPLACEMENT}1 (2)"
