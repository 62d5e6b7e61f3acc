"""Indicators from baseline to impulse to ambition: progress, status, trend, roll-up by outcome.

The rules, stated once (and printed with every report in Dutch or English):

- **Series**: an indicator's measurements with a date and a value, dated on or before
  ``as_of``, in date order (workbook order within a date). The latest is the last one.
- **Target in force**: the impulse target until 31 December of ``impulse_year``, then the
  ambition target; when the one in force is blank the other one is used.
- **Progress** = (latest − baseline) / (target − baseline) towards the target in force; 0 is
  the baseline, 1 the target, not clipped. The same formula for "lower is better".
- **Path**: straight lines through the baseline on 31 December of ``baseline_year`` (where
  the unit stands that year), the impulse
  target on 31 December of ``impulse_year`` and the ambition target on 31 December of
  ``ambition_year`` (blank targets left out); flat before the first and after the last point.
- **Status**: ``no_data`` (no measurement), ``no_target`` (no impulse or ambition target),
  ``achieved`` (latest at least as good as the target in force), ``on_track`` (latest at least
  as good as the path's value on the latest measurement's date), ``off_track`` (worse than
  that), ``unknown`` (no path: baseline or years missing). "At least as good" is ≥ when
  higher is better and ≤ when lower is better.
- **Trend**: least-squares slope of value against time (per year of 365.25 days) over the
  series (two or more dates). ``flat`` when the slope is at most 1% of |target − baseline| per
  year (of the mean absolute value when there is no such span), else ``improving`` or
  ``worsening`` by direction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.indicator_path import (
    EPS,
    Point,
    at_least_as_good,
    final_target,
    months_before,
    path_points,
    path_value,
    slope_per_year,
    target_in_force,
    year_end,
)
from ohtrack.domain.measures import Direction, Indicator, Measurement
from ohtrack.i18n import normalise_lang, t
from ohtrack.index import Index

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ohtrack.domain import Programme
    from ohtrack.figures.chart import Chart

_FLAT_SHARE = 0.01


class Status(str, Enum):
    """Where an indicator stands on the report date.

    Before the deadline of its last target: ``achieved`` (already as good as the target in
    force), ``on_track``/``off_track`` (against the expected path on the report date) or
    ``stale`` (the last value is older than the staleness limit). After it: ``met`` or
    ``missed``, judged on the value at the deadline.
    """

    MET = "met"
    MISSED = "missed"
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    STALE = "stale"
    UNKNOWN = "unknown"
    NO_TARGET = "no_target"
    NO_DATA = "no_data"


class Trend(str, Enum):
    """Which way the measurements move, judged by the indicator's direction."""

    IMPROVING = "improving"
    FLAT = "flat"
    WORSENING = "worsening"


#: Problems an indicator can be flagged with (stable codes).
FLAGS = ("no_measurements", "no_baseline", "no_targets", "no_years", "unknown_outcome",
         "unknown_unit", "undated_measurements", "stale_at_deadline", "no_value_at_deadline")
#: Months after which an indicator's last value is stale, unless the workbook says otherwise.
STALE_AFTER = 12


@dataclass
class IndicatorResult:
    """One indicator, its targets, its series and what they say."""

    id: str
    name: str
    unit: str | None
    unit_name: str | None
    outcome: str | None
    outcome_id: str | None
    outcome_name: str | None
    direction: Direction
    scale: str | None
    baseline: float | None
    impulse: float | None
    ambition: float | None
    series: list[Point]
    target_kind: str | None = None
    target: float | None = None
    target_year: int | None = None
    progress: float | None = None
    expected: float | None = None
    status: Status = Status.NO_DATA
    slope: float | None = None
    trend: Trend | None = None
    flags: list[str] = field(default_factory=list)
    #: Months after which the last value is stale (the indicator's, the programme's, or 12).
    stale_after: int = STALE_AFTER
    #: The deadline of the last target (31 December of its year), once it has passed.
    deadline: dt.date | None = None
    #: The value the deadline was judged on: the last measurement on or before it.
    deadline_value: Point | None = None
    #: ``met``/``missed`` for the impulse target once its deadline has passed.
    impulse_result: str | None = None
    #: The corner points of the expected path (baseline, impulse, ambition on 31 December).
    path: list[Point] = field(default_factory=list)

    @property
    def latest(self) -> Point | None:
        return self.series[-1] if self.series else None

    def to_dict(self) -> dict[str, Any]:
        latest = self.latest
        return {
            "id": self.id, "name": self.name, "unit": self.unit, "unit_name": self.unit_name,
            "outcome": self.outcome, "outcome_id": self.outcome_id, "outcome_name": self.outcome_name,
            "direction": self.direction.value, "scale": self.scale,
            "baseline": self.baseline, "impulse": self.impulse, "ambition": self.ambition,
            "latest": None if latest is None else {"date": latest.date.isoformat(),
                                                   "value": latest.value},
            "series": [{"date": p.date.isoformat(), "value": p.value} for p in self.series],
            "target_kind": self.target_kind, "target": self.target, "target_year": self.target_year,
            "progress": _round(self.progress), "expected": _round(self.expected),
            "status": self.status.value,
            "slope_per_year": _round(self.slope),
            "trend": None if self.trend is None else self.trend.value,
            "flags": list(self.flags),
            "path": [{"date": p.date.isoformat(), "value": p.value} for p in self.path],
        }


@dataclass
class OutcomeRollup:
    """Counts of indicator statuses under one outcome of the health model."""

    outcome_id: str | None
    name: str
    indicators: list[str]
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {"outcome_id": self.outcome_id, "name": self.name,
                "indicators": list(self.indicators), "counts": dict(self.counts)}


@dataclass
class IndicatorReport:
    """What ``ohtrack.indicators`` returns: every indicator, the rules, the roll-up."""

    programme: str
    as_of: dt.date
    lang: str
    baseline_year: int | None
    impulse_year: int | None
    ambition_year: int | None
    indicators: list[IndicatorResult]
    by_outcome: list[OutcomeRollup]

    @property
    def rules(self) -> dict[str, str]:
        """The rules behind targets, progress, status and trend, in the report's language."""
        return self.rules_in(self.lang)

    def rules_in(self, lang: str) -> dict[str, str]:
        """The rules in a language (``nl``/``en``)."""
        return {k: t(f"indicators.rule.{k}", lang)
                for k in ("series", "target", "progress", "path", "status", "trend")}

    @property
    def flagged(self) -> list[IndicatorResult]:
        """Indicators with at least one flag (no measurements, no targets …)."""
        return [r for r in self.indicators if r.flags]

    def counts(self) -> dict[str, int]:
        """How many indicators have each status, every status listed."""
        out = {s.value: 0 for s in Status}
        for r in self.indicators:
            out[r.status.value] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """Stable JSON: programme, as_of, years, rules, counts, indicators, by_outcome, flagged."""
        return {
            "programme": self.programme,
            "as_of": self.as_of.isoformat(),
            "lang": self.lang,
            "years": {"baseline": self.baseline_year, "impulse": self.impulse_year,
                      "ambition": self.ambition_year},
            "rules": self.rules,
            "counts": self.counts(),
            "indicators": [r.to_dict() for r in self.indicators],
            "by_outcome": [o.to_dict() for o in self.by_outcome],
            "flagged": [{"id": r.id, "flags": list(r.flags)} for r in self.flagged],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per indicator: targets, latest value and date, progress, status, trend."""
        import pandas as pd

        columns = ["id", "name", "unit", "outcome_id", "direction", "baseline", "impulse",
                   "ambition", "latest", "latest_date", "target_kind", "target", "progress",
                   "expected", "status", "trend"]
        rows = [[r.id, r.name, r.unit, r.outcome_id, r.direction.value, r.baseline, r.impulse,
                 r.ambition, r.latest.value if r.latest else None,
                 r.latest.date if r.latest else None, r.target_kind, r.target, r.progress,
                 r.expected, r.status.value, r.trend.value if r.trend else None]
                for r in self.indicators]
        return pd.DataFrame(rows, columns=columns).set_index("id")

    def to_text(self, lang: str | None = None) -> str:
        """The report as readable text (what ``ohtrack indicators`` prints)."""
        from ohtrack.analysis.indicators_text import to_text

        return to_text(self, lang)

    def figure(self) -> Chart:
        """A chart: each indicator's path against its targets (small multiples)."""
        from ohtrack.figures.indicators import indicator_figure

        return indicator_figure(self)


def _round(x: float | None, digits: int = 6) -> float | None:
    return None if x is None else round(x, digits)


def indicators(programme: Programme, *, as_of: dt.date | None = None,
               lang: str | None = None) -> IndicatorReport:
    """Progress, status and trend of every indicator of ``programme`` as of a date (default today).

    Measurements dated after ``as_of`` are left out. The rules are in this module's docstring
    and in ``IndicatorReport.rules``.
    """
    as_of = as_of or dt.date.today()
    language = normalise_lang(lang, default=normalise_lang(programme.language))
    info = programme.info
    index = Index(programme)
    units = programme.unit_by_id()
    by_indicator = measurements_by_indicator(programme.measurements)
    results = []
    for ind in programme.indicators:
        results.append(_assess(ind, by_indicator.get(ind.id, []), programme, as_of, language,
                               index, units))
    return IndicatorReport(
        programme=programme.name, as_of=as_of, lang=language,
        baseline_year=info.baseline_year, impulse_year=info.impulse_year,
        ambition_year=info.ambition_year, indicators=results,
        by_outcome=_rollup(results, language, [o.id for o in programme.framework.outcomes]),
    )


def measurements_by_indicator(measurements: Sequence[Measurement]) -> dict[str, list[Measurement]]:
    """Measurements grouped by indicator ID, workbook order kept."""
    out: dict[str, list[Measurement]] = {}
    for m in measurements:
        out.setdefault(m.indicator, []).append(m)
    return out


def series(measurements: Sequence[Measurement], as_of: dt.date | None = None) -> list[Point]:
    """Dated measurements with a value, up to ``as_of``, in date order (stable within a date)."""
    pts = [Point(m.date, float(m.value)) for m in measurements
           if m.date is not None and m.value is not None and (as_of is None or m.date <= as_of)]
    return sorted(pts, key=lambda p: p.date)


def _assess(ind: Indicator, ms: list[Measurement], programme: Programme, as_of: dt.date,
            lang: str, index: Index, units: dict[str, Any]) -> IndicatorResult:
    info = programme.info
    outcome = index.outcome(ind.outcome)
    unit_id = index.id("unit", ind.unit)
    r = IndicatorResult(
        id=ind.id, name=ind.name, unit=unit_id or ind.unit,
        unit_name=units[unit_id].name if unit_id else None,
        outcome=ind.outcome, outcome_id=outcome.id if outcome else None,
        outcome_name=outcome.name(lang) if outcome else None,
        direction=ind.direction, scale=ind.scale, baseline=ind.baseline, impulse=ind.impulse,
        ambition=ind.ambition, series=series(ms, as_of),
        stale_after=ind.stale_after or info.stale_after or STALE_AFTER,
    )
    _flag(r, ind, ms, info, unit_id)
    r.path = path_points(ind, info.baseline_year, info.impulse_year, info.ambition_year)
    final = final_target(ind, info.impulse_year, info.ambition_year)
    if final is not None and as_of > year_end(final[2]):
        _judge_deadline(r, *final)
    else:
        _judge_on(r, ind, info, as_of)
    if (final is not None and final[0] == "ambition" and info.impulse_year is not None
            and as_of > year_end(info.impulse_year)):
        r.impulse_result = _result_at(r, ind.impulse, year_end(info.impulse_year))
    r.slope = slope_per_year(r.series)
    r.trend = _trend(r)
    return r


def _progress(r: IndicatorResult, value: float) -> float | None:
    if r.target is None or r.baseline is None:
        return None
    span = r.target - r.baseline
    return (value - r.baseline) / span if abs(span) > EPS else None


def _judge_deadline(r: IndicatorResult, kind: str, value: float, year: int) -> None:
    """The last target's deadline has passed: met or missed on the value at the deadline."""
    r.target_kind, r.target, r.target_year = kind, value, year
    r.deadline = year_end(year)
    at = [p for p in r.series if p.date <= r.deadline]
    r.deadline_value = at[-1] if at else None
    r.expected = value
    if r.deadline_value is None:
        r.status = Status.NO_DATA
        if r.series:
            r.flags.append("no_value_at_deadline")
        return
    r.progress = _progress(r, r.deadline_value.value)
    r.status = (Status.MET if at_least_as_good(r.deadline_value.value, value, r.direction)
                else Status.MISSED)
    if r.deadline_value.date < months_before(r.deadline, r.stale_after):
        r.flags.append("stale_at_deadline")


def _result_at(r: IndicatorResult, target: float | None, deadline: dt.date) -> str | None:
    """``met``/``missed`` of ``target`` on the last value on or before ``deadline`` (None: no
    target or no value then)."""
    at = [p for p in r.series if p.date <= deadline]
    if target is None or not at:
        return None
    return "met" if at_least_as_good(at[-1].value, target, r.direction) else "missed"


def _judge_on(r: IndicatorResult, ind: Indicator, info: Any, as_of: dt.date) -> None:
    """Before the last deadline: against the target in force and the path on the report date."""
    r.target_kind, r.target, r.target_year = target_in_force(ind, info.impulse_year,
                                                              info.ambition_year, as_of)
    latest = r.latest
    if latest is not None:
        r.progress = _progress(r, latest.value)
    r.expected = path_value(r.path, as_of) if len(r.path) >= 2 else None
    if latest is not None and r.target is not None and latest.date < months_before(as_of, r.stale_after):
        r.status = Status.STALE
    else:
        r.status = _status(r)


def _flag(r: IndicatorResult, ind: Indicator, ms: list[Measurement], info: Any,
          unit_id: str | None) -> None:
    if not r.series:
        r.flags.append("no_measurements")
    if ind.baseline is None:
        r.flags.append("no_baseline")
    if ind.impulse is None and ind.ambition is None:
        r.flags.append("no_targets")
    if info.baseline_year is None or (info.impulse_year is None and info.ambition_year is None):
        r.flags.append("no_years")
    if ind.outcome and r.outcome_id is None:
        r.flags.append("unknown_outcome")
    if ind.unit and unit_id is None:
        r.flags.append("unknown_unit")
    if any(m.date is None and m.value is not None for m in ms):
        r.flags.append("undated_measurements")


def _status(r: IndicatorResult) -> Status:
    latest = r.latest
    if latest is None:
        return Status.NO_DATA
    if r.target is None:
        return Status.NO_TARGET
    if at_least_as_good(latest.value, r.target, r.direction):
        return Status.ACHIEVED
    if r.expected is None:
        return Status.UNKNOWN
    if at_least_as_good(latest.value, r.expected, r.direction):
        return Status.ON_TRACK
    return Status.OFF_TRACK


def _trend(r: IndicatorResult) -> Trend | None:
    if r.slope is None:
        return None
    if r.baseline is not None and r.target is not None and abs(r.target - r.baseline) > EPS:
        scale = abs(r.target - r.baseline)
    else:
        scale = sum(abs(p.value) for p in r.series) / len(r.series)
    if abs(r.slope) <= _FLAT_SHARE * scale + EPS:
        return Trend.FLAT
    good = r.slope < 0 if r.direction is Direction.LOWER else r.slope > 0
    return Trend.IMPROVING if good else Trend.WORSENING


def _rollup(results: list[IndicatorResult], lang: str, order: list[str]) -> list[OutcomeRollup]:
    groups: dict[str | None, OutcomeRollup] = {}
    for r in results:
        key = r.outcome_id
        if key not in groups:
            name = r.outcome_name if key is not None else t("indicators.no_outcome", lang)
            groups[key] = OutcomeRollup(key, name or "", [], {s.value: 0 for s in Status})
        g = groups[key]
        g.indicators.append(r.id)
        g.counts[r.status.value] += 1
    known = sorted((g for k, g in groups.items() if k is not None),
                   key=lambda g: order.index(g.outcome_id) if g.outcome_id in order else len(order))
    return known + [g for k, g in groups.items() if k is None]


__all__ = ["IndicatorReport", "IndicatorResult", "OutcomeRollup", "Point", "Status", "Trend",
           "indicators", "path_points", "path_value", "series", "slope_per_year",
           "target_in_force"]
