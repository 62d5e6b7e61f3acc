"""Privacy by default in the playbook: people in protected roles are never named, and with
``--pseudonymise`` no role/unit combination points at fewer people than the threshold.

Protected roles come from the Programme field ``protected_roles`` (default
``DEFAULT_PROTECTED_ROLES``: candidates, employees in sheltered work, participants …). A role
is protected when one of those words is the role or a word in it (matched with
``index.role_key``: ``werknemer garantiebaan``, ``module-kandidaat (PW)``). Candidates for the
programme's candidate credential are protected too.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from ohtrack.domain import Programme
from ohtrack.domain.programme import DEFAULT_PROTECTED_BY_LANGUAGE, DEFAULT_PROTECTED_ROLES
from ohtrack.index import role_key
from ohtrack.text import name_key

_WORDS = re.compile(r"[^\w]+")


def protected_terms(programme: Programme, lang: str | None = None) -> list[str]:
    """The protected role words of a programme (its field, else the defaults; ``-``: none).
    With ``lang``, the defaults are those of that language (to list them in a document; the
    matching uses every language's)."""
    given = programme.info.protected_roles
    if given is None:
        if lang is not None:
            return list(DEFAULT_PROTECTED_BY_LANGUAGE.get(lang, DEFAULT_PROTECTED_ROLES))
        return list(DEFAULT_PROTECTED_ROLES)
    return [r for r in given if r.strip() not in ("-", "")]


def is_protected(role: str | None, terms: list[str]) -> bool:
    """True when ``role`` is one of ``terms`` or has one of them as a word."""
    return bool(role) and _protected(role, tuple(terms))


@functools.lru_cache(maxsize=4096)
def _protected(role: str, terms: tuple[str, ...]) -> bool:
    """``is_protected``, once per role and terms (a large programme has a handful of roles)."""
    keys = {role_key(t) for t in terms}
    if role_key(role) in keys:
        return True
    return any(role_key(w) in keys for w in _WORDS.split(name_key(role)) if w)


def protected_people(programme: Programme) -> frozenset[str]:
    """IDs of the people a playbook must not name: their role (in People or in a group) is
    protected, or they work towards the programme's candidate credential."""
    terms = protected_terms(programme)
    if not terms:
        return frozenset()
    ids = {p.id for p in programme.people if is_protected(p.role, terms)}
    ids |= {m.person for g in programme.groups for m in g.members if is_protected(m.role, terms)}
    wanted = programme.info.candidate_credential
    if wanted and any(is_protected(t, terms) for t in ("kandidaat", "candidate")):
        ids |= {c.person for c in programme.credentials if name_key(c.credential) == name_key(wanted)}
    known = {p.id for p in programme.people}
    return frozenset(i for i in ids if i in known)


@dataclass
class Generalised:
    """What ``generalise`` changed: people whose role or unit was made coarser."""

    threshold: int
    roles: int = 0
    units: int = 0
    people: set[str] = field(default_factory=set)


def generalise(programme: Programme, threshold: int, role_label: str) -> Generalised:
    """Make role and unit coarser in place until every (role, unit) combination of People
    counts at least ``threshold`` people: first the role becomes ``role_label``, then the
    unit moves up the unit tree (to none at the top)."""
    from ohtrack.domain.tree import UnitTree
    from ohtrack.index import Index

    done = Generalised(threshold)
    if threshold <= 1 or not programme.people:
        return done
    tree = UnitTree.build(programme.units)
    units = Index(programme).person_units()

    def combos() -> Counter[tuple[str, str | None]]:
        return Counter((role_key(p.role or ""), units.get(p.id)) for p in programme.people)

    count = combos()
    for p in programme.people:
        if count[(role_key(p.role or ""), units.get(p.id))] < threshold and p.role:
            p.__dict__["role"] = role_label
            done.roles += 1
            done.people.add(p.id)
    for _ in range(len(programme.units) + 1):
        count = combos()
        small = [p for p in programme.people if count[(role_key(p.role or ""), units.get(p.id))] < threshold
                 and units.get(p.id)]
        if not small:
            break
        for p in small:
            uid = units[p.id]
            parent = tree.parent.get(uid) if uid is not None else None
            units[p.id] = parent
            p.__dict__["unit"] = parent
            done.units += 1
            done.people.add(p.id)
    return done
