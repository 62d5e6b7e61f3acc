"""Excel in and out: the sheet contract, reading with problems, writing, the template."""

from ohtrack.workbook.api import ReadResult, load, read, validate
from ohtrack.workbook.writer import save

__all__ = ["ReadResult", "load", "read", "save", "validate"]
