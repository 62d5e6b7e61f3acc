"""Files that are no (usable) workbook: one clear error, exit 1, the file untouched."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.errors import WorkbookError
from ohtrack_cli.main import cli
from tests.fixtures import make_fixtures as fx

#: fixture → the reason the one-line error gives after "<file>: ".
UNREADABLE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "text": (fx.make_text_as_xlsx, "a CSV or text file, not an Excel workbook; open it in Excel "
             "or LibreOffice and save it as .xlsx"),
    "csv": (fx.make_csv_as_xlsx, "a CSV or text file, not an Excel workbook; open it in Excel "
            "or LibreOffice and save it as .xlsx"),
    "corrupt": (fx.make_corrupt_zip, "a damaged file (corrupt zip: File is not a zip file)"),
    "zero": (fx.make_zero_bytes, "an empty file (0 bytes), not a workbook"),
    "password": (fx.make_password_protected, "the workbook is password-protected; remove the "
                 "password and save again"),
    "xls": (fx.make_xls_as_xlsx, "an old Excel 97-2003 (.xls) file; open it in Excel or "
            "LibreOffice and save it as .xlsx"),
    "bomb": (fx.make_xml_bomb, "refused: xl/worksheets/sheet1.xml declares a DTD or entities "
             "(an XML bomb?); real workbooks never do"),
}


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize("kind", sorted(UNREADABLE))
def test_unreadable_file_is_one_problem(kind: str, tmp_path: Path) -> None:
    make, reason = UNREADABLE[kind]
    path = make(tmp_path)
    before = _snapshot(path)
    report = ohtrack.validate(path)
    assert not report.valid
    assert report.flatten(["sheet", "cell", "code"]) == [[None, None, "unreadable-file"]]
    assert report.problems[0].message == f"{path}: {reason}"
    assert _snapshot(path) == before


@pytest.mark.parametrize("kind", sorted(UNREADABLE))
def test_unreadable_file_cli_is_one_error_line(kind: str, tmp_path: Path) -> None:
    make, reason = UNREADABLE[kind]
    path = make(tmp_path)
    before = _snapshot(path)
    result = CliRunner().invoke(cli, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {path}: {reason}\n"
    dutch = CliRunner().invoke(cli, ["validate", str(path)])  # nothing read: Dutch, the default
    assert dutch.stderr.startswith(f"Fout: {path}: ") and dutch.stderr != result.stderr
    assert _snapshot(path) == before


@pytest.mark.parametrize("kind", sorted(UNREADABLE))
def test_unreadable_file_load_raises(kind: str, tmp_path: Path) -> None:
    make, reason = UNREADABLE[kind]
    path = make(tmp_path)
    with pytest.raises(WorkbookError) as info:
        ohtrack.load(path)
    assert str(info.value) == f"{path}: {reason}"


def test_unreadable_json_keeps_the_shape(tmp_path: Path) -> None:
    path = fx.make_corrupt_zip(tmp_path)
    result = CliRunner().invoke(cli, ["validate", "--json", str(path)])
    assert result.exit_code == 1
    import json

    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert [p["code"] for p in data["problems"]] == ["unreadable-file"]


def test_xml_bomb_refused_without_memory_blow_up(tmp_path: Path) -> None:
    path = fx.make_xml_bomb(tmp_path)
    tracemalloc.start()
    report = ohtrack.validate(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert report.flatten(["code"]) == [["unreadable-file"]]
    assert peak < 20_000_000


def test_dtd_hidden_behind_a_long_comment_is_refused(tmp_path: Path) -> None:
    path = fx.make_xml_bomb(tmp_path)
    import zipfile

    padded = tmp_path / "padded.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                decl, rest = data.split(b"\n", 1)
                data = decl + b"\n<!--" + b" padding" * 5000 + b"-->" + rest
            out.writestr(info, data)
    report = ohtrack.validate(padded)
    assert report.problems[0].code == "unreadable-file"
    assert "declares a DTD or entities" in report.problems[0].message


def test_folder_and_missing_file(tmp_path: Path) -> None:
    assert ohtrack.validate(tmp_path).problems[0].message == f"{tmp_path}: is a folder, not a workbook"
    missing = tmp_path / "nope.xlsx"
    assert ohtrack.validate(missing).problems[0].message == f"{missing}: no such file"
    result = CliRunner().invoke(cli, ["validate", str(missing)])
    assert result.exit_code == 2


@pytest.mark.parametrize("make", [fx.make_no_data, fx.make_missing_sheets])
def test_workbook_without_the_required_sheets(make: Callable[[Path], Path], tmp_path: Path) -> None:
    path = make(tmp_path)
    before = _snapshot(path)
    report = ohtrack.validate(path)
    assert report.flatten(["sheet", "cell", "code"]) == [
        ["Programme", None, "missing-sheet"], ["Initiatives", None, "missing-sheet"]]
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == f"{path}: niet geldig (2 fouten, 0 waarschuwingen)"
    assert _snapshot(path) == before


def test_thousands_of_formatted_empty_rows_are_skipped(tmp_path: Path) -> None:
    path = fx.make_formatted_empty_rows(tmp_path, rows=5000)
    result = ohtrack.read(path)
    assert result.report.problems == []
    assert result.programme is not None
    assert [i.id for i in result.programme.initiatives] == ["I1"]


def test_formulas_without_cached_values_are_placed_exactly(tmp_path: Path) -> None:
    path = fx.make_formulas(tmp_path)
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "row", "column", "code"]) == [
        ["Initiatives!D2", 2, "D", "formula-without-value"],
        ["Initiatives!B3", 3, "B", "formula-without-value"],
        ["Initiatives!D4", 4, "D", "formula-without-value"],
    ]


def test_merged_header_cells(tmp_path: Path) -> None:
    path = fx.make_merged_header(tmp_path)
    report = ohtrack.validate(path)
    assert report.flatten(["cell", "row", "column", "code"]) == [
        ["Initiatives!B1", 1, "B", "merged-header"]]
    assert "B1:C1" in report.problems[0].message


def test_missing_sheets_list_the_sheets_found(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({"Blad1": [["Actie", "Eigenaar"], ["Bel de klant", "Piet"]],
                          "Notities": [["x"]]})
    report = ohtrack.validate(path)
    assert report.flatten(["code"]) == [["missing-sheet"], ["missing-sheet"]]
    assert report.problems[0].message == (
        "required sheet 'Programme' ('Programma') is missing; the workbook has 'Blad1', 'Notities'")
    assert report.problems[1].text("nl") == (
        "verplicht blad 'Verbetertrajecten' ('Initiatives') ontbreekt; de werkmap heeft "
        "'Blad1', 'Notities'")


def test_a_survey_file_is_recognised(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({"Antwoorden": [["Respondent", "Eenheid", "V1"], ["R1", "U1", 4]],
                          "Vragen": [["Item", "Uitkomst"], ["V1", "Richting"]]})
    report = ohtrack.validate(path)
    assert report.flatten(["code"]) == [["survey-file"]]
    assert "ohtrack survey" in report.problems[0].text("nl")
