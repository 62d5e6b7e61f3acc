"""Credentials a person holds or works towards, and who guided them there."""

from __future__ import annotations

import datetime as dt

from ohtrack.domain.base import Record, Vocabulary


class CredentialStatus(Vocabulary):
    """Where a credential stands."""

    IN_PROGRESS = "in_progress"
    OBTAINED = "obtained"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


class Credential(Record):
    """A credential ("erkend praktijkopleider (SBB)", "Praktijkverklaring MBO-1") of a person.

    ``date`` is when it was obtained (or the route to it started, while in progress);
    ``guide`` is who guided the holder to it (a practice trainer, for a candidate).
    """

    person: str
    credential: str
    issuer: str | None = None
    date: dt.date | None = None
    valid_until: dt.date | None = None
    #: A code of ``CredentialStatus``.
    status: str | None = None
    guide: str | None = None
