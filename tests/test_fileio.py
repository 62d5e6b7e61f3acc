import os
import stat
from pathlib import Path

import pytest

from ohtrack.errors import OutputError
from ohtrack.fileio import write_atomic, write_text_atomic


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_text_atomic(target, "one")
    write_text_atomic(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = write_text_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def boom(p: Path) -> None:
        p.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(target, boom)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_text_atomic(tmp_path / "nope" / "out.txt", "x")



def test_os_errors_while_writing_become_one_output_error(tmp_path: Path) -> None:
    import errno

    target = tmp_path / "out.txt"
    target.write_text("old")

    def full(p: Path) -> None:
        p.write_text("half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputError) as info:
        write_atomic(target, full, lang="en")
    assert str(info.value) == f"{target}: can't be written (No space left on device)"
    assert (info.value.reason, info.value.params["path"]) == ("cant_write", str(target))
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_workbooks_are_zipped_in_memory_then_written_once(tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook

    from ohtrack.fileio import write_workbook_atomic

    wb = Workbook()
    assert wb.active is not None
    wb.active["A1"] = "kept"
    path = write_workbook_atomic(tmp_path / "w.xlsx", wb)
    sheet = load_workbook(path).active
    assert sheet is not None and sheet["A1"].value == "kept"
