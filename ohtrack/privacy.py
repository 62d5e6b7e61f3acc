"""Personal data: stable pseudonyms for people, so exports can leave names out."""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any

from ohtrack.domain import Programme
from ohtrack.domain.base import Record

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes


def pseudonym(person_id: str, key: str = "", lang: str = "nl") -> str:
    """A stable pseudonym for a person ID: the same ID and key give the same name.

    >>> pseudonym("P001", key="x") == pseudonym("P001", key="x")
    True
    """
    digest = hmac.new(key.encode("utf-8"), person_id.encode("utf-8"), hashlib.sha256).digest()
    code = "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:4])
    return f"{'Persoon' if lang == 'nl' else 'Person'} {code}"


#: Fields that hold IDs or codes, never free text: names are not searched there.
_CODE_FIELDS = frozenset({
    "id", "parent", "unit", "owner", "manager", "goal", "group", "initiative", "indicator",
    "author", "source", "target", "person", "type", "status", "email", "level", "direction",
    "outcome", "scale", "model", "language",
})


def pseudonymise(programme: Programme, key: str | None = None, lang: str | None = None) -> Programme:
    """A copy of the programme with every person's name replaced by a stable pseudonym.

    Emails are removed, and a person's full name written in free text (a lesson, a
    description, a facilitator, a custom column) is replaced by the same pseudonym, as a whole
    word and in any case. IDs stay, so every analysis gives the same numbers. ``key``
    (default: the programme's name) makes pseudonyms differ between programmes.
    """
    lang = lang or programme.info.language
    k = programme.info.name if key is None else key
    copy = programme.model_copy(deep=True)
    by_name: dict[str, str] = {}
    for person in copy.people:
        alias = pseudonym(person.id, k, lang)
        if person.name and len(person.name.strip()) >= 3:
            by_name[person.name.strip().lower()] = alias
        person.name = alias
        person.email = None
    if not by_name:
        return copy
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                         re.IGNORECASE)

    def scrub(text: str) -> str:
        return pattern.sub(lambda m: by_name[m.group(1).lower()], text)

    _scrub_record(copy.info, scrub)
    for records in (copy.units, copy.goals, copy.initiatives, copy.relations, copy.events,
                    copy.indicators, copy.measurements, copy.lessons):
        for record in records:
            _scrub_record(record, scrub)
    for group in copy.groups:
        for member in group.members:
            _scrub_record(member, scrub)
    for person in copy.people:
        person.extra = {f: _scrubbed(v, scrub) for f, v in person.extra.items()}
    return copy


def _scrubbed(value: Any, scrub: Any) -> Any:
    return scrub(value) if isinstance(value, str) else value


def _scrub_record(record: Record, scrub: Any) -> None:
    """Replace names in a record's free-text fields and custom columns, in place."""
    for field in type(record).model_fields:
        if field in _CODE_FIELDS or field == "extra":
            continue
        value = getattr(record, field)
        if isinstance(value, str):
            new = scrub(value)
            if new != value:
                setattr(record, field, new)
    record.extra = {f: _scrubbed(v, scrub) for f, v in record.extra.items()}
