"""Text from cells never reaches the terminal raw (issue 15.3).

A cell holding ``ESC ] 0 ; pwned BEL`` retitles a terminal, ``ESC [ 2 J`` clears it, a carriage
return or a backspace overwrites what was shown, a bidirectional override turns text around.
Every command prints through ``ohtrack_cli.output.echo``, which shows them escaped (``\\x1b``).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ohtrack_cli.main import cli
from ohtrack_cli.output import printable
from tests.conftest import ROOT, write_workbook
from tests.test_hostile_exports import hostile_survey, strings

#: What a workbook cell holds (Excel's escapes: calamine reads ``_x001B_`` as ESC, …).
TITLE = "_x001B_]0;pwned_x0007_"
CLEAR = "_x001B_[2J"
OVER = "_x000D_x_x0008__x009B_2J\u202e"
#: Characters that must never reach stdout or stderr raw.
RAW = ["\x1b", "\x07", "\r", "\x08", "\x9b", "\u202e", "\x00"]


def hostile_workbook(path: Path) -> Path:
    """A valid programme with control characters in every kind of name that commands print."""
    return write_workbook(path, {
        "Programme": [["Field", "Value"], ["name", f"Prog {TITLE}"], ["model", "ohi-2011"],
                      ["language", "en"], ["baseline_year", 2021], ["impulse_year", 2022],
                      ["ambition_year", 2025], ["mission", f"Mission {CLEAR}{OVER}"]],
        "Units": [["ID", "Name"], ["U1", f"Unit {CLEAR}"], ["U2", f"Unit {OVER}"]],
        "People": [["ID", "Name", "Unit", "Role"], ["P1", f"Ann {TITLE}", "U1", f"coach {CLEAR}"],
                   ["P2", f"Bob {OVER}", "U1", None], ["P3", "Cas", "U2", None]],
        "Relations": [["Source", "Target", "Type"], ["P1", "P2", f"advises {TITLE}"], ["P2", "P3", None]],
        "Initiatives": [["ID", "Title", "Unit", "Outcomes", "Participants"],
                        ["I1", f"Daily start {TITLE}", "U1", "Direction", "P1; P2"],
                        ["I2", f"Kaizen {OVER}", "U2", "Leadership", "P3"]],
        "Indicators": [["ID", "Name", "Outcome", "Direction", "Baseline", "Impulse", "Ambition"],
                       ["K1", f"Score {TITLE}", "Direction", "higher", 60, 70, 90]],
        "Measurements": [["Indicator", "Date", "Value"], ["K1", "2022-06-01", 63]],
    })


def broken_workbook(path: Path) -> Path:
    """Invalid: an initiative names a participant nobody is (the name goes into the error)."""
    return write_workbook(path, {
        "Programme": [["Field", "Value"], ["name", f"Prog {TITLE}"], ["model", "ohi-2011"],
                      ["language", "en"]],
        "People": [["ID", "Name"], ["P1", "Ann"]],
        "Initiatives": [["ID", "Title", "Outcomes", "Participants"],
                        ["I1", "Start", "Direction", f"Nobody {TITLE}{CLEAR}{OVER}"]],
    })


def assert_escaped(result: object, *, seen: str | None = None) -> None:
    out, err = result.stdout, result.stderr  # type: ignore[attr-defined]
    for ch in RAW:
        assert ch not in out and ch not in err, (repr(ch), out[:2000], err[:2000])
    if seen is not None:
        assert seen in out + err, (out[:2000], err[:2000])


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("terminal")
    csv = folder / "acties.csv"
    csv.write_text("Actie;Afdeling;Eigenaar;Status;Deadline\n"
                   "Werkoverleg \x1b]0;pwned\x07;Productie \x1b[2J;Anna\r\x08;loopt \u202e;1-3-22\x9b\n",
                   encoding="utf-8")
    return {"wb": hostile_workbook(folder / "wb.xlsx"), "bad": broken_workbook(folder / "bad.xlsx"),
            "survey": hostile_survey(folder / "survey.xlsx"), "csv": csv, "out": folder}


COMMANDS = [
    ["validate", "{wb}"], ["validate", "{wb}", "--json"], ["validate", "{bad}"],
    ["validate", "{bad}", "--json"],
    ["map", "{wb}"], ["map", "{wb}", "--json"], ["map", "{wb}", "--xlsx", "{out}/m.xlsx"], ["map", "{bad}"],
    ["network", "{wb}"], ["network", "{wb}", "--json"], ["network", "{bad}"],
    ["indicators", "{wb}", "--as-of", "2022-07-01"], ["indicators", "{wb}", "--json"],
    ["playbook", "{wb}", "-o", "{out}/p.md"], ["playbook", "{bad}", "-o", "{out}/q.md"],
    ["survey", "{survey}", "--min-group", "5"], ["survey", "{survey}", "--json"],
    ["survey", "{survey}", "--xlsx", "{out}/s.xlsx"],
    ["track", "add", "{wb}", "--store", "{out}/h.sqlite"], ["track", "list", "--store", "{out}/h.sqlite"],
    ["track", "history", "--store", "{out}/h.sqlite"], ["track", "add", "{bad}", "--store", "{out}/h.sqlite"],
    ["import", "{csv}", "--suggest"], ["import", "{csv}", "--json"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_no_command_prints_a_control_character_raw(args: list[str], files: dict[str, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(files["out"])  # `import --suggest` writes its mapping file here
    argv = [a.format(**{k: str(v) for k, v in files.items()}) for a in args]
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    assert_escaped(result)
    if "--json" in argv and result.exit_code == 0:
        json.loads(result.stdout)  # escaped JSON is the same JSON


def test_what_is_escaped_still_shows(files: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, ["network", str(files["wb"])], catch_exceptions=False)
    assert_escaped(result, seen="Bob \\rx\\x08\\x9b2J\\u202e")  # the sole link between the units
    assert "Prog \\x1b]0;pwned\\x07" in result.stdout
    result = CliRunner().invoke(cli, ["map", str(files["bad"])], catch_exceptions=False)
    assert result.exit_code == 1
    assert_escaped(result, seen="pwned\\x07\\x1b[2J\\rx\\x08\\x9b2J\\u202e")
    assert result.stderr.startswith("Error: ")
    data = json.loads(CliRunner().invoke(cli, ["map", str(files["wb"]), "--json"]).stdout)
    assert "Unit \x1b[2J" in strings(data)  # the value itself is unchanged


def test_a_traceback_is_escaped_too(monkeypatch: pytest.MonkeyPatch, files: dict[str, Path]) -> None:
    import ohtrack

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug with \x1b]0;pwned\x07 in it")

    monkeypatch.setattr(ohtrack, "model_map", broken)
    result = CliRunner().invoke(cli, ["map", str(files["wb"])])
    assert result.exit_code == 1
    assert_escaped(result, seen="bug with \\x1b]0;pwned\\x07 in it")


def test_a_warning_is_escaped_too(monkeypatch: pytest.MonkeyPatch, files: dict[str, Path]) -> None:
    import warnings

    import ohtrack

    real = ohtrack.model_map

    def warns(*args: object, **kwargs: object) -> object:
        warnings.simplefilter("always")  # whatever filters the test run has
        warnings.warn("Glyph 27 (\x1b) missing from font(s) DejaVu Sans.", UserWarning, stacklevel=1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ohtrack, "model_map", warns)
    result = CliRunner().invoke(cli, ["map", str(files["wb"])], catch_exceptions=False)
    assert result.exit_code == 0
    assert_escaped(result, seen="Glyph 27 (\\x1b) missing")


@pytest.mark.parametrize(("text", "shown"), [
    ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"), ("\x1b[2J", "\\x1b[2J"), ("a\rb", "a\\rb"),
    ("a\x08b", "a\\x08b"), ("\x9b2J", "\\x9b2J"), ("\u202eevil", "\\u202eevil"), ("\x7f", "\\x7f"),
    ("\x00", "\\x00"), ("\ud800", "\\ud800"),
    ("tab\tand\nnewline, é 😀 \u200f", "tab\tand\nnewline, é 😀 \u200f"),  # kept as they are
])
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_every_command_prints_through_echo() -> None:
    """One place: no command module calls ``click.echo``, ``print`` or writes to sys.stdout."""
    for path in sorted((ROOT / "cli" / "ohtrack_cli" / "commands").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("echo", "secho") and \
                    isinstance(node.value, ast.Name) and node.value.id == "click":
                pytest.fail(f"{path.name}:{node.lineno} calls click.{node.attr}")
            if isinstance(node, ast.Name) and node.id == "print":
                pytest.fail(f"{path.name}:{node.lineno} calls print")
            if isinstance(node, ast.Attribute) and node.attr in ("stdout", "stderr"):
                pytest.fail(f"{path.name}:{node.lineno} writes to sys.{node.attr}")
