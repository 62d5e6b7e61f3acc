"""Outputs never overwrite inputs: every command that writes refuses before writing anything."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from ohtrack.errors import OutputError
from ohtrack.fileio import refuse_overwrite
from ohtrack_cli.main import cli
from tests.conftest import MINIMAL, write_workbook

REFUSED = "{out}: refused: that is the input {inp}, which is never overwritten; choose another output file"


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


# -- the library function ------------------------------------------------------------------

def test_same_path_written_differently_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = write_workbook(tmp_path / "w.xlsx", MINIMAL)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError) as info:
        refuse_overwrite(["./sub/../w.xlsx"], [str(wb)])
    assert str(info.value) == REFUSED.format(out="sub/../w.xlsx", inp=wb)
    (tmp_path / "sub").mkdir()
    with pytest.raises(OutputError):
        refuse_overwrite(["sub/../w.xlsx"], ["w.xlsx"])


def test_symlinks_and_hard_links_to_an_input_are_refused(tmp_path: Path) -> None:
    wb = write_workbook(tmp_path / "w.xlsx", MINIMAL)
    (tmp_path / "link.xlsx").symlink_to(wb)
    os.link(wb, tmp_path / "hard.xlsx")
    (tmp_path / "dir-link").symlink_to(tmp_path, target_is_directory=True)
    for out in ("link.xlsx", "hard.xlsx", "dir-link/w.xlsx"):
        with pytest.raises(OutputError, match="refused: that is the input"):
            refuse_overwrite([tmp_path / out], [wb])
    # and the other way round: the input given through a link
    with pytest.raises(OutputError):
        refuse_overwrite([wb], [tmp_path / "link.xlsx"])


def test_other_files_none_and_new_files_pass(tmp_path: Path) -> None:
    wb = write_workbook(tmp_path / "w.xlsx", MINIMAL)
    other = write_workbook(tmp_path / "other.xlsx", MINIMAL)
    refuse_overwrite([other, None, "", tmp_path / "new.png", tmp_path / "w.xlsx.png"], [wb, None])
    refuse_overwrite([], [wb])
    refuse_overwrite([other], [])


def test_an_output_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    (folder / "nl").mkdir(parents=True)
    with pytest.raises(OutputError) as info:
        refuse_overwrite([folder / "nl" / "playbook.html.j2"], [folder])
    assert str(info.value) == (f"{folder / 'nl' / 'playbook.html.j2'}: refused: it is inside the input "
                               f"folder {folder}; choose an output file elsewhere")
    refuse_overwrite([tmp_path / "draaiboek.html"], [folder])


# -- every command that writes files -------------------------------------------------------

SURVEY = {"Responses": [["Respondent", "Unit", "Wave", "Q1"], *[[f"R{i}", "U1", 2024, 4] for i in range(6)]],
          "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "Direction", 1, 5]]}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A workbook, an older one, a survey file, a template folder, and links to the workbook."""
    out = {"wb": write_workbook(tmp_path / "w.xlsx", MINIMAL),
           "old": write_workbook(tmp_path / "old.xlsx", MINIMAL),
           "survey": write_workbook(tmp_path / "answers.xlsx", SURVEY),
           "templates": tmp_path / "huisstijl"}
    out["templates"].mkdir()
    for name in ("w-link.xlsx", "w-link.png", "w-link.html", "w-link.graphml", "w-link.sqlite"):
        (tmp_path / name).symlink_to(out["wb"])
        out[name] = tmp_path / name
    return out


Case = tuple[Callable[[dict[str, Path]], list[str]], str, str]
CASES: dict[str, Case] = {
    # name: (arguments, the output refused, the input it would overwrite)
    "map --xlsx": (lambda f: ["map", str(f["wb"]), "--xlsx", str(f["wb"])], "wb", "wb"),
    "map --png (symlink)": (lambda f: ["map", str(f["wb"]), "--png", str(f["w-link.png"])],
                            "w-link.png", "wb"),
    "network --export": (lambda f: ["network", str(f["wb"]), "--export", str(f["wb"])], "wb", "wb"),
    "network --export (symlink)": (lambda f: ["network", str(f["wb"]), "--export", str(f["w-link.graphml"])],
                                   "w-link.graphml", "wb"),
    "network --compare": (lambda f: ["network", str(f["wb"]), "--compare", str(f["old"]), "--export",
                                     str(f["old"])], "old", "old"),
    "indicators --png": (lambda f: ["indicators", str(f["wb"]), "--png", str(f["w-link.png"])],
                         "w-link.png", "wb"),
    "survey --xlsx": (lambda f: ["survey", str(f["survey"]), "--xlsx", str(f["survey"])], "survey", "survey"),
    "survey --programme": (lambda f: ["survey", str(f["survey"]), "--programme", str(f["wb"]), "--png",
                                      str(f["w-link.png"])], "w-link.png", "wb"),
    "track add --store": (lambda f: ["track", "add", str(f["wb"]), "--store", str(f["w-link.sqlite"])],
                          "w-link.sqlite", "wb"),
    "track history --png": (lambda f: ["track", "history", "--store", str(f["wb"]), "--png",
                                       str(f["w-link.png"])], "w-link.png", "wb"),
    "playbook -o": (lambda f: ["playbook", str(f["wb"]), "-o", str(f["w-link.html"])], "w-link.html", "wb"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_command_refuses_to_overwrite_an_input(files: dict[str, Path], case: str) -> None:
    args, out, inp = CASES[case]
    before = {k: snapshot(p) for k, p in files.items() if p.is_file()}
    listing = sorted(p.name for p in files["wb"].parent.iterdir())
    result = CliRunner().invoke(cli, [*args(files), "--lang", "en"])
    assert result.exit_code == 1, result.output
    out_path = files[out]
    expected = REFUSED.format(out=out_path, inp=files[inp])
    assert result.stderr == f"Error: {expected}\n"
    dutch = CliRunner().invoke(cli, args(files))  # before anything is read: Dutch, the default
    assert dutch.stderr == (f"Fout: {out_path}: geweigerd: dat is het invoerbestand {files[inp]}, dat "
                            "nooit overschreven wordt; kies een ander uitvoerbestand\n")
    assert result.stdout == ""
    assert {k: snapshot(p) for k, p in files.items() if p.is_file()} == before
    assert sorted(p.name for p in files["wb"].parent.iterdir()) == listing  # nothing written


def test_playbook_into_its_template_folder_is_refused(files: dict[str, Path]) -> None:
    out = files["templates"] / "playbook.html.j2"
    result = CliRunner().invoke(cli, ["playbook", str(files["wb"]), "--template-dir", str(files["templates"]),
                                      "-o", str(files["templates"] / "draaiboek.html"), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {files['templates'] / 'draaiboek.html'}: refused: it is inside "
                                    f"the input folder {files['templates']}")
    assert not out.exists() and list(files["templates"].iterdir()) == []


def test_nothing_is_written_when_one_of_several_outputs_is_refused(files: dict[str, Path]) -> None:
    png = files["wb"].parent / "map.png"
    result = CliRunner().invoke(cli, ["map", str(files["wb"]), "--png", str(png), "--xlsx", str(files["wb"])])
    assert result.exit_code == 1 and not png.exists()


def test_a_store_url_or_folder_is_checked_too(files: dict[str, Path]) -> None:
    folder = files["wb"].parent
    (folder / "ohtrack-history.sqlite").symlink_to(files["wb"])
    for store in (str(folder), f"sqlite:///{folder / 'w-link.sqlite'}"):
        result = CliRunner().invoke(cli, ["track", "add", str(files["wb"]), "--store", store, "--lang", "en"])
        assert result.exit_code == 1 and "refused: that is the input" in result.stderr, store


def test_a_different_output_still_works(files: dict[str, Path]) -> None:
    out = files["wb"].parent / "map.xlsx"
    result = CliRunner().invoke(cli, ["map", str(files["wb"]), "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and out.read_bytes() != files["wb"].read_bytes()
