"""Personal data: stable pseudonyms for people, so exports can leave names out."""

from __future__ import annotations

import hashlib
import hmac

from ohtrack.domain import Programme

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes


def pseudonym(person_id: str, key: str = "", lang: str = "nl") -> str:
    """A stable pseudonym for a person ID: the same ID and key give the same name.

    >>> pseudonym("P001", key="x") == pseudonym("P001", key="x")
    True
    """
    digest = hmac.new(key.encode("utf-8"), person_id.encode("utf-8"), hashlib.sha256).digest()
    code = "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:4])
    return f"{'Persoon' if lang == 'nl' else 'Person'} {code}"


def pseudonymise(programme: Programme, key: str | None = None, lang: str | None = None) -> Programme:
    """A copy of the programme with every person's name replaced by a stable pseudonym.

    Emails are removed and facilitators or free-text names that equal a person's name are
    replaced too. IDs stay, so every analysis gives the same numbers. ``key`` (default: the
    programme's name) makes pseudonyms differ between programmes.
    """
    lang = lang or programme.info.language
    k = programme.info.name if key is None else key
    copy = programme.model_copy(deep=True)
    by_name: dict[str, str] = {}
    for person in copy.people:
        alias = pseudonym(person.id, k, lang)
        if person.name:
            by_name[person.name.strip().lower()] = alias
        person.name = alias
        person.email = None
    for event in copy.events:
        if event.facilitator and event.facilitator.strip().lower() in by_name:
            event.facilitator = by_name[event.facilitator.strip().lower()]
    return copy
