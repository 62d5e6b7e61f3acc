"""The library's exceptions: small classes, each a docstring and a one-line message.

Every error ohtrack raises on purpose is an ``OhtrackError``; anything else is a bug. The
CLI prints an ``OhtrackError`` as one ``Error:`` line (exit 1) and shows the traceback of
anything else with a line asking to report it.
"""

from __future__ import annotations

from typing import Any


class OhtrackError(Exception):
    """Base class of every error ohtrack raises on purpose.

    ``reason`` and ``params`` (when set) name the message template and its values, so the
    message can be said in another language too.
    """

    def __init__(self, message: str, reason: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.params: dict[str, Any] = dict(params or {})


class WorkbookError(OhtrackError):
    """The file can't be read as an ohtrack workbook (one line says why and where).

    ``reason`` names the message template ``problems.unreadable-file.<reason>``.
    """


class InvalidWorkbookError(WorkbookError):
    """The workbook was read but has errors; ``report`` lists them all."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class UnknownModelError(OhtrackError):
    """The health model id is not built in and no custom model was given."""


class OutputError(OhtrackError):
    """An output file can't be written (full disk, no permission, no folder, unknown format)."""


class StoreError(OhtrackError):
    """The history store can't be opened, read or written (one line says why)."""


class TemplateError(OhtrackError):
    """A playbook template can't be found or has an error (the message names the file and line)."""


class UnknownSectionError(OhtrackError, ValueError):
    """A playbook section name that is not one of the sections (or their Dutch names)."""


class InventoryError(OhtrackError):
    """A file can't be imported as an inventory (one line says why: a form, a blank template …).

    ``reason`` names the message ``intake.error.<reason>`` of ``ohtrack.i18n.intake``.
    """


class SettingError(OhtrackError, ValueError):
    """A setting (an option or environment variable such as ``OHTRACK_MAX_MEMORY``) has a
    value ohtrack can't use."""


class UnknownLevelError(OhtrackError, ValueError):
    """A level of the unit tree that is neither a depth nor a level name on the Units sheet.

    ``reason`` is ``unknown-level.<variant>``, the message ``errors.unknown-level.<variant>``.
    """


class LearningError(OhtrackError, ValueError):
    """A learning analysis can't do what was asked: an unknown route, tag or person, groups
    that can't be made (too few people, pairs that can't all be honoured).

    ``reason`` is the message key ``learning.error.<…>`` of ``ohtrack.i18n.learning``.
    """


__all__ = ["InvalidWorkbookError", "InventoryError", "LearningError", "OhtrackError", "OutputError",
           "StoreError", "TemplateError", "UnknownLevelError", "UnknownModelError",
           "UnknownSectionError", "WorkbookError"]
