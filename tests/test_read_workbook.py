"""Reading workbooks: Dutch and English names, IDs, dates, empty rows, custom columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import ohtrack
from ohtrack.domain import Status
from tests.conftest import MINIMAL


def test_dutch_and_english_names_mixed_loosely(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({
        " programma ": [["Veld", "Waarde"], ["Naam", "Gemengd"], ["Nulmeting-Jaar", 2021],
                        ["impuls jaar", 2022], ["AMBITIE_JAAR", 2025], ["taal", "nl"]],
        " VERBETERTRAJECTEN": [[" id ", "titel", "Unit", "Eigenaar", "STATUS", "uitkomsten",
                                "Start", "einde"],
                               ["I1", "Dagstart", "Sales", "P1", "Lopend", "Richting",
                                "1-3-2022", "2022-06-30"]],
        "Eenheden": [["ID", "Name"], ["U1", "Sales"]],
        "people": [["id", "naam"], ["P1", "Ann"]],
    })
    result = ohtrack.read(path)
    assert result.report.problems == []
    prog = result.programme
    assert prog is not None
    assert (prog.info.name, prog.info.baseline_year, prog.info.impulse_year,
            prog.info.ambition_year, prog.info.language) == ("Gemengd", 2021, 2022, 2025, "nl")
    ini = prog.initiatives[0]
    # The unit is written by its name; loading resolves it to the unit's ID.
    assert (ini.id, ini.title, ini.unit, ini.owner, ini.status, ini.outcomes) == (
        "I1", "Dagstart", "U1", "P1", Status.ACTIVE, ["Richting"])
    assert (ini.start, ini.end) == (dt.date(2022, 3, 1), dt.date(2022, 6, 30))


def test_ids_12_and_12_0_are_the_same(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({
        **MINIMAL,
        "Initiatives": [["ID", "Title", "Outcomes", "Owner"], [12.0, "A", "Direction", 7]],
        "People": [["ID", "Name"], ["7", "Ann"]],
        "Lessons": [["ID", "Initiative", "Author"], [1, "12", 7.0]],
    })
    result = ohtrack.read(path)
    assert result.report.problems == []
    prog = result.programme
    assert prog is not None
    assert prog.initiatives[0].id == "12" and prog.initiatives[0].owner == "7"
    assert (prog.lessons[0].id, prog.lessons[0].initiative, prog.lessons[0].author) == ("1", "12", "7")


def test_excel_iso_and_dutch_dates(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Initiatives": [
        ["ID", "Title", "Outcomes", "Start", "End"],
        ["I1", "A", "Direction", dt.datetime(2022, 3, 1), dt.date(2022, 4, 1)],
        ["I2", "B", "Direction", "2022-03-01", "01-04-2022"],
        ["I3", "C", "Direction", "1-3-2022", "1/4/2022"],
    ]})
    prog = ohtrack.load(path)
    assert [(i.start, i.end) for i in prog.initiatives] == [
        (dt.date(2022, 3, 1), dt.date(2022, 4, 1))] * 3


def test_empty_rows_skipped_only_id_is_an_error(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Initiatives": [
        [None, None, None],
        ["ID", "Title", "Outcomes"],
        [None, None, None],
        ["I1", "A", "Direction"],
        ["  ", "", None],
        ["I2", None, None],
        [None, None, None],
        ["I3", "C", "Direction"],
    ]})
    result = ohtrack.read(path)
    assert result.report.flatten(["cell", "code"]) == [
        ["Initiatives!A6", "only-id"], ["Initiatives!B6", "missing-value"],
        ["Initiatives!C6", "not-mapped"]]
    assert result.programme is not None
    assert [i.id for i in result.programme.initiatives] == ["I1", "I2", "I3"]
    assert result.parsed is not None
    assert result.parsed.positions["initiatives"].rows == [4, 6, 8]


def test_unknown_columns_are_kept(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Initiatives": [
        ["ID", "Title", "Outcomes", "Budget", "Kleur", None],
        ["I1", "A", "Direction", 1200.0, "rood", None],
        ["I2", "B", "Direction", None, " blauw ", "stray"],
    ]})
    result = ohtrack.read(path)
    assert result.report.flatten(["cell", "code"]) == [["Initiatives!F1", "unnamed-column"]]
    assert result.programme is not None
    assert [i.extra for i in result.programme.initiatives] == [
        {"Budget": 1200, "Kleur": "rood"}, {"Kleur": "blauw", "Column F": "stray"}]


def test_missing_required_column(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Initiatives": [["ID", "Outcomes"], ["I1", "Direction"]]})
    report = ohtrack.validate(path)
    assert report.flatten(["sheet", "row", "code"]) == [["Initiatives", 1, "missing-column"]]


def test_duplicate_sheet_and_column(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Verbetertrajecten": [["ID"], ["X"]], "Relations": [
        ["From", "To", "Note", "note"], ["P1", "P2", "a", "b"]],
        "People": [["ID", "Name"], ["P1", "A"], ["P2", "B"]]})
    report = ohtrack.validate(path)
    assert report.flatten(["sheet", "cell", "code"]) == [
        ["Verbetertrajecten", None, "duplicate-sheet"],
        ["Relations", "Relations!D1", "duplicate-column"]]


def test_custom_model_needs_model_sheet(make_workbook: Callable[..., Path]) -> None:
    prog_rows = [["Field", "Value"], ["name", "X"], ["model", "custom"]]
    report = ohtrack.validate(make_workbook({**MINIMAL, "Programme": prog_rows}))
    assert report.flatten(["cell", "code"]) == [["Programme!B3", "missing-model-sheet"]]
    prog_rows[2][1] = "nonsense"
    report = ohtrack.validate(make_workbook({**MINIMAL, "Programme": prog_rows}, name="b.xlsx"))
    assert report.flatten(["cell", "code"]) == [["Programme!B3", "unknown-model"]]


def test_programme_without_name(make_workbook: Callable[..., Path]) -> None:
    report = ohtrack.validate(make_workbook({**MINIMAL, "Programme": [["Field", "Value"],
                                                                       ["model", "ink"]]}))
    assert report.flatten(["sheet", "code"])[0] == ["Programme", "missing-value"]


def test_stats(make_workbook: Callable[..., Path]) -> None:
    report = ohtrack.validate(make_workbook())
    assert report.stats["initiatives"] == 1
    assert report.stats["sheets"] == ["Programme", "Initiatives"]
    assert report.to_dict()["valid"] is True
