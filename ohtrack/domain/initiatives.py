"""Goals (the cascade from corporate plan to year plan) and improvement initiatives."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ohtrack.domain.base import CellValue, Record, Vocabulary


class GoalLevel(Vocabulary):
    """Where a goal sits in the cascade, top to bottom."""

    CORPORATE = "corporate"
    SITE = "site"
    PROCESS = "process"
    YEAR = "year"


class Goal(Record):
    """A goal; ``parent`` links it to the goal above it in the cascade."""

    id: str
    title: str
    level: GoalLevel | None = None
    parent: str | None = None
    owner: str | None = None
    outcomes: list[str] = Field(default_factory=list)


class Status(Vocabulary):
    """The life cycle of an initiative ("verbetertraject")."""

    IDEA = "idea"
    PLANNED = "planned"
    ACTIVE = "active"
    DONE = "done"
    EMBEDDED = "embedded"
    STOPPED = "stopped"


#: The order of the life cycle, for status flows; ``stopped`` may follow any state.
STATUS_ORDER: tuple[Status, ...] = (
    Status.IDEA,
    Status.PLANNED,
    Status.ACTIVE,
    Status.DONE,
    Status.EMBEDDED,
    Status.STOPPED,
)


#: The status code of an initiative without a status (in counts, flows and exports).
NO_STATUS = "none"


def status_code(status: Status | str | None) -> str:
    """An initiative's status as its code: ``active``, or ``none`` when blank."""
    if status is None or status == "":
        return NO_STATUS
    return str(getattr(status, "value", status))


class Initiative(Record):
    """An improvement initiative, plotted on the health model by outcomes and practices."""

    id: str
    title: str
    unit: str | None = None
    owner: str | None = None
    status: Status | None = None
    outcomes: list[str] = Field(default_factory=list)
    practices: list[str] = Field(default_factory=list)
    goal: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    participants: list[str] = Field(default_factory=list)
    description: str | None = None
    impact: CellValue = None
    #: Survey outcomes or practices this initiative answers (names as in the survey file).
    survey: list[str] = Field(default_factory=list)
