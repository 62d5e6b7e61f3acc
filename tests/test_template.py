"""The workbook template: sheets, headers, notes, drop-downs, instructions, and the reader."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

import ohtrack
from ohtrack.domain import Status
from ohtrack.errors import OutputError, UnknownModelError
from ohtrack.frameworks import get
from ohtrack.workbook.contract import INITIATIVES, MODEL, PROGRAMME, SHEETS
from ohtrack.workbook.template import write_template
from tests.conftest import libreoffice

TABLES = [s for s in SHEETS if s.key not in ("programme", "model")]
NAMES = {
    "nl": ["Instructies", "Programma", "Eenheden", "Personen", "Doelen", "Verbetertrajecten",
           "Relaties", "Groepen", "Leergangen", "Modules", "Inschrijvingen", "Leermomenten",
           "Certificaten", "Indicatoren", "Metingen", "Leerervaringen", "Profiel", "Profielscores",
           "Ontwikkelpunten", "Lijsten"],
    "en": ["Instructions", "Programme", "Units", "People", "Goals", "Initiatives", "Relations",
           "Groups", "Routes", "Modules", "Enrolments", "Events", "Credentials", "Indicators",
           "Measurements", "Lessons", "Profile", "Profile scores", "Development points", "Lists"],
}


def _template(tmp_path: Path, model: str = "ohi-2011", lang: str = "nl") -> tuple[Path, Workbook]:
    path = write_template(tmp_path / f"{model}-{lang}.xlsx", model=model, lang=lang)
    return path, load_workbook(path)


def _validations(ws: object) -> list[tuple[str, str, str | None, bool, bool]]:
    """(cells, formula, error style, shows an error, allows blanks) per drop-down."""
    dvs = ws.data_validations.dataValidation  # type: ignore[attr-defined]
    return sorted((str(dv.sqref), dv.formula1, dv.errorStyle, bool(dv.showErrorMessage),
                   bool(dv.allowBlank)) for dv in dvs)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_sheet_and_header_in_the_language(tmp_path: Path, lang: str) -> None:
    path, wb = _template(tmp_path, lang=lang)
    assert path == tmp_path / f"ohi-2011-{lang}.xlsx"
    assert wb.sheetnames == NAMES[lang]
    for spec in TABLES:
        ws = wb[spec.title(lang)]
        assert [c.value for c in ws[1]] == [c.header(lang) for c in spec.columns]
        assert ws.max_row == 1  # headers only
    prog = wb[PROGRAMME.title(lang)]
    heads = {"nl": ["Veld", "Waarde", "Toelichting"], "en": ["Field", "Value", "Help"]}
    assert [c.value for c in prog[1]] == heads[lang]
    rows = range(2, 2 + len(PROGRAMME.columns))
    assert [prog.cell(r, 1).value for r in rows] == [c.header(lang) for c in PROGRAMME.columns]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_programme_is_prefilled_with_model_and_language(tmp_path: Path, lang: str) -> None:
    _, wb = _template(tmp_path, model="weisbord", lang=lang)
    prog = wb[PROGRAMME.title(lang)]
    values = {prog.cell(r, 1).value: prog.cell(r, 2).value for r in range(2, 2 + len(PROGRAMME.columns))}
    assert values[PROGRAMME.column("model").header(lang)] == "weisbord"
    assert values[PROGRAMME.column("language").header(lang)] == lang
    assert [k for k, v in values.items() if v] == [PROGRAMME.column("model").header(lang),
                                                    PROGRAMME.column("language").header(lang)]
    assert prog["A2"].value == PROGRAMME.column("name").header(lang)
    assert prog["C2"].value == {"nl": "Naam van het programma. Verplicht.",
                                "en": "Programme name. Required."}[lang]


def test_frozen_headers_and_a_note_on_every_header(tmp_path: Path) -> None:
    _, wb = _template(tmp_path, lang="en")
    for name in NAMES["en"][1:-1]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        for cell in ws[1]:
            assert cell.comment is not None and cell.comment.text, f"{name}!{cell.coordinate}"
            assert cell.font.b is True
    ws = wb["Initiatives"]
    notes = {c.value: c.comment.text for c in ws[1] if c.comment is not None}
    assert notes["ID"] == "A unique code (text), e.g. I001. Required."
    assert notes["Title"] == "Free text. Required."
    assert notes["Status"] == "Choose from the list: idea, planned, active, done, embedded, stopped."
    assert notes["Owner"] == "An ID from the People sheet."
    assert notes["Start"] == "A date: 2022-03-01 or 1-3-2022."
    assert wb["Relations"]["C1"].comment.text == (
        "reports_to, advises, coaches, works_with or any word. Choose from the list or type your own "
        "word: reports to, advises, coaches, works with.")
    # required columns have their own colour
    assert ws["A1"].fill.fgColor.rgb == "00C55A11"
    assert ws["C1"].fill.fgColor.rgb == "001F4E79"
    assert ws.column_dimensions["L"].width == 30  # Description: free text
    assert ws.column_dimensions["A"].width == 12  # ID


def test_dutch_notes_say_verplicht(tmp_path: Path) -> None:
    _, wb = _template(tmp_path, lang="nl")
    notes = {c.value: c.comment.text for c in wb["Metingen"][1] if c.comment is not None}
    assert notes == {
        "Indicator": "Een ID uit het blad Indicatoren. Verplicht.",
        "Datum": "Een datum: 1-3-2022 of 2022-03-01. Verplicht.",
        "Waarde": "Een getal. Verplicht.",
        "Bron": "Vrije tekst.",
        "Notitie": "Vrije tekst.",
    }


def test_drop_downs_refer_to_the_lists_sheet(tmp_path: Path) -> None:
    _, wb = _template(tmp_path, lang="en")
    assert _validations(wb["Initiatives"]) == [
        ("E2:E1000", "Lists!$A$2:$A$7", "stop", True, True),  # status: 6 codes
        ("F2:F1000", "Lists!$Q$2:$Q$10", "information", True, True),  # 9 outcomes, multi
        ("G2:G1000", "Lists!$R$2:$R$38", "information", True, True),  # 37 practices, multi
    ]
    assert _validations(wb["Events"]) == [
        ("C2:C1000", "Lists!$B$2:$B$8", "information", False, True),  # event type: open
        ("F2:F1000", "Lists!$C$2:$C$4", "stop", True, True),  # event status: closed
    ]
    assert _validations(wb["Relations"]) == [("C2:C1000", "Lists!$D$2:$D$5", "information", False, True)]
    assert _validations(wb["Groups"]) == [("B2:B1000", "Lists!$E$2:$E$5", "information", False, True)]
    assert _validations(wb["Indicators"]) == [
        ("D2:D1000", "Lists!$Q$2:$Q$10", "warning", True, True),  # one outcome
        ("E2:E1000", "Lists!$F$2:$F$3", "stop", True, True),  # direction
    ]
    assert _validations(wb["Goals"]) == [
        ("C2:C1000", "Lists!$G$2:$G$5", "stop", True, True),  # goal level
        ("F2:F1000", "Lists!$Q$2:$Q$10", "information", True, True),
    ]
    assert _validations(wb["Lessons"]) == [("I2:I1000", "Lists!$Q$2:$Q$10", "warning", True, True)]
    assert _validations(wb["Programme"]) == [
        ("B10", "Lists!$H$2:$H$3", "stop", True, True),  # language
        ("B6", "Lists!$P$2:$P$6", "stop", True, True),  # model
    ]
    for name in ("Units", "People", "Measurements"):
        assert _validations(wb[name]) == []


@pytest.mark.parametrize(("model", "lang"), [("ohi-2011", "nl"), ("ink", "en"), ("ohi-2024", "nl")])
def test_lists_sheet_is_hidden_and_holds_the_model(tmp_path: Path, model: str, lang: str) -> None:
    _, wb = _template(tmp_path, model=model, lang=lang)
    ws = wb[NAMES[lang][-1]]
    assert ws.sheet_state == "hidden"
    fw = get(model)
    column = {c[0].value: [v.value for v in c[1:] if v.value is not None] for c in ws.iter_cols()}
    outcomes = {"nl": "Uitkomsten", "en": "Outcomes"}[lang]
    practices = {"nl": "Praktijken", "en": "Practices"}[lang]
    assert column[outcomes] == [o.name(lang) for o in fw.outcomes]
    assert column[practices] == [p.name(lang) for _o, p in fw.iter_practices()]
    status = {"nl": "Status verbetertraject", "en": "Initiative status"}[lang]
    assert column[status] == {
        "nl": ["idee", "gepland", "lopend", "afgerond", "geborgd", "gestopt"],
        "en": ["idea", "planned", "active", "done", "embedded", "stopped"]}[lang]
    assert column[{"nl": "Gezondheidsmodel", "en": "Health model"}[lang]] == [
        "ink", "ohi-2011", "ohi-2024", "weisbord", "custom"]
    assert column[{"nl": "Taal", "en": "Language"}[lang]] == ["nl", "en"]
    # the drop-downs cover exactly the outcomes (column Q) and practices (column R)
    found = {cells: formula for cells, formula, *_ in _validations(wb[INITIATIVES.title(lang)])}
    assert found["F2:F1000"] == f"{ws.title}!$Q$2:$Q${len(fw.outcomes) + 1}"
    assert found["G2:G1000"] == f"{ws.title}!$R$2:$R${fw.practice_count + 1}"


def test_instructions_come_first_and_explain_the_model(tmp_path: Path) -> None:
    _, wb = _template(tmp_path, lang="nl")
    assert wb.active is not None and wb.active.title == "Instructies"
    rows = [tuple(c for c in r) for r in wb["Instructies"].iter_rows(values_only=True)]
    assert rows[0][0] == "ohtrack-werkboek: zo vult u het in"
    assert rows[1][0] == "Gezondheidsmodel: Organizational Health Index (2011) (ohi-2011)"
    by_first = {r[0]: r for r in rows if r[0]}
    assert by_first["Programma"][1] == "ja" and by_first["Verbetertrajecten"][1] == "ja"
    assert by_first["Personen"][1] == "nee"
    assert by_first["Metingen"][2] == ("Gemeten waarden van de indicatoren door de tijd. "
                                      "Verplichte kolommen: Indicator, Datum, Waarde.")
    firsts = [r[0] for r in rows]
    life = firsts.index("Levensloop van een verbetertraject")
    assert rows[life + 1] == ("Volgorde", None,
                              "idee → gepland → lopend → afgerond → geborgd; gestopt kan op elk moment.")
    assert rows[life + 2] == ("idee", None, "Een idee, nog niet besloten.")
    events = firsts.index("Status van een leermoment")
    assert rows[events + 1] == ("Volgorde", None, "gepland, daarna gehouden of geannuleerd.")
    assert by_first["Soort relatie"][1:] == ("open: eigen woorden mogen",
                                             "rapporteert aan, adviseert, coacht, werkt samen")
    assert by_first["Status leermoment"][1:] == ("vast", "gepland, gehouden, geannuleerd")
    fw = get("ohi-2011")
    seconds = [r[1] for r in rows]
    for o in fw.outcomes:
        assert o.name_nl in firsts
        assert by_first[o.name_nl][2] == o.description_nl
    for _o, p in fw.iter_practices():
        assert p.name_nl in seconds
    start = firsts.index("Uitkomsten en praktijken van Organizational Health Index (2011)")
    assert rows[start + 1] == ("Uitkomst", "Praktijk", "Omschrijving")
    assert rows[start + 2][0] == "Richting"
    assert rows[start + 3][1] == "Gedeelde visie"


def test_custom_model_has_a_model_sheet(tmp_path: Path) -> None:
    path, wb = _template(tmp_path, model="custom", lang="en")
    assert wb.sheetnames[:3] == ["Instructions", "Programme", "Model"]
    assert [c.value for c in wb["Model"][1]] == [c.en for c in MODEL.columns]
    assert wb["Model"]["A1"].comment.text == "Free text. Required."
    assert _validations(wb["Initiatives"])[1:] == [
        ("F2:F1000", "Model!$A$2:$A$1000", "information", True, True),
        ("G2:G1000", "Model!$B$2:$B$1000", "information", True, True),
    ]
    report = ohtrack.validate(path)
    assert report.flatten(["code", "cell"]) == [["missing-value", "Programme!B2"],
                                                ["missing-model-sheet", "Programme!B6"]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_empty_template_only_misses_the_name(tmp_path: Path, lang: str) -> None:
    path, _ = _template(tmp_path, lang=lang)
    report = ohtrack.validate(path)
    sheet = PROGRAMME.title(lang)
    assert report.flatten(["code", "sheet", "cell"]) == [["missing-value", sheet, f"{sheet}!B2"]]
    assert report.stats["initiatives"] == 0
    assert report.stats["model"] == "ohi-2011"


def test_filled_template_validates_clean_and_loads(tmp_path: Path) -> None:
    path, wb = _template(tmp_path, lang="nl")
    wb["Programma"]["B2"] = "Veilig werken 2025"
    ws = wb["Verbetertrajecten"]
    ws.append(["I1", "Dagstart", None, None, "lopend", "Richting; Aanspreekbaarheid",
               "Gedeelde visie", None, dt.date(2022, 3, 1), None, None, "Elke ochtend tien minuten"])
    wb.save(path)
    report = ohtrack.validate(path)
    assert report.problems == []
    programme = ohtrack.load(path)
    assert programme.info.name == "Veilig werken 2025"
    assert (programme.info.model, programme.info.language) == ("ohi-2011", "nl")
    [i] = programme.initiatives
    assert (i.id, i.title, i.status, i.outcomes, i.practices, i.start) == (
        "I1", "Dagstart", Status.ACTIVE, ["Richting", "Aanspreekbaarheid"], ["Gedeelde visie"],
        dt.date(2022, 3, 1))
    assert programme.other_sheets == {}  # the template's help and lists are not data


def test_unknown_model_and_language(tmp_path: Path) -> None:
    with pytest.raises(UnknownModelError, match="unknown health model 'nope'"):
        write_template(tmp_path / "x.xlsx", model="nope")
    with pytest.raises(ValueError, match="language must be one of nl, en"):
        write_template(tmp_path / "x.xlsx", lang="fr")
    assert not (tmp_path / "x.xlsx").exists()


def test_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_template(tmp_path / "no" / "x.xlsx")


def test_public_api() -> None:
    assert ohtrack.write_template is write_template


@pytest.mark.slow
def test_libreoffice_keeps_the_drop_downs(tmp_path: Path) -> None:
    soffice = libreoffice("calc")
    if soffice is None:
        pytest.skip("LibreOffice Calc (soffice) is not installed")
    path, original = _template(tmp_path, lang="en")
    out = tmp_path / "lo"
    run = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=120)
    converted = out / path.name
    if not converted.exists() and "could not be loaded" in run.stdout + run.stderr:
        pytest.skip("LibreOffice Calc is not installed (soffice can't load xlsx)")
    assert converted.exists(), run.stdout + run.stderr
    wb = load_workbook(converted)
    assert wb.sheetnames == NAMES["en"]
    assert wb["Lists"].sheet_state == "hidden"
    for name in NAMES["en"][1:-1]:
        assert _validations(wb[name]) == _validations(original[name]), name
        assert all(c.comment is not None for c in wb[name][1]), name
    assert ohtrack.validate(converted).flatten(["code"]) == [["missing-value"]]
