"""Indicators: targets in force, progress, path status, trend and the roll-up by outcome."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ohtrack
from ohtrack.analysis.indicators import Point, Status, Trend, path_points, path_value, slope_per_year
from ohtrack.domain.measures import Direction, Indicator

D = dt.date
YEARS = [["baseline_year", 2021], ["impulse_year", 2022], ["ambition_year", 2025]]
IND_HEAD = ["ID", "Name", "Unit", "Outcome", "Direction", "Scale", "Baseline", "Impulse", "Ambition"]


def sheets(indicators: list[list[Any]], measurements: list[list[Any]],
           years: list[list[Any]] | None = None) -> dict[str, list[list[Any]]]:
    return {
        "Programme": [["Field", "Value"], ["name", "P"], ["model", "ohi-2011"], ["language", "en"],
                      *(YEARS if years is None else years)],
        "Units": [["ID", "Name"], ["U1", "Workshop"]],
        "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "Daily start", "Direction"]],
        "Indicators": [IND_HEAD, *indicators],
        "Measurements": [["Indicator", "Date", "Value"], *measurements],
    }


@pytest.fixture
def programme(make_workbook: Callable[..., Path]) -> Callable[..., ohtrack.Programme]:
    def build(indicators: list[list[Any]], measurements: list[list[Any]],
              years: list[list[Any]] | None = None, strict: bool = True) -> ohtrack.Programme:
        path = make_workbook(sheets(indicators, measurements, years))
        if strict:
            return ohtrack.load(path)
        read = ohtrack.read(path).programme  # every row as written, errors and all
        assert read is not None
        return read

    return build


def one(prog: ohtrack.Programme, as_of: dt.date, ident: str = "K1") -> Any:
    report = ohtrack.indicators(prog, as_of=as_of)
    return next(r for r in report.indicators if r.id == ident)


def test_higher_is_better_off_track_against_linear_path(programme: Any) -> None:
    prog = programme([["K1", "Score", "Workshop", "Richting", "higher", "%", 60, 70, 90]],
                     [["K1", "2021-06-01", 62], ["K1", "2022-06-01", 63]])
    r = one(prog, D(2022, 7, 1))
    assert (r.unit, r.unit_name, r.outcome_id) == ("U1", "Workshop", "direction")
    assert r.latest == Point(D(2022, 6, 1), 63.0)
    assert (r.target_kind, r.target, r.target_year) == ("impulse", 70.0, 2022)
    assert r.progress == pytest.approx(0.3)
    # 31 Dec 2021 (60) → 31 Dec 2022 (70) is 365 days; the report date 1 Jul 2022 is day 182.
    assert r.expected == pytest.approx(60 + 10 * 182 / 365)
    assert r.status is Status.OFF_TRACK
    assert r.slope == pytest.approx(1 * 365.25 / 365)
    assert r.trend is Trend.IMPROVING
    assert r.flags == []


def test_lower_is_better_flips_comparisons_not_the_formula(programme: Any) -> None:
    rows = [["K2", "Absence", None, "Culture and climate", "lager", "%", 8, 6, 4]]
    on = one(programme(rows, [["K2", "2022-01-01", 6.9]]), D(2022, 7, 1), "K2")
    # The path on the report date, 1 Jul 2022 (day 182 of 365 from 8 to 6): 7.0; 6.9 is better.
    assert on.expected == pytest.approx(8 - 2 * 182 / 365)
    assert on.progress == pytest.approx(0.55)
    assert on.status is Status.ON_TRACK
    # 1 Jul 2022 is day 182 of the path from 8 (31 Dec 2021) to 6 (31 Dec 2022): 7.0 expected
    off = one(programme(rows, [["K2", "2022-07-01", 7.5]]), D(2022, 7, 1), "K2")
    assert off.expected == pytest.approx(8 - 2 * 182 / 365)
    assert off.status is Status.OFF_TRACK
    done = one(programme(rows, [["K2", "2021-03-01", 7.0], ["K2", "2022-01-01", 5.5]]),
               D(2022, 7, 1), "K2")
    assert done.status is Status.ACHIEVED
    assert done.progress == pytest.approx(1.25)
    assert done.trend is Trend.IMPROVING  # falling values, lower is better
    worse = one(programme(rows, [["K2", "2021-03-01", 7.0], ["K2", "2022-03-01", 9.0]]),
                D(2022, 7, 1), "K2")
    assert worse.trend is Trend.WORSENING
    assert worse.progress == pytest.approx(-0.5)


def test_target_in_force_switches_after_impulse_year_and_later_measurements_are_left_out(
        programme: Any) -> None:
    prog = programme([["K1", "Score", None, "Direction", "higher", "%", 60, 70, 90]],
                     [["K1", "2022-06-01", 66], ["K1", "2023-06-01", 80]])
    during = one(prog, D(2022, 12, 31))
    assert (during.target_kind, during.latest.value) == ("impulse", 66.0)
    after = one(prog, D(2023, 1, 1))
    assert (after.target_kind, after.target, after.target_year) == ("ambition", 90.0, 2025)
    assert after.progress == pytest.approx(0.2)
    latest = one(prog, D(2024, 1, 1))
    # Path from 70 on 31 Dec 2022 to 90 on 31 Dec 2025 (1096 days); the report date is day 366.
    assert latest.expected == pytest.approx(70 + 20 * 366 / 1096)
    assert latest.status is Status.ON_TRACK


def test_blank_impulse_uses_ambition_and_blank_ambition_keeps_impulse(programme: Any) -> None:
    prog = programme([["K1", "A", None, None, "higher", None, 10, None, 20],
                      ["K2", "B", None, None, "higher", None, 10, 15, None]],
                     [["K1", "2022-12-31", 12], ["K2", "2024-01-01", 16]])
    a = one(prog, D(2023, 1, 1), "K1")
    assert (a.target_kind, a.target) == ("ambition", 20.0)
    assert a.expected == pytest.approx(10 + 10 * 366 / 1461)
    # K2's only target is the 2022 impulse: judged at 31 Dec 2022, when it had no value yet.
    b = one(prog, D(2024, 6, 1), "K2")
    assert (b.target_kind, b.status, b.deadline) == ("impulse", Status.NO_DATA, D(2022, 12, 31))
    assert b.flags == ["no_value_at_deadline"]
    early = one(prog, D(2022, 6, 1), "K2")
    assert early.status is Status.NO_DATA and early.deadline is None


def test_flags_and_statuses_without_data_targets_baseline_or_years(programme: Any) -> None:
    rows = [["K1", "No data", None, "Direction", "higher", None, 1, 2, 3],
            ["K2", "No target", None, "Direction", "higher", None, 1, None, None],
            ["K3", "No baseline", None, "Nonsense", "higher", None, None, 5, 9],
            ["K4", "Undated", "Nowhere", None, "higher", None, 1, 2, 3]]
    prog = programme(rows, [["K2", "2021-05-01", 3], ["K3", "2021-05-01", 4],
                            ["K4", None, 8], ["K4", "2021-05-01", 1.5]], strict=False)
    report = ohtrack.indicators(prog, as_of=D(2021, 12, 31))
    got = {r.id: (r.status.value, r.flags) for r in report.indicators}
    assert got == {
        "K1": ("no_data", ["no_measurements"]),
        "K2": ("no_target", ["no_targets"]),
        "K3": ("unknown", ["no_baseline", "unknown_outcome"]),
        "K4": ("on_track", ["unknown_unit", "undated_measurements"]),
    }
    assert [r.id for r in report.flagged] == ["K1", "K2", "K3", "K4"]


def test_no_programme_years_means_no_path(programme: Any) -> None:
    prog = programme([["K1", "Score", None, None, "higher", None, 60, 70, 90]],
                     [["K1", "2022-06-01", 65]], years=[])
    r = one(prog, D(2022, 7, 1))
    assert (r.status, r.expected, r.target_kind) == (Status.UNKNOWN, None, "impulse")
    assert r.flags == ["no_years"]
    assert r.progress == pytest.approx(0.5)


def test_rollup_by_outcome_in_model_order_with_unresolved_last(programme: Any) -> None:
    rows = [["K1", "a", None, "Culture and climate", "higher", None, 1, 2, 3],
            ["K2", "b", None, "Richting", "higher", None, 1, 2, 3],
            ["K3", "c", None, "direction", "higher", None, 1, 2, 3],
            ["K4", "d", None, None, "higher", None, 1, 2, 3]]
    prog = programme(rows, [["K2", "2021-02-01", 5], ["K3", "2021-02-01", 0]])
    report = ohtrack.indicators(prog, as_of=D(2021, 3, 1))
    got = [(o.outcome_id, o.indicators, {k: v for k, v in o.counts.items() if v})
           for o in report.by_outcome]
    assert got == [("direction", ["K2", "K3"], {"achieved": 1, "off_track": 1}),
                   ("culture-and-climate", ["K1"], {"no_data": 1}),
                   (None, ["K4"], {"no_data": 1})]
    assert report.by_outcome[-1].name == "(no outcome)"
    assert report.counts() == {"met": 0, "missed": 0, "achieved": 1, "on_track": 0, "off_track": 1,
                               "stale": 0, "unknown": 0, "no_target": 0, "no_data": 2}


def test_trend_flat_within_one_percent_of_the_span() -> None:
    pts = [Point(D(2021, 1, 1), 50.0), Point(D(2022, 1, 1), 50.1), Point(D(2023, 1, 1), 50.2)]
    assert slope_per_year(pts) == pytest.approx(0.2 / (730 / 365.25))
    assert slope_per_year(pts[:1]) is None
    assert slope_per_year([pts[0], Point(D(2021, 1, 1), 9.0)]) is None


def test_least_squares_slope_known_answer() -> None:
    # x in years: 0, 1, 2 (days/365.25 chosen exactly), y: 1, 3, 2 → slope 0.5
    origin = D(2020, 1, 1)
    pts = [Point(origin + dt.timedelta(days=round(365.25 * k)), y) for k, y in ((0, 1), (4, 3), (8, 2))]
    assert slope_per_year(pts) == pytest.approx(0.125)


def test_path_value_is_flat_outside_and_linear_between() -> None:
    ind = Indicator(id="K", name="K", direction=Direction.LOWER, baseline=8, impulse=6, ambition=4)
    path = path_points(ind, 2021, 2022, 2025)
    assert path == [Point(D(2021, 12, 31), 8), Point(D(2022, 12, 31), 6), Point(D(2025, 12, 31), 4)]
    assert path_value(path, D(2020, 5, 1)) == 8
    assert path_value(path, D(2030, 1, 1)) == 4
    assert path_value(path, D(2024, 6, 30)) == pytest.approx(6 - 2 * 547 / 1096)


def test_to_dict_is_stable_json(programme: Any) -> None:
    prog = programme([["K1", "Score", None, "Direction", "higher", "%", 60, 70, 90]],
                     [["K1", "2022-06-01", 66]])
    d = ohtrack.indicators(prog, as_of=D(2022, 7, 1), lang="nl").to_dict()
    assert list(d) == ["programme", "as_of", "lang", "years", "rules", "counts", "indicators",
                       "by_outcome", "flagged"]
    assert d["indicators"][0]["path"] == [{"date": "2021-12-31", "value": 60.0},
                                          {"date": "2022-12-31", "value": 70.0},
                                          {"date": "2025-12-31", "value": 90.0}]
    assert d["years"] == {"baseline": 2021, "impulse": 2022, "ambition": 2025}
    assert d["rules"]["target"].startswith("Geldend doel")
    k = d["indicators"][0]
    assert k["latest"] == {"date": "2022-06-01", "value": 66.0}
    assert (k["status"], k["progress"], k["outcome_name"]) == ("on_track", 0.6, "Richting")
    assert d["by_outcome"][0]["counts"]["on_track"] == 1


def test_figure_is_written_as_png(programme: Any, tmp_path: Path) -> None:
    prog = programme([["K1", "Score", None, "Direction", "higher", "%", 60, 70, 90],
                      ["K2", "Empty", None, None, "lower", None, None, None, None]],
                     [["K1", "2021-06-01", 62], ["K1", "2022-06-01", 66]])
    out = tmp_path / "ind.png"
    ohtrack.export(ohtrack.indicators(prog, as_of=D(2022, 7, 1)), out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = ohtrack.indicators(prog, as_of=D(2022, 7, 1), lang="en")
    texts = report.figure().texts()
    assert texts[1] == "Score" and "Empty" in texts  # a panel each, the empty one says so
    assert texts.count("no data") == 1 and "66" in texts  # the last value written at its point
    # the legend's entries alike, in lower case
    assert {"measured (colour = status)", "expected path", "baseline", "impulse", "ambition",
            "report date"} <= set(texts) and "Baseline" not in texts
    dutch = ohtrack.indicators(prog, as_of=D(2022, 7, 1), lang="nl").figure().texts()
    assert {"nulmeting", "impuls", "ambitie", "rapportdatum"} <= set(dutch)


def test_practice_name_as_outcome_implies_its_outcome() -> None:
    prog = ohtrack.Programme.model_validate({
        "info": {"name": "P", "model": "ohi-2011", "language": "nl"},
        "indicators": [{"id": "K1", "name": "Vision", "outcome": "Shared vision"}],
    })
    report = ohtrack.indicators(prog, as_of=D(2022, 1, 1))
    r = report.indicators[0]
    assert (r.outcome_id, r.outcome_name, r.status, r.flags) == (
        "direction", "Richting", Status.NO_DATA, ["no_measurements", "no_baseline", "no_targets",
                                                  "no_years"])
    assert [(o.outcome_id, o.indicators) for o in report.by_outcome] == [("direction", ["K1"])]
