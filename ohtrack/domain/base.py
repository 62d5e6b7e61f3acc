"""The base of every domain record: pydantic models that keep unknown columns."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

#: A value a workbook cell can hold once read: custom columns keep these as they came.
CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


class Record(BaseModel):
    """A row of a sheet: known fields plus ``extra``, the custom columns, never dropped."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    extra: dict[str, CellValue] = Field(default_factory=dict)


class Vocabulary(str, Enum):
    """An enum of canonical English codes; Dutch aliases live in the workbook contract."""

    def __str__(self) -> str:
        return str(self.value)
