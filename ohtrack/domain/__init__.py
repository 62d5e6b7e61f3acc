"""The domain: pydantic models of a programme, knowing nothing of Excel."""

from ohtrack.domain.aggregate import Programme
from ohtrack.domain.base import CellValue, Record
from ohtrack.domain.initiatives import STATUS_ORDER, Goal, GoalLevel, Initiative, Status
from ohtrack.domain.learning import Event, EventStatus, EventType, Lesson
from ohtrack.domain.measures import Direction, Indicator, Measurement
from ohtrack.domain.people import (
    Group,
    GroupType,
    Membership,
    Person,
    Relation,
    RelationType,
    Unit,
)
from ohtrack.domain.programme import ProgrammeInfo

__all__ = [
    "STATUS_ORDER",
    "CellValue",
    "Direction",
    "Event",
    "EventStatus",
    "EventType",
    "Goal",
    "GoalLevel",
    "Group",
    "GroupType",
    "Indicator",
    "Initiative",
    "Lesson",
    "Measurement",
    "Membership",
    "Person",
    "Programme",
    "ProgrammeInfo",
    "Record",
    "Relation",
    "RelationType",
    "Status",
    "Unit",
]
