"""The aggregate: one programme with everything in its workbook."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny, field_serializer, field_validator

from ohtrack.domain.base import Record, tag_cell, untag_cell
from ohtrack.domain.credentials import Credential
from ohtrack.domain.initiatives import Goal, Initiative
from ohtrack.domain.learning import Event, Lesson
from ohtrack.domain.measures import Indicator, Measurement
from ohtrack.domain.people import Group, Person, Relation, Unit
from ohtrack.domain.profiles import DevelopmentPoint, ProfileScore, Theme
from ohtrack.domain.programme import ProgrammeInfo
from ohtrack.domain.routes import Enrolment, Module, Route
from ohtrack.domain.tables import record_type
from ohtrack.frameworks import Framework
from ohtrack.frameworks import get as get_framework

#: Programme attributes that are not a sheet's records.
_NOT_TABLES = frozenset({"info", "custom_model", "tables", "other_sheets"})


class Programme(BaseModel):
    """A change programme: what ``ohtrack.load`` returns and ``ohtrack.save`` writes."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    info: ProgrammeInfo
    custom_model: Framework | None = None
    units: list[Unit] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    routes: list[Route] = Field(default_factory=list)
    modules: list[Module] = Field(default_factory=list)
    enrolments: list[Enrolment] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    credentials: list[Credential] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    measurements: list[Measurement] = Field(default_factory=list)
    lessons: list[Lesson] = Field(default_factory=list)
    #: The leadership profile (Profile sheet), scores on its themes and development points.
    themes: list[Theme] = Field(default_factory=list)
    profile_scores: list[ProfileScore] = Field(default_factory=list)
    development_points: list[DevelopmentPoint] = Field(default_factory=list)
    #: Records of contract sheets that have no attribute of their own (``register_sheet``).
    tables: dict[str, list[SerializeAsAny[Record]]] = Field(default_factory=dict)
    #: Sheets the contract does not know, kept as header + rows so nothing is lost.
    other_sheets: dict[str, list[list[object]]] = Field(default_factory=dict)

    @field_validator("tables", mode="before")
    @classmethod
    def _tables_from_json(cls, tables: Any) -> Any:
        if not isinstance(tables, dict):
            return tables
        out: dict[str, Any] = {}
        for key, rows in tables.items():
            model = record_type(key)
            if model is None or not isinstance(rows, list):
                out[key] = rows
                continue
            out[key] = [model.model_validate(r) if isinstance(r, dict) else r for r in rows]
        return out

    def table(self, key: str) -> list[Record]:
        """The records of contract sheet ``key``: its attribute, or its entry in ``tables``."""
        if key in type(self).model_fields and key not in _NOT_TABLES:
            records: list[Record] = getattr(self, key)
            return records
        return self.tables.get(key, [])

    def set_table(self, key: str, records: list[Record]) -> None:
        """Replace the records of contract sheet ``key``."""
        if key in type(self).model_fields and key not in _NOT_TABLES:
            setattr(self, key, records)
        else:
            self.tables = {**self.tables, key: records}

    @field_serializer("other_sheets", when_used="json")
    def _sheets_to_json(self, sheets: dict[str, list[list[object]]]) -> dict[str, Any]:
        return {name: [[tag_cell(v) for v in row] for row in rows] for name, rows in sheets.items()}

    @field_validator("other_sheets", mode="before")
    @classmethod
    def _sheets_from_json(cls, sheets: Any) -> Any:
        if isinstance(sheets, dict):
            return {name: [[untag_cell(v) for v in row] for row in rows] if isinstance(rows, list)
                    else rows for name, rows in sheets.items()}
        return sheets

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def language(self) -> str:
        return self.info.language

    @property
    def framework(self) -> Framework:
        """The health model in use: the custom one, or a built-in by id."""
        if self.info.model.strip().lower() == "custom":
            if self.custom_model is None:
                from ohtrack.errors import UnknownModelError

                raise UnknownModelError("model is 'custom' but the workbook has no Model sheet")
            return self.custom_model
        return get_framework(self.info.model)

    # Lookups by ID, built on demand (lists stay the source of truth).
    def unit_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def person_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    def initiative_by_id(self) -> dict[str, Initiative]:
        return {i.id: i for i in self.initiatives}

    def goal_by_id(self) -> dict[str, Goal]:
        return {g.id: g for g in self.goals}

    def indicator_by_id(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}

    def unit_id(self, ref: str | None) -> str | None:
        """A unit's ID from an ID or a name as written in a cell; None if unknown."""
        if ref is None:
            return None
        by_id = self.unit_by_id()
        if ref in by_id:
            return ref
        from ohtrack.text import name_key

        key = name_key(ref)
        for u in self.units:
            if name_key(u.name) == key or name_key(u.id) == key:
                return u.id
        return None
