"""The arithmetic of an indicator's targets over time: the target in force on a date, the
expected path from baseline to impulse to ambition, "at least as good" in either direction,
the trend's slope, and calendar steps (the rules are stated in ``ohtrack.analysis.indicators``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ohtrack.domain.measures import Direction, Indicator

#: Values closer than this are equal (targets and paths are compared with it).
EPS = 1e-9
_DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Point:
    """One measurement on the series: its date and value."""

    date: dt.date
    value: float


def year_end(year: int) -> dt.date:
    """31 December of ``year``: the day a target of that year is due."""
    return dt.date(year, 12, 31)


def final_target(ind: Indicator, impulse_year: int | None,
                 ambition_year: int | None) -> tuple[str, float, int] | None:
    """``(kind, value, year)`` of the last target with a year: the ambition, else the impulse."""
    for kind, value, year in (("ambition", ind.ambition, ambition_year),
                              ("impulse", ind.impulse, impulse_year)):
        if value is not None and year is not None:
            return kind, value, year
    return None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    import calendar

    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def target_in_force(ind: Indicator, impulse_year: int | None, ambition_year: int | None,
                    as_of: dt.date) -> tuple[str | None, float | None, int | None]:
    """``(kind, value, year)`` of the target in force on ``as_of``; kind is impulse/ambition."""
    impulse_over = impulse_year is not None and as_of > year_end(impulse_year)
    order = [("ambition", ind.ambition, ambition_year), ("impulse", ind.impulse, impulse_year)]
    if not impulse_over:
        order.reverse()
    for kind, value, year in order:
        if value is not None:
            return kind, value, year
    return None, None, None


def path_points(ind: Indicator, baseline_year: int | None, impulse_year: int | None,
                ambition_year: int | None) -> list[Point]:
    """The corner points of the expected path (see the module docstring), in date order."""
    pts: list[Point] = []
    if ind.baseline is not None and baseline_year is not None:
        pts.append(Point(year_end(baseline_year), ind.baseline))
    if not pts:
        return pts
    for value, year in ((ind.impulse, impulse_year), (ind.ambition, ambition_year)):
        if value is not None and year is not None and year_end(year) > pts[-1].date:
            pts.append(Point(year_end(year), value))
    return pts


def path_value(path: Sequence[Point], when: dt.date) -> float:
    """The path's value on a date: linear between corner points, flat outside them."""
    if when <= path[0].date:
        return path[0].value
    for a, b in zip(path, path[1:]):
        if when <= b.date:
            share = (when - a.date).days / (b.date - a.date).days
            return a.value + (b.value - a.value) * share
    return path[-1].value


def at_least_as_good(value: float, reference: float, direction: Direction) -> bool:
    """True when ``value`` is at least as good as ``reference`` for this direction."""
    if direction is Direction.LOWER:
        return value <= reference + EPS
    return value >= reference - EPS


def slope_per_year(points: Sequence[Point]) -> float | None:
    """Least-squares slope of value over time in years; None with fewer than two dates."""
    if len({p.date for p in points}) < 2:
        return None
    origin = points[0].date
    xs = [(p.date - origin).days / _DAYS_PER_YEAR for p in points]
    ys = [p.value for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return sxy / sxx
