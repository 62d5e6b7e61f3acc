"""Formulas without a value, Excel error cells and a DTD in sheet parts big enough for the fast
scan (over ``scan.EXACT_UP_TO``), which looks for them in a second pass after the cells'
extent (while calamine reads), the biggest part scanned in a thread of its own."""

from __future__ import annotations

import zipfile
from pathlib import Path

import ohtrack
from ohtrack.workbook import scan
from tests.fixtures import hostile as hx


def _big_workbook(folder: Path) -> Path:
    """8,000 initiatives: a formula at D101 and B7001, errors at D50, B6000 and D7500; a
    'Notes' sheet of 5,000 formulas with an error at B4000."""
    rows: list[list[object]] = [["ID", "Title", "Outcomes", "Impact"]]
    rows += [[f"I{i}", f"Title {i}", "Direction", 3] for i in range(8000)]
    rows[100][3] = "=1+1"  # row 101
    rows[7000][1] = '=CONCAT("a","b")'  # row 7001
    notes: list[list[object]] = [["Total", "x"], *([f"=SUM({i},2)", i] for i in range(5000))]
    wb = hx.workbook({"Programme": hx.PROGRAMME, "Initiatives": rows, "Notes": notes},
                     errors={"Initiatives": ["D50", "B6000", "D7500"], "Notes": ["B4000"]})
    for ref, error in (("D50", "#DIV/0!"), ("B6000", "#N/A"), ("D7500", "#NUM!")):
        wb["Initiatives"][ref].value = error
    wb["Notes"]["B4000"].value = "#REF!"
    path = folder / "big.xlsx"
    wb.save(path)
    return path


def test_the_parts_are_big_enough_for_the_fast_scan(tmp_path: Path) -> None:
    with zipfile.ZipFile(_big_workbook(tmp_path)) as zf:
        assert zf.getinfo("xl/worksheets/sheet2.xml").file_size > scan.EXACT_UP_TO
        assert zf.getinfo("xl/worksheets/sheet3.xml").file_size > scan.EXACT_UP_TO
        result = scan.read_scan(zf, "xl/worksheets/sheet2.xml")
    assert result.cells_bound  # the fast scan, not the walk
    assert (result.formulas, result.errors, result.dtd) == (True, True, False)


def test_formulas_and_errors_in_big_parts_are_placed_exactly(tmp_path: Path) -> None:
    report = ohtrack.validate(_big_workbook(tmp_path))
    assert report.flatten(["cell", "code", "severity"]) == [
        ["Initiatives!D50", "error-value", "error"],
        ["Initiatives!D101", "formula-without-value", "error"],
        ["Initiatives!B6000", "error-value", "error"],
        ["Initiatives!B7001", "formula-without-value", "error"],
        ["Initiatives!D7500", "error-value", "error"],
        ["Notes!B4000", "error-value", "warning"],  # a sheet that is only kept
    ]
    assert [p.params["error"] for p in report.problems if p.code == "error-value"] == [
        "#DIV/0!", "#N/A", "#NUM!", "#REF!"]


def test_error_cells_in_single_quotes_are_found_too(tmp_path: Path) -> None:
    src = _big_workbook(tmp_path)
    path = hx.patch_parts(src.read_bytes(), tmp_path / "quoted.xlsx", lambda name, data: data.replace(
        b't="e"', b"t='e'") if name == "xl/worksheets/sheet2.xml" else data)
    cells = [p.cell for p in ohtrack.validate(path).problems if p.code == "error-value"]
    assert cells == ["Initiatives!D50", "Initiatives!B6000", "Initiatives!D7500", "Notes!B4000"]


def test_a_dtd_at_the_end_of_a_big_part_is_refused(tmp_path: Path) -> None:
    src = _big_workbook(tmp_path)

    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet2.xml":
            return data
        return data.replace(b"</sheetData>", b'</sheetData><!DOCTYPE x [<!ENTITY a "b">]>', 1)

    path = hx.patch_parts(src.read_bytes(), tmp_path / "dtd.xlsx", change)
    report = ohtrack.validate(path)
    assert report.flatten(["code"]) == [["unreadable-file"]]
    assert report.problems[0].message == (
        f"{path}: refused: xl/worksheets/sheet2.xml declares a DTD or entities (an XML bomb?); "
        "real workbooks never do")


def test_formulas_written_with_a_namespace_prefix_are_found(tmp_path: Path) -> None:
    """``<x:c><x:f>`` as some writers put it: the walk (a prefix sends a part there) knows the
    part has formulas, so the one without a value is reported, not read as an empty cell."""
    src = _big_workbook(tmp_path)

    def prefix(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet2.xml":
            return data
        for tag in (b"sheetData", b"row", b"c", b"f", b"v", b"is", b"t"):
            data = data.replace(b"<" + tag + b">", b"<x:" + tag + b">").replace(
                b"<" + tag + b" ", b"<x:" + tag + b" ").replace(b"</" + tag + b">", b"</x:" + tag + b">")
        return data.replace(b"<worksheet ", b'<worksheet xmlns:x="http://schemas.openxmlformats.org/'
                            b'spreadsheetml/2006/main" ', 1)

    path = hx.patch_parts(src.read_bytes(), tmp_path / "prefixed.xlsx", prefix)
    with zipfile.ZipFile(path) as zf:
        assert b"<x:f>" in zf.read("xl/worksheets/sheet2.xml")
        assert scan.read_scan(zf, "xl/worksheets/sheet2.xml").formulas
    found = [p.cell for p in ohtrack.validate(path).problems if p.code == "formula-without-value"]
    assert found == ["Initiatives!D101", "Initiatives!B7001"]
