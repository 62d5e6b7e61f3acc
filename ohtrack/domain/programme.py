"""The programme itself: its name, mission, vision, health model, years and rules."""

from __future__ import annotations

from pydantic import Field

from ohtrack.domain.base import Record

#: Words of roles protected by default: a role containing one of them as a word is protected
#: (``werknemer garantiebaan``, ``module-kandidaat (PW)``), in Dutch and in English.
DEFAULT_PROTECTED_ROLES: tuple[str, ...] = (
    "kandidaat", "werknemer", "deelnemer", "cliënt", "client", "leerling", "stagiair",
    "candidate", "employee", "participant", "pupil", "trainee", "intern")


class ProgrammeInfo(Record):
    """The Programme sheet: field/value pairs about the programme as a whole."""

    name: str
    organisation: str | None = None
    mission: str | None = None
    vision: str | None = None
    model: str = "ohi-2011"
    baseline_year: int | None = None
    impulse_year: int | None = None
    ambition_year: int | None = None
    #: Months after which an indicator's last value is stale (None: 12).
    stale_after: int | None = None
    language: str = "nl"
    #: Rules for credentials: the credential a practice trainer holds, the one candidates
    #: work towards, how many candidates each trainer guides at least, how many months
    #: ahead an expiring credential is reported, and at most how many contact persons a
    #: candidate has in guidance.
    trainer_credential: str | None = None
    candidate_credential: str | None = None
    trainer_min_candidates: int | None = None
    expiry_warning_months: int | None = None
    contact_persons_max: int | None = None
    #: Roles whose people no playbook names (None: ``DEFAULT_PROTECTED_ROLES``; ``["-"]``: none).
    protected_roles: list[str] | None = None
    #: Roles a group type needs, from ``roles.<type>`` fields: ``{"triad": ["voorman", …]}``.
    roles: dict[str, list[str]] = Field(default_factory=dict)
