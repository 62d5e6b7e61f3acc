"""Learning routes ("leergangen"), their modules, and who enrolled in what."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ohtrack.domain.base import Record, Vocabulary


class ModuleForm(Vocabulary):
    """Known forms of a module; any other word is kept as written."""

    GROUP_TRAINING = "group_training"
    ONLINE = "online"
    COACHING = "coaching"
    PRACTICE_LEARNING = "practice_learning"
    INTERVISION = "intervision"
    SELF_STUDY = "self_study"


class ModuleKind(Vocabulary):
    """Whether everyone on the route takes a module, or chooses it."""

    REQUIRED = "required"
    ELECTIVE = "elective"


class EnrolmentStatus(Vocabulary):
    """Where an enrolment stands."""

    ENROLLED = "enrolled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class Route(Record):
    """A route ("leergang"): modules for one audience; ``electives`` is the k of "choose k of n"."""

    id: str
    name: str
    audience: str | None = None
    electives: int | None = None
    description: str | None = None


class Module(Record):
    """A module of a route, in a form (group training, online, coaching …), with its hours."""

    id: str
    route: str
    title: str
    form: str | None = None
    #: ``required`` or ``elective`` (``ModuleKind``).
    kind: str | None = None
    hours: float | None = None
    description: str | None = None
    #: Outcomes (or practices) of the health model the module works on.
    outcomes: list[str] = Field(default_factory=list)


class Enrolment(Record):
    """A person signed up for a route or one module, chosen with whom (the manager), and when.

    An enrolment in a route stands for its required modules; electives are enrolments in
    the module itself. ``date`` is when the person signed up, ``end`` when they completed
    or withdrew.
    """

    person: str
    route: str | None = None
    module: str | None = None
    chosen_with: str | None = None
    #: A code of ``EnrolmentStatus``.
    status: str | None = None
    date: dt.date | None = None
    end: dt.date | None = None


def code(value: object) -> str | None:
    """A vocabulary value as its code (an enum member or the code as read), None if empty."""
    if value is None or value == "":
        return None
    return str(value)
