"""The leadership profile: its themes, self-analysis scores and development points."""

from __future__ import annotations

import datetime as dt

from ohtrack.domain.base import Record, Vocabulary
from ohtrack.frameworks.profiles import Profile


class ScoreSource(Vocabulary):
    """Who gave a profile score."""

    SELF = "self"
    MANAGER = "manager"
    PEER = "peer"


class DevelopmentStatus(Vocabulary):
    """Where a development point stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"


class Theme(Record):
    """A theme of the programme's leadership profile ("samenwerken", "slagvaardig" …)."""

    id: str
    name: str
    description: str | None = None


class ProfileScore(Record):
    """One person's score on one theme, on a date, from a source (self, manager, peer).

    ``moment`` says which measurement it belongs to (``intake``, or a later one); when it is
    empty the earliest date of a person counts as the intake.
    """

    person: str
    theme: str
    score: float
    date: dt.date | None = None
    #: A code of ``ScoreSource`` (empty: self).
    source: str | None = None
    moment: str | None = None


class DevelopmentPoint(Record):
    """What a person chose to work on: a theme, an action, its status and date."""

    person: str
    theme: str | None = None
    action: str | None = None
    #: A code of ``DevelopmentStatus``.
    status: str | None = None
    date: dt.date | None = None


def themes_of(profile: Profile, lang: str = "nl") -> list[Theme]:
    """A leadership profile's themes as rows of a workbook's Profile sheet, in ``lang``."""
    return [Theme(id=x.id, name=x.name(lang), description=x.description(lang) or None)
            for x in profile.themes]
