"""Every externally written spreadsheet we have: a clean report or one clear error, never a crash.

The whole corpus (about 80 files) is in ``../shared/realworld`` when it is beside the
repository; a fresh clone has the few MIT-licensed ones vendored in ``tests/data/spreadsheets``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.report import Severity
from ohtrack_cli.main import cli
from tests.conftest import DATA, REALWORLD

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SHARED_FILES = sorted(
    [p for p in (REALWORLD / "xlsx").rglob("*") if p.suffix.lower() in SUFFIXES]
    + list((REALWORLD / "inventories" / "uk_dft_templates").glob("*.xlsx"))
    + list((REALWORLD / "survey" / "uk_civil_service_people_survey").glob("*.xlsx"))
)
VENDORED = DATA / "spreadsheets"
FILES = SHARED_FILES or sorted(p for p in VENDORED.rglob("*") if p.suffix.lower() in SUFFIXES)


def file_id(path: Path) -> str:
    """``calamine/errors.xlsx`` for either copy; other shared files relative to realworld/."""
    for base in (REALWORLD / "xlsx", REALWORLD, VENDORED):
        if path.is_relative_to(base):
            return str(path.relative_to(base))
    raise ValueError(path)


IDS = [file_id(p) for p in FILES]


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
        assert result.stderr.startswith(f"Fout: {path}: ")
        assert result.stderr.count("\n") == 1
    else:
        assert result.stdout.splitlines()[0].startswith(f"{path}: niet geldig (")  # no taal: Dutch


def test_known_realworld_verdicts() -> None:
    expected = {
        "calamine/pass_protected.xlsx": "password-protected",
        "python-calamine/password.xlsx": "password-protected",
        "calamine/any_sheets.xls": "old Excel 97-2003 (.xls)",
        "python-calamine/empty_file.xlsx": "empty file (0 bytes)",
    }
    by_id = dict(zip(IDS, FILES))
    assert {"calamine/pass_protected.xlsx", "calamine/any_sheets.xls"} <= set(by_id)
    for rel, words in expected.items():
        if rel in by_id:
            report = ohtrack.validate(by_id[rel])
            assert report.flatten(["code"]) == [["unreadable-file"]], rel
            assert words in report.problems[0].message, rel
    ods = by_id["calamine/any_sheets.ods"]
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
                        found[f"{file_id(path)}:{name}"] = uncached_cells(data)
    return found


def test_formula_scan_on_real_files() -> None:
    """Formulas with stored results (Excel, LibreOffice, XlsxWriter, gnumeric, SheetJS) are
    fine, also ``t="str"`` with ``<v/>`` (a formula whose result is empty text); only cells
    with no stored result at all are reported."""
    found = _sheet_parts_with_formulas()
    assert len(found) > (40 if SHARED_FILES else 3)
    reported = {k: v for k, v in found.items() if v}
    expected = {
        "readxl/missing-v-node-xlsx.xlsx:xl/worksheets/sheet1.xml": ["C2"],
        "sheetjs/wtf_path.xlsx:wtf/worksheets/sheet1.xml": ["D1", "E1", "C2"],
    }
    assert reported == {k: v for k, v in expected.items() if k.split(":")[0] in set(IDS)}
    gmpp = "inventories/uk_dft_templates/GMPP_Template_Q2_1617_DfT.xlsx:xl/worksheets/sheet2.xml"
    if gmpp in found:  # =IF(x="","",x) stored as t="str" with <v/>: a value, not missing
        assert found[gmpp] == []
