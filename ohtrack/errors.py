"""The library's exceptions: small classes, each a docstring and a one-line message."""

from __future__ import annotations


class OhtrackError(Exception):
    """Base class of every error ohtrack raises on purpose."""


class WorkbookError(OhtrackError):
    """The file can't be read as an ohtrack workbook (one line says why and where)."""


class InvalidWorkbookError(WorkbookError):
    """The workbook was read but has errors; ``report`` lists them all."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class UnknownModelError(OhtrackError):
    """The health model id is not built in and no custom model was given."""


class OutputError(OhtrackError):
    """An output file can't be written."""
