"""``ohtrack validate``: table and JSON output, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from ohtrack_cli.main import cli
from tests.conftest import MINIMAL
from tests.fixtures import make_fixtures as fx


def test_valid_workbook_exit_0(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook()
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"{path}: valid (0 errors, 0 warnings)\n"


def test_problems_exit_1_with_table(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Initiatives": [["ID", "Title", "Outcomes", "Start"],
                                                      ["I1", "A", "Nonsense", "soon"]]})
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}: not valid (2 errors, 0 warnings)"
    assert lines[1].split() == ["where", "severity", "code", "message"]
    assert lines[3].split()[:3] == ["Initiatives!C2", "error", "unknown-outcome"]
    assert lines[4].split()[:3] == ["Initiatives!D2", "error", "invalid-date"]


def test_warnings_only_is_valid_and_can_be_hidden(make_workbook: Callable[..., Path]) -> None:
    path = make_workbook({**MINIMAL, "Initiatives": [["ID", "Title"], ["I1", "A"]]})
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0
    assert "not-mapped" in result.stdout
    result = CliRunner().invoke(cli, ["validate", "--no-warnings", str(path)])
    assert result.stdout == f"{path}: valid (0 errors, 1 warning)\n"


def test_json_shape(tmp_path: Path) -> None:
    path = fx.make_known_bad(tmp_path)
    dutch = json.loads(CliRunner().invoke(cli, ["validate", "--json", str(path)]).stdout)
    assert dutch["problems"][0]["message"] == (  # the workbook's language
        "nulmeting_jaar: verwacht een geheel getal, maar vond 'twenty'")
    result = CliRunner().invoke(cli, ["validate", "--json", "--lang", "en", str(path)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) == {"valid", "problems", "stats"}
    assert data["valid"] is False
    assert data["problems"][0] == {
        "sheet": "Programma", "cell": "Programma!B4", "row": 4, "column": "B",
        "code": "not-an-integer", "severity": "error",
        "message": "baseline_year: expected a whole number, got 'twenty'"}
    assert all(set(p) == {"sheet", "cell", "row", "column", "code", "severity", "message"}
               for p in data["problems"])
    assert data["stats"]["initiatives"] == 5
    assert data["stats"]["sheets"][0] == "Programma"


def test_json_valid(make_workbook: Callable[..., Path]) -> None:
    result = CliRunner().invoke(cli, ["validate", "--json", str(make_workbook())])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["valid"] is True


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["validate"]).exit_code == 2
    assert runner.invoke(cli, ["validate", str(tmp_path / "missing.xlsx")]).exit_code == 2
    assert runner.invoke(cli, ["validate", str(tmp_path)]).exit_code == 2
    assert runner.invoke(cli, ["validate", "--bogus", str(tmp_path)]).exit_code == 2


def test_unreadable_is_one_line_on_stderr(tmp_path: Path) -> None:
    path = fx.make_password_protected(tmp_path)
    result = CliRunner().invoke(cli, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"Error: {path}: the workbook is password-protected; remove the "
                             "password and save again\n")
    dutch = CliRunner().invoke(cli, ["validate", str(path)])  # unread: Dutch, the default
    assert dutch.stderr == (f"Fout: {path}: de werkmap is met een wachtwoord beveiligd; haal het "
                            "wachtwoord weg en sla opnieuw op\n")


def test_help_names_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["validate", "--help"])
    assert result.exit_code == 0
    assert "Exits 0 when the workbook is valid" in result.stdout
