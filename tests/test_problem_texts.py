"""Validation messages in Dutch and English: one catalogue, every code, every fixture."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.i18n.problems import TEXTS, render
from ohtrack.report import Problem, Report
from ohtrack_cli.main import cli
from tests.conftest import MINIMAL, ROOT
from tests.fixtures import make_fixtures as fx

DOC = ROOT / "docs" / "problem-codes.md"
WORKBOOK_SECTIONS = ("The file itself", "Sheets and columns", "Cells", "References and structure")
UNFILLED = re.compile(r"\{[a-z_]+(![rs])?\}")


def workbook_codes() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    codes = []
    for part in re.split(r"^## ", text, flags=re.M)[1:]:
        title = part.splitlines()[0].strip()
        if title in WORKBOOK_SECTIONS:
            codes += re.findall(r"^\| `([a-z0-9-]+)` \|", part, re.M)
    return codes


def test_doc_sections_found() -> None:
    codes = workbook_codes()
    assert len(codes) == 52
    assert {"unreadable-file", "merged-header", "invalid-date", "cycle"} <= set(codes)
    assert "not-a-number" in codes and "unknown-item" not in codes  # survey-only codes are not here


@pytest.mark.parametrize("code", workbook_codes())
def test_every_workbook_code_has_dutch_and_english(code: str) -> None:
    keys = [k for k in TEXTS if k == f"problems.{code}" or k.startswith(f"problems.{code}.")]
    assert keys, code
    for k in keys:
        assert set(TEXTS[k]) == {"en", "nl"}, k
        assert TEXTS[k]["en"] != TEXTS[k]["nl"], k
        # the same placeholders in both languages (a pair x_en/x_nl may fill {x})
        names = {lang: set(re.findall(r"\{([a-z_]+)", TEXTS[k][lang])) for lang in ("en", "nl")}
        assert {n.removesuffix("_en").removesuffix("_nl") for n in names["en"]} == {
            n.removesuffix("_en").removesuffix("_nl") for n in names["nl"]}, k


def _fixture_problems(tmp_path: Path) -> list[Problem]:
    problems: list[Problem] = []
    for name, make in fx.FIXTURES.items():
        folder = tmp_path / name
        folder.mkdir()
        problems += ohtrack.validate(make(folder)).problems
    return problems


def test_every_fixture_problem_in_both_languages(tmp_path: Path) -> None:
    problems = _fixture_problems(tmp_path)
    assert len(problems) == 48
    for p in problems:
        assert p.text("en") == p.message
        assert render(p.code, p.params, "en") == p.message, p
        nl = p.text("nl")
        assert nl and nl != p.message, p
        assert not UNFILLED.search(nl), nl
        assert json.loads(json.dumps(p.params)) == p.params  # plain JSON values


#: A workbook with the problems the known-bad fixtures don't have.
MORE_BAD = {
    "Programme": [["Field", "Value"], ["name", "More"], ["model", "nonsense"], ["language", "en"]],
    "Units": [["ID"], ["U1"]],
    "People": [["ID", "Name"], ["P1", "Ann"]],
    "Initiatives": [["ID", "Title", "Title", None], ["I1", "A", "B", "x"]],
    "Verbetertrajecten": [["ID", "Titel"], ["I9", "Z"]],
    "Groups": [["Group", "Type", "Person"], ["T1", "triad", "P1"], ["T1", "learning group", "P1"]],
    "Events": [["ID", "Group", "Status", "Attendees", "Initiative"], ["E1", "G9", "held", None, None],
               ["E2", None, "cancelled", "P1", None], ["E3", None, None, "P1; P1", "I9"]],
    "Measurements": [["Indicator", "Date", "Value"], ["X9", "2022-01-01", 3]],
    "Lessons": [["ID", "Shared with"], ["L1", "Nobody"]],
}


def test_the_other_codes_in_both_languages(make_workbook: Callable[..., Path]) -> None:
    report = ohtrack.validate(make_workbook(MORE_BAD))
    custom = ohtrack.validate(make_workbook({**MINIMAL, "Programme": [
        ["Field", "Value"], ["name", "Custom"], ["model", "custom"]]}, name="custom.xlsx"))
    problems = report.problems + custom.problems
    assert sorted({p.code for p in problems}) == [
        "attendance-at-cancelled", "conflicting-group-type", "duplicate-attendee", "duplicate-column",
        "duplicate-member", "duplicate-sheet", "missing-column", "missing-model-sheet", "no-attendees",
        "not-mapped", "unknown-group", "unknown-indicator", "unknown-initiative", "unknown-model",
        "unknown-person-or-unit", "unnamed-column"]
    for p in problems:
        assert render(p.code, p.params, "en") == p.message == p.text("en"), p
        nl = p.text("nl")
        assert nl and nl != p.message and not UNFILLED.search(nl), p
    nl = {p.code: p.text("nl") for p in problems}
    assert nl["missing-column"] == "verplichte kolom 'Naam' ('Name') ontbreekt in de kopregel"
    assert nl["duplicate-sheet"] == "een tweede blad Verbetertrajecten; bewaard als extra blad, niet gelezen"
    assert nl["conflicting-group-type"] == "groep T1 is hierboven een triad, hier een learning_group"
    assert nl["duplicate-attendee"] == "P1 staat twee keer bij de deelnemers van bijeenkomst E3"
    assert nl["unknown-person-or-unit"] == "geen persoon, eenheid of groep met ID of naam 'Nobody'"


def test_exact_dutch_messages(tmp_path: Path) -> None:
    report = ohtrack.validate(fx.make_known_bad(tmp_path))
    nl = {(p.cell, p.code): p.text("nl") for p in report.problems}
    assert nl["Initiatives!K3", "unknown-person"] == "geen persoon met ID of naam 'P8'"
    assert nl["Initiatives!I3", "invalid-date"] == "Start: deze datum bestaat niet: '31-2-2022'"
    assert nl["Eenheden!A6", "duplicate-id"] == "eenheid-ID 12 komt twee keer voor (eerst in Eenheden!A5)"
    assert nl["Eenheden!C2", "cycle"] == "de boom van eenheden heeft een kring: U1 → U2 → U1"
    assert nl["Programma!B4", "not-an-integer"] == (
        "nulmeting_jaar: verwacht een geheel getal, maar vond 'twenty'")
    assert nl["Programma!B6", "years-out-of-order"] == "ambitie_jaar (2022) ligt vóór impuls_jaar (2024)"
    assert nl["Initiatives!B3", "missing-value"] == "Titel is verplicht"
    assert nl["Initiatives!C3", "unknown-unit"] == "geen eenheid met ID of naam 'U9'"


def test_unreadable_file_in_dutch(tmp_path: Path) -> None:
    path = fx.make_password_protected(tmp_path)
    [p] = ohtrack.validate(path).problems
    assert p.params["variant"] == "password"
    assert p.text("nl") == (f"{path}: de werkmap is met een wachtwoord beveiligd; haal het "
                            "wachtwoord weg en sla opnieuw op")
    result = CliRunner().invoke(cli, ["validate", "--lang", "nl", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Fout: {p.text('nl')}\n"


def test_problems_made_elsewhere_keep_their_message() -> None:
    survey = Problem(code="unknown-unit", message="unit 'X' is not on the Units sheet")
    assert survey.text("nl") == survey.message
    assert Problem(code="no-such-code", message="as is").text("nl") == "as is"
    assert Problem(code="negative-weight", message="weight is negative").text("nl") == "gewicht is negatief"


def test_to_dict_keeps_keys_and_english_by_default(tmp_path: Path) -> None:
    report = ohtrack.validate(fx.make_known_bad(tmp_path))
    en, nl = report.to_dict(), report.to_dict(lang="nl")
    assert en["problems"][0]["message"] == "baseline_year: expected a whole number, got 'twenty'"
    assert nl["problems"][0]["message"] == "nulmeting_jaar: verwacht een geheel getal, maar vond 'twenty'"
    assert [set(p) for p in nl["problems"]] == [set(p) for p in en["problems"]]
    assert isinstance(Report.model_validate(en), Report)


def test_cli_lang_nl_verdict_and_table(tmp_path: Path) -> None:
    path = fx.make_known_bad(tmp_path)
    result = CliRunner().invoke(cli, ["validate", "--lang", "nl", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}: niet geldig (29 fouten, 4 waarschuwingen)"
    assert lines[1].split() == ["plaats", "ernst", "code", "melding"]
    assert lines[3].split() == ["Programma!B4", "fout", "not-an-integer", "nulmeting_jaar:", "verwacht",
                                "een", "geheel", "getal,", "maar", "vond", "'twenty'"]
    assert "waarschuwing" in lines[4].split()


def test_cli_json_in_the_workbooks_language_unless_lang_given(tmp_path: Path) -> None:
    path = fx.make_known_bad(tmp_path)
    default = json.loads(CliRunner().invoke(cli, ["validate", "--json", str(path)]).stdout)
    english = json.loads(CliRunner().invoke(cli, ["validate", "--json", "--lang", "en", str(path)]).stdout)
    assert english["problems"][2]["message"] == "unit tree has a cycle: U1 → U2 → U1"
    assert default["problems"][2]["message"] == "de boom van eenheden heeft een kring: U1 → U2 → U1"
    assert default["stats"]["language"] == "nl"


@pytest.mark.parametrize(("setting", "verdict"), [
    (["taal", "nl"], "niet geldig (1 fout, 0 waarschuwingen)"),
    (["language", "en"], "not valid (1 error, 0 warnings)"),
    (None, "niet geldig (1 fout, 0 waarschuwingen)"),
])
def test_cli_default_language_from_the_workbook(make_workbook: Callable[..., Path], setting: list[str] | None,
                                                verdict: str) -> None:
    programme = [["Veld", "Waarde"], ["naam", "Test"], ["model", "ohi-2011"]] + ([setting] if setting else [])
    path = make_workbook({"Programma": programme,
                          "Verbetertrajecten": [["ID", "Titel", "Eigenaar", "Uitkomsten"],
                                                ["I1", "A", "P9", "Richting"]]})
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}: {verdict}"
    message = lines[3].split("  ")[-1].strip()
    english_workbook = setting == ["language", "en"]
    assert message == ("no person with ID or name 'P9'" if english_workbook
                       else "geen persoon met ID of naam 'P9'")
    english = CliRunner().invoke(cli, ["validate", "--lang", "en", str(path)]).stdout
    assert english.splitlines()[0] == f"{path}: not valid (1 error, 0 warnings)"


def test_valid_dutch_workbook(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Programme": [*MINIMAL["Programme"][:-1], ["language", "nl"]]})
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"{path}: geldig (0 fouten, 0 waarschuwingen)\n"
