"""Survey-fed indicators (issue 12.2): values per wave match a plain pandas computation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import ohtrack
from tests.conftest import write_workbook

UNITS = [["ID", "Name", "Parent"], ["S", "Section", None], ["T1", "Team 1", "S"],
         ["T2", "Team 2", "S"], ["T3", "Team 3", "S"]]


def _answers() -> pd.DataFrame:
    rng = np.random.default_rng(122)
    rows = []
    for wave, sizes in (("2023", {"T1": 12, "T2": 8, "T3": 7}), ("2024", {"T1": 12, "T2": 3, "T3": 6})):
        for team, size in sizes.items():
            for i in range(size):
                q3 = float(rng.integers(1, 6)) if rng.random() > 0.2 else np.nan
                rows.append([f"{team}-{i}", team, wave, float(rng.integers(1, 6)),
                             float(rng.integers(1, 6)), q3])
    return pd.DataFrame(rows, columns=["Respondent", "Unit", "Wave", "Q1", "Q2", "Q3"])


def files(tmp_path: Path, frame: pd.DataFrame) -> tuple[Path, Path]:
    prog = write_workbook(tmp_path / "prog.xlsx", {
        "Programme": [["Field", "Value"], ["name", "P"], ["model", "ohi-2011"], ["language", "en"]],
        "Units": UNITS,
        "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "Daily start", "Direction"]],
        "Indicators": [["ID", "Name", "Unit", "Scale", "Survey source"],
                       ["K1", "Leadership score", None, "score", "Leadership"],
                       ["K2", "Supportive, % favourable", "Team 1", "%", "Supportive leadership"],
                       ["K3", "Direction in team 2", "T2", "score", "Direction"],
                       ["K4", "Nothing like it", None, "score", "Weather"]]})
    rows: list[list[Any]] = [list(frame.columns)] + [
        [None if isinstance(v, float) and np.isnan(v) else v for v in r] for r in frame.values.tolist()]
    survey = write_workbook(tmp_path / "survey.xlsx", {
        "Responses": rows, "Units": UNITS,
        "Items": [["Item", "Outcome", "Practice", "Min", "Max"],
                  ["Q1", "Leadership", "Supportive leadership", 1, 5], ["Q2", "Leadership", None, 1, 5],
                  ["Q3", "Direction", None, 1, 5]]})
    return prog, survey


def test_survey_fed_indicators_match_plain_pandas(tmp_path: Path) -> None:
    frame = _answers()
    prog_path, survey_path = files(tmp_path, frame)
    prog = ohtrack.load(prog_path)
    report = ohtrack.survey(ohtrack.load_survey(survey_path), prog)
    got = {(v.indicator, v.wave): v for v in ohtrack.survey_measurements(prog, report).values}
    # K1, whole organisation: a respondent's score is the mean of Q1 and Q2; the mean of those
    leadership = frame.assign(score=frame[["Q1", "Q2"]].mean(axis=1)).groupby("Wave")["score"].mean()
    # K2, Team 1, % favourable of Q1 (answers 4 or 5)
    t1 = frame[frame["Unit"] == "T1"]
    supportive = (t1["Q1"] >= 4).groupby(t1["Wave"]).mean() * 100
    direction = frame[frame["Unit"] == "T2"].groupby("Wave")["Q3"].mean()
    for wave in ("2023", "2024"):
        assert got[("K1", wave)].value == pytest.approx(leadership[wave], abs=1e-12)
        assert got[("K1", wave)].n == int((frame["Wave"] == wave).sum())
        assert got[("K2", wave)].value == pytest.approx(supportive[wave], abs=1e-12)
        assert got[("K1", wave)].date == ohtrack.analysis.survey.wave_date(wave)
    assert got[("K3", "2023")].value == pytest.approx(direction["2023"], abs=1e-12)
    # Team 2 has 3 respondents in 2024: suppressed, and said so
    assert (got[("K3", "2024")].value, got[("K3", "2024")].reason) == (None, "suppressed")
    assert {got[("K4", w)].reason for w in ("2023", "2024")} == {"unknown-source"}


def test_with_survey_feeds_the_indicator_report(tmp_path: Path) -> None:
    frame = _answers()
    prog_path, survey_path = files(tmp_path, frame)
    prog = ohtrack.load(prog_path)
    report = ohtrack.survey(ohtrack.load_survey(survey_path), prog)
    fed = ohtrack.with_survey(prog, report)
    added = [(m.indicator, m.date.isoformat() if m.date else None) for m in fed.measurements]
    assert added == [("K1", "2023-01-01"), ("K1", "2024-01-01"), ("K2", "2023-01-01"),
                     ("K2", "2024-01-01"), ("K3", "2023-01-01")]
    assert fed.measurements[0].source == "survey, wave 2023"
    result = ohtrack.indicators(fed, as_of=ohtrack.analysis.survey.wave_date("2024"))
    k1 = next(r for r in result.to_dict()["indicators"] if r["id"] == "K1")
    leadership = frame.assign(score=frame[["Q1", "Q2"]].mean(axis=1)).groupby("Wave")["score"].mean()
    assert k1["latest"]["value"] == pytest.approx(leadership["2024"])
