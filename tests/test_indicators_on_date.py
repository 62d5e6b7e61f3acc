"""Indicators judged on the report date: met or missed after the deadline, stale when old."""

from __future__ import annotations

import datetime as dt

import pytest

import ohtrack
from ohtrack.analysis.indicators import Status, months_before
from ohtrack.domain import Indicator, Initiative, Measurement, Programme, ProgrammeInfo
from ohtrack.playbooks.document import Table
from tests.conftest import SAMPLES

D = dt.date


def _programme(stale_after: int | None = None) -> Programme:
    return Programme(
        info=ProgrammeInfo(name="P", language="nl", baseline_year=2021, impulse_year=2022,
                           ambition_year=2025, stale_after=stale_after),
        initiatives=[Initiative(id="I1", title="a", outcomes=["Richting"])],
        indicators=[Indicator(id="K1", name="Score", baseline=60, impulse=70, ambition=90),
                    Indicator(id="K2", name="Verzuim", direction="lower", baseline=8, impulse=6,
                              ambition=4, stale_after=3)],
        measurements=[Measurement(indicator="K1", date=D(2022, 6, 1), value=68),
                      Measurement(indicator="K1", date=D(2025, 11, 1), value=91),
                      Measurement(indicator="K1", date=D(2026, 3, 1), value=80),  # after the deadline
                      Measurement(indicator="K2", date=D(2023, 1, 1), value=5.5)])


def test_after_the_ambition_year_every_indicator_is_met_or_missed() -> None:
    r = {x.id: x for x in ohtrack.indicators(_programme(), as_of=D(2026, 12, 2)).indicators}
    # K1: the last value by 31 Dec 2025 is 91 (1 Nov 2025) ≥ 90: met; the later 80 doesn't count.
    assert (r["K1"].status, r["K1"].deadline, r["K1"].deadline_value.value) == (
        Status.MET, D(2025, 12, 31), 91.0)
    assert r["K1"].progress == pytest.approx((91 - 60) / (90 - 60))
    # K2 (lower is better): 5.5 by the deadline, against 4: missed; the value was from Jan 2023,
    # far older than its own 3-month limit at the deadline.
    assert r["K2"].status is Status.MISSED
    assert r["K2"].flags == ["stale_at_deadline"]
    assert r["K1"].impulse_result == "missed"  # 68 by 31 Dec 2022, against 70


def test_stale_before_the_deadline() -> None:
    # On 1 Aug 2024 K1's latest value is 68 of 1 Jun 2022: over 12 months old, stale.
    r = {x.id: x for x in ohtrack.indicators(_programme(), as_of=D(2024, 8, 1)).indicators}
    assert r["K1"].status is Status.STALE and r["K1"].latest.date == D(2022, 6, 1)
    # With the programme's limit at 36 months it is not stale but judged against the path:
    # 70 (31 Dec 2022) → 90 (31 Dec 2025), 1 Aug 2024 is day 579 of 1096: 80.6 expected; 68 is off.
    r = {x.id: x for x in ohtrack.indicators(_programme(36), as_of=D(2024, 8, 1)).indicators}
    assert r["K1"].status is Status.OFF_TRACK
    assert r["K1"].expected == pytest.approx(70 + 20 * 579 / 1096)


def test_before_the_deadline_the_view_of_that_day() -> None:
    # 1 Jul 2022: the impulse target is in force; the path 60 → 70 expects 65.0 on day 182; 68 is on track.
    r = {x.id: x for x in ohtrack.indicators(_programme(), as_of=D(2022, 7, 1)).indicators}
    assert r["K1"].status is Status.ON_TRACK and r["K1"].deadline is None
    assert r["K1"].expected == pytest.approx(60 + 10 * 182 / 365)


def test_months_before() -> None:
    assert months_before(D(2024, 8, 1), 12) == D(2023, 8, 1)
    assert months_before(D(2024, 3, 31), 1) == D(2024, 2, 29)
    assert months_before(D(2024, 1, 15), 13) == D(2022, 12, 15)


def test_the_sheltered_employment_sample_today() -> None:
    # The ambition year 2025 has passed and the last measurements are from mid-2022.
    p = ohtrack.load(SAMPLES / "sociaal-werkbedrijf-driehoek.xlsx")
    report = ohtrack.indicators(p, as_of=D(2026, 12, 2))
    assert {r.status for r in report.indicators} <= {Status.MET, Status.MISSED}
    assert "on_track" not in {r.status.value for r in report.indicators}
    # The playbook says the same.
    book = ohtrack.playbook(p, as_of=D(2026, 12, 2), sections=["indicators"])
    rows = next(b for b in book.section("indicators").blocks if isinstance(b, Table)).rows
    words = {"met": "behaald", "missed": "niet behaald"}
    assert [row[-1].split(",")[0] for row in rows] == [words[r.status.value] for r in report.indicators]


def test_the_summary_names_the_unit_of_a_measure_kept_per_unit() -> None:
    """Two indicators of one name (the same measure per unit) are told apart in the summary."""
    from ohtrack.domain import Unit
    from ohtrack.playbooks import playbook, to_markdown

    p = Programme(
        info=ProgrammeInfo(name="P", language="nl", baseline_year=2021, impulse_year=2022,
                           ambition_year=2025),
        units=[Unit(id="IA", name="Industrie"), Unit(id="GF", name="Groen")],
        indicators=[Indicator(id="K1", name="Ontwikkelplan", unit="IA", baseline=60, impulse=70,
                              ambition=90),
                    Indicator(id="K2", name="Ontwikkelplan", unit="GF", baseline=60, impulse=70,
                              ambition=90),
                    Indicator(id="K3", name="Uitstroom", baseline=60, impulse=70, ambition=90)],
        measurements=[Measurement(indicator=k, date=D(2025, 6, 1), value=50) for k in ("K1", "K2", "K3")])
    text = to_markdown(playbook(p, as_of=D(2026, 12, 2)))
    assert "Doel gemist: ‘Ontwikkelplan – Industrie’, ‘Ontwikkelplan – Groen’, ‘Uitstroom’." in text
