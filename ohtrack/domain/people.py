"""Units, people, the relations between them and the groups they form."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ohtrack.domain.base import Record, Vocabulary


class Unit(Record):
    """A section, department or business unit; units form a tree through ``parent``."""

    id: str
    name: str
    parent: str | None = None
    #: What kind of unit this is (directorate, department, team …), for one level of the tree.
    level: str | None = None


class Person(Record):
    """Someone in the programme; ``manager`` is another person's ID."""

    id: str
    name: str
    role: str | None = None
    unit: str | None = None
    manager: str | None = None
    email: str | None = None
    tags: list[str] = Field(default_factory=list)
    #: How the person likes to learn (the group composer matches on it).
    learning_preference: str | None = None


class RelationType(Vocabulary):
    """Known relation types; any other word is kept as it was written."""

    REPORTS_TO = "reports_to"
    ADVISES = "advises"
    COACHES = "coaches"
    WORKS_WITH = "works_with"


class Relation(Record):
    """A typed, optionally dated and weighted tie from one person to another."""

    source: str
    target: str
    type: str = "works_with"
    since: dt.date | None = None
    until: dt.date | None = None
    #: How strong the tie is (1 when not given); never negative, as the workbook's check says.
    weight: float | None = Field(default=None, ge=0)


class GroupType(Vocabulary):
    """Known group types; any other word is kept as written."""

    TRIAD = "triad"
    LEARNING_GROUP = "learning_group"
    LEARNING_CIRCLE = "learning_circle"
    IMPROVEMENT_TEAM = "improvement_team"


class Membership(Record):
    """One member of a group, with the role they play in it."""

    person: str
    role: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


class Group(Record):
    """A triad, learning group, circle or team; one Groups row per member."""

    id: str
    type: str | None = None
    members: list[Membership] = Field(default_factory=list)
