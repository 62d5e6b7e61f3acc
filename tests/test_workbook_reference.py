"""docs/workbook.md is the contract, rendered: in sync, complete, and generated from data."""

from __future__ import annotations

import dataclasses

import pytest
from markdown_it import MarkdownIt

from ohtrack.errors import WorkbookError
from ohtrack.surveys import contract as survey_contract
from ohtrack.surveys.reader import read_survey
from ohtrack.workbook import reference
from ohtrack.workbook.contract import VOCABULARIES, Column, Sheet
from ohtrack.workbook.contract import sheets as contract_sheets
from tests.conftest import NOT_A_SURVEY, ROOT

PAGE = ROOT / "docs" / "workbook.md"
REGENERATE = "python -m ohtrack.workbook.reference > docs/workbook.md"


def test_docs_workbook_md_is_up_to_date() -> None:
    made = reference.markdown()
    on_disk = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    assert on_disk == made, f"docs/workbook.md is out of date with the contract; regenerate it: {REGENERATE}"


def _rows(page: str) -> list[list[str]]:
    """The body rows of every table on the page, as the text of their cells."""
    tokens = MarkdownIt().enable("table").parse(page)
    rows: list[list[str]] = []
    row: list[str] | None = None
    in_body = False
    for tok in tokens:
        if tok.type == "tbody_open":
            in_body = True
        elif tok.type == "tbody_close":
            in_body = False
        elif in_body and tok.type == "tr_open":
            row = []
        elif in_body and tok.type == "inline" and row is not None:
            row.append(tok.content)
        elif in_body and tok.type == "tr_close" and row is not None:
            rows.append(row)
            row = None
    return rows


def test_every_sheet_column_alias_and_word_is_on_the_page() -> None:
    page = reference.markdown()
    sections = [part.split("\n## ")[0] for part in page.split("\n### ")[1:] if not part.startswith("`")]
    sheets = (*contract_sheets(), *survey_contract.SHEETS)
    assert len(sections) == len(sheets)
    for sheet, section in zip(sheets, sections):  # in contract order
        assert section.startswith(f"{sheet.en} / {sheet.nl}" if sheet.en != sheet.nl else sheet.en)
        assert all(f"`{name}`" in section for name in (sheet.en, sheet.nl, *sheet.aliases))
        rows = _rows(section)
        assert [(r[0], r[1]) for r in rows] == [(f"**{c.en}**", f"**{c.nl}**") for c in sheet.columns]
        for col, row in zip(sheet.columns, rows):
            assert all(f"`{alias}`" in row[2] for alias in col.aliases)
            assert row[3].startswith(f"`{col.kind}`")
            assert (row[4] == "yes · ja") == col.required
            assert row[8] and row[9] and row[8] != row[9]  # help in English and in Dutch
    vocab_rows = {r[0].strip("`") for r in _rows(page) if len(r) == 4 and r[0].startswith("`")}
    for vocab, codes in VOCABULARIES.items():
        assert f"### `{vocab}`" in page
        assert set(codes) <= vocab_rows
        for words in codes.values():
            assert all(w in page for w in words)


def test_help_is_there_in_both_languages() -> None:
    rows: dict[tuple[str, str], list[str]] = {}
    for r in _rows(reference.markdown()):
        if len(r) == 10:
            rows.setdefault((r[0], r[1]), r)  # the first: Units' Parent comes before Goals'
    units_parent = rows[("**Parent**", "**Bovenliggend**")]
    assert units_parent[5] == "Units / Eenheden"
    assert units_parent[8] == "ID of the unit above."
    assert units_parent[9] == "ID van de bovenliggende eenheid."
    tags = rows[("**Tags**", "**Tags**")]
    assert tags[8] == "Several values: separate them with ; or |."  # the | is escaped, not a cell
    assert tags[9] == "Meerdere waarden: scheid ze met ; of |."
    years = rows[("**baseline_year**", "**nulmeting_jaar**")]
    assert years[6] == "1900 – 2200"
    names = rows[("**Name**", "**Naam**")]  # the first: Units' Name; People's is personal
    assert names[7] == ""


def test_a_new_contract_entry_appears_without_touching_the_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = Sheet("enrolments", "Enrolments", "Inschrijvingen", aliases=("Enrollments",), columns=(
        Column("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        Column("started", "Started", "Begonnen", kind="date", aliases=("begin",)),
    ))
    monkeypatch.setattr(reference, "sheets", lambda: (*contract_sheets(), extra))
    page = reference.markdown()
    assert "### Enrolments / Inschrijvingen (optional · optioneel)" in page
    assert "`Enrolments`, `Inschrijvingen`, `Enrollments`" in page
    assert ("| **Started** | **Begonnen** | `begin` | `date` |  |  |  |  | A date: 2022-03-01 or 1-3-2022. | "
            "Een datum: 1-3-2022 of 2022-03-01. |") in page
    assert "| **Person** | **Persoon** |  | `id` | yes · ja | People / Personen |  |  |" in page


def test_a_new_kind_needs_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    odd = dataclasses.replace(contract_sheets()[-1], columns=(Column("x", "X", "X", kind="colour"),))
    monkeypatch.setattr(reference, "sheets", lambda: (*contract_sheets(), odd))
    with pytest.raises(KeyError, match=r"reference\.kind\.colour"):
        reference.markdown()


def test_documents_and_messages_point_to_docs_workbook_md() -> None:
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        assert "WORKBOOK.md" not in path.read_text(encoding="utf-8"), path
    assert "](docs/workbook.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    with pytest.raises(WorkbookError) as info:
        read_survey(NOT_A_SURVEY)
    assert str(info.value).endswith("see 'Survey files' in docs/workbook.md")
