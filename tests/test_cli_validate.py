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


def _many_unmapped(make_workbook: Callable[..., Path], n: int) -> Path:
    rows = [["ID", "Title", "Start"]] + [[f"I{i}", f"Work {i}", None] for i in range(1, n + 1)]
    rows[2][2] = "soon"  # one error among them, in row 3
    return make_workbook({**MINIMAL, "Initiatives": rows})


def test_many_warnings_of_one_column_are_one_line(make_workbook: Callable[..., Path]) -> None:
    """1,204 initiatives on no outcome: one line "(and 1,203 more rows)", not 1,204; the
    error among them keeps its own line, in its place; --each and --json list every one."""
    path = _many_unmapped(make_workbook, 1204)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}: not valid (1 error, 1,204 warnings)"
    body = lines[3:]
    assert len(body) == 2
    assert body[0].split()[:7] == ["Initiatives!2:2", "(and", "1,203", "more", "rows)", "warning",
                                   "not-mapped"]
    assert "initiative I1 names no outcome" in body[0]
    assert body[1].split()[:3] == ["Initiatives!C3", "error", "invalid-date"]
    each = CliRunner().invoke(cli, ["validate", "--each", str(path)]).stdout.splitlines()
    assert len(each) == 3 + 1205
    assert [ln.split()[0] for ln in each[3:6]] == ["Initiatives!2:2", "Initiatives!3:3", "Initiatives!C3"]
    data = json.loads(CliRunner().invoke(cli, ["validate", "--json", str(path)]).stdout)
    assert len(data["problems"]) == 1205
    nl = CliRunner().invoke(cli, ["validate", "--lang", "nl", str(path)]).stdout.splitlines()
    assert nl[0] == f"{path}: niet geldig (1 fout, 1.204 waarschuwingen)"
    assert "Initiatives!2:2 (en nog 1.203 rijen)" in nl[3]


def test_three_warnings_of_a_kind_keep_their_lines(make_workbook: Callable[..., Path]) -> None:
    path = _many_unmapped(make_workbook, 3)
    lines = CliRunner().invoke(cli, ["validate", str(path)]).stdout.splitlines()[3:]
    assert [ln.split()[0] for ln in lines] == ["Initiatives!2:2", "Initiatives!3:3", "Initiatives!C3",
                                               "Initiatives!4:4"]
    assert not any("more" in ln for ln in lines)


def test_report_groups_warnings_by_code_and_column_in_order() -> None:
    """Worked by hand: four `stale` warnings in column F (one line, at F2, "and 3 more
    cells"), two in G (each its own line), an error between them keeps its place."""
    from ohtrack.report import Problem, Report, Severity

    def warn(cell: str, code: str = "stale") -> Problem:
        return Problem(code=code, message=f"{cell} is old", severity=Severity.WARNING,
                       sheet="Initiatives", cell=f"Initiatives!{cell}")

    problems = [warn("F2"), warn("G2"), Problem(code="invalid-date", message="no date", sheet="Initiatives",
                                                cell="Initiatives!C3"),
                warn("F3"), warn("F4"), warn("G5"), warn("F9"), warn("F10", code="other")]
    text = Report(problems=problems, source="wb.xlsx").to_text("en")
    places = [ln.split("  ")[0] for ln in text.splitlines()[3:]]
    assert places == ["Initiatives!F2 (and 3 more cells)", "Initiatives!G2", "Initiatives!C3",
                      "Initiatives!G5", "Initiatives!F10"]
    assert "F2 is old" in text.splitlines()[3]
    assert len(Report(problems=problems).to_text("en", each=True).splitlines()) == 3 + 8
