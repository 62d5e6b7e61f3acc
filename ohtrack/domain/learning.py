"""Learning events (sessions, pitstops, intervision) and lessons learned."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ohtrack.domain.base import Record, Vocabulary


class EventType(Vocabulary):
    """Known kinds of learning event; any other word is kept as written."""

    LEARNING_CIRCLE = "learning_circle"
    INTERVISION = "intervision"
    PITSTOP = "pitstop"
    TRAINING = "training"
    THEME_DAY = "theme_day"
    COACHING = "coaching"
    ONLINE = "online"


class EventStatus(Vocabulary):
    """Whether a learning event is still planned, was held, or was cancelled."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Event(Record):
    """A learning moment: who attended, in which group, for which initiative and module."""

    id: str
    title: str | None = None
    type: str | None = None
    group: str | None = None
    date: dt.date | None = None
    status: EventStatus | None = None
    facilitator: str | None = None
    attendees: list[str] = Field(default_factory=list)
    initiative: str | None = None
    #: The module of a route this event is a session of (``Modules`` sheet).
    module: str | None = None


class Lesson(Record):
    """A lesson in the reflect cycle: what we see, what it says, what we do with it."""

    id: str
    date: dt.date | None = None
    initiative: str | None = None
    author: str | None = None
    observation: str | None = None
    meaning: str | None = None
    action: str | None = None
    tip: str | None = None
    outcome: str | None = None
    shared_with: list[str] = Field(default_factory=list)
