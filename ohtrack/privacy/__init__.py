"""Personal data: pseudonyms for people, so exports can leave names (and IDs) out.

``pseudonymise(programme)`` gives a copy in which every person has a pseudonym for a name
(``Persoon 7FC3AB``) and for an ID (``7FC3AB``), every reference to them uses the new ID,
e-mail addresses are gone, and their names are replaced wherever the programme's text
mentions them (see ``ohtrack.privacy.names``). Pseudonyms are a keyed hash of the person's
ID with a secret key kept outside every export (``ohtrack.privacy.keys``): stable across
runs, different between installations, and unique within a programme.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

from ohtrack.domain import Programme
from ohtrack.domain.base import Record
from ohtrack.index import resolve_references
from ohtrack.privacy.keys import key_path, load_key
from ohtrack.privacy.names import NameFinder
from ohtrack.workbook.contract import OPEN_VOCABULARIES, PROGRAMME, Sheet, record_sheets, sheet

__all__ = ["Pseudonyms", "key_path", "load_key", "pseudonym", "pseudonymise"]

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes
#: Characters of a pseudonym code: 32**6 ≈ 10**9 codes; collisions are resolved anyway.
CODE_LENGTH = 6
_LABEL = {"nl": "Persoon", "en": "Person"}
_OTHER_EMAIL = {"nl": "[e-mailadres]", "en": "[e-mail address]"}


def _code(person_id: str, key: bytes, attempt: int = 0) -> str:
    message = person_id.encode("utf-8") + (b"\x00%d" % attempt if attempt else b"")
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:CODE_LENGTH])


def _key(key: str | bytes | None) -> bytes:
    if key is None:
        return load_key()
    return key.encode("utf-8") if isinstance(key, str) else key


def pseudonym(person_id: str, key: str | bytes | None = None, lang: str = "nl") -> str:
    """The pseudonym of one person ID (without the programme's collision check).

    >>> pseudonym("P001", key="x") == pseudonym("P001", key="x")
    True
    """
    return f"{_LABEL.get(lang, 'Person')} {_code(person_id, _key(key))}"


class Pseudonyms:
    """The pseudonyms of one programme's people: a code per person ID, never two alike."""

    def __init__(self, person_ids: Sequence[str], key: str | bytes | None = None,
                 lang: str = "nl") -> None:
        secret = _key(key)
        self.lang = lang if lang in _LABEL else "en"
        self.codes: dict[str, str] = {}
        taken: set[str] = set()
        for pid in sorted(set(person_ids)):
            attempt = 0
            code = _code(pid, secret)
            while code in taken or code in person_ids:
                attempt += 1
                code = _code(pid, secret, attempt)
            taken.add(code)
            self.codes[pid] = code

    def id(self, person_id: str) -> str:
        """The pseudonymous ID of a person (unknown IDs stay as they are)."""
        return self.codes.get(person_id, person_id)

    def name(self, person_id: str) -> str:
        """The pseudonym that replaces a person's name (``Persoon 7FC3AB``)."""
        code = self.codes.get(person_id)
        return f"{_LABEL[self.lang]} {code}" if code else person_id


def pseudonymise(programme: Programme, key: str | bytes | None = None,
                 lang: str | None = None, people: Collection[str] | None = None) -> Programme:
    """A copy of the programme without people's names, e-mail addresses or IDs.

    Every person gets a pseudonym for their name and ID, and every reference to a person
    (owner, participant, attendee, member, relation …) uses the pseudonymous ID, so every
    analysis gives the same numbers. Names are replaced wherever they are written in the
    programme's text: free text, roles, tags, types, custom columns and their headers,
    extra sheets (full names, initials, and a first name or surname alone where it is
    unique, in any case, spacing or accent form). ``key`` is the secret behind the
    pseudonyms; by default the key file of ``ohtrack.privacy.keys`` (made on first use).
    Which columns hold names, e-mail addresses, person references and text comes from the
    workbook contract. ``people`` (IDs) limits all this to some people (those in protected
    roles, say); everyone else keeps their name and ID. A reference that names a person
    instead of giving their ID is resolved first, so it gets the pseudonymous ID too.
    """
    lang = lang or programme.info.language
    only = None if people is None else set(people)
    copy = _changeable(programme)
    resolve_references(copy)  # a person written by name (not by ID) gets the pseudonym too
    contract = sheet("people")
    name_fields = [c.field for c in contract.columns if c.personal == "name"]
    email_fields = [c.field for c in contract.columns if c.personal == "email"]
    chosen = [p for p in copy.people if only is None or p.id in only]
    aliases = Pseudonyms([p.id for p in chosen], key, lang)
    named = [(p.id, getattr(p, f)) for p in chosen for f in name_fields if getattr(p, f)]
    emails = [(p.id, getattr(p, f)) for p in chosen for f in email_fields if getattr(p, f)]
    scrub = NameFinder(named, emails, aliases.name, _OTHER_EMAIL.get(lang, _OTHER_EMAIL["en"]))
    person_ids = set(aliases.codes)
    for spec, record in _records(copy):
        _scrub_record(record, _text_fields(spec), scrub)
        _replace_ids(record, _person_fields(spec), person_ids, aliases)
    for person in chosen:
        for f in name_fields:
            person.__dict__[f] = aliases.name(person.id)
        for f in email_fields:
            person.__dict__[f] = None
        person.__dict__["id"] = aliases.id(person.id)
    # Values of the same types put in directly, as everywhere here: assigning through pydantic
    # would validate them (and build the validators first: 0.1 s for a team's workbook).
    copy.info.__dict__["roles"] = {scrub(k): [scrub(r) for r in v] for k, v in copy.info.roles.items()}
    copy.__dict__["other_sheets"] = {scrub(name): [[_scrubbed(v, scrub) for v in row] for row in rows]
                                     for name, rows in copy.other_sheets.items()}
    return copy


def _changeable(programme: Programme) -> Programme:
    """A copy whose records can be changed without touching ``programme``: every record (and
    group member) copied, their values shared, since every change here assigns a new value
    (a deep copy of a large programme takes seconds)."""
    copy = programme.model_copy()
    copy.__dict__["info"] = programme.info.model_copy()
    copy.__dict__["tables"] = dict(programme.tables)
    for spec in record_sheets():
        records = [r.model_copy() for r in programme.table(spec.programme_attr)]
        for r in records:
            if members := r.__dict__.get("members"):  # (a record without the field: no error)
                r.__dict__["members"] = [m.model_copy() for m in members]
        if spec.programme_attr in copy.__dict__:
            copy.__dict__[spec.programme_attr] = records
        elif spec.programme_attr in copy.tables:
            copy.tables[spec.programme_attr] = records
    return copy


def _records(programme: Programme) -> Iterator[tuple[Sheet, Record]]:
    """Every record of the programme with its sheet; members of groups as their own rows."""
    yield PROGRAMME, programme.info
    for spec in record_sheets():
        for record in programme.table(spec.programme_attr):
            yield spec, record
            for member in record.__dict__.get("members") or []:
                yield spec, member


def _text_fields(spec: Sheet) -> frozenset[str]:
    """Fields that can hold a name in free text: not IDs, references or personal columns."""
    return frozenset(c.field for c in spec.columns
                     if c.kind not in ("id", "int", "float", "date", "bool") and not c.ref
                     and not c.personal and not (c.vocab and c.vocab not in OPEN_VOCABULARIES))


def _person_fields(spec: Sheet) -> frozenset[str]:
    """Fields that refer to a person (alone or among other entities)."""
    return frozenset(c.field for c in spec.columns if "person" in c.targets)


def _scrubbed(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [scrub(v) if isinstance(v, str) else v for v in value]
    return value


def _scrub_record(record: Record, fields: frozenset[str], scrub: Callable[[str], str]) -> None:
    """Replace names in a record's free-text fields, custom columns and their headers."""
    for f in fields & set(type(record).model_fields):
        value = record.__dict__.get(f)
        new = _scrubbed(value, scrub)
        if new != value:
            record.__dict__[f] = new
    if record.extra:
        record.__dict__["extra"] = {scrub(k): _scrubbed(v, scrub) for k, v in record.extra.items()}


def _replace_ids(record: Record, fields: frozenset[str], known: set[str], aliases: Pseudonyms) -> None:
    """Person references written as pseudonymous IDs (other IDs in a union column stay)."""
    for f in fields & set(type(record).model_fields):
        value = record.__dict__.get(f)
        if isinstance(value, str) and value in known:
            record.__dict__[f] = aliases.id(value)
        elif isinstance(value, list):
            record.__dict__[f] = [aliases.id(v) if v in known else v for v in value]
