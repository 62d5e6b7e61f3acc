"""``ohtrack playbook``: formats by extension, sections, languages, templates, errors."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack_cli.main import cli
from tests.conftest import MINIMAL, SAMPLES
from tests.test_playbook import NASTY, rich_programme


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "osf2.xlsx"
    ohtrack.save(rich_programme(), path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_html_from_a_workbook(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "draaiboek.html"
    code, _, stderr = run("playbook", str(workbook), "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"{out} geschreven\n"
    html = out.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert ">Wat we geleerd hebben</h2>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert ">Waarschuwingen bij de controle</h3>" in html  # the workbook's validation, in the appendix


def test_markdown_and_word_by_extension_in_english(workbook: Path, tmp_path: Path) -> None:
    code, _, stderr = run("playbook", str(workbook), "-o", str(tmp_path / "pb.md"), "--lang", "en")
    assert code == 0, stderr
    md = (tmp_path / "pb.md").read_text(encoding="utf-8")
    assert md.startswith("# Playbook: OSF2 verbeterteam\n")
    assert (tmp_path / "pb.figure-1.png").exists()
    code, _, stderr = run("playbook", str(workbook), "-o", str(tmp_path / "pb.docx"))
    assert code == 0, stderr
    assert "word/document.xml" in zipfile.ZipFile(tmp_path / "pb.docx").namelist()


def test_sections_and_pseudonyms(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "pb.md"
    code, _, stderr = run("playbook", str(workbook), "-o", str(out), "--section", "mensen",
                          "--section", "mission", "--pseudonymise", "--lang", "en")
    assert code == 0, stderr
    md = out.read_text(encoding="utf-8")
    titles = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert titles == ["Contents", "Mission and vision", "People and network"]
    assert "Anna de Vries" not in md and "Bram Bakker" not in md
    ids = [p.id for p in ohtrack.load(workbook).people]
    pseudonyms = ohtrack.privacy.Pseudonyms(ids, lang="en")
    named = [i for i in ids if pseudonyms.name(i) in md]  # the people the findings name
    assert named, md
    assert not any(re.search(rf"\b{i}\b", md) for i in ids)  # no real person ID either


def test_list_sections() -> None:
    code, stdout, _ = run("playbook", "--list-sections", "--lang", "en")
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0] == "summary     Summary  (samenvatting)"
    assert lines[1] == "mission     Mission and vision  (missie)"
    assert [line.split()[0] for line in lines] == [
        "summary", "mission", "goals", "model", "approach", "people", "learning", "lessons", "indicators",
        "embedding", "next_steps", "appendix"]


def test_unknown_section_is_a_usage_error_listing_the_names(workbook: Path, tmp_path: Path) -> None:
    code, _, stderr = run("playbook", str(workbook), "-o", str(tmp_path / "x.html"), "--section", "nope")
    assert code == 2
    assert ("Invalid value for '--section': onbekend hoofdstuk 'nope'; kies uit: summary, mission, goals, "
            "model, approach, people, learning, lessons, indicators, embedding, next_steps, "
            "appendix") in stderr
    assert not (tmp_path / "x.html").exists()


def test_unknown_extension_and_missing_arguments_are_usage_errors(workbook: Path, tmp_path: Path) -> None:
    code, _, stderr = run("playbook", str(workbook), "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "noem het bestand .md, .html, .docx of .pdf" in stderr
    code, _, stderr = run("playbook", str(workbook), "-o", str(tmp_path / "x.odt"), "--lang", "en")
    assert code == 2 and "name the file .md, .html, .docx or .pdf" in stderr
    code, _, stderr = run("playbook", str(workbook))
    assert code == 2 and "Missing option '-o' / '--output'" in stderr
    code, _, stderr = run("playbook", "-o", str(tmp_path / "x.md"))
    assert code == 2 and "Missing argument 'WORKBOOK'" in stderr


def test_invalid_workbook_is_one_error_line(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    bad = make_workbook({"Programme": MINIMAL["Programme"], "Initiatives": [["ID", "Title"], ["I1", None]]})
    code, _, stderr = run("playbook", str(bad), "-o", str(tmp_path / "x.html"))
    assert code == 1
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1
    assert "Initiatives!A2: row has an ID (I1) but nothing else" in stderr


def test_template_dir_overrides_the_stylesheet(workbook: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "playbook.css").write_text("h2 { color: darkgreen; }", encoding="utf-8")
    out = tmp_path / "pb.html"
    code, _, stderr = run("playbook", str(workbook), "-o", str(out), "--template-dir", str(templates))
    assert code == 0, stderr
    assert "h2 { color: darkgreen; }" in out.read_text(encoding="utf-8")


def test_nasty_text_survives_the_workbook_round_trip(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "pb.md"
    assert run("playbook", str(workbook), "-o", str(out))[0] == 0
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(out.read_text(encoding="utf-8"))
    text = "".join(c.content for t in tokens for c in (t.children or []) if c.type == "text")
    assert f"Veilig werken. {NASTY}" in text


STAAL = SAMPLES / "staal-osf2-verbeterteam.xlsx"


@pytest.mark.skipif(not STAAL.exists(), reason="sample staal-osf2-verbeterteam.xlsx not there")
@pytest.mark.parametrize("ext", ["html", "md", "docx"])
def test_readme_command_on_the_sample_hides_every_name(ext: str, tmp_path: Path) -> None:
    out = tmp_path / f"draaiboek.{ext}"
    code, _, stderr = run("playbook", str(STAAL), "-o", str(out), "--pseudonymise")
    assert code == 0, stderr
    if ext == "docx":
        import docx

        doc = docx.Document(str(out))
        text = "\n".join([p.text for p in doc.paragraphs]
                         + [c.text for t in doc.tables for r in t.rows for c in r.cells])
        h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
        assert h1[:2] == ["Samenvatting", "Missie en visie"]
        assert h1[-1] == "Bijlage"
    else:
        text = out.read_text(encoding="utf-8")
    programme = ohtrack.load(STAAL)
    assert programme.people
    leaked = [p.name for p in programme.people if p.name in text]
    assert leaked == []
    assert "Wat we geleerd hebben" in text and "Bijlage" in text
