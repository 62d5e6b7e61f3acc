"""No value shifted, guessed or dropped silently: NUL in multi-value cells, Excel error values,
repeated and stray Programme values, IDs written as 12, 12.0 or "12.0"."""

from __future__ import annotations

from pathlib import Path

import pytest

import ohtrack
from ohtrack.workbook.source import read_workbook
from tests.conftest import DATA
from tests.fixtures import hostile as hx

SPREADSHEETS = DATA / "spreadsheets"


# -- a NUL inside one multi-value cell ------------------------------------------------------

def test_a_nul_in_one_cell_moves_no_other_value(tmp_path: Path) -> None:
    path = hx.make_nul_in_multi_value(tmp_path)
    report = ohtrack.validate(path)
    # the one odd participant is reported where it is; every other row is as written
    assert report.flatten(["cell", "code"]) == [["Initiatives!D12", "unknown-person"]]
    assert report.problems[0].message == "no person with ID or name 'P10\\x00'"
    programme = ohtrack.read(path).programme  # every row, the odd one too
    assert programme is not None
    got = {i.id: i.participants for i in programme.initiatives}
    assert got["I10"] == ["P10\x00", "P11"]
    assert all(got[f"I{i}"] == [f"P{i}", f"P{i + 1}"] for i in range(300) if i != 10)


# -- Excel error values ---------------------------------------------------------------------

ERRORS = {
    "Programme": [*hx.PROGRAMME, ["mission", "#VALUE!"]],
    "People": [["ID", "Name"], ["P1", "Ann"], ["P2", "#NAME?"]],
    "Initiatives": [["ID", "Title", "Owner", "Outcomes", "Budget"],
                    ["I1", "Daily start", "#N/A", "Direction", "#DIV/0!"],
                    ["I2", "#REF!", "P1", "Direction", 10]],
    "Measurements": [["Indicator", "Date", "Value"]],
    "Notes": [["#NULL!", "#NUM!"]],
}
ERROR_CELLS = {"Programme": ["B5"], "People": ["B3"], "Initiatives": ["C2", "E2", "B3"],
               "Notes": ["A1", "B1"]}


def test_python_calamine_hands_error_cells_over_as_empty_text(tmp_path: Path) -> None:
    """Why they need finding: the reader alone can't tell #N/A from an empty cell."""
    import python_calamine

    path = tmp_path / "e.xlsx"
    hx.workbook({"S": [list(hx.EXCEL_ERRORS)]}, {"S": ["A1", "B1", "C1", "D1", "E1", "F1", "G1"]}).save(path)
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    assert wb.get_sheet_by_name("S").to_python() == [[""] * 7]
    assert read_workbook(path).error_cells == {"S": dict(zip(["A1", "B1", "C1", "D1", "E1", "F1", "G1"],
                                                                hx.EXCEL_ERRORS))}


def test_error_values_are_reported_at_their_cell(tmp_path: Path) -> None:
    path = tmp_path / "errors.xlsx"
    hx.workbook(ERRORS, ERROR_CELLS).save(path)
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code", "severity"]) == [
        ["Programme!B5", "error-value", "error"],
        ["People!B3", "error-value", "error"],
        ["Initiatives!C2", "error-value", "error"],
        ["Initiatives!E2", "error-value", "error"],  # a custom column
        ["Initiatives!B3", "error-value", "error"],  # a required Title: no extra missing-value
        ["Notes!A1", "error-value", "warning"],  # a sheet ohtrack keeps but doesn't read
        ["Notes!B1", "error-value", "warning"],
    ]
    by_cell = {p.cell: p for p in report.problems}
    assert by_cell["Initiatives!C2"].message == (
        "the cell holds the Excel error #N/A, which reads as empty; correct the formula or type the value")
    assert by_cell["Initiatives!E2"].text("nl") == (
        "de cel bevat de Excel-fout #DIV/0!, die als leeg gelezen wordt; verbeter de formule of typ de "
        "waarde")
    assert not report.valid


@pytest.mark.parametrize(("name", "expected"), [
    ("calamine/errors.xlsx", {"Feuil1": {"A1": "#DIV/0!", "A2": "#NAME?", "A3": "#VALUE!", "A4": "#NULL!",
                                         "A5": "#REF!", "A6": "#NUM!", "A7": "#N/A"}}),
    ("fastexcel/sheet-with-na.xlsx", {"Sheet1": {"B2": "#N/A"}, "Broken refs": {"A3": "#REF!"}}),
    ("fastexcel/div0.xlsx", {"Sheet1": {"C2": "#DIV/0!"}}),
])
def test_error_values_written_by_excel_and_libreoffice(name: str,
                                                       expected: dict[str, dict[str, str]]) -> None:
    assert read_workbook(SPREADSHEETS / name).error_cells == expected


# -- the Programme sheet --------------------------------------------------------------------

def test_a_programme_field_given_twice_keeps_the_first_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "twice.xlsx"
    hx.workbook({"Programme": [["Veld", "Waarde", "Toelichting"], ["naam", "First", "the help column"],
                               ["model", "ohi-2011"], ["naam", "Second"], ["roles.triad", "foreman"],
                               ["rollen.driehoek", "jobcoach"], ["budget", 10], ["Budget", 20],
                               ["mission", None], ["mission", "M"]],
                 "Initiatives": hx.INITIATIVES}).save(path)
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code", "severity"]) == [
        ["Programme!B4", "duplicate-field", "warning"],
        ["Programme!B6", "duplicate-field", "warning"],
        ["Programme!B8", "duplicate-field", "warning"],
    ]
    assert report.problems[0].message == (
        "field 'naam' is given twice; the first value (in Programme!B2) is kept, this one is not read")
    assert report.problems[1].text("nl") == (
        "veld 'rollen.driehoek' staat er twee keer; de eerste waarde (in Programme!B5) telt, deze wordt "
        "niet gelezen")
    info = ohtrack.load(path).info
    assert (info.name, info.roles, info.extra, info.mission) == ("First", {"triad": ["foreman"]},
                                                                 {"budget": 10}, "M")


def test_a_value_outside_the_value_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "stray.xlsx"
    hx.workbook({"Programme": [*hx.PROGRAMME, ["mission", "M", "an aside"], [None, "orphan"],
                               ["vision", "V", None, None, "far"]],
                 "Initiatives": hx.INITIATIVES}).save(path)
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code", "severity"]) == [
        ["Programme!C5", "stray-value", "warning"],
        ["Programme!B6", "stray-value", "warning"],
        ["Programme!E7", "stray-value", "warning"],
    ]
    assert report.problems[0].message == (
        "a value in column C is not read: the Programme sheet has two columns, a field and its value")
    assert report.problems[0].text("nl") == (
        "een waarde in kolom C wordt niet gelezen: het blad Programma heeft twee kolommen, een veld en de "
        "waarde")
    assert report.problems[1].message == "a value without a field name (column A is empty) is not read"


def test_the_templates_help_column_is_not_a_stray_value(tmp_path: Path) -> None:
    for lang in ("nl", "en"):
        path = ohtrack.write_template(tmp_path / f"t-{lang}.xlsx", lang=lang)
        codes = {p.code for p in ohtrack.validate(path).problems}
        assert "stray-value" not in codes and "duplicate-field" not in codes


# -- IDs as 12, 12.0 and "12.0" -------------------------------------------------------------

IDS = {
    "Programme": hx.PROGRAMME,
    "Units": [["ID", "Name", "Parent"], [7, "Ops", None], ["8.0", "Sales", 7.0]],
    "People": [["ID", "Name", "Unit", "Manager"], [12, "Ann", "7.0", None], ["13.0", "Bob", 8, 12.0],
               [14.0, "Cy", "8", "13"]],
    "Goals": [["ID", "Title", "Parent"], [1, "Grow", None], ["2.0", "Sell", "1"]],
    "Initiatives": [["ID", "Title", "Unit", "Owner", "Outcomes", "Goal", "Participants"],
                    [100, "A", "7.0", "12.0", "Direction", 2, "12; 13.0; 14"],
                    ["101.0", "B", 8.0, 13, "Direction", "2.0", "12.0 | 14.00"]],
    "Relations": [["From", "To", "Type"], [12.0, "13", "coaches"], ["14.0", 12, "advises"]],
    "Groups": [["Group", "Person", "Role"], [5, "12.0", "foreman"], ["5.0", 13, "job coach"]],
    "Events": [["ID", "Group", "Attendees", "Initiative"], [1, "5", "12.0; 13", "100.0"]],
    "Indicators": [["ID", "Name", "Unit"], [3, "Absence", "8.0"]],
    "Measurements": [["Indicator", "Date", "Value"], ["3.0", "2023-01-01", 4]],
    "Lessons": [["ID", "Author", "Initiative", "Shared with"], [1, "14.0", 101, "12; 7.0"]],
}


def test_ids_in_any_form_refer_to_each_other(tmp_path: Path) -> None:
    path = tmp_path / "ids.xlsx"
    hx.workbook(IDS).save(path)
    report = ohtrack.validate(path)
    assert report.problems == []
    programme = ohtrack.load(path)
    assert [p.id for p in programme.people] == ["12", "13", "14"]
    assert [p.manager for p in programme.people] == [None, "12", "13"]
    assert [(i.id, i.unit, i.owner, i.goal, i.participants) for i in programme.initiatives] == [
        ("100", "7", "12", "2", ["12", "13", "14"]), ("101", "8", "13", "2", ["12", "14"])]
    assert [(r.source, r.target) for r in programme.relations] == [("12", "13"), ("14", "12")]
    assert [m.person for g in programme.groups for m in g.members] == ["12", "13"]
    assert len(programme.groups) == 1 and programme.groups[0].id == "5"
    assert programme.measurements[0].indicator == "3"


def test_duplicate_ids_across_forms_are_found(tmp_path: Path) -> None:
    path = tmp_path / "dup.xlsx"
    hx.workbook({"Programme": hx.PROGRAMME,
                 "People": [["ID", "Name"], [12, "Ann"], ["12.0", "Bob"], [12.0, "Cy"], ["12.5", "Di"]],
                 "Initiatives": hx.INITIATIVES}).save(path)
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "code"]) == [["People!A3", "duplicate-id"], ["People!A4", "duplicate-id"]]
    assert report.problems[0].message == "person ID 12 is used twice (first at People!A2)"
