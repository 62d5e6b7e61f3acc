"""The library's exceptions: small classes, each a docstring and a one-line message.

Every error ohtrack raises on purpose is an ``OhtrackError``; anything else is a bug. The
CLI prints an ``OhtrackError`` as one ``Error:`` line (exit 1) and shows the traceback of
anything else with a line asking to report it.
"""

from __future__ import annotations

from typing import Any, TypeVar

_E = TypeVar("_E", bound="OhtrackError")


class OhtrackError(Exception):
    """Base class of every error ohtrack raises on purpose.

    ``reason`` and ``params`` name the message template (``errors.<reason>`` in
    ``ohtrack.i18n``) and its values, so ``text(lang)`` says it in Dutch or English;
    ``str(error)`` is the English message.
    """

    #: The catalogue prefix of this class's message templates.
    catalogue = "errors."

    def __init__(self, message: str | None = None, reason: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        self.reason = reason
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(message if message is not None else self.text("en"))

    @classmethod
    def make(cls: type[_E], reason: str, /, **params: Any) -> _E:
        """The error with its message from the catalogue template of ``reason``."""
        return cls(None, reason, params)

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` (``nl``/``en``) from the catalogue; the message as raised
        when it has no template."""
        from ohtrack.i18n.errors import message

        return message(self, lang)


class WorkbookError(OhtrackError):
    """The file can't be read as an ohtrack workbook (one line says why and where).

    ``reason`` names the message template ``problems.unreadable-file.<reason>``.
    """

    catalogue = "problems.unreadable-file."


class InvalidWorkbookError(WorkbookError):
    """The workbook was read but has errors; ``report`` lists them all."""

    catalogue = "errors."

    def __init__(self, message: str | None = None, report: object | None = None,
                 path: str | None = None) -> None:
        self.report = report
        super().__init__(message, "invalid-workbook", {"path": path or ""})

    def text(self, lang: str = "en") -> str:
        """``<file>: <cell>: <the first error>`` (and how many more) in ``lang``."""
        from ohtrack.i18n.errors import invalid_workbook

        return invalid_workbook(self, lang)


class UnknownModelError(OhtrackError):
    """The health model id is not built in and no custom model was given."""


class OutputError(OhtrackError):
    """An output file can't be written (full disk, no permission, no folder, unknown format).

    ``reason`` names the message template ``output.<reason>``.
    """

    catalogue = "output."


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

    catalogue = "intake.error."


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

    catalogue = ""


__all__ = ["InvalidWorkbookError", "InventoryError", "LearningError", "OhtrackError", "OutputError",
           "StoreError", "TemplateError", "UnknownLevelError", "UnknownModelError",
           "UnknownSectionError", "WorkbookError"]
