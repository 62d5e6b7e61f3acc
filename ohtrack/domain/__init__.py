"""The domain: pydantic models of a programme, knowing nothing of Excel."""

from ohtrack.domain.aggregate import Programme
from ohtrack.domain.base import CellValue, Record
from ohtrack.domain.credentials import Credential, CredentialStatus
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
from ohtrack.domain.profiles import DevelopmentPoint, DevelopmentStatus, ProfileScore, ScoreSource, Theme
from ohtrack.domain.programme import ProgrammeInfo
from ohtrack.domain.routes import Enrolment, EnrolmentStatus, Module, ModuleForm, ModuleKind, Route

__all__ = [
    "STATUS_ORDER",
    "CellValue",
    "Credential",
    "CredentialStatus",
    "DevelopmentPoint",
    "DevelopmentStatus",
    "Direction",
    "Enrolment",
    "EnrolmentStatus",
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
    "Module",
    "ModuleForm",
    "ModuleKind",
    "Person",
    "ProfileScore",
    "Programme",
    "ProgrammeInfo",
    "Record",
    "Relation",
    "RelationType",
    "Route",
    "ScoreSource",
    "Status",
    "Theme",
    "Unit",
]
