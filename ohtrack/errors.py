"""The library's exceptions: small classes, each a docstring and a one-line message."""

from __future__ import annotations

from typing import Any


class OhtrackError(Exception):
    """Base class of every error ohtrack raises on purpose."""


class WorkbookError(OhtrackError):
    """The file can't be read as an ohtrack workbook (one line says why and where).

    ``reason`` and ``params`` (when set) name the message template
    ``problems.unreadable-file.<reason>`` and its values, so it can be said in Dutch too.
    """

    def __init__(self, message: str, reason: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.params: dict[str, Any] = dict(params or {})


class InvalidWorkbookError(WorkbookError):
    """The workbook was read but has errors; ``report`` lists them all."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class UnknownModelError(OhtrackError):
    """The health model id is not built in and no custom model was given."""


class OutputError(OhtrackError):
    """An output file can't be written."""


class InventoryError(OhtrackError):
    """A file can't be imported as an inventory (one line says why: a form, a blank template …).

    ``reason`` and ``params`` name the message ``intake.error.<reason>`` of the catalogue
    ``ohtrack.i18n.intake``, so it can be said in Dutch too.
    """

    def __init__(self, message: str, reason: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.params: dict[str, Any] = dict(params or {})
