"""Speed: survey scoring of 200,000 respondents × 40 items over 200 units.

Target (issue 4): ``ohtrack.survey.scoring.score_frame`` within 3× a plain pandas
``groupby([unit, wave]).mean()`` of the same item columns, both measured in this run on the
same in-memory DataFrame (reading the file is not timed). Run:
``/work/venv/bin/python bench/bench_survey.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ohtrack.survey.reader import UnitNode
from ohtrack.survey.scoring import score_frame

RESPONDENTS = 200_000
ITEMS = 40
UNITS = 200  # 20 departments of 10 teams each; respondents sit in the teams
OUTCOMES = 8  # 5 items each, in two practices (3 + 2 items)
TARGET = 3.0


def make_data(seed: int = 1) -> tuple[pd.DataFrame, pd.DataFrame, list[UnitNode]]:
    """Answers 1..5 with 2% missing, two waves, every 7th item reversed."""
    rng = np.random.default_rng(seed)
    answers = rng.integers(1, 6, size=(RESPONDENTS, ITEMS)).astype(float)
    answers[rng.random((RESPONDENTS, ITEMS)) < 0.02] = np.nan
    names = [f"Q{i + 1:02d}" for i in range(ITEMS)]
    frame = pd.DataFrame(answers, columns=names)
    teams = [f"T{i:03d}" for i in range(UNITS)]
    frame.insert(0, "respondent", np.arange(RESPONDENTS))
    frame.insert(1, "unit", np.array(teams, dtype=object)[rng.integers(0, UNITS, RESPONDENTS)])
    frame.insert(2, "wave", np.array(["2021", "2023"], dtype=object)[rng.integers(0, 2, RESPONDENTS)])
    per = ITEMS // OUTCOMES
    items = pd.DataFrame({
        "item": names,
        "outcome": [f"Outcome {i // per + 1}" for i in range(ITEMS)],
        "practice": [f"Practice {i // per + 1}{'a' if i % per < 3 else 'b'}" for i in range(ITEMS)],
        "reversed": [i % 7 == 6 for i in range(ITEMS)],
        "min": 1.0, "max": 5.0,
    })
    units = [UnitNode(f"D{d:02d}", f"Department {d}", None) for d in range(UNITS // 10)]
    units += [UnitNode(t, t, f"D{i // 10:02d}") for i, t in enumerate(teams)]
    return frame, items, units


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    frame, items, units = make_data()
    names = list(items["item"])
    baseline = best_of(lambda: frame.groupby(["unit", "wave"])[names].mean())
    ours = best_of(lambda: score_frame(frame, items, units, min_group=5))
    ratio = ours / baseline
    scores = score_frame(frame, items, units, min_group=5)
    print(f"data: {RESPONDENTS:,} respondents x {ITEMS} items, {UNITS} teams in "
          f"{UNITS // 10} departments, {len(scores.waves)} waves, "
          f"{len(scores.measures)} item sets (outcomes + practices)")
    print(f"pandas groupby([unit, wave]).mean(): {baseline * 1000:8.1f} ms (best of 5)")
    print(f"score_frame (check, recode, score, roll up, alpha, suppress): "
          f"{ours * 1000:8.1f} ms (best of 5)")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET:.0f}x) -> {'OK' if ratio <= TARGET else 'TOO SLOW'}")
    print(f"python {sys.version.split()[0]}, pandas {pd.__version__}, numpy {np.__version__}; "
          f"median of 3 more ratios: {statistics.median(_ratios(frame, items, units, names)):.2f}x")
    return 0 if ratio <= TARGET else 1


def _ratios(frame: pd.DataFrame, items: pd.DataFrame, units: list[UnitNode],
            names: list[str]) -> list[float]:
    out = []
    for _ in range(3):
        b = best_of(lambda: frame.groupby(["unit", "wave"])[names].mean(), 2)
        o = best_of(lambda: score_frame(frame, items, units), 2)
        out.append(o / b)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
