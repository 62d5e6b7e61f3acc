"""Faults are one line: a full disk, no permission, a vanished folder, a damaged store.

Each gives exit 1 and one ``Fout:`` line (``Error:`` in English) naming the path; the old
output stays as it was and no temp file is left. ``--debug`` (before or after the command)
shows the traceback; an exception that is not the library's own is a bug: its traceback and a
line asking to report it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ohtrack_cli.main import cli
from tests.conftest import SAMPLES

STAAL = str(SAMPLES / "staal-osf2-verbeterteam.xlsx")
SURVEY = str(SAMPLES / "gemeente-pitstop-enquete.xlsx")
BUG_LINE = "Dit is een fout in ohtrack; meld die alstublieft met de traceback hierboven."


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def no_space(*_: Any, **__: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def half_then_full(original: Callable[..., Any]) -> Callable[..., Any]:
    """A write that puts a few bytes in the temp file and then finds the disk full."""

    def write(self: Path, data: Any, *args: Any, **kwargs: Any) -> None:
        original(self, data[:10], *args, **kwargs)
        no_space()

    return write


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "write_bytes", half_then_full(Path.write_bytes))
    monkeypatch.setattr(Path, "write_text", half_then_full(Path.write_text))


#: (command before the output, output file name, options after it); the samples are Dutch.
CASES: list[tuple[list[str], str, list[str]]] = [
    (["map", STAAL, "--xlsx"], "map.xlsx", []),
    (["map", STAAL, "--png"], "map.png", []),
    (["survey", SURVEY, "--xlsx"], "survey.xlsx", []),
    (["indicators", STAAL, "--png"], "ind.png", []),
    (["network", STAAL, "--export"], "net.json", []),
    (["network", STAAL, "--export"], "kumu.xlsx", []),
    (["playbook", STAAL, "-o"], "draaiboek.html", ["--section", "mission"]),
    (["playbook", STAAL, "-o"], "draaiboek.docx", ["--section", "mission"]),
]


def one_error(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert result.exit_code == 1, result.output
    assert len(lines) == 1 and lines[0].startswith("Fout: "), result.stderr
    assert "Traceback" not in result.output
    return str(lines[0])


def old_file(path: Path) -> Path:
    with open(path, "wb") as f:  # plain open: Path.write_bytes may be faked
        f.write(b"old output")
    return path


@pytest.mark.parametrize(("before", "name", "after"), CASES, ids=[c[1] for c in CASES])
def test_full_disk_is_one_line_and_keeps_the_old_file(
        tmp_path: Path, full_disk: None, before: list[str], name: str, after: list[str]) -> None:
    target = old_file(tmp_path / name)
    line = one_error(run(*before, str(target), *after))
    assert line == f"Fout: {target}: kan niet worden geschreven (geen ruimte meer op de schijf)"
    assert target.read_bytes() == b"old output"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temp file left


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    target = old_file(tmp_path / "map.xlsx")

    def denied(*_: Any, **__: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    line = one_error(run("map", STAAL, "--xlsx", str(target)))
    assert line == f"Fout: {target}: kan niet worden geschreven (geen toestemming)"
    assert target.read_bytes() == b"old output"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into a read-only folder anyway (chmod has no effect)")
def test_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = old_file(folder / "map.png")
    folder.chmod(0o555)
    try:
        line = one_error(run("map", STAAL, "--png", str(target)))
    finally:
        folder.chmod(0o755)
    assert line == f"Fout: {target}: kan niet worden geschreven (geen toestemming)"
    assert target.read_bytes() == b"old output"
    assert [p.name for p in folder.iterdir()] == ["map.png"]


def test_missing_folder_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "survey.xlsx"
    line = one_error(run("survey", SURVEY, "--xlsx", str(target)))
    assert line == f"Fout: {target}: map {target.parent} bestaat niet"


def test_folder_that_vanishes_while_writing_is_one_line(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "net.graphml"
    real_replace = os.replace

    def vanish(src: Any, dst: Any) -> None:
        shutil.rmtree(folder)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", vanish)
    line = one_error(run("network", STAAL, "--export", str(target)))
    assert line == f"Fout: {target}: kan niet worden geschreven (bestand of map bestaat niet)"
    assert not folder.exists()


def test_store_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    store = tmp_path / "h.sqlite"
    store.write_bytes(b"this is no database" * 100)
    line = one_error(run("track", "history", "--store", str(store)))
    assert line == f"Fout: sqlite:///{store}: de database meldt: file is not a database"


@pytest.mark.parametrize("damage", ['{"info": {"name": 5}}', "{cut off"])
def test_damaged_snapshot_names_the_store_and_the_snapshot(tmp_path: Path, damage: str) -> None:
    store = tmp_path / "h.sqlite"
    assert run("track", "add", STAAL, "--store", str(store)).exit_code == 0
    with sqlite3.connect(store) as conn:  # a snapshot whose programme is no longer readable
        conn.execute("INSERT INTO snapshots (created_at, content_hash, programme) "
                     "VALUES ('2024-01-01 00:00:00', 'x', ?)", (damage,))
    conn.close()
    for command in (["track", "history"], ["track", "list"]):  # list reads the latest's language
        line = one_error(run(*command, "--store", str(store)))
        assert line.startswith(f"Fout: sqlite:///{store}: momentopname 2 is beschadigd en kan niet "
                               "worden gelezen (")
    reason = one_error(run("track", "history", "--store", str(store)))
    assert reason.endswith("(info.name: Input should be a valid string)" if damage.startswith("{\"")
                           else "(Expecting property name enclosed in double quotes: line 1 column 2 "
                                "(char 1))")


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback_of_a_library_error(tmp_path: Path, where: str) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    args = ["map", str(bad)]
    args = ["--debug", *args] if where == "before" else [*args, "--debug"]
    result = run(*args)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert "WorkbookError" in result.stderr
    assert lines[-1].startswith(f"Fout: {bad}: ")
    assert BUG_LINE not in result.stderr


def test_without_debug_a_library_error_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert one_error(run("map", str(bad))).startswith(f"Fout: {bad}: ")


def test_a_bug_shows_its_traceback_and_asks_for_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    import ohtrack.analysis.model_map as module

    def broken(*_: Any, **__: Any) -> None:
        raise ZeroDivisionError("division by zero")

    # ohtrack's lazy attribute first: looking it up caches the real function, which the undo
    # puts back (after the module's, the lookup would cache the broken one for every later
    # test in this process)
    monkeypatch.setattr("ohtrack.model_map", broken)
    monkeypatch.setattr(module, "model_map", broken)
    result = run("map", STAAL)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert "ZeroDivisionError: division by zero" in lines
    assert lines[-1] == BUG_LINE
    assert not any(line.startswith("Error:") for line in lines)
