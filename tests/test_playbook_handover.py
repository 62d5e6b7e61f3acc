"""The draaiboek as a hand-over document: A4 Word, PDF, summary from the data, privacy."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from ohtrack.domain import Event, Initiative, Person, Programme, ProgrammeInfo, Unit
from ohtrack.domain.initiatives import Status
from ohtrack.playbooks import playbook, render, to_docx, to_pdf
from tests.conftest import libreoffice

AS_OF = dt.date(2024, 6, 1)


def _programme(name: str, *, overdue: bool) -> Programme:
    units = [Unit(id="A", name="Afdeling A"), Unit(id="B", name="Afdeling B")]
    people = [Person(id="P1", name="Anna de Vries", unit="A", role="teamleider"),
              Person(id="P2", name="Bram Bakker", unit="B", role="werknemer garantiebaan"),
              Person(id="P3", name="Chris Claes", unit="B", role="module-kandidaat (PW)")]
    end = dt.date(2024, 1, 31) if overdue else dt.date(2025, 1, 31)
    inits = [Initiative(id="I1", title="Dagstart", unit="A", owner="P1", status=Status.ACTIVE,
                        practices=["Leiderschap"], start=dt.date(2023, 1, 1), end=end,
                        participants=["P1", "P2"], description="Elke ochtend tien minuten."),
             Initiative(id="I2", title="Werkoverleg", unit="B", owner="P2", status=Status.EMBEDDED,
                        start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31), participants=["P2", "P3"])]
    events = [Event(id="E1", title="Intervisie", type="intervision", date=dt.date(2024, 3, 1),
                    attendees=["P1", "P2", "P3"], facilitator="P3")]
    return Programme(info=ProgrammeInfo(name=name, language="nl"), units=units, people=people,
                     initiatives=inits, events=events)


def _text(book: object) -> str:
    from ohtrack.playbooks import to_markdown

    return to_markdown(book)  # type: ignore[arg-type]


def test_word_pages_are_a4_with_page_numbers_and_properties() -> None:
    import docx

    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF)
    doc = docx.Document(io.BytesIO(to_docx(book)))
    for s in doc.sections:
        short, long = sorted((s.page_width.mm, s.page_height.mm))
        assert (round(short), round(long)) == (210, 297)
    assert doc.core_properties.title == "Draaiboek: Proef"
    assert doc.core_properties.language == "nl-NL"
    assert 'w:instr="PAGE"' in doc.sections[0].footer.paragraphs[0]._p.xml
    from ohtrack.playbooks import Table
    from ohtrack.playbooks.docx_tables import layout, table_xml

    table = Table(["Datum"], [["1-3-2022"]])
    xml = table_xml(table, layout(table, 9000, None), None)
    assert xml.count("<w:noBreakHyphen/>") == 2  # a date in a table keeps its hyphens together
    assert zipfile.ZipFile(io.BytesIO(to_docx(book))).testzip() is None


def test_protected_roles_are_never_named_by_default() -> None:
    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF)
    text = _text(book)
    assert "Anna de Vries" in text  # a team leader is named
    assert "Bram Bakker" not in text and "Chris Claes" not in text
    assert "beschermde rol" in text  # the privacy appendix says so


def test_the_privacy_appendix_lists_the_default_roles_in_the_documents_language() -> None:
    dutch = _text(playbook(_programme("Proef", overdue=True), as_of=AS_OF))
    english = _text(playbook(_programme("Proef", overdue=True), as_of=AS_OF, lang="en"))
    roles_nl = next(line for line in dutch.splitlines() if "Beschermde rollen" in line)
    roles_en = next(line for line in english.splitlines() if "Protected roles" in line)
    assert "kandidaat, werknemer, deelnemer, cliënt, leerling, stagiair" in roles_nl
    assert "candidate, employee, participant, client, pupil, trainee, intern" in roles_en
    for word in ("candidate", "employee", "participant", "pupil", "trainee", "intern"):
        assert word not in roles_nl
    for word in ("kandidaat", "werknemer", "leerling"):
        assert word not in roles_en


def test_pseudonymise_generalises_small_role_unit_combinations() -> None:
    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF, pseudonymise=True)
    text = _text(book)
    for word in ("Anna", "Bram", "Chris", "teamleider", "garantiebaan"):
        assert word not in text
    assert "rol niet getoond" in text


def test_summary_and_next_steps_come_from_the_data() -> None:
    late = playbook(_programme("Proef", overdue=True), as_of=AS_OF)
    fine = playbook(_programme("Proef", overdue=False), as_of=AS_OF)
    assert late.ids[0] == "summary" and "next_steps" in late.ids
    summary_late = _text(late).split("## Mission")[0]
    assert "over de einddatum: ‘Dagstart’" in summary_late
    assert "over de einddatum: ‘Dagstart’" not in _text(fine)
    steps = late.section("next_steps")
    assert any("Dagstart: 122 dagen over de einddatum" in str(b) for b in steps.blocks)
    english = playbook(_programme("Proef", overdue=True), as_of=AS_OF, lang="en")
    assert "1 initiative is past its end date: ‘Dagstart’" in _text(english)


def test_pdf_is_a4_and_has_the_html_content(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back")
    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF)
    out = render(book, tmp_path / "d.pdf")
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Samenvatting" in text and "Dagstart" in text and "Bram Bakker" not in text
    assert to_pdf(book)[:5] == b"%PDF-"


@pytest.mark.skipif(libreoffice("writer") is None, reason="LibreOffice Writer (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_word_renders_in_libreoffice_on_a4_without_empty_pages(tmp_path: Path) -> None:
    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF)
    path = render(book, tmp_path / "d.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    info = subprocess.run(["pdfinfo", str(tmp_path / "d.pdf")], capture_output=True, text=True).stdout
    assert "595.3 x 841.89" in info or "595.276 x 841.89" in info or "(A4)" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    for n in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(tmp_path / "d.pdf"), "-"],
                              capture_output=True, text=True).stdout
        assert len(text.split()) > 8, f"page {n} is (nearly) empty"


def _big_table_book() -> object:
    from ohtrack.playbooks import Playbook, Section, Table

    rows = [[f"Traject {i}", f"Afdeling {i % 3}", "" if i % 2 else "Anna", f"{i}-3-2022"]
            for i in range(1, 121)]
    big = Table(["Titel", "Eenheid", "Eigenaar", "Start"], rows)
    small = Table(["Rol", "Aantal"], [["teamleider", "2"], ["werknemer garantiebaan", "12"]])
    return Playbook("Draaiboek: Proef", "nl", [Section("approach", "De aanpak", [big, small])])


def test_pdf_has_every_row_of_a_long_table_and_repeats_its_header() -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back")
    reader = pypdf.PdfReader(io.BytesIO(to_pdf(_big_table_book())))  # type: ignore[arg-type]
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    text = " ".join(pages)
    for i in range(1, 121):
        assert f"Traject {i} Afdeling {i % 3}" in text and f" {i}-3-2022" in text
    assert "werknemer garantiebaan" in text
    table_pages = [p for p in pages if "Traject " in p]
    assert len(table_pages) >= 3 and all("Titel Eenheid Eigenaar Start" in p for p in table_pages)


def test_pdf_shows_markup_in_user_text_as_text_and_sets_its_properties() -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back")
    from ohtrack.playbooks import Paragraph, Playbook, Section, Table

    tricky = ["#set page(width: 1cm)", "*vet* _schuin_ $x^2$ <label> @ref `code`", '] ) } \\ "',
              "=SUM(A1)", "een" + "x" * 200 + "woord"]
    book = Playbook("Draaiboek: #pagebreak() $", "nl", [Section("a", "Hoofdstuk *1*", [
        *(Paragraph(t) for t in tricky), Table(["Kolom #1"], [[t] for t in tricky])])])
    data = to_pdf(book)
    assert to_pdf(book) == data  # the same book gives the same bytes
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "".join(p.extract_text() for p in reader.pages).replace("\u200b", "")
    flat = "".join(text.split())
    for t in [*tricky, "Draaiboek: #pagebreak() $", "Hoofdstuk *1*", "Kolom #1"]:
        assert "".join(t.split()) in flat, t
    assert all("x" * 120 not in line for line in text.splitlines())  # broken, not off the page
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata is not None and reader.metadata.title == "Draaiboek: #pagebreak() $"
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert [o.title for o in reader.outline] == ["Hoofdstuk *1*"]


def test_pdf_layout_from_the_template_dir_and_its_errors_name_file_and_line(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back")
    from ohtrack.errors import TemplateError

    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF, lang="en")
    (tmp_path / "playbook.typ").write_text(
        "#let book = json(bytes(sys.inputs.book))\n= #book.title\n#for s in book.sections [\n"
        "  == #s.title\n]\n", encoding="utf-8")
    text = pypdf.PdfReader(io.BytesIO(to_pdf(book, tmp_path))).pages[0].extract_text()
    assert "Playbook: Proef" in text and "Summary" in text and "page 1" not in text
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "playbook.typ").write_text("#let book = json(bytes(sys.inputs.book))\n\n"
                                                  "#book.no_such_field\n", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        to_pdf(book, tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path / 'en' / 'playbook.typ'}: line 3: ")
    assert "no_such_field" in message


def test_a_chapter_title_and_its_date_line_stay_with_what_follows() -> None:
    import docx

    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF)
    doc = docx.Document(io.BytesIO(to_docx(book)))
    paragraphs = doc.paragraphs
    for section in book.sections:
        if section.note is None:
            continue
        at = next(i for i, p in enumerate(paragraphs)
                  if p.text == section.title and p.style.name == "Heading 1")
        note = paragraphs[at + 1]
        assert note.text == section.note
        assert paragraphs[at].style.paragraph_format.keep_with_next  # Heading 1 keeps with next
        assert note.paragraph_format.keep_with_next
    from ohtrack.playbooks import to_html

    html = to_html(book)
    assert '<p class="note as-of">Stand per 1 juni 2024' in html
    assert "h2, h3, .as-of { break-after: avoid; }" in html  # the print and PDF rule


def test_the_appendix_says_how_each_network_finding_was_found() -> None:
    import ohtrack
    from ohtrack.playbooks.document import BulletList, Heading, Section
    from tests.conftest import SAMPLES

    book = playbook(ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx"), lang="en",
                    as_of=dt.date(2026, 12, 2))
    people = next(s for s in book.sections if s.id == "people")
    appendix = next(s for s in book.sections if s.id == "appendix")

    def bullets_after(section: Section, title: str) -> list[str]:
        blocks = section.blocks
        at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
        found = blocks[at + 1]
        assert isinstance(found, BulletList)
        return [item.text for item in found.items]

    shown = bullets_after(people, "The network")
    how = bullets_after(appendix, "How the findings about the network were found")
    assert len(how) == len(shown) > 0
    for finding, line in zip(shown, how):
        assert line.startswith(f"{finding}: ")  # the same finding, then its method and numbers
    body = " ".join(shown)
    assert "betweenness" not in body and "Louvain" not in body  # methods only in the appendix
    assert any("betweenness" in line for line in how)


def test_the_playbook_never_changes_the_programme_it_describes() -> None:
    programme = _programme("Proef", overdue=True)
    named = programme.initiatives[0].model_copy(update={"owner": "Anna de Vries",
                                                         "participants": ["Bram Bakker"]})
    programme.initiatives[0] = named  # people written by name: the playbook resolves them in its copy
    before = programme.model_dump()
    for pseudonymise in (False, True):
        book = playbook(programme, as_of=AS_OF, pseudonymise=pseudonymise)
        assert "Bram Bakker" not in _text(book)
    assert programme.model_dump() == before
    first = programme.initiatives[0]
    assert first.owner == "Anna de Vries" and first.participants == ["Bram Bakker"]


def test_pdf_prints_a_very_long_table_a_line_a_row() -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back")
    from ohtrack.playbooks import Playbook, Section, Table
    from ohtrack.playbooks.render_pdf import COMPACT_ROWS, document_data

    rows = [[f"Traject {i}", f"Afdeling {i % 3}", "" if i % 2 else "Anna", f"{i % 28 + 1}-3-2022"]
            for i in range(1, COMPACT_ROWS + 2)]
    book = Playbook("Draaiboek: Proef", "nl", [Section("approach", "De aanpak", [
        Table(["Titel", "Eenheid", "Eigenaar", "Start"], rows, caption="Alle trajecten")])])
    (block,) = document_data(book)["sections"][0]["blocks"]
    assert block["kind"] == "Rows" and len(block["lines"]) == COMPACT_ROWS + 1
    # the first cell in bold, then "header: value" for each filled cell (an empty one left out)
    assert block["lines"][0] == ["Traject 1", " · Eenheid: Afdeling 1 · Start: 2-3-2022"]
    assert block["lines"][1] == ["Traject 2", " · Eenheid: Afdeling 2 · Eigenaar: Anna · Start: 3-3-2022"]
    text = " ".join(" ".join(p.extract_text().split())
                    for p in pypdf.PdfReader(io.BytesIO(to_pdf(book))).pages)
    assert "Alle trajecten" in text
    for i in (1, 150, COMPACT_ROWS + 1):
        assert f"Traject {i} · Eenheid: Afdeling {i % 3}" in text


def test_a_pdf_beyond_the_memory_budget_is_one_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ohtrack.errors import OutputError
    from ohtrack_cli.main import cli

    book = playbook(_programme("Proef", overdue=True), as_of=AS_OF, lang="en")
    monkeypatch.setenv("OHTRACK_MAX_MEMORY", "1M")
    with pytest.raises(OutputError, match=r"the PDF of this playbook would take about \d+ MB to "
                                          r"typeset, more than the memory budget of 1 MB"):
        to_pdf(book)
    from tests.conftest import SAMPLES

    workbook = SAMPLES / "staal-osf2-verbeterteam.xlsx"
    result = CliRunner().invoke(cli, ["playbook", str(workbook), "-o", str(tmp_path / "d.pdf")])
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert "geheugenbudget van 1 MB" in result.stderr and not (tmp_path / "d.pdf").exists()
    monkeypatch.setenv("OHTRACK_MAX_MEMORY", "4G")
    assert to_pdf(book)[:5] == b"%PDF-"


def _open(book: object) -> list[str]:
    """The bullets under the summary's "what is open"."""
    text = _text(book)
    part = text.split("### Wat openstaat", 1)[1] if "### Wat openstaat" in text else \
        text.split("### What is open", 1)[1]
    part = part.split("\n##", 1)[0]
    return [line[2:] for line in part.splitlines() if line.startswith("- ")]


def test_what_is_open_says_only_what_was_looked_at() -> None:
    """Gaps on the model can only be told of initiatives on it: with none, it says so."""
    p = _programme("Proef", overdue=False)
    p.initiatives[0].practices = []
    assert _open(playbook(p, as_of=AS_OF)) == [
        "Nog geen verbetertraject staat op het model: welke uitkomsten niemand oppakt, is nog "
        "niet te zeggen."]
    p = _programme("Proef", overdue=False)  # I1 on the model, I2 not
    p.initiatives[0].outcomes = ["leadership"]
    points = _open(playbook(p, as_of=AS_OF, lang="en"))
    assert points[-1] == "1 initiative is not on the model yet: ‘Werkoverleg’."
    assert points[0].startswith("No initiative works on ")


def test_nothing_open_claims_full_coverage_only_when_it_holds() -> None:
    from ohtrack.frameworks import get

    fw = get("ohi-2011")
    p = _programme("Proef", overdue=False)
    outcomes = [o.id for o in fw.outcomes]
    p.initiatives[0].outcomes = outcomes[: len(outcomes) // 2]
    p.initiatives[1].outcomes = outcomes[len(outcomes) // 2:]
    p.initiatives[0].practices = []
    assert _open(playbook(p, as_of=AS_OF)) == [
        "Op de rapportdatum is niets over tijd of gemist. Aan elke uitkomst van het model werkt "
        "een verbetertraject."]
    # people alone: no initiative or indicator could be overdue or missed, so nothing is said
    network_only = Programme(info=ProgrammeInfo(name="Net", language="en"), people=p.people)
    text = _text(playbook(network_only, as_of=AS_OF))
    assert "### What is open" not in text and "Nothing is overdue" not in text
    assert "### Where we stand" in text


def test_summary_counts_are_written_as_the_language_writes_numbers() -> None:
    """1,104 planned in English, 1.104 gepland in Dutch; long titles clipped after a word."""
    long_title = "Open up access to anonymised data " * 6
    inits = [Initiative(id=f"I{i}", title=long_title + str(i), status=Status.PLANNED,
                        start=dt.date(2024, 1, 1)) for i in range(1104)]
    inits.append(Initiative(id="X", title="Lopend", status=Status.ACTIVE))
    p = Programme(info=ProgrammeInfo(name="Groot", language="nl"), initiatives=inits)
    points = [x.replace("\\.", ".") for x in _open(playbook(p, as_of=AS_OF, sections=["summary"]))]
    stand = _text(playbook(p, as_of=AS_OF, sections=["summary"])).replace("\\.", ".")  # "1\." escaped
    assert "1.105 verbetertrajecten: 1.104 gepland, 1 lopend." in stand
    english = _text(playbook(p, as_of=AS_OF, sections=["summary"], lang="en")).replace("\\,", ",")
    assert "1,105 initiatives: 1,104 planned, 1 active." in english
    late = next(x for x in points if "niet op de startdatum" in x)
    assert late.endswith("(+1.101).")
    first = late.split("‘")[1].split("’")[0]
    assert len(first) <= 80 and first.endswith("…") and first.startswith("Open up access")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_count_of_a_big_programme_is_written_bare(lang: str) -> None:
    """Every number of four digits or more that is not a year has its thousands mark."""
    import re

    from ohtrack.playbooks import to_markdown

    inits = [Initiative(id=f"I{i}", title=f"Actie {chr(65 + i % 26)}", status=Status.PLANNED,
                        outcomes=["direction"], start=dt.date(2020, 1, 1)) for i in range(1234)]
    p = Programme(info=ProgrammeInfo(name="Groot", language=lang), initiatives=inits)
    text = to_markdown(playbook(p, as_of=AS_OF)).replace("\\.", ".").replace("\\,", ",")
    text = re.sub(r"data:[^)\s]+", "", text)  # the figures' base64
    bare = [m.group() for m in re.finditer(r"(?<![\w.,\-/])\d{4,}(?![\w.,])", text)
            if not re.fullmatch(r"(19|20)\d\d", m.group())]
    assert bare == []
    assert ("1.234" if lang == "nl" else "1,234") in text


def test_a_chapters_data_date_covers_the_routines_and_tips_it_shows() -> None:
    """The next steps show routines and tips: their dates count, not only the initiatives'
    (the social firm's next steps said "runs to 31 March 2022" above a routine of 16 June)."""
    from ohtrack.domain import Lesson

    p = _programme("Proef", overdue=False)
    p.info.language = "en"
    p.lessons = [Lesson(id="L1", date=dt.date(2024, 5, 1), observation="Klein begonnen.",
                        tip="Begin klein.", initiative="I1")]
    book = playbook(p, as_of=AS_OF)
    notes = {s.id: s.note for s in book.sections}
    # the initiatives' dates: 1 Jan 2023 (a start), 31 Dec 2022, and 31 Jan 2025 (after the
    # report date: left out); the event was held on 1 March 2024; the lesson is of 1 May 2024
    assert notes["approach"] == "As of 1 June 2024; the data in this chapter runs to 1 January 2023."
    assert notes["embedding"] == "As of 1 June 2024; the data in this chapter runs to 1 March 2024."
    assert notes["next_steps"] == "As of 1 June 2024; the data in this chapter runs to 1 May 2024."


def test_next_steps_name_the_units_with_white_spots_when_every_outcome_is_covered() -> None:
    from ohtrack.frameworks import get

    outcomes = [o.id for o in get("ohi-2011").outcomes]
    p = _programme("Proef", overdue=False)
    p.info.language = "en"
    p.initiatives[0].outcomes = outcomes  # unit A: every outcome
    p.initiatives[0].practices = []
    p.initiatives[1].outcomes = outcomes[:2]  # unit B: two of nine
    steps = playbook(p, as_of=AS_OF).section("next_steps")
    text = [str(getattr(b, "text", "")) for b in steps.blocks] + [
        i.text for b in steps.blocks for i in getattr(b, "items", [])]
    assert "Every outcome of the model has an initiative, but not in every unit. The units with " \
           "the most white spots:" in text
    assert "Afdeling B: 7 of the 9 outcomes without an initiative" in text
    assert not any("Every outcome has an initiative; some units" in x for x in text)
