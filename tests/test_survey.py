"""Survey scoring: exact problems with cells, agreement with plain pandas, alpha, change, JSON."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import ohtrack
from ohtrack.analysis.survey import build_report, hedges_g, survey
from ohtrack.errors import WorkbookError
from ohtrack.surveys import kernel
from ohtrack.surveys.reader import UnitNode, load_survey, read_survey
from ohtrack.surveys.scoring import score_frame
from tests.conftest import MINIMAL, NOT_A_SURVEY, write_workbook

ITEMS_NL = [["Item", "Tekst", "Uitkomst", "Praktijk", "Omgekeerd", "Min", "Max"],
            ["V1", "Ik weet wat er van mij verwacht wordt", "Richting", "Gedeelde visie", "nee", 1, 5],
            ["V2", "=Niemand weet waar we heen gaan", "Richting", "Gedeelde visie", "ja", 1, 5],
            ["V3", "Mijn leidinggevende steunt mij", "Leiderschap", "Ondersteunend leiderschap", None, 1, 5],
            ["V4", "Ik krijg hulp als het nodig is", "Leiderschap", None, None, 1, 5]]


def small_book(path: Path) -> Path:
    """Two teams of 5 in one section, one wave; a missing answer, a 9, a text answer."""
    rows: list[list[Any]] = [["Respondent", "Eenheid", "Meting", "V1", "V2", "V3", "V4"]]
    answers = [[4, 2, 5, 4], [5, 1, 4, 4], [3, 3, None, 2], [4, 2, 3, 3], [2, 4, 2, 9],
               [5, 1, 5, 5], [4, 2, 4, 4], [3, 3, 3, "weet niet"], [4, 1, 4, 5], [1, 5, 2, 2]]
    for i, a in enumerate(answers):
        rows.append([f"R{i + 1}", "T1" if i < 5 else "T2", 2023, *a])
    return write_workbook(path, {
        "Antwoorden": rows, "Vragen": ITEMS_NL,
        "Eenheden": [["ID", "Naam", "Bovenliggend"], ["S", "Sectie", None],
                     ["T1", "Team 1", "S"], ["T2", "Team 2", "S"]]})


def test_problems_name_their_cells_and_bad_answers_are_left_out(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(small_book(tmp_path / "s.xlsx")), min_group=1, lang="en")
    assert [[p.cell, p.code, p.severity.value] for p in report.cell_problems] == [
        ["Antwoorden!F4", "missing-answer", "warning"],
        ["Antwoorden!G6", "out-of-range", "error"],
        ["Antwoorden!G9", "not-a-number", "error"],
    ]
    assert not report.valid
    lead = {r["unit"]: r for r in report.outcome_records() if r["outcome"] == "Leiderschap"}
    # T1: R1 (5+4)/2, R2 (4+4)/2, R3 2 (V3 missing), R4 3, R5 2 (the 9 left out)
    assert lead["T1"]["n"] == 5
    assert lead["T1"]["mean"] == pytest.approx((4.5 + 4 + 2 + 3 + 2) / 5)
    # answers in the top two points (4, 5): 5,4 | 4,4 | 2 | 3,3 | 2  → 4 of 8
    assert lead["T1"]["favourable"] == pytest.approx(50.0)
    # T2: R8's text answer left out
    assert lead["T2"]["mean"] == pytest.approx((5 + 4 + 3 + 4.5 + 2) / 5)
    assert lead["*"]["n"] == 10 and lead["S"]["mean"] == lead["*"]["mean"]


def test_reversed_items_are_recoded_before_scoring(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(small_book(tmp_path / "s.xlsx")), min_group=1)
    direction = {r["unit"]: r for r in report.outcome_records() if r["outcome"] == "Richting"}
    # V2 reversed: 6 - x. T1 respondents: (4+4)/2, (5+5)/2, (3+3)/2, (4+4)/2, (2+2)/2
    assert direction["T1"]["mean"] == pytest.approx((4 + 5 + 3 + 4 + 2) / 5)
    assert direction["T1"]["favourable"] == pytest.approx(60.0)  # 4,4,5,5,4,4 of 10


def test_practices_are_scored_and_named(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(small_book(tmp_path / "s.xlsx")), min_group=1)
    practices = sorted({(r["outcome"], r["practice"]) for r in report.records if "practice" in r})
    assert practices == [("Leiderschap", "Ondersteunend leiderschap"), ("Richting", "Gedeelde visie")]
    supp = [r for r in report.records
            if r.get("practice") == "Ondersteunend leiderschap" and r["unit"] == "T1"]
    assert supp[0]["n"] == 4 and supp[0]["mean"] == pytest.approx((5 + 4 + 3 + 2) / 4)


def test_small_groups_are_suppressed_without_numbers(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(small_book(tmp_path / "s.xlsx")), min_group=6)
    by_unit = {r["unit"]: r for r in report.outcome_records() if r["outcome"] == "Richting"}
    for unit in ("T1", "T2"):
        assert by_unit[unit]["suppressed"] is True
        assert [by_unit[unit][k] for k in ("n", "mean", "sd", "favourable")] == [None] * 4
    assert by_unit["S"]["suppressed"] is False and by_unit["S"]["n"] == 10
    hm = report.heatmap()
    assert [u["id"] for u in hm.units] == ["*", "S", "T1", "T2"]
    assert hm.hidden[2] == [True, True] and hm.values[2] == [None, None]


def test_a_unit_of_4_and_its_sibling_of_8_are_both_hidden_end_to_end(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1"]]
    rows += [[f"A{i}", "A", "2024", 4] for i in range(4)] + [[f"B{i}", "B", "2024", 2] for i in range(8)]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows,
        "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "Direction", 1, 5]],
        "Units": [["ID", "Name", "Parent"], ["P", "Plant", None], ["A", "Team A", "P"],
                  ["B", "Team B", "P"]]})
    report = ohtrack.survey(ohtrack.load_survey(path))
    got = {r["unit"]: (r["suppressed"], r["n"], r["mean"]) for r in report.records}
    assert got == {"*": (False, 12, pytest.approx(8 / 3)), "P": (False, 12, pytest.approx(8 / 3)),
                   "A": (True, None, None), "B": (True, None, None)}


def _plain_pandas(frame: pd.DataFrame, items: pd.DataFrame, parent_of: dict[str, str]) -> pd.DataFrame:
    """The reference: melt, recode, drop invalid, respondent means, then group means."""
    long = frame.melt(id_vars=["respondent", "unit", "wave"], var_name="item", value_name="x")
    long = long.merge(items, on="item").dropna(subset=["x"])
    long = long[(long["x"] >= long["min"]) & (long["x"] <= long["max"])].copy()
    long.loc[long["reversed"], "x"] = long["min"] + long["max"] - long["x"]
    long["fav"] = long["x"] >= long["max"] - 1
    expanded = []
    for level in ("unit", "parent", "org"):
        part = long.copy()
        part["group"] = {"unit": part["unit"], "parent": part["unit"].map(parent_of),
                         "org": "*"}[level]
        expanded.append(part)
    long = pd.concat(expanded)
    person = long.groupby(["group", "wave", "outcome", "respondent"]).agg(
        score=("x", "mean"), fav=("fav", "sum"), answers=("x", "size")).reset_index()
    return person.groupby(["group", "wave", "outcome"]).agg(
        n=("score", "size"), mean=("score", "mean"), sd=("score", "std"),
        fav=("fav", "sum"), answers=("answers", "sum")).reset_index()


@pytest.mark.parametrize("block", [16384, 777])
def test_scores_agree_with_a_plain_pandas_computation(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernel, "BLOCK", block)  # 777: answers go through in four blocks
    rng = np.random.default_rng(7)
    size, k = 3000, 12
    names = [f"Q{i}" for i in range(k)]
    frame = pd.DataFrame(rng.integers(1, 6, size=(size, k)).astype(float), columns=names)
    frame[names[-1]] = rng.integers(0, 5, size)  # a 0..4 item
    frame = frame.mask(rng.random((size, k)) < 0.05)
    frame.iloc[5, 3] = 6.0  # out of range
    frame.iloc[2500, 0] = 0.0
    teams = [f"T{i}" for i in range(12)]
    frame.insert(0, "respondent", [f"R{i}" for i in range(size)])
    frame.insert(1, "unit", rng.choice(teams, size))
    frame.insert(2, "wave", rng.choice(["2021", "2022", "2024"], size))
    items = pd.DataFrame({"item": names, "outcome": [f"O{i // 4}" for i in range(k)],
                          "practice": None, "reversed": [i % 5 == 1 for i in range(k)],
                          "min": [1.0] * (k - 1) + [0.0], "max": [5.0] * (k - 1) + [4.0]})
    parent_of = {t: f"D{int(t[1:]) // 4}" for t in teams}
    units = [UnitNode(d, d, None) for d in sorted(set(parent_of.values()))]
    units += [UnitNode(t, t, parent_of[t]) for t in teams]
    scores = score_frame(frame, items, units, min_group=1)
    report = build_report(scores, None, "en", scores.cell_problems)
    expected = _plain_pandas(frame, items, parent_of).set_index(["group", "wave", "outcome"])
    records = report.outcome_records()
    assert len(records) == len(expected) == (1 + 3 + 12) * 3 * 3
    for r in records:
        e = expected.loc[(r["unit"], r["wave"], r["outcome"])]
        assert r["n"] == e["n"]
        assert r["mean"] == pytest.approx(e["mean"], abs=1e-12)
        assert r["sd"] == pytest.approx(e["sd"], abs=1e-9)
        assert r["favourable"] == pytest.approx(100 * e["fav"] / e["answers"], abs=1e-12)
    assert report.stats["waves"] == ["2021", "2022", "2024"]
    out = [p.cell for p in report.cell_problems if p.code == "out-of-range"]
    assert out == ["Responses!G7", "Responses!D2502"]


def test_cronbach_alpha_on_complete_cases_matches_the_formula() -> None:
    rng = np.random.default_rng(3)
    base = rng.normal(size=400)
    names = ["a", "b", "c"]
    data = {n: np.clip(np.round(3 + base + rng.normal(scale=0.8, size=400)), 1, 5) for n in names}
    frame = pd.DataFrame(data)
    frame.loc[:9, "b"] = np.nan  # 10 incomplete respondents
    frame.insert(0, "unit", "U")
    frame.insert(1, "wave", ["w1"] * 200 + ["w2"] * 200)
    items = pd.DataFrame({"item": names, "outcome": "X", "min": 1.0, "max": 5.0})
    scores = score_frame(frame, items)
    for row in scores.alpha:
        part = frame[frame["wave"] == row["wave"]][names].dropna()
        k = len(names)
        expected = k / (k - 1) * (1 - part.var(ddof=1).sum() / part.sum(axis=1).var(ddof=1))
        assert row["n"] == len(part)
        assert row["alpha"] == pytest.approx(expected, abs=1e-12)
    assert [r["n"] for r in scores.alpha] == [190, 200]


def test_change_between_waves_uses_hedges_g() -> None:
    frame = pd.DataFrame({"unit": "U", "wave": ["1"] * 6 + ["2"] * 6,
                          "q": [2, 3, 3, 4, 2, 3, 4, 4, 5, 3, 4, 5]})
    items = pd.DataFrame({"item": ["q"], "outcome": ["X"], "min": [1.0], "max": [5.0]})
    report = build_report(score_frame(frame, items), None, "en")
    change = next(c for c in report.changes if c["unit"] == "U")
    a, b = frame["q"][:6], frame["q"][6:]
    pooled = math.sqrt((5 * a.var() + 5 * b.var()) / 10)
    assert change["change"] == pytest.approx(b.mean() - a.mean())
    assert change["hedges_g"] == pytest.approx((b.mean() - a.mean()) / pooled * (1 - 3 / (4 * 12 - 9)))
    assert hedges_g(3.0, 0.0, 5, 3.0, 0.0, 5) is None


def test_items_sheet_problems(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "s.xlsx", {
        "RESPONSES": [["respondent", "UNIT", "wave", "Q1", "Q2", "Extra", "Q4"],
                      ["R1", "A", 1, 3, 3, "x", 2]],
        "items": [["item", "outcome", "reversed", "min", "max"],
                  ["Q1", "Direction", "misschien", 1, 5],
                  ["Q2", "Direction", "no", None, 5],
                  ["Q3", "Direction", "no", 1, 5],
                  ["Q4", "Direction", "no", 5, 1]]})
    data = read_survey(path)
    assert [[p.cell, p.code] for p in data.problems] == [
        ["items!C2", "unknown-value"], ["items!D3", "missing-value"], ["items!D5", "invalid-scale"],
        ["RESPONSES!F1", "unknown-item"], ["items!A4", "missing-item"]]
    assert list(data.items["item"]) == ["Q1", "Q3"]


def test_programme_gives_the_unit_tree_and_model_names(make_workbook: Any, tmp_path: Path) -> None:
    programme = make_workbook({**MINIMAL, "Units": [["ID", "Name", "Parent"], ["P", "Plant", None],
                                                    ["A", "Team A", "P"], ["B", "Team B", "P"]]},
                              name="prog.xlsx")
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1"]]
    rows += [[f"R{i}", "Team A" if i < 6 else "B", "2024", 4] for i in range(12)]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows, "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "Richting", 1, 5]]})
    report = ohtrack.survey(ohtrack.load_survey(path), ohtrack.load(programme))
    assert report.lang == "en" and report.outcomes == ["Direction"]
    assert [(u["id"], u["parent"]) for u in report.units] == [("*", None), ("P", "*"), ("A", "P"), ("B", "P")]
    assert {r["unit"]: r["n"] for r in report.records} == {"*": 12, "P": 12, "A": 6, "B": 6}


def test_unknown_unit_is_reported_and_scored_as_a_top_unit(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1"]]
    rows += [[f"R{i}", "A" if i < 6 else "Ghost", "1", 4] for i in range(12)]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows, "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "X", 1, 5]],
        "Units": [["ID", "Name"], ["A", "Team A"]]})
    report = ohtrack.survey(ohtrack.load_survey(path))
    assert [[p.cell, p.code] for p in report.cell_problems] == [["Responses!B8", "unknown-unit"]]
    assert [[p.cell, p.code] for p in report.problems] == [[None, "unknown-unit"]]
    assert {r["unit"]: r["n"] for r in report.records} == {"*": 12, "A": 6, "Ghost": 6}


def test_a_workbook_that_is_no_survey_file_gives_one_line() -> None:
    path = NOT_A_SURVEY
    with pytest.raises(WorkbookError) as info:
        ohtrack.load_survey(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: not a survey file: it has no 'Responses' ('Antwoorden') "
                              "and no 'Items' ('Vragen') sheet")


def test_problem_list_is_capped_with_a_count() -> None:
    frame = pd.DataFrame({"unit": "U", "q": [np.nan] * 30 + [3.0] * 5})
    items = pd.DataFrame({"item": ["q"], "outcome": ["X"], "min": [1.0], "max": [5.0]})
    scores = score_frame(frame, items, problem_limit=10)
    assert [p.cell for p in scores.cell_problems[:2]] == ["Responses!B2", "Responses!B3"]
    assert len(scores.cell_problems) == 11
    assert scores.cell_problems[-1].message == "20 more problems of this kind are not listed (30 in all)"
    assert scores.stats["problem_counts"] == {"missing-answer": 30}


def test_respondents_without_a_unit_count_for_the_organisation_and_are_protected(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "Q1"]]
    rows += [[f"A{i}", "A", "1", 4] for i in range(10)] + [[f"B{i}", "B", "1", 2] for i in range(10)]
    rows += [["X1", None, "1", 5], ["X2", "", "1", 5]]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows, "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "X", 1, 5]]})
    report = survey(load_survey(path))
    assert [[p.cell, p.code] for p in report.cell_problems] == [["Responses!B22", "missing-value"],
                                                           ["Responses!B23", "missing-value"]]
    # the organisation (22) minus A and B would give away the two: both are hidden
    assert {r["unit"]: (r["n"], r["suppressed"]) for r in report.records} == {
        "*": (22, False), "A": (None, True), "B": (None, True)}
    assert report.records[0]["mean"] == pytest.approx((40 + 20 + 10) / 22)


def test_block_size_does_not_change_a_single_digit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Respondent scores are fractions: their sums are binned SUM_BLOCK respondents at a
    time, so a larger BLOCK (fewer calls) gives bit-for-bit the same sums."""
    rng = np.random.default_rng(11)
    size, k = 40_000, 6
    names = [f"Q{i}" for i in range(k)]
    frame = pd.DataFrame(rng.integers(1, 6, size=(size, k)).astype(float), columns=names)
    frame = frame.mask(rng.random((size, k)) < 0.1)
    frame.insert(0, "unit", rng.choice([f"T{i}" for i in range(7)], size))
    items = pd.DataFrame({"item": names, "outcome": ["O1"] * 3 + ["O2"] * 3, "practice": None,
                          "reversed": False, "min": 1.0, "max": 5.0})
    got = []
    for block in (kernel.SUM_BLOCK, 2 * kernel.SUM_BLOCK):
        monkeypatch.setattr(kernel, "BLOCK", block)
        got.append(score_frame(frame, items, None, min_group=1))
    small, large = got
    assert not np.all(small.total == np.round(small.total))  # fractional sums, not integers
    for name in ("n", "total", "sumsq", "favourable", "answers"):
        assert np.array_equal(getattr(small, name), getattr(large, name)), name
    assert small.alpha == large.alpha
