"""Generate a civil-service-scale survey for the benchmarks (never committed).

1,000,000 respondents × 60 items × 3 waves (3,000,000 answer rows) in 2,000 teams of very
different sizes (some under the anonymity threshold) under 200 departments under 20
directorates; answers 1-5 with 2 % missing, 12 outcomes of 5 items (practices of 3 + 2),
every 7th item reversed.

``make_data`` builds it in memory (a DataFrame as ``score_frame`` takes it); ``write_csv``
writes it as the CSV a survey tool exports (``;``-separated, as Dutch Excel does) plus a
small workbook with the Items and Units sheets; ``write_sheet`` a survey workbook of fewer
respondents (a sheet holds at most 1,048,576 rows).

Usage: python bench/make_survey.py OUT_DIR [--respondents N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ITEMS = 60
OUTCOMES = 12  # 5 items each, in two practices (3 + 2 items)
WAVES = ("2021", "2023", "2025")
TEAMS, DEPARTMENTS, DIRECTORATES = 2_000, 200, 20


def items_table() -> pd.DataFrame:
    names = [f"Q{i + 1:02d}" for i in range(ITEMS)]
    per = ITEMS // OUTCOMES
    return pd.DataFrame({
        "item": names,
        "outcome": [f"Outcome {i // per + 1}" for i in range(ITEMS)],
        "practice": [f"Practice {i // per + 1}{'a' if i % per < 3 else 'b'}" for i in range(ITEMS)],
        "reversed": [i % 7 == 6 for i in range(ITEMS)],
        "min": 1.0, "max": 5.0,
    })


def units_table() -> list[tuple[str, str, str | None]]:
    """(ID, name, parent) of every unit: directorates, departments, teams."""
    out: list[tuple[str, str, str | None]] = [(f"D{d:02d}", f"Directie {d}", None)
                                              for d in range(DIRECTORATES)]
    per_dir = DEPARTMENTS // DIRECTORATES
    out += [(f"A{a:03d}", f"Afdeling {a}", f"D{a // per_dir:02d}") for a in range(DEPARTMENTS)]
    per_dep = TEAMS // DEPARTMENTS
    out += [(f"T{t:04d}", f"Team {t}", f"A{t // per_dep:03d}") for t in range(TEAMS)]
    return out


def team_of(respondents: int, rng: np.random.Generator) -> np.ndarray:
    """Each respondent's team: sizes lognormal (a few teams of 1-4, some of thousands)."""
    weights = rng.lognormal(0.0, 1.2, TEAMS)
    return rng.choice(TEAMS, size=respondents, p=weights / weights.sum())


def make_data(respondents: int = 1_000_000, seed: int = 1) -> pd.DataFrame:
    """Every respondent in every wave (same team): ``respondent``, ``unit``, ``wave`` and
    one float column per item (NaN = no answer), the items as one float block."""
    rng = np.random.default_rng(seed)
    rows = respondents * len(WAVES)
    answers = np.empty((ITEMS, rows))  # items × rows: a DataFrame's own block layout
    for j in range(ITEMS):  # item by item, so generating needs no second copy of the data
        answers[j] = rng.integers(1, 6, size=rows)
        answers[j][rng.random(rows) < 0.02] = np.nan
    teams = np.array([f"T{t:04d}" for t in range(TEAMS)], dtype=object)
    team = team_of(respondents, rng)
    frame = pd.DataFrame(answers.T, columns=list(items_table()["item"]), copy=False)
    frame.insert(0, "respondent", np.tile(np.arange(respondents), len(WAVES)))
    frame.insert(1, "unit", np.tile(teams[team], len(WAVES)))
    frame.insert(2, "wave", np.repeat(np.array(WAVES, dtype=object), respondents))
    return frame


def write_csv(out_dir: Path, respondents: int = 1_000_000, seed: int = 1) -> tuple[Path, Path]:
    """``responses.csv`` (``;``-separated) and ``survey.xlsx`` (Items and Units) in ``out_dir``."""
    from openpyxl import Workbook

    out_dir.mkdir(parents=True, exist_ok=True)
    frame = make_data(respondents, seed)
    csv = out_dir / f"responses-{respondents}.csv"
    frame.rename(columns={"respondent": "Respondent", "unit": "Eenheid", "wave": "Meting"}).to_csv(
        csv, sep=";", index=False, float_format="%.0f", chunksize=200_000)
    wb = Workbook(write_only=True)
    _items_and_units(wb)
    book = out_dir / "survey-items.xlsx"
    wb.save(book)
    return csv, book


def write_sheet(path: Path, respondents: int, seed: int = 2) -> Path:
    """A survey workbook whose Responses sheet holds every wave (openpyxl, write-only)."""
    import math

    from openpyxl import Workbook

    frame = make_data(respondents, seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Antwoorden")
    ws.append(["Respondent", "Eenheid", "Meting", *items_table()["item"]])
    for row in frame.itertuples(index=False):
        ws.append([None if isinstance(v, float) and math.isnan(v) else v for v in row])
    _items_and_units(wb)
    wb.save(path)
    return path


def _items_and_units(wb: Any) -> None:
    """The Items and Units sheets, in Dutch."""
    ws = wb.create_sheet("Vragen")
    ws.append(["Item", "Uitkomst", "Praktijk", "Omgekeerd", "Min", "Max"])
    for r in items_table().itertuples():
        ws.append([r.item, r.outcome, r.practice, "ja" if r.reversed else "nee", r.min, r.max])
    ws = wb.create_sheet("Eenheden")
    ws.append(["ID", "Naam", "Bovenliggend"])
    for row in units_table():
        ws.append(list(row))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="bench/out")
    ap.add_argument("--respondents", type=int, default=1_000_000)
    args = ap.parse_args()
    t = time.perf_counter()
    csv, book = write_csv(Path(args.out), args.respondents)
    print(f"wrote {csv} ({csv.stat().st_size / 1e6:.0f} MB) and {book} in {time.perf_counter() - t:.0f} s")


if __name__ == "__main__":
    main()
