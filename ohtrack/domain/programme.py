"""The programme itself: its name, mission, vision, health model, years and rules."""

from __future__ import annotations

from pydantic import Field

from ohtrack.domain.base import Record

#: Words of roles protected by default, per language: a role containing one of them as a word
#: is protected (``werknemer garantiebaan``, ``module-kandidaat (PW)``).
DEFAULT_PROTECTED_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "nl": ("kandidaat", "werknemer", "deelnemer", "cliënt", "leerling", "stagiair"),
    "en": ("candidate", "employee", "participant", "client", "pupil", "trainee", "intern"),
}
#: The default words of every language: a Dutch workbook may have English roles.
DEFAULT_PROTECTED_ROLES: tuple[str, ...] = tuple(
    word for words in DEFAULT_PROTECTED_BY_LANGUAGE.values() for word in words)


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
