"""Hostile files: one clear error at once, within a memory budget, never a hang or an empty
sheet read without a word."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import ohtrack
from ohtrack.workbook import budget, scan
from ohtrack_cli.main import cli
from tests.conftest import ROOT, write_workbook
from tests.fixtures import hostile as hx

TIMEOUT = 120  # seconds; a hang fails the test instead of stopping the run


def only_problem(path: Path, **kwargs: object) -> str:
    report = ohtrack.validate(path, **kwargs)  # type: ignore[arg-type]
    assert report.flatten(["code"]) == [["unreadable-file"]], report.flatten(["cell", "code"])
    return report.problems[0].message


# -- sheets that can't be decoded ----------------------------------------------------------

def test_a_utf16_sheet_is_refused_not_read_as_empty(tmp_path: Path) -> None:
    path = hx.make_utf16_sheet(tmp_path)
    assert only_problem(path) == (
        f"{path}: refused: xl/worksheets/sheet2.xml is stored as UTF-16-LE, which can't be read (its "
        "cells would come out empty); open it in Excel or LibreOffice and save it as .xlsx")


def test_a_dtd_in_a_utf16_sheet_is_caught(tmp_path: Path) -> None:
    path = hx.make_utf16_sheet(tmp_path, dtd=True)
    assert only_problem(path) == (f"{path}: refused: xl/worksheets/sheet2.xml declares a DTD or entities "
                                  "(an XML bomb?); real workbooks never do")


def test_a_dtd_inside_a_sheet_body_is_caught(tmp_path: Path) -> None:
    path = hx.make_body_dtd(tmp_path)
    assert "xl/worksheets/sheet2.xml declares a DTD or entities" in only_problem(path)


# -- not a regular file ----------------------------------------------------------------------

def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "werkmap.xlsx"
    os.mkfifo(fifo)
    # in a subprocess with a timeout: opening a pipe without a writer would block forever
    ohtrack_cmd = Path(sys.executable).parent / "ohtrack"
    result = subprocess.run([str(ohtrack_cmd), "validate", str(fifo), "--lang", "en"], capture_output=True,
                            text=True, timeout=TIMEOUT, cwd=ROOT)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"Error: {fifo}: a named pipe, not a workbook file\n"
    code = f"import ohtrack; print(ohtrack.validate({str(fifo)!r}).problems[0].message)"
    lib = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT)
    assert lib.stdout == f"{fifo}: a named pipe, not a workbook file\n"


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    assert only_problem(Path("/dev/null")) == "/dev/null: a device, not a workbook file"
    assert only_problem(tmp_path) == f"{tmp_path}: is a folder, not a workbook"
    result = CliRunner().invoke(cli, ["survey", "/dev/zero"])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output


# -- the memory budget -----------------------------------------------------------------------

def test_a_far_cell_is_refused_before_anything_is_allocated(tmp_path: Path) -> None:
    path = hx.make_far_cell(tmp_path)
    assert path.stat().st_size < 30_000
    assert only_problem(path) == (
        f"{path}: refused: reading sheet 'Extra' (cells in A1:XFD1048576) would take about 786432 MB of "
        "memory, more than the 1024 MB allowed; if the file is what you expect, allow more with "
        "OHTRACK_MAX_MEMORY=961G")
    result = CliRunner().invoke(cli, ["map", str(path)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1


def _bounded(path: Path, budget_text: str, address_space: int) -> subprocess.CompletedProcess[str]:
    """``ohtrack.validate(path)`` in a child whose address space is capped at
    ``address_space`` bytes (RLIMIT_AS), with ``OHTRACK_MAX_MEMORY=budget_text``."""
    code = textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, ({address_space}, {address_space}))
        import ohtrack
        report = ohtrack.validate({str(path)!r})
        print(report.problems[0].message if report.problems else "read")
    """)
    env = {**os.environ, "OHTRACK_MAX_MEMORY": budget_text}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=TIMEOUT, env=env)


def test_far_cell_within_a_bounded_address_space(tmp_path: Path) -> None:
    """Budget 1 GiB (the default), address space 2 GiB: reading the sheet as calamine would
    needs 786 GB, so without the check the child would die; it prints the refusal."""
    path = hx.make_far_cell(tmp_path)
    result = _bounded(path, "1G", 2 << 30)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "refused: reading sheet 'Extra' (cells in A1:XFD1048576)" in result.stdout


def test_expanded_cells_within_a_bounded_address_space(tmp_path: Path) -> None:
    """120 MB of cell text in a 2 MB file (under the zip-bomb limits: no member expands 1000-fold).
    Budget 64 MB, address space 384 MB (the interpreter with ohtrack loaded takes about 180 MB):
    reading it would need about 300 MB more, so without the check the child would fail."""
    path = hx.make_expanded_cells(tmp_path, 120 << 20)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet3.xml")
    assert info.file_size > 120 << 20 and info.file_size / info.compress_size < 1000
    result = _bounded(path, "64M", 384 << 20)
    assert result.returncode == 0, result.stderr[-2000:]
    m = re.search(r"refused: reading sheet 'Extra' \((\d+) MB of cells unpacked\) would take at least "
                  r"(\d+) MB of memory, more than the 64 MB allowed", result.stdout)
    assert m and int(m[1]) >= 120 and int(m[2]) >= 260, result.stdout


@pytest.mark.parametrize(("make", "budget_text", "address_space"), [
    (hx.make_far_cell, "1G", 2 << 30),
    (lambda folder: hx.make_expanded_cells(folder, 120 << 20), "64M", 384 << 20),
], ids=["far-cell", "expanded-cells"])
def test_a_command_on_a_hostile_file_within_a_bounded_address_space(
        make: Any, budget_text: str, address_space: int, tmp_path: Path) -> None:
    """``ohtrack map`` in a child capped as above (far cell: budget 1 GiB, address space 2 GiB;
    120 MB of cells: budget 64 MB, address space 384 MB): exit 1, one ``Error:`` line."""
    path = make(tmp_path)
    code = textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, ({address_space}, {address_space}))
        from ohtrack_cli.main import cli
        cli(["map", {str(path)!r}, "--lang", "en"])
    """)
    env = {**os.environ, "OHTRACK_MAX_MEMORY": budget_text}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=TIMEOUT, env=env)
    assert result.returncode == 1, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: refused: reading sheet 'Extra'"), lines
    assert result.stdout == ""


def test_one_shared_string_copied_into_many_cells_within_a_bounded_address_space(tmp_path: Path) -> None:
    """A 110 KB file: one 1 MB shared string in 20,000 cells, which the reader copies into each
    (20 GB). Budget 1 GiB, address space 2 GiB."""
    path = hx.make_shared_string_copies(tmp_path)
    assert path.stat().st_size < 200_000
    result = _bounded(path, "1G", 2 << 30)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == (f"{path}: refused: reading sheet 'Extra' (cells in A1:A20000) would take about "
                             "44006 MB of memory, more than the 1024 MB allowed; if the file is what you "
                             "expect, allow more with OHTRACK_MAX_MEMORY=54G\n")
    (tmp_path / "small").mkdir()
    small = hx.make_shared_string_copies(tmp_path / "small", text=1000, cells=50)
    assert ohtrack.validate(small).valid


def test_repeated_opendocument_cells_within_a_bounded_address_space(tmp_path: Path) -> None:
    """1 KB that calamine would expand to 90 million cells (about 3 GB; it stops only at 100
    million): budget 1 GiB, address space 2 GiB."""
    path = hx.make_ods_repeats(tmp_path)
    assert path.stat().st_size < 2000
    result = _bounded(path, "1G", 2 << 30)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == (f"{path}: refused: reading sheet 'Repeats' (cells in A1:NTP9000) would take "
                             "about 16994 MB of memory, more than the 1024 MB allowed; if the file is what "
                             "you expect, allow more with OHTRACK_MAX_MEMORY=21G\n")
    (tmp_path / "small").mkdir()
    small = hx.make_ods_repeats(tmp_path / "small", rows=3, cols=4)
    assert ohtrack.validate(small).flatten(["code"]) == [["missing-sheet"], ["missing-sheet"]]


def test_gigabytes_of_cells_are_refused_at_once(tmp_path: Path) -> None:
    """A sheet whose unpacked size alone is over budget is refused before it is scanned."""
    path = hx.make_expanded_cells(tmp_path, 40 << 20)
    message = only_problem(path, max_memory="16M")
    m = re.fullmatch(rf"{re.escape(str(path))}: refused: reading sheet 'Extra' "
                     r"\((\d+) MB of cells unpacked\) would take at least (\d+) MB of memory, more than "
                     r"the 16 MB allowed; if the file is what you expect, allow more with "
                     r"OHTRACK_MAX_MEMORY=256M", message)
    assert m and 40 <= int(m[1]) < 44 and 88 <= int(m[2]) < 100, message


@pytest.mark.parametrize(("need", "suggested"), [
    (1, "256M"),                          # a quarter more, at least one 256 MB step
    (200 << 20, "256M"),                  # 250 MB
    (205 << 20, "512M"),                  # 256.25 MB: the next step
    (800 << 20, "1024M"),                 # 1000 MB
    (820 << 20, "2G"),                    # 1025 MB: whole gigabytes from here
    (int(4.2 * (1 << 30)), "6G"),         # the survey bench's sheet: 5.25 GB
    (786432 << 20, "960G"),
])
def test_the_refusal_suggests_a_budget_above_what_reading_needs(need: int, suggested: str) -> None:
    assert budget.suggested_budget(need) == suggested


def test_the_budget_is_settable_and_a_normal_file_reads_within_it(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = hx.make_expanded_cells(tmp_path, 4 << 20)
    assert "more than the 8 MB allowed" in only_problem(path, max_memory="8M")
    assert ohtrack.validate(path).valid  # the default 1 GiB
    monkeypatch.setenv("OHTRACK_MAX_MEMORY", "8M")
    assert "more than the 8 MB allowed" in only_problem(path)
    assert ohtrack.validate(path, max_memory=1 << 30).valid  # the argument wins


@pytest.mark.parametrize(("text", "value"), [("2G", 2 << 30), ("512M", 512 << 20), ("1.5g", 3 << 29),
                                             ("800000000", 800_000_000), ("64 MB", 64 << 20),
                                             ("2GiB", 2 << 30), ("", budget.DEFAULT_MAX_MEMORY)])
def test_budget_sizes(text: str, value: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OHTRACK_MAX_MEMORY", text)
    assert budget.memory_budget() == value
    assert budget.memory_budget(text or None) == value


def test_a_wrong_budget_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OHTRACK_MAX_MEMORY", "lots")
    with pytest.raises(ValueError, match="OHTRACK_MAX_MEMORY: 'lots' is not a memory size such as 2G"):
        budget.memory_budget()
    workbook = str(write_workbook(tmp_path / "w.xlsx", {"S": [[1]]}))
    result = CliRunner().invoke(cli, ["validate", workbook, "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: OHTRACK_MAX_MEMORY: 'lots' is not a memory size")
    dutch = CliRunner().invoke(cli, ["validate", workbook])
    assert dutch.stderr.startswith("Fout: OHTRACK_MAX_MEMORY: 'lots' is geen geheugengrootte")


def test_a_dimension_that_lies_costs_nothing(tmp_path: Path) -> None:
    """gnumeric writes <dimension ref="A1:XFD1048576"> over a few cells: what counts is the cells."""
    src = write_workbook(tmp_path / "src.xlsx", {"Programme": hx.PROGRAMME, "Initiatives": hx.INITIATIVES})

    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet2.xml":
            return data
        return data.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>')

    path = hx.patch_parts(src.read_bytes(), tmp_path / "lying-dimension.xlsx", change)
    assert b"XFD1048576" in zipfile.ZipFile(path).read("xl/worksheets/sheet2.xml")
    assert ohtrack.validate(path).valid


# -- the scan is an upper bound of what calamine makes -------------------------------------

_cells = st.lists(st.tuples(st.integers(1, 1_048_576), st.integers(1, 16384)), min_size=1, max_size=6)


def _sheet_xml(body_rows: int, width: int, extra: list[tuple[int, int]], at: int) -> bytes:
    """A big regular table with ``extra`` cells put in at row ``at`` (any order, any place)."""
    rows = []
    for r in range(1, body_rows + 1):
        cells = "".join(f'<c r="{scan.cell_name(r, c)}"><v>{r * c}</v></c>' for c in range(1, width + 1))
        if r == at:
            cells += "".join(f'<c r="{scan.cell_name(er, ec)}" t="inlineStr"><is><t>x</t></is></c>'
                             for er, ec in extra)
        rows.append(f'<row r="{r}">{cells}</row>')
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(rows) + "</sheetData></worksheet>").encode()


@settings(max_examples=25, deadline=None)
@given(_cells, st.integers(1, 6000))
def test_fast_scan_never_underestimates_the_block(extra: list[tuple[int, int]], at: int) -> None:
    xml = _sheet_xml(6000, 8, extra, at)
    assert len(xml) > scan.EXACT_UP_TO  # the C-speed path is the one under test
    fast = scan._fast(iter([xml[i:i + scan.CHUNK] for i in range(0, len(xml), scan.CHUNK)]), "p", len(xml))
    rows = max(6000, *(r for r, _ in extra))
    cols = max(8, *(c for _, c in extra))
    if fast is None:
        return  # sent to the exact walk, checked below
    assert fast.first == (1, 1) and fast.last[0] >= rows and fast.last[1] >= cols
    assert fast.cells >= 6000 * 8 + len(extra)


@settings(max_examples=25, deadline=None)
@given(_cells, st.integers(1, 300))
def test_exact_walk_finds_the_real_corners(extra: list[tuple[int, int]], at: int) -> None:
    xml = _sheet_xml(300, 4, extra, at)
    walker = scan._Walker()
    walker.feed(xml)
    result = walker.result("p", len(xml), False, False)
    assert result.first == (1, 1)
    assert result.last == (max(300, *(r for r, _ in extra)), max(4, *(c for _, c in extra)))
    assert result.cells == 1200 + len(extra)


def test_cells_without_positions_and_prefixed_tags_are_walked() -> None:
    """Real files from other writers: no r= attributes (calamine issue 261), x: prefixes. The
    walk puts the corners where calamine does."""
    import python_calamine

    from tests.conftest import DATA

    for name in ("calamine/issue_261.xlsx", "calamine/nonstandard-xml-ns-prefix.xlsx"):
        path = DATA / "spreadsheets" / name
        with zipfile.ZipFile(path) as zf:
            pkg = budget.package(zf)
            ((sheet, part),) = pkg.sheets.items()
            result = scan.read_scan(zf, part)
        calamine = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet)
        assert calamine.start is not None and calamine.end is not None
        assert result.first == (calamine.start[0] + 1, calamine.start[1] + 1), name
        assert result.last == (calamine.end[0] + 1, calamine.end[1] + 1), name
