"""Units, people and goals named in a list, with IDs that stay the same next month.

A generated ID is a short hash of what the record is (an initiative's title and unit, a
person's or goal's name), so the same row gets the same ID in next month's copy of the
list, wherever it moves. A unit written as a code (``BEIS``, ``dfo``) keeps the code as
its ID.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ohtrack.domain import Goal, Person, Unit
from ohtrack.intake.content import EMAIL
from ohtrack.text import name_key
from ohtrack.workbook.records import construct

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.&-]{0,15}")


def names_someone(text: str) -> bool:
    """Whether a cell can name a person: a name (titles and particles too: at most eight
    words), initials, an e-mail address; not a web address, a phone number, an address among
    other words ("Mail naar info@rvo.nl") or a sentence ("Voor vragen kunt u terecht bij: …")."""
    low = text.lower()
    if "://" in low or low.startswith("www.") or not any(ch.isalpha() for ch in text):
        return False
    words = text.split()
    if "@" in text and len(words) > 1:  # an address among other words: how to reach someone
        return False
    return len(text) <= 80 and len(words) <= 8 and not any(p in text for p in ":;?!")


def stable_id(prefix: str, *parts: str) -> str:
    """``prefix`` and 8 hex digits of a hash of the parts' name keys (case and accents ignored)."""
    text = "\x1f".join(name_key(p) for p in parts)
    return f"{prefix}{hashlib.blake2b(text.encode('utf-8'), digest_size=4).hexdigest()}"


@dataclass
class Registry:
    """The units, people and goals met so far, by the text that named them (made unvalidated,
    as the initiatives are: every value is a str made here, no validator to run)."""

    units: dict[str, Unit] = field(default_factory=dict)  # unit ID → unit
    unit_ids: dict[str, str] = field(default_factory=dict)  # name key of the text → unit ID
    people: dict[str, Person] = field(default_factory=dict)  # name key → person
    goals: dict[str, Goal] = field(default_factory=dict)  # name key → goal
    #: (unit ID, parent ID it already has, other parent) for each unit given two parents.
    parent_conflicts: list[tuple[str, str, str]] = field(default_factory=list)

    def unit(self, text: str, name: str | None = None, parent: str | None = None) -> str:
        """The ID of the unit written ``text`` (made on first use); ``name`` names it."""
        key = name_key(text)
        uid = self.unit_ids.get(key)
        if uid is None:
            uid = text if _CODE.fullmatch(text) else stable_id("U-", text)
            while uid in self.units and name_key(self.units[uid].name) != name_key(name or text):
                uid = stable_id("U-", uid, text)
            self.unit_ids[key] = uid
            if uid not in self.units:
                self.units[uid] = construct(Unit, id=uid, name=name or text)
        unit = self.units[uid]
        if name and unit.name == text and name != text:
            self.units[uid] = unit = unit.model_copy(update={"name": name})
        if parent and parent != uid:
            if unit.parent is None:
                self.units[uid] = unit.model_copy(update={"parent": parent})
            elif unit.parent != parent:
                self.parent_conflicts.append((uid, unit.parent, parent))
        return uid

    def person(self, name: str) -> str:
        """The ID of the person written ``name`` (made on first use). Written as an e-mail
        address, the address is the person's e-mail and its part before the ``@`` the name
        (``CIO-office@amsterdam.nl``: "CIO-office"): a playbook names owners, never shows
        their addresses."""
        key = name_key(name)
        found = self.people.get(key)
        if found is None:
            pid = stable_id("P-", name)
            found = self.people[key] = (
                construct(Person, id=pid, name=name.split("@", 1)[0], email=name)
                if EMAIL.fullmatch(name) else construct(Person, id=pid, name=name))
        return found.id

    def goal(self, title: str) -> str:
        key = name_key(title)
        found = self.goals.get(key)
        if found is None:
            found = self.goals[key] = construct(Goal, id=stable_id("G-", title), title=title)
        return found.id
