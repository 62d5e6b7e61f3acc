"""Every externally written spreadsheet we have: a clean report or one clear error, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.report import Severity
from ohtrack_cli.main import cli
from tests.conftest import REALWORLD

FILES = sorted(
    [p for p in (REALWORLD / "xlsx").rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods")]
    + list((REALWORLD / "inventories" / "uk_dft_templates").glob("*.xlsx"))
    + list((REALWORLD / "survey" / "uk_civil_service_people_survey").glob("*.xlsx"))
)
IDS = [str(p.relative_to(REALWORLD)) for p in FILES]

pytestmark = pytest.mark.skipif(not FILES, reason="no real-world spreadsheets on this machine")


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_realworld_file_gives_a_well_formed_report(path: Path) -> None:
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    report = ohtrack.validate(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    for p in report.problems:
        assert p.code and p.message and "\n" not in p.message
        assert isinstance(p.severity, Severity)
        if p.cell is not None:
            assert p.sheet is not None and p.cell.startswith(f"{p.sheet}!")
    codes = [p.code for p in report.problems]
    if "unreadable-file" in codes:
        assert codes == ["unreadable-file"]
        assert report.problems[0].message.startswith(f"{path}: ")
    else:  # none of them is an ohtrack workbook: the two required sheets are missing
        assert report.flatten(["sheet", "code"])[:2] == [
            ["Programme", "missing-sheet"], ["Initiatives", "missing-sheet"]]
    d = report.to_dict()
    assert set(d) == {"valid", "problems", "stats"} and d["valid"] is False


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_realworld_file_through_the_cli(path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    if result.stderr:
        assert result.stdout == ""
        assert result.stderr.startswith(f"Error: {path}: ")
        assert result.stderr.count("\n") == 1
    else:
        assert result.stdout.splitlines()[0].startswith(f"{path}: niet geldig (")  # no taal: Dutch


def test_known_realworld_verdicts() -> None:
    expected = {
        "xlsx/calamine/pass_protected.xlsx": "password-protected",
        "xlsx/python-calamine/password.xlsx": "password-protected",
        "xlsx/calamine/any_sheets.xls": "old Excel 97-2003 (.xls)",
        "xlsx/python-calamine/empty_file.xlsx": "empty file (0 bytes)",
    }
    for rel, words in expected.items():
        path = REALWORLD / rel
        if path.exists():
            report = ohtrack.validate(path)
            assert report.flatten(["code"]) == [["unreadable-file"]], rel
            assert words in report.problems[0].message, rel
    ods = REALWORLD / "xlsx/calamine/any_sheets.ods"
    if ods.exists():
        assert ohtrack.validate(ods).flatten(["code"]) == [["missing-sheet"], ["missing-sheet"]]


def _sheet_parts_with_formulas() -> dict[str, list[str]]:
    import zipfile

    from ohtrack.workbook.source import uncached_cells

    found: dict[str, list[str]] = {}
    for path in FILES:
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            continue
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            continue
        with zf:
            for name in zf.namelist():
                if "worksheets/" in name and name.endswith(".xml"):
                    data = zf.read(name)
                    if b"<f>" in data or b"<f " in data:
                        found[f"{path.relative_to(REALWORLD)}:{name}"] = uncached_cells(data)
    return found


def test_formula_scan_on_real_files() -> None:
    """Formulas with stored results (Excel, LibreOffice, XlsxWriter, gnumeric, SheetJS) are
    fine, also ``t="str"`` with ``<v/>`` (a formula whose result is empty text); only cells
    with no stored result at all are reported."""
    found = _sheet_parts_with_formulas()
    assert len(found) > 40
    reported = {k: v for k, v in found.items() if v}
    expected = {
        "xlsx/readxl/missing-v-node-xlsx.xlsx:xl/worksheets/sheet1.xml": ["C2"],
        "xlsx/sheetjs/wtf_path.xlsx:wtf/worksheets/sheet1.xml": ["D1", "E1", "C2"],
    }
    assert reported == {k: v for k, v in expected.items() if k.split(":")[0] in
                        {str(p.relative_to(REALWORLD)) for p in FILES}}
    gmpp = "inventories/uk_dft_templates/GMPP_Template_Q2_1617_DfT.xlsx:xl/worksheets/sheet2.xml"
    if gmpp in found:  # =IF(x="","",x) stored as t="str" with <v/>: a value, not missing
        assert found[gmpp] == []
