"""Personal data: stable pseudonyms for people, so exports can leave names out."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterator
from typing import Any

from ohtrack.domain import Programme
from ohtrack.domain.base import Record
from ohtrack.workbook.contract import OPEN_VOCABULARIES, PROGRAMME, Sheet, record_sheets, sheet

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

    Emails are removed, and a person's full name written in free text (a lesson, a
    description, a facilitator, a custom column, any sheet of the contract) is replaced by
    the same pseudonym, as a whole word and in any case. IDs stay, so every analysis gives
    the same numbers. ``key`` (default: the programme's name) makes pseudonyms differ
    between programmes. Which columns hold names, emails and free text comes from the
    workbook contract.
    """
    lang = lang or programme.info.language
    k = programme.info.name if key is None else key
    copy = programme.model_copy(deep=True)
    people = sheet("people")
    name_fields = [c.field for c in people.columns if c.personal == "name"]
    email_fields = [c.field for c in people.columns if c.personal == "email"]
    by_name: dict[str, str] = {}
    for person in copy.people:
        alias = pseudonym(person.id, k, lang)
        for f in name_fields:
            name = getattr(person, f)
            if name and len(name.strip()) >= 3:
                by_name[name.strip().lower()] = alias
            person.__dict__[f] = alias
        for f in email_fields:
            person.__dict__[f] = None
    if not by_name:
        return copy
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                         re.IGNORECASE)

    def scrub(text: str) -> str:
        return pattern.sub(lambda m: by_name[m.group(1).lower()], text)

    for spec, record in _records(copy):
        _scrub_record(record, _text_fields(spec), scrub)
    return copy


def _records(programme: Programme) -> Iterator[tuple[Sheet, Record]]:
    """Every record of the programme with its sheet; members of groups as their own rows."""
    yield PROGRAMME, programme.info
    for spec in record_sheets():
        for record in programme.table(spec.programme_attr):
            yield spec, record
            for member in getattr(record, "members", None) or []:
                yield spec, member


def _text_fields(spec: Sheet) -> frozenset[str]:
    """Fields that can hold a name in free text: not IDs, references or personal columns."""
    return frozenset(c.field for c in spec.columns
                     if c.kind not in ("id", "int", "float", "date", "bool") and not c.ref
                     and not c.personal and not (c.vocab and c.vocab not in OPEN_VOCABULARIES))


def _scrubbed(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [scrub(v) if isinstance(v, str) else v for v in value]
    return value


def _scrub_record(record: Record, fields: frozenset[str], scrub: Callable[[str], str]) -> None:
    """Replace names in a record's free-text fields and custom columns, in place."""
    for f in fields & set(type(record).model_fields):
        value = record.__dict__.get(f)
        new = _scrubbed(value, scrub)
        if new != value:
            record.__dict__[f] = new
    record.extra = {f: _scrubbed(v, scrub) for f, v in record.extra.items()}
