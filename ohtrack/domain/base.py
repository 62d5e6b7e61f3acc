"""The base of every domain record: pydantic models that keep unknown columns."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

#: A value a workbook cell can hold once read: custom columns keep these as they came.
CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

_TAGS: dict[str, Any] = {
    "$datetime": dt.datetime.fromisoformat,
    "$date": dt.date.fromisoformat,
    "$time": dt.time.fromisoformat,
    "$timedelta": lambda seconds: dt.timedelta(seconds=seconds),
}


def tag_cell(value: Any) -> Any:
    """A cell value for JSON that keeps its type: dates become ``{"$date": "2022-03-01"}``.

    Plain JSON would turn a date into text that comes back as text; custom columns and
    extra sheets are typed only by their values, so the type travels with them.
    """
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$timedelta": value.total_seconds()}
    return value


def untag_cell(value: Any) -> Any:
    """The inverse of ``tag_cell``."""
    if isinstance(value, dict) and len(value) == 1:
        (tag, raw), = value.items()
        if tag in _TAGS:
            return _TAGS[tag](raw)
    return value


class Record(BaseModel):
    """A row of a sheet: known fields plus ``extra``, the custom columns, never dropped."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    extra: dict[str, CellValue] = Field(default_factory=dict)

    @field_serializer("extra", when_used="json")
    def _extra_to_json(self, extra: dict[str, CellValue]) -> dict[str, Any]:
        return {k: tag_cell(v) for k, v in extra.items()}

    @field_validator("extra", mode="before")
    @classmethod
    def _extra_from_json(cls, extra: Any) -> Any:
        if isinstance(extra, dict):
            return {k: untag_cell(v) for k, v in extra.items()}
        return extra


class Vocabulary(str, Enum):
    """An enum of canonical English codes; Dutch aliases live in the workbook contract."""

    def __str__(self) -> str:
        return str(self.value)
