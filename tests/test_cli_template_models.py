"""``ohtrack template`` and ``ohtrack models``: output, files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from ohtrack.frameworks import get
from ohtrack_cli.main import cli


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# -- template ------------------------------------------------------------------------------

def test_template_writes_the_workbook(tmp_path: Path) -> None:
    out = tmp_path / "new.xlsx"
    code, stdout, stderr = _run("template", str(out), "--model", "ink", "--lang", "en")
    assert code == 0
    assert stdout == ""
    assert stderr == f"wrote {out}\n"  # in the language asked for
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["Instructions", "Programme", "Units"]
    assert wb["Programme"]["B6"].value == "ink"
    assert wb["Programme"]["B10"].value == "en"


def test_template_defaults_to_dutch_and_ohi_2011(tmp_path: Path) -> None:
    out = tmp_path / "nieuw.xlsx"
    assert _run("template", str(out))[0] == 0
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Instructies", "Programma"]
    assert (wb["Programma"]["B6"].value, wb["Programma"]["B10"].value) == ("ohi-2011", "nl")


def test_template_takes_the_file_as_minus_o_too(tmp_path: Path) -> None:
    """``-o`` as every other command that writes a file takes it; not both, not neither."""
    out = tmp_path / "o.xlsx"
    assert _run("template", "-o", str(out))[0] == 0
    assert load_workbook(out).sheetnames[:2] == ["Instructies", "Programma"]
    assert _run("template", str(tmp_path / "same.xlsx"), "-o", str(tmp_path / "same.xlsx"))[0] == 0
    code, _out, stderr = _run("template", str(tmp_path / "a.xlsx"), "-o", str(tmp_path / "b.xlsx"))
    assert code == 2 and "twee bestanden om te schrijven" in stderr
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "b.xlsx").exists()
    code, _out, stderr = _run("template")
    assert code == 2 and "Geef OUT.xlsx of -o OUT.xlsx" in stderr


def test_template_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "exists.xlsx"
    out.write_bytes(b"keep me")
    code, _, stderr = _run("template", str(out))
    assert code == 1
    assert stderr == f"Fout: {out} bestaat al; gebruik --force om het te overschrijven\n"
    code, _, stderr = _run("template", str(out), "--lang", "en")
    assert stderr == f"Error: {out} already exists; use --force to overwrite it\n"
    assert out.read_bytes() == b"keep me"
    code, _, _ = _run("template", str(out), "--force", "--model", "custom")
    assert code == 0
    assert "Model" in load_workbook(out).sheetnames


def test_template_unknown_model_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    code, _, stderr = _run("template", str(out), "--model", "nope")
    assert code == 2
    assert ("Invalid value for '--model': 'nope' is not one of 'ink', 'ohi-2011', 'ohi-2024', "
            "'weisbord', 'custom'.") in stderr
    assert not out.exists()


def test_template_missing_folder_is_an_error(tmp_path: Path) -> None:
    out = tmp_path / "no" / "x.xlsx"
    code, _, stderr = _run("template", str(out), "--lang", "en")
    assert code == 1
    assert stderr == f"Error: {out}: folder {out.parent} does not exist\n"
    assert _run("template", str(out))[2] == f"Fout: {out}: map {out.parent} bestaat niet\n"


# -- models --------------------------------------------------------------------------------

def test_models_lists_the_built_in_models() -> None:
    code, stdout, _ = _run("models", "--lang", "en")
    assert code == 0
    assert stdout.splitlines() == [
        "id        name                                outcomes  practices",
        "--------  ----------------------------------  --------  ---------",
        "ink       INK management model                9         35",
        "ohi-2011  Organizational Health Index (2011)  9         37",
        "ohi-2024  Organizational Health Index (2024)  9         42",
        "weisbord  Weisbord's Six-Box Model            6         18",
    ]


def test_models_in_dutch_by_default() -> None:
    code, stdout, _ = _run("models")
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0].split() == ["id", "naam", "uitkomsten", "praktijken"]
    assert lines[5].startswith("weisbord  Zes-boxenmodel van Weisbord")


def test_models_json_list() -> None:
    code, stdout, _ = _run("models", "--json")
    assert code == 0
    data = json.loads(stdout)
    assert [(m["id"], m["outcomes"], m["practices"]) for m in data] == [
        ("ink", 9, 35), ("ohi-2011", 9, 37), ("ohi-2024", 9, 42), ("weisbord", 6, 18)]


def test_models_shows_one_model_in_the_language() -> None:
    fw = get("ohi-2011")
    code, stdout, _ = _run("models", "ohi-2011", "--lang", "nl")
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0] == "Organizational Health Index (2011) (ohi-2011)"
    direction = lines.index("Richting")
    assert lines[direction + 1] == f"  {fw.outcomes[0].description_nl}"
    p = fw.outcomes[0].practices[0]
    assert lines[direction + 2] == f"  - Gedeelde visie: {p.description_nl}"
    for o in fw.outcomes:
        assert o.name_nl in lines
    assert sum(1 for line in lines if line.startswith("  - ")) == 37
    assert lines[-3] == f"Bron: {fw.source_nl}"  # then the crosswalk to ohi-2024
    assert fw.source_nl.startswith("Scott Keller en Colin Price, Beyond Performance")


def test_models_english_names() -> None:
    code, stdout, _ = _run("models", "weisbord", "--lang", "en")
    assert code == 0
    assert stdout.splitlines()[0] == "Weisbord's Six-Box Model (weisbord)"
    assert "Purposes" in stdout.splitlines()


def test_models_json_is_the_framework_structure() -> None:
    code, stdout, _ = _run("models", "ink", "--json")
    assert code == 0
    assert json.loads(stdout) == get("ink").model_dump(mode="json")


def test_models_unknown_name_is_an_error() -> None:
    code, stdout, stderr = _run("models", "nope", "--lang", "en")
    assert code == 1
    assert stdout == ""
    assert stderr == ("Error: unknown health model 'nope'; built in: ink, ohi-2011, ohi-2024, "
                      "weisbord\n")
    assert _run("models", "nope")[2] == ("Fout: onbekend gezondheidsmodel 'nope'; ingebouwd: ink, "
                                         "ohi-2011, ohi-2024, weisbord\n")


def test_template_with_a_leadership_profile_fills_its_themes(tmp_path: Path) -> None:
    import ohtrack

    out = tmp_path / "t.xlsx"
    result = CliRunner().invoke(cli, ["template", str(out), "--profile", "den-haag"])
    assert result.exit_code == 0, result.output
    ws = load_workbook(out)["Profiel"]
    assert [r[0] for r in ws.iter_rows(min_row=2, max_row=5, values_only=True)] == [
        "samenwerken", "verbindend", "omgevingsbewust", "slagvaardig"]
    problems = ohtrack.validate(out).problems  # an empty template only lacks its name
    assert [(p.sheet, p.code) for p in problems] == [("Programma", "missing-value")]
    bad = CliRunner().invoke(cli, ["template", str(tmp_path / "u.xlsx"), "--profile", "nergens"])
    assert bad.exit_code == 2


def test_a_model_with_a_crosswalk_says_what_it_pairs_and_what_not() -> None:
    from ohtrack_cli.main import cli as main

    out = CliRunner().invoke(main, ["models", "ohi-2011"]).output
    line = out.strip().splitlines()[-1]
    # 37 practices in 2011, 28 with the same name in 2024; the other 9 named, in Dutch.
    assert line.startswith("Vertaaltabel naar ohi-2024: 28 van 37 praktijken gekoppeld")
    assert line.count(", ") == 8 and "Klantgerichtheid" in line
    out = CliRunner().invoke(main, ["models", "ohi-2024", "--lang", "en"]).output
    line = out.strip().splitlines()[-1]
    assert line.startswith("Crosswalk to ohi-2011: 28 of 42 practices paired")
    assert line.count(", ") == 13 and "Customer orientation" in line
    assert "Vertaaltabel" not in CliRunner().invoke(main, ["models", "ink"]).output
