"""Survey anonymity that holds (issue 15.6): duplicates count once, no differencing across
item sets, no single answer or respondent ID in shared output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ohtrack.analysis.survey import build_report
from ohtrack.surveys.reader import UnitNode
from ohtrack.surveys.scoring import score_frame
from tests.conftest import write_workbook

ITEMS = pd.DataFrame({
    "item": ["a1", "a2", "b1", "r1", "c1"],
    "outcome": ["O", "O", "O", "O", "Q"],
    "practice": ["P1", "P1", "P2", None, None],
    "min": 1.0, "max": 5.0})


def test_a_duplicate_respondent_counts_once_so_four_people_are_not_a_group_of_five() -> None:
    frame = pd.DataFrame({"respondent": ["S1", "S2", "S3", "S4", "S4"], "unit": "T",
                          "wave": "2024", "c1": [4.0, 5.0, 3.0, 2.0, 2.0]})
    items = ITEMS[ITEMS["item"] == "c1"]
    scores = score_frame(frame, items, min_group=5)
    report = build_report(scores, None, "en", scores.problems)
    org = [r for r in report.records if r["unit"] == "*"]
    assert org == [{"unit": "*", "unit_name": "Whole organisation", "wave": "2024", "outcome": "Q",
                    "n": None, "mean": None, "sd": None, "favourable": None, "suppressed": True}]
    assert int(scores.n.sum(axis=(0, 2))[0]) == 4
    # the private report names the row; the shared one counts it and names no respondent
    assert [(p.cell, p.code) for p in scores.cell_problems] == [("Responses!A6", "duplicate-respondent")]
    assert "S4" in scores.cell_problems[0].text("en")
    shared = [p.text("en") for p in scores.problems]
    assert shared == ["Respondent, the whole organisation: 1 × a respondent answered again in the "
                      "same wave; only the first row of each is scored"]


def test_the_first_answer_of_a_duplicate_is_the_one_scored() -> None:
    frame = pd.DataFrame({"respondent": [1, 2, 3, 4, 5, 5.0], "unit": "T", "c1": [1.0, 1, 1, 1, 1, 5]})
    scores = score_frame(frame, ITEMS[ITEMS["item"] == "c1"], min_group=5)
    assert scores.mean()[0, 0, 0] == 1.0 and scores.n[0, 0, 0] == 5


def test_outcome_and_practices_cannot_be_differenced_when_one_practice_has_one_answer_fewer() -> None:
    # Six people; R6 skipped b1 (practice P2). Outcome O = P1 ∪ P2 (a1, b1).
    # Published as before, R6's a1 follows: 6·mean(O) - 5·mean(P2)... is a mix; here exactly:
    # n_O·O = Σ_{R1..R5} (a1+b1)/2 + a1(R6); n_P1·P1 = Σ a1; n_P2·P2 = Σ_{R1..R5} b1
    # → a1(R6) = 2·n_O·O - n_P1·P1 - n_P2·P2. So the practices must not be published.
    a1 = [4.0, 5, 3, 4, 2, 1]
    b1 = [4.0, 4, 3, 5, 2, np.nan]
    frame = pd.DataFrame({"respondent": [f"R{i}" for i in range(1, 7)], "unit": "T", "a1": a1, "b1": b1})
    items = pd.DataFrame({"item": ["a1", "b1"], "outcome": "O", "practice": ["P1", "P2"],
                          "min": 1.0, "max": 5.0})
    scores = score_frame(frame, items, min_group=5)
    report = build_report(scores, None, "en")
    shown = {(r["unit"], r.get("practice")): r for r in report.records}
    assert shown[("T", None)]["n"] == 6 and not shown[("T", None)]["suppressed"]
    assert shown[("T", "P1")]["suppressed"] and shown[("T", "P2")]["suppressed"]
    # when R6 answers b1 too, every pattern has six people and everything is shown
    frame["b1"] = [4.0, 4, 3, 5, 2, 3]
    report = build_report(score_frame(frame, items, min_group=5), None, "en")
    assert not any(r["suppressed"] for r in report.records)


# -- brute force: no published number, alone or combined, isolates one respondent -----------
def _random_survey(rng: np.random.Generator) -> tuple[pd.DataFrame, list[UnitNode]]:
    size = int(rng.integers(1, 6))
    parent = [None] + [f"U{int(rng.integers(0, i))}" for i in range(1, size)]
    units = [UnitNode(f"U{i}", f"U{i}", parent[i]) for i in range(size)]
    rows = []
    for u in range(size):
        for w in ("1", "2")[: int(rng.integers(1, 3))]:
            for _ in range(int(rng.integers(0, 9))):
                answers = rng.integers(1, 6, size=5).astype(float)
                answers[rng.random(5) < 0.3] = np.nan
                rows.append([f"U{u}", w, *answers])
    frame = pd.DataFrame(rows, columns=["unit", "wave", *ITEMS["item"]])
    return frame, units


def _isolated(frame: pd.DataFrame, scores: Any) -> list[tuple[int, str]]:
    """Respondents of whom some combination of the published sums (n × mean per record, and
    the favourable counts) depends on their answers alone: (respondent, which system)."""
    tree = scores.tree
    index = {uid: i for i, uid in enumerate(tree.ids)}
    items = list(ITEMS["item"])
    answered = ~frame[items].isna().to_numpy()
    variables = [(r, j) for r in range(len(frame)) for j in range(len(items)) if answered[r, j]]
    col = {v: k for k, v in enumerate(variables)}
    node = [index[u] for u in frame["unit"]]

    def under(r: int, u: int) -> bool:
        i = node[r]
        while i >= 0:
            if i == u:
                return True
            i = tree.parent[i]
        return False

    means, favourable = [], []
    for mi, meas in enumerate(scores.measures):
        js = [items.index(i) for i in meas.items]
        for u in range(len(tree)):
            for w, wave in enumerate(scores.waves):
                if scores.n[mi, u, w] == 0 or scores.suppressed[mi, u, w]:
                    continue
                m_row, f_row = np.zeros(len(variables)), np.zeros(len(variables))
                for r in range(len(frame)):
                    if str(frame["wave"].iloc[r]) != wave or not under(r, u):
                        continue
                    mine = [j for j in js if answered[r, j]]
                    for j in mine:
                        m_row[col[(r, j)]] = 1 / len(mine)
                        f_row[col[(r, j)]] = 1
                means.append(m_row)
                favourable.append(f_row)
    out = []
    for name, rows in (("mean", means), ("favourable", favourable)):
        if not rows:
            continue
        A = np.array(rows)
        rank = np.linalg.matrix_rank(A)
        for r in range(len(frame)):
            mine = np.array([v[0] == r for v in variables])
            if mine.any() and np.linalg.matrix_rank(A[:, ~mine]) < rank:
                out.append((r, name))
    return out


def test_no_respondent_can_be_isolated_by_any_combination_of_published_sums() -> None:
    rng = np.random.default_rng(156)
    for _ in range(150):
        frame, units = _random_survey(rng)
        scores = score_frame(frame, ITEMS, units, min_group=3)
        leaked = _isolated(frame, scores)
        assert not leaked, (frame.to_dict("list"), [(u.id, u.parent) for u in units], leaked)


def test_the_brute_force_check_finds_the_leak_without_the_pattern_rule(monkeypatch: Any) -> None:
    # the same check, with the rule switched off, catches the differencing of the test above
    from ohtrack.surveys import scoring

    monkeypatch.setattr(scoring, "_suppress_patterns", lambda *args: None)
    frame = pd.DataFrame({"unit": "U0", "wave": "1", "a1": [4.0, 5, 3, 4, 2, 1], "a2": np.nan,
                          "b1": [4.0, 4, 3, 5, 2, np.nan], "r1": np.nan, "c1": np.nan})
    scores = score_frame(frame, ITEMS, [UnitNode("U0", "U0")], min_group=5)
    assert (5, "mean") in _isolated(frame, scores)


# -- shared outputs carry no respondent ID and no single answer -----------------------------
def test_shared_outputs_name_no_respondent_and_no_single_answer(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ohtrack_cli.main import cli

    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "c1"]]
    rows += [[f"SECRET{i}", "A" if i < 6 else "B", "2024", 3] for i in range(12)]
    rows[2][3] = 7  # out of the scale
    rows[3][3] = "no idea"
    rows.append(["SECRET0", "A", "2024", 4])  # a duplicate
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows, "Items": [["Item", "Outcome", "Min", "Max"], ["c1", "X", 1, 5]],
        "Units": [["ID", "Name"], ["A", "Team A"], ["B", "Team B"]]})
    runner = CliRunner()
    for args in (["--json"], [], ["--xlsx", str(tmp_path / "out.xlsx")]):
        result = runner.invoke(cli, ["survey", str(path), "--lang", "en", *args])
        assert result.exit_code == 1, result.output
        assert "SECRET" not in result.output and "no idea" not in result.output
        assert "Responses!" not in result.output
        if args == ["--json"]:
            problems = json.loads(result.stdout)["problems"]
            assert {p["cell"] for p in problems} == {None}
    from openpyxl import load_workbook

    shared = load_workbook(tmp_path / "out.xlsx")
    text = " ".join(str(c.value) for ws in shared for row in ws.iter_rows() for c in row)
    assert "SECRET" not in text and "no idea" not in text and "Responses!" not in text
    assert "Team A: 1 × outside the scale 1..5" in text
    # the private report has them all, by cell
    result = runner.invoke(cli, ["survey", str(path), "--lang", "en", "--cell-report",
                                 str(tmp_path / "private.xlsx")])
    private = load_workbook(tmp_path / "private.xlsx").active
    assert private is not None
    cells = [row[0] for row in private.iter_rows(min_row=3, values_only=True)]
    assert cells == ["Responses!D3", "Responses!D4", "Responses!A14"]
    assert "do not share" in str(private["A1"].value)
