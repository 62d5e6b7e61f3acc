"""The CLI as a whole: every command loads, has help, and is documented in the README."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from ohtrack_cli.main import COMMANDS, cli
from tests.conftest import ROOT


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_documented(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"ohtrack {name}" in readme, f"README does not mention 'ohtrack {name}'"


def test_group_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["nope"])
    assert result.exit_code == 2


def test_help_does_not_import_the_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from ohtrack_cli.main import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pandas', 'networkx', 'matplotlib', 'openpyxl', 'docx', 'sqlalchemy')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout


def test_import_ohtrack_is_light() -> None:
    code = (
        "import sys, ohtrack\n"
        "heavy = [m for m in ('pandas', 'networkx', 'matplotlib', 'openpyxl', 'docx', 'sqlalchemy')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout


def test_library_never_imports_click() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "ohtrack").rglob("*.py")
        if "import click" in p.read_text(encoding="utf-8")
        or "from click" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
