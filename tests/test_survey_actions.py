"""Survey scores beside initiatives (issue 12.1): classes worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

import ohtrack
from ohtrack_cli.main import cli
from tests.conftest import write_workbook

PROGRAMME = {
    "Programme": [["Field", "Value"], ["name", "Plant programme"], ["model", "ohi-2011"],
                  ["language", "en"]],
    "Units": [["ID", "Name", "Parent"], ["P", "Plant", None], ["A", "Team A", "P"],
              ["B", "Team B", "P"], ["C", "Team C", "P"]],
    "Initiatives": [["ID", "Title", "Unit", "Practices", "Survey"],
                    ["I1", "Daily start", "A", "Shared vision", None],
                    ["I2", "Friday drinks", "Team B", None, "mood"]],
}


def files(tmp_path: Path) -> tuple[Path, Path]:
    # Q1 (Direction / Shared vision): A all 2, B all 5, C all 1; Q2 (Mood): A 5, B 1, C 1.
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1", "Q2"]]
    for team, q1, q2 in (("A", 2, 5), ("B", 5, 1), ("C", 1, 1)):
        rows += [[f"{team}{i}", team, "2024", q1, q2] for i in range(6)]
    survey = write_workbook(tmp_path / "survey.xlsx", {
        "Responses": rows,
        "Items": [["Item", "Outcome", "Practice", "Min", "Max"], ["Q1", "Direction", "Shared vision", 1, 5],
                  ["Q2", "Mood", None, 1, 5]]})
    return write_workbook(tmp_path / "prog.xlsx", PROGRAMME), survey


def test_low_scores_are_classified_by_the_initiatives_in_each_subtree(tmp_path: Path) -> None:
    prog_path, survey_path = files(tmp_path)
    prog = ohtrack.load(prog_path)
    assert prog.initiatives[1].survey == ["mood"]
    report = ohtrack.survey(ohtrack.load_survey(survey_path), prog, as_of=None)
    actions = ohtrack.survey_actions(prog, report)
    got = [(r.unit, r.outcome, r.status, r.initiatives) for r in actions.outcome_rows()]
    # P = A + B + C: Direction 6 of 18 favourable (33%): low, and I1 (in A) is on it; Mood 6 of
    # 18 (33%): low, I2 (in B) names it in its Survey column. B's Direction is all 5: fine.
    assert got == [
        ("*", "Direction", "in_hand", ["I1"]), ("P", "Direction", "in_hand", ["I1"]),
        ("A", "Direction", "in_hand", ["I1"]), ("B", "Direction", "fine", []),
        ("C", "Direction", "gap", []),
        ("*", "Mood", "in_hand", ["I2"]), ("P", "Mood", "in_hand", ["I2"]),
        ("A", "Mood", "fine", []), ("B", "Mood", "in_hand", ["I2"]), ("C", "Mood", "gap", []),
    ]
    practice = {r.unit: r.status for r in actions.rows if r.practice == "Shared vision"}
    assert practice == {"*": "in_hand", "P": "in_hand", "A": "in_hand", "B": "fine", "C": "gap"}
    assert [(r.unit, r.outcome, r.practice) for r in actions.gaps()] == [
        ("C", "Direction", None), ("C", "Direction", "Shared vision"), ("C", "Mood", None)]
    assert actions.counts() == {"gap": 2, "in_hand": 6, "fine": 2, "hidden": 0}
    # a stricter threshold: B's Mood (0%) is still low; at 30% nothing at 33% is low any more
    loose = ohtrack.survey_actions(prog, report, low=30)
    assert {(r.unit, r.outcome) for r in loose.outcome_rows() if r.status != "fine"} == {
        ("A", "Direction"), ("C", "Direction"), ("B", "Mood"), ("C", "Mood")}


def test_suppressed_groups_are_not_judged(tmp_path: Path) -> None:
    prog_path, survey_path = files(tmp_path)
    prog = ohtrack.load(prog_path)
    report = ohtrack.survey(ohtrack.load_survey(survey_path), prog, min_group=7)
    actions = ohtrack.survey_actions(prog, report)
    teams = {(r.unit, r.status) for r in actions.outcome_rows() if r.unit in "ABC"}
    assert teams == {("A", "hidden"), ("B", "hidden"), ("C", "hidden")}
    assert all(r.mean is None for r in actions.rows if r.status == "hidden")


def test_map_with_a_survey_names_the_low_scores_nobody_works_on(tmp_path: Path) -> None:
    prog_path, survey_path = files(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["map", str(prog_path), "--survey", str(survey_path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = result.output
    gaps = text[text.index("Low, and no initiative on it (2)"):text.index("Low, and in hand")]
    assert [line.split()[:3] for line in gaps.splitlines()[3:] if line.strip()] == [
        ["Team", "C", "Direction"], ["Team", "C", "Mood"]]
    result = runner.invoke(cli, ["map", str(prog_path), "--survey", str(survey_path), "--json",
                                 "--xlsx", str(tmp_path / "map.xlsx")])
    data = json.loads(result.stdout.split("\n", 1)[1] if result.stdout.startswith("map.xlsx") else
                      result.stdout[result.stdout.index("{"):])
    assert data["survey"]["counts"]["gap"] == 2
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "map.xlsx")["Survey and initiatives"]
    status = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[1] == "C"]
    assert [(r[3], r[4], r[-1]) for r in status] == [("Direction", None, "low, nobody on it"),
                                                    ("Direction", "Shared vision", "low, nobody on it"),
                                                    ("Mood", None, "low, nobody on it")]


def test_the_figure_draws_one_cell_per_unit_and_outcome(tmp_path: Path) -> None:
    prog_path, survey_path = files(tmp_path)
    prog = ohtrack.load(prog_path)
    actions = ohtrack.survey_actions(prog, ohtrack.survey(ohtrack.load_survey(survey_path), prog))
    texts = actions.figure().texts()
    names = ["Whole organisation", "Plant", "Team A", "Team B", "Team C"]
    assert [x for x in texts if x in names] == names  # one row each, in the tree's order
    cells = [x for x in texts if x.endswith(" ▸") or x == "supp."]  # a cell's last line
    assert len(cells) == 5 * 2
    path = ohtrack.export(actions, tmp_path / "actions.png")
    assert path.read_bytes()[:4] == b"\x89PNG"
