"""Finding the table in a workbook: merged and multi-line headers, transposed tables,
hidden rows and columns, formulas, several sheets, forms and blank templates."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ohtrack.errors import InventoryError
from ohtrack.intake import import_inventory


def _save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def test_merged_header_over_sub_headers(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Project", "Budget", None, "Owner"])
    ws.append([None, "2023", "2024", None])
    ws.append(["Lean office", 10, 12, "Anna de Vries"])
    ws.append(["5S warehouse", 3, 4, "Bram Bakker"])
    ws.merge_cells("B1:C1")
    r = import_inventory(_save(wb, tmp_path / "budget.xlsx"))
    assert r.layout["header"] == 2
    a, b = r.programme.initiatives
    assert (a.title, a.extra) == ("Lean office", {"Budget 2023": 10, "Budget 2024": 12})
    assert (b.title, b.extra) == ("5S warehouse", {"Budget 2023": 3, "Budget 2024": 4})
    assert [p.name for p in r.programme.people] == ["Anna de Vries", "Bram Bakker"]
    assert a.owner == r.programme.people[0].id


def test_multi_line_header_cell(tmp_path: Path) -> None:
    p = tmp_path / "multi.csv"
    p.write_text('"Project name\n(as approved)","End Date\n(latest approved end date)"\nA,31/03/2024\n',
                 encoding="utf-8")
    r = import_inventory(p)
    assert r.mapping.target("Project name (as approved)").target == "title"  # type: ignore[union-attr]
    assert r.programme.initiatives[0].end.isoformat() == "2024-03-31"  # type: ignore[union-attr]


def test_transposed_table(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["Project name", "Daily start", "Visual board", "Kaizen"],
                ["Department", "Finance", "HR", "Finance"],
                ["RAG", "Amber", "Green", "Red"],
                ["End date", "31/12/2024", "30/06/2025", "TBC"]):
        ws.append(row)
    r = import_inventory(_save(wb, tmp_path / "sideways.xlsx"))
    assert r.layout["orientation"] == "columns"
    ini = r.programme.initiatives
    assert [i.title for i in ini] == ["Daily start", "Visual board", "Kaizen"]
    assert [i.unit for i in ini] == ["Finance", "HR", "Finance"]
    assert [str(i.status) for i in ini] == ["active", "active", "active"]
    assert [i.extra["RAG"] for i in ini] == ["Amber", "Green", "Red"]
    assert r.problem_texts() == [
        "sideways.xlsx sheet 'Sheet', column 4, row 'End date' (D4): 'TBC' is no date: left empty"]


def test_hidden_rows_and_columns_are_kept_and_flagged(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Actie", "Eigenaar", "Notitie"])
    ws.append(["Werkoverleg", "Anna de Vries", "a"])
    ws.append(["Verborgen actie", "Bram Bakker", "b"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True
    r = import_inventory(_save(wb, tmp_path / "hidden.xlsx"))
    assert [i.title for i in r.programme.initiatives] == ["Werkoverleg", "Verborgen actie"]
    assert [(p.code, p.row, p.column) for p in r.problems] == [
        ("hidden-column", None, "Notitie"), ("hidden-row", 3, None)]
    assert r.programme.initiatives[1].extra == {"Notitie": "b"}


def _with_cached_value(path: Path, cell: str, value: str) -> None:
    """Give one formula cell of an openpyxl file a stored result, as Excel would."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?', rf"\1\2<v>{value}</v>", xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)


def test_formula_cells_give_their_cached_values(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Project", "Hours", "Days"])
    ws.append(["Lean office", 16, "=B2/8"])
    ws.append(["5S", 8, "=B3/8"])
    path = _save(wb, tmp_path / "formulas.xlsx")
    _with_cached_value(path, "C2", "2")
    r = import_inventory(path)
    a, b = r.programme.initiatives
    assert a.extra == {"Hours": 16, "Days": 2}
    assert b.extra == {"Hours": 8}  # no stored value: read as empty, and said so
    assert [(p.code, p.params.get("cell")) for p in r.problems] == [("formula-without-value", "C3")]


def test_several_sheets_alike_are_read_together(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Instructies"
    ws.append(["Vul per afdeling een blad in"])
    for name, rows in (("Productie", [["Actie", "Status"], ["Ploegoverdracht", "loopt"]]),
                       ("Logistiek", [["Status", "Actie"], ["gereed", "Magazijn 5S"],
                                      ["open", "Routes"]])):
        s = wb.create_sheet(name)
        for row in rows:
            s.append(row)
    r = import_inventory(_save(wb, tmp_path / "afdelingen.xlsx"))
    assert r.layout["sheets"] == ["Productie", "Logistiek"]
    assert r.layout["skipped"] == [{"sheet": "Instructies", "reason": "help"}]
    ini = r.programme.initiatives
    assert [(i.title, str(i.status), i.extra["blad"]) for i in ini] == [
        ("Ploegoverdracht", "active", "Productie"), ("Magazijn 5S", "done", "Logistiek"),
        ("Routes", "planned", "Logistiek")]
    r2 = import_inventory(tmp_path / "afdelingen.xlsx", sheet="Logistiek")
    assert [i.title for i in r2.programme.initiatives] == ["Magazijn 5S", "Routes"]


def test_a_form_is_said_to_be_one(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    labels = ["Project name", "Project ID", "SRO name", "SRO email", "Start date", "End date",
              "Budget", "Forecast", "RAG", "Commentary"]
    for i, label in enumerate(labels, start=1):
        ws.cell(row=2 * i, column=1, value=label)
        ws.merge_cells(start_row=2 * i, start_column=2, end_row=2 * i, end_column=6)
    ws.cell(row=2, column=2, value="Crossrail")
    ws.merge_cells("H2:J4")
    ws.merge_cells("H6:J8")
    with pytest.raises(InventoryError) as info:
        import_inventory(_save(wb, tmp_path / "return.xlsx"))
    assert info.value.reason == "form"
    assert str(info.value) == ("return.xlsx: a form (labels with a value beside them, like a "
                               "reporting return), not a list of initiatives; nothing to import")


def test_a_blank_template_is_said_to_be_one(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Acties"
    ws.append(["ACTIELIJST"])
    ws.append([])
    ws.append(["№", "Datum", "Actie", "Eigenaar", "Status"])
    ws.append([1, None, "<omschrijving van de actie>", "<wie>", "<open, loopt, gereed>"])
    for n in range(2, 10):
        ws.append([n])
    with pytest.raises(InventoryError) as info:
        import_inventory(_save(wb, tmp_path / "actielijst.xlsx"))
    assert info.value.reason == "blank"
    assert info.value.params["lang"] == "nl"
    assert "sheet 'Acties' has the headers №, Datum, Actie, Eigenaar, Status" in str(info.value)


def test_not_a_list(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InventoryError) as info:
        import_inventory(empty)
    assert info.value.reason == "empty"
    with pytest.raises(InventoryError) as info:
        import_inventory(tmp_path / "missing.xlsx")
    assert info.value.reason == "missing"


def test_a_dutch_action_log_with_numbered_empty_rows(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Acties"
    ws.append(["ACTIELIJST"])
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(["Datum", "2024-03-30"])
    ws.append([])
    ws.append(["№", "Datum", "Actie vanuit welk overleg ", "Onderwerp", "Actie", "Eigenaar", "Status"])
    ws.append([1, "2024-03-01", "MT", "Veiligheid", "Toolbox elke week", "Anna de Vries", "loopt"])
    ws.append([2, "2024-03-08", "MT", "Planning", "Weekplanning op het bord", "Bram Bakker", "gereed"])
    for n in range(3, 11):
        ws.append([n])
    r = import_inventory(_save(wb, tmp_path / "bwa.xlsx"))
    assert r.layout["header"] == 5
    assert r.layout["numbered_empty"] == 8
    ini = r.programme.initiatives
    assert [(i.id, i.title, str(i.status)) for i in ini] == [
        ("1", "Toolbox elke week", "active"), ("2", "Weekplanning op het bord", "done")]
    assert ini[0].extra["Onderwerp"] == "Veiligheid"
    lines = r.summary("nl")
    assert lines[0] == "bwa.xlsx: 2 rijen gelezen uit blad 'Acties' (kop in rij 5, één record per rij)"
    assert "  8 genummerde rijen zonder inhoud overgeslagen" in lines
