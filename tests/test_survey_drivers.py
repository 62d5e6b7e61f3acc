"""Driver analysis (issue 12.3): Shapley shares of R² against a direct numpy computation on a
generated survey with known weights."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import ohtrack
from ohtrack.analysis.survey_drivers import shapley_r2
from tests.conftest import write_workbook


def _r2(X: np.ndarray, y: np.ndarray) -> float:
    A = np.column_stack([np.ones(len(y)), X])
    fit = A @ np.linalg.lstsq(A, y, rcond=None)[0]
    return 1 - ((y - fit) ** 2).sum() / ((y - y.mean()) ** 2).sum()


def _direct_shapley(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Shapley shares by brute force: every order of adding the drivers, OLS fits in numpy."""
    k = X.shape[1]
    out = np.zeros(k)
    orders = list(itertools.permutations(range(k)))
    for order in orders:
        before = 0.0
        for j, col in enumerate(order):
            now = _r2(X[:, list(order[:j + 1])], y)
            out[col] += now - before
            before = now
    return out / math.factorial(k)


def survey(tmp_path: Path, n: int = 400) -> tuple[Path, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(123)
    cov = np.array([[1, 0.5, 0.2], [0.5, 1, 0.3], [0.2, 0.3, 1]])
    X = rng.multivariate_normal([50, 50, 50], 100 * cov, size=n)
    y = 0.6 * X[:, 0] + 0.3 * X[:, 1] + 0.05 * X[:, 2] + rng.normal(0, 5, n)
    rows: list[list[Any]] = [["Respondent", "Unit", "Wave", "A", "B", "C", "Y"]]
    rows += [[f"R{i}", "T1" if i % 2 else "T2", "2024", *map(float, X[i]), float(y[i])] for i in range(n)]
    path = write_workbook(tmp_path / "s.xlsx", {
        "Responses": rows,
        "Items": [["Item", "Outcome", "Min", "Max"], ["A", "Alpha", -1000, 1000],
                  ["B", "Beta", -1000, 1000], ["C", "Gamma", -1000, 1000], ["Y", "Result", -1000, 1000]]})
    return path, X, y


def test_shapley_shares_match_numpy_and_add_up_to_r2(tmp_path: Path) -> None:
    path, X, y = survey(tmp_path)
    report = ohtrack.survey_drivers(ohtrack.load_survey(path), by="outcome", lang="en")
    rows = [r for r in report.rows if r["unit"] == "*" and r["outcome"] == "Result"]
    assert [r["driver"] for r in rows] == ["Alpha", "Beta", "Gamma"]
    want = _direct_shapley(X, y)
    assert [r["share"] for r in rows] == pytest.approx(want.tolist(), abs=1e-10)
    assert sum(r["share"] for r in rows) == pytest.approx(_r2(X, y), abs=1e-10)
    assert rows[0]["n"] == 400 and rows[0]["r2"] == pytest.approx(_r2(X, y), abs=1e-10)
    # the known weights come out in order: A (0.6) before B (0.3) before C (0.05)
    assert rows[0]["share"] > rows[1]["share"] > rows[2]["share"]
    team = [r for r in report.rows if r["unit"] == "T1" and r["outcome"] == "Result"]
    assert team[0]["n"] == 200
    assert [r["share"] for r in team] == pytest.approx(_direct_shapley(X[1::2], y[1::2]).tolist(), abs=1e-10)
    assert "Association, not cause" in report.to_text()
    assert report.to_dict()["caveat"].startswith("Association, not cause")


def test_independent_drivers_share_their_squared_correlations() -> None:
    rng = np.random.default_rng(5)
    X = rng.normal(size=(2000, 2))
    X -= X.mean(axis=0)
    X = np.linalg.qr(X)[0] * 40  # exactly uncorrelated columns
    y = 2 * X[:, 0] + X[:, 1] + rng.normal(size=2000)
    shares, r2 = shapley_r2(X, y)
    corr = [np.corrcoef(X[:, j], y)[0, 1] ** 2 for j in range(2)]
    assert shares.tolist() == pytest.approx(corr, abs=1e-12)
    assert r2 == pytest.approx(sum(corr), abs=1e-12)


def test_small_groups_are_left_out(tmp_path: Path) -> None:
    path, _, _ = survey(tmp_path, n=12)  # 6 people per team
    report = ohtrack.survey_drivers(ohtrack.load_survey(path), by="outcome", min_group=7)
    assert {r["unit"] for r in report.rows} == {"*"}


def test_cli_drivers(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from ohtrack_cli.main import cli

    path, _, _ = survey(tmp_path, n=60)
    result = CliRunner().invoke(cli, ["survey", str(path), "--drivers", "outcome", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "What goes with Result, whole organisation, wave 2024 (n = 60" in result.output
    data = json.loads(CliRunner().invoke(cli, ["survey", str(path), "--drivers", "outcome", "--json"]).stdout)
    assert data["drivers"]["by"] == "outcome" and data["drivers"]["rows"]


def test_the_text_lists_the_largest_share_first(tmp_path: Path) -> None:
    """Whatever order the drivers come in (the Questions sheet's), the table starts with
    what goes with the outcome most: Alpha (weight 0.6), Beta (0.3), Gamma (0.05)."""
    path, _, _ = survey(tmp_path, n=200)
    report = ohtrack.survey_drivers(ohtrack.load_survey(path), by="outcome", lang="en")
    report.rows = list(reversed(report.rows))
    block = report.to_text().split("What goes with Result", 1)[1].splitlines()[3:6]
    assert [line.split()[0] for line in block] == ["Alpha", "Beta", "Gamma"]


def test_practices_as_drivers_say_why_r2_is_near_one(tmp_path: Path) -> None:
    """An outcome's score is its practices' answers: explained by them, R² is 1 by its make;
    the text says so once, and only for practices."""
    sample = Path(__file__).resolve().parents[1] / "samples" / "gemeente-pitstop-enquete.xlsx"
    data = ohtrack.load_survey(sample)
    text = ohtrack.survey_drivers(data, by="practice", lang="nl").to_text()
    assert text.count("R² ligt daardoor bij 1") == 1
    path, _, _ = survey(tmp_path, n=60)
    other = ohtrack.survey_drivers(ohtrack.load_survey(path), by="outcome", lang="nl").to_text()
    assert "R² ligt daardoor bij 1" not in other
