"""Speed: survey scoring of 200,000 respondents × 40 items over 200 units.

Target (issue 4): ``ohtrack.surveys.scoring.score_frame`` within 3× a plain pandas
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

from ohtrack.surveys.reader import UnitNode
from ohtrack.surveys.scoring import score_frame

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


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(rounds: int = 9) -> int:
    frame, items, units = make_data()
    names = list(items["item"])

    def baseline() -> Any:
        return frame.groupby(["unit", "wave"])[names].mean()

    def ours() -> Any:
        return score_frame(frame, items, units, min_group=5)

    ours()
    base_runs, our_runs = [], []
    for _ in range(rounds):  # interleaved, so a busy machine slows both alike
        base_runs.append(timed(baseline))
        our_runs.append(timed(ours))
    base_wall, our_wall = min(r[0] for r in base_runs), min(r[0] for r in our_runs)
    base_cpu, our_cpu = min(r[1] for r in base_runs), min(r[1] for r in our_runs)
    ratios = sorted(o[0] / b[0] for o, b in zip(our_runs, base_runs))
    ratio = our_wall / base_wall
    scores = ours()
    print(f"data: {RESPONDENTS:,} respondents x {ITEMS} items, {UNITS} teams in "
          f"{UNITS // 10} departments, {len(scores.waves)} waves, "
          f"{len(scores.measures)} item sets (outcomes + practices); best of {rounds}, interleaved")
    print(f"pandas groupby([unit, wave]).mean(): {base_wall * 1000:7.1f} ms wall, "
          f"{base_cpu * 1000:7.1f} ms CPU")
    print(f"score_frame (check, recode, score, roll up, alpha, suppress): "
          f"{our_wall * 1000:7.1f} ms wall, {our_cpu * 1000:7.1f} ms CPU")
    print(f"ratio (best wall / best wall): {ratio:.2f}x; CPU: {our_cpu / base_cpu:.2f}x; "
          f"median of paired runs: {statistics.median(ratios):.2f}x (target <= {TARGET:.0f}x) -> "
          f"{'OK' if ratio <= TARGET else 'TOO SLOW'}")
    print(f"python {sys.version.split()[0]}, pandas {pd.__version__}, numpy {np.__version__}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
