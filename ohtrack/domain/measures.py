"""Indicators with their baseline, impulse and ambition values, and measurements."""

from __future__ import annotations

import datetime as dt

from ohtrack.domain.base import Record, Vocabulary


class Direction(Vocabulary):
    """Whether a higher or a lower value is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Indicator(Record):
    """Something measured over time, with targets for the impulse and ambition years."""

    id: str
    name: str
    unit: str | None = None
    outcome: str | None = None
    direction: Direction = Direction.HIGHER
    scale: str | None = None
    baseline: float | None = None
    impulse: float | None = None
    ambition: float | None = None
    #: Months after which the last value is stale (None: the programme's setting).
    stale_after: int | None = None
    #: A survey outcome or practice ("Outcome / Practice") whose scores are the measurements.
    survey: str | None = None


class Measurement(Record):
    """One value of an indicator on a date."""

    indicator: str
    date: dt.date | None = None
    value: float | None = None
    source: str | None = None
    note: str | None = None
