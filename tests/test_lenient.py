"""Lenient reading: the valid rows are analysed, and what was left out is listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import ohtrack

SHEETS = {
    "Programme": [["Field", "Value"], ["name", "P"], ["language", "en"], ["baseline_year", 20211]],
    "Units": [["ID", "Name"], ["U1", "Wegen"], ["U1", "Groen"]],
    "People": [["ID", "Name"], ["P1", "Anna"]],
    "Initiatives": [["ID", "Title", "Unit", "Owner", "Outcomes", "Start"],
                    ["I1", "Dagstart", "U1", "P1", "Direction", "2022-03-01"],
                    ["I2", "Werkoverleg", "U1", "P9", "Direction", None],  # unknown owner
                    ["I3", "Ronde", "U1", "P1", "Leadership", "31-2-2022"],  # no such date
                    ["I4", "Borging", "U1", "P1", "Motivation", None]],
    "Groups": [["Group", "Person"], ["G1", "P1"], ["G1", "P7"]],
}


def test_the_valid_part_and_what_was_left_out(make_workbook: Callable[..., Path]) -> None:
    result = ohtrack.read(make_workbook(SHEETS))
    assert not result.report.valid
    programme, left_out = result.valid_part()
    assert [i.id for i in programme.initiatives] == ["I1", "I4"]
    assert [u.name for u in programme.units] == ["Wegen"]  # the second U1 is left out
    assert [m.person for m in programme.groups[0].members] == ["P1"]
    assert programme.info.baseline_year is None  # 20211 is out of range: the field is empty
    assert [(x.sheet, x.row, x.what, x.problem.code) for x in left_out] == [
        ("Programme", 4, "field", "out-of-range"), ("Units", 3, "row", "duplicate-id"),
        ("Initiatives", 3, "row", "unknown-person"), ("Initiatives", 4, "row", "invalid-date"),
        ("Groups", 3, "row", "unknown-person")]
    # load(strict=False) is the same programme; the analyses run on it.
    loose = ohtrack.load(make_workbook(SHEETS), strict=False)
    assert [i.id for i in loose.initiatives] == ["I1", "I4"]
    mm = ohtrack.model_map(loose, as_of=dt.date(2024, 1, 1))
    assert mm.total == 2 and mm.units[0].count == 2


def test_lenient_on_the_command_line(make_workbook: Callable[..., Path]) -> None:
    from click.testing import CliRunner

    from ohtrack_cli.main import cli

    path = str(make_workbook(SHEETS))
    strict = CliRunner().invoke(cli, ["map", path])
    assert strict.exit_code == 1 and strict.output.startswith("Error: ")
    for command in (["map", path], ["network", path], ["indicators", path], ["track", "add", path,
                    "--store", str(Path(path).with_suffix(".sqlite"))]):
        result = CliRunner().invoke(cli, [*command, "--lenient"])
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines()[0] == f"{path}: 5 rows with errors are left out of the analysis:"
        assert "  Initiatives!D3: no person with ID or name 'P9' [unknown-person]" in result.stderr
    playbook = CliRunner().invoke(cli, ["playbook", path, "-o", str(Path(path).with_suffix(".md")),
                                        "--lenient", "--lang", "nl"])
    assert playbook.exit_code == 0, playbook.output
    assert "5 rijen met fouten zijn buiten de analyse gelaten" in playbook.stderr


def test_a_workbook_read_in_a_second_process_says_the_same(make_workbook: Callable[..., Path]) -> None:
    """``network`` reads the workbook in a forked child while it imports networkx: its output,
    errors and exit codes are those of reading it in one process (``OHTRACK_WORKERS=1``)."""
    import os
    import subprocess
    import sys

    path = str(make_workbook(SHEETS))
    broken = Path(path).with_name("kapot.xlsx")
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    runs = {}
    for workers in ("", "1"):
        env = {**os.environ, "OHTRACK_WORKERS": workers}
        runs[workers] = [subprocess.run([sys.executable, "-c", "from ohtrack_cli.main import cli; cli()",
                                         *args], capture_output=True, text=True, env=env, timeout=120)
                         for args in (["network", path, "--lenient", "--as-of", "2024-01-01"],
                                      ["network", path], ["network", str(broken)])]
    for forked, alone in zip(runs[""], runs["1"], strict=True):
        said = (forked.returncode, forked.stdout, forked.stderr)
        assert said == (alone.returncode, alone.stdout, alone.stderr)
    lenient, strict, damaged = runs[""]
    assert lenient.returncode == 0 and "5 rows with errors are left out" in lenient.stderr
    assert strict.returncode == 1 and strict.stderr.startswith("Error: ")
    assert damaged.returncode == 1 and len(damaged.stderr.splitlines()) == 1
