"""Open answers (issue 12.5): read, kept, shown only for groups at the threshold or above,
pseudonymised when asked, counted per question and unit; in the xlsx, not the console."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

import ohtrack
from ohtrack_cli.main import cli
from tests.conftest import write_workbook

QUESTION = "Met welke vragen word je in je werk geconfronteerd?"


def files(tmp_path: Path) -> tuple[Path, Path]:
    rows: list[list[Any]] = [["Respondent", "Eenheid", "Meting", "V1", "O1"]]
    for team, size in (("T1", 6), ("T2", 6), ("T3", 2)):
        rows += [[f"{team}-{i}", team, 2024, 4, f"vraag van {team} nummer {i}"] for i in range(size)]
    rows[1][4] = "Hoe help ik Jan Peters met zijn rooster?"
    rows[2][4] = None  # no answer
    survey = write_workbook(tmp_path / "s.xlsx", {
        "Antwoorden": rows,
        "Vragen": [["Vraag", "Tekst", "Uitkomst", "Min", "Max", "Soort"],
                   ["V1", "Ik weet wat er van mij verwacht wordt", "Richting", 1, 5, None],
                   ["O1", QUESTION, None, None, None, "open"]],
        "Eenheden": [["ID", "Naam", "Bovenliggend"], ["S", "Sectie", None], ["T1", "Team 1", "S"],
                     ["T2", "Team 2", "S"], ["T3", "Team 3", "S"]]})
    programme = write_workbook(tmp_path / "p.xlsx", {
        "Programma": [["Veld", "Waarde"], ["naam", "P"], ["model", "ohi-2011"]],
        "Eenheden": [["ID", "Naam", "Bovenliggend"], ["S", "Sectie", None], ["T1", "Team 1", "S"],
                     ["T2", "Team 2", "S"], ["T3", "Team 3", "S"]],
        "Personen": [["ID", "Naam"], ["P1", "Jan Peters"]],
        "Verbetertrajecten": [["ID", "Titel", "Uitkomsten"], ["I1", "Start", "Richting"]]})
    return survey, programme


def test_open_answers_are_kept_counted_and_listed_only_for_safe_groups(tmp_path: Path) -> None:
    survey, _ = files(tmp_path)
    data = ohtrack.load_survey(survey)
    assert data.open_items == {"O1": QUESTION}
    report = ohtrack.survey(data, as_of=None)
    assert report.valid  # text answers of an open question are no problem
    assert report.open is not None
    counts = {(c["unit"], c["item"]): c["count"] for c in report.open.counts}
    # Team 3 (2 people) is hidden, and so Team 1 (the next smallest); 13 answers in all
    assert counts == {("*", "O1"): 13, ("S", "O1"): 13, ("T1", "O1"): None, ("T2", "O1"): 6,
                      ("T3", "O1"): None}
    where = {a["text"]: a["unit"] for a in report.open.answers}
    assert where["vraag van T2 nummer 3"] == "T2"
    # Team 1's and Team 3's answers are listed under the section, never under their team
    assert where["vraag van T3 nummer 1"] == "S" and where["vraag van T1 nummer 2"] == "S"
    assert "Hoe help ik Jan Peters met zijn rooster?" in where
    assert len(report.open.answers) == 13
    assert QUESTION not in report.to_text() and "nummer" not in report.to_text()


def test_names_in_open_answers_are_pseudonymised_when_asked(tmp_path: Path) -> None:
    survey, programme = files(tmp_path)
    prog = ohtrack.load(programme)
    report = ohtrack.survey(ohtrack.load_survey(survey), prog, pseudonymise=True)
    assert report.open is not None and report.open.pseudonymised
    texts = [a["text"] for a in report.open.answers]
    assert not any("Peters" in t for t in texts)
    assert any(t.startswith("Hoe help ik Persoon ") for t in texts)


def test_open_answers_in_the_xlsx_not_on_the_console(tmp_path: Path) -> None:
    survey, programme = files(tmp_path)
    runner = CliRunner()
    out = tmp_path / "out.xlsx"
    result = runner.invoke(cli, ["survey", str(survey), "--programme", str(programme), "--pseudonymise",
                                 "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    assert "nummer" not in result.output and "Peters" not in result.output
    from openpyxl import load_workbook

    wb = load_workbook(out)
    answers = [row[4] for row in wb["Open antwoorden"].iter_rows(min_row=2, values_only=True)]
    assert len(answers) == 13 and not any("Peters" in a for a in answers)
    assert "Open antwoorden, aantallen" in wb.sheetnames
