"""The scoring kernel's shortcuts give the answers worked out by hand: a scale below 0 (no
copy-and-zero in one pass), missing answers counted per unit once their cells are no longer
listed, blocks that hold more than one wave."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ohtrack.surveys import kernel
from ohtrack.surveys.scoring import score_frame

nan = np.nan


def test_a_scale_below_zero_is_recoded_checked_and_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernel, "BLOCK", 2)  # three blocks
    frame = pd.DataFrame({"unit": "U", "a": [-2.0, 2.0, nan, 0.0, -1.0], "b": [1.0, -2.0, 0.0, 3.0, 2.0]})
    items = pd.DataFrame({"item": ["a", "b"], "outcome": "X", "reversed": [True, False],
                          "min": -2.0, "max": 2.0})
    scores = score_frame(frame, items, min_group=1)
    assert [(p.cell, p.code) for p in scores.cell_problems] == [("Responses!B4", "missing-answer"),
                                                                ("Responses!C5", "out-of-range")]
    # a recoded 0 - x: 2, -2, -, 0, 1; b: 1, -2, 0, (3 left out), 2
    # respondent scores 1.5, -2, 0, 0, 1.5
    unit = scores.tree.lookup()["U"]
    assert scores.n[0, unit, 0] == 5
    assert scores.mean()[0, unit, 0] == pytest.approx(1.0 / 5)
    # favourable: x >= 1 after recoding: 2, 1 | - | - | - | 1, 2 → 4 of 8 valid answers
    assert (scores.favourable[0, unit, 0], scores.answers[0, unit, 0]) == (4, 8)


def test_missing_answers_past_the_limit_are_counted_per_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernel, "BLOCK", 4)  # cells listed in the first block, counted after
    frame = pd.DataFrame({"unit": ["A"] * 6 + ["B"] * 6,
                          "q1": [nan, 2, 3, nan, 4, 5, nan, nan, nan, 1, 2, 3],
                          "q2": [1, nan, 2, 3, 4, 5, 1, 2, 3, 4, 5, nan]})
    items = pd.DataFrame({"item": ["q1", "q2"], "outcome": "X", "min": 1.0, "max": 5.0})
    scores = score_frame(frame, items, min_group=1, problem_limit=2)
    assert [p.cell for p in scores.cell_problems] == ["Responses!B2", "Responses!B5", None]
    assert scores.stats["problem_counts"] == {"missing-answer": 7}
    assert [p.text("en") for p in scores.problems] == [
        "q1, the whole organisation: 5 × no answer; left out",
        "q2, the whole organisation: 2 × no answer; left out",
        "q1, A: 2 × no answer; left out",
        "q1, B: 3 × no answer; left out",
        "2 more unit counts of this kind are not listed (4 in all)"]


def test_blocks_of_two_waves_give_each_wave_its_own_alpha(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernel, "BLOCK", 3)  # the middle block holds both waves
    frame = pd.DataFrame({"unit": "U", "wave": ["1"] * 4 + ["2"] * 4,
                          "a": [1.0, 2, 3, 4, 2, 4, 1, 5], "b": [2.0, 2, 4, 4, 1, 5, nan, 4]})
    items = pd.DataFrame({"item": ["a", "b"], "outcome": "X", "min": 1.0, "max": 5.0})
    scores = score_frame(frame, items, min_group=1)
    # wave 1: a 1 2 3 4 (var 5/3), b 2 2 4 4 (var 4/3), totals 3 4 7 8 (var 17/3):
    # alpha = 2 * (1 - 3 / (17/3)) = 16/17. Wave 2, complete respondents only (the third has
    # no b): a 2 4 5 (var 7/3), b 1 5 4 (var 13/3), totals 3 9 9 (var 12): 2 * (1 - 20/36)
    assert [(r["wave"], r["n"]) for r in scores.alpha] == [("1", 4), ("2", 3)]
    assert scores.alpha[0]["alpha"] == pytest.approx(16 / 17)
    assert scores.alpha[1]["alpha"] == pytest.approx(2 * (1 - 20 / 36))
