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
        assert result.stdout.splitlines()[0].startswith(f"{path}: not valid (")


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
