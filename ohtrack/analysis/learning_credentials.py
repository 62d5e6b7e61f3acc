"""Credentials and the rules a programme declares about them (Programme sheet fields).

- ``trainer_credential``: who holds it (obtained, not expired on the date) is a practice
  trainer and guides at least ``trainer_min_candidates`` (default 1) candidates: people whose
  ``candidate_credential`` record (in progress or obtained) names the trainer as guide.
- Every candidate (a ``candidate_credential`` record, or an enrolment in a module of form
  practice learning) has a guide who is a practice trainer.
- Credentials that expire within ``expiry_warning_months`` (default 3) of the date, or have
  expired while still marked obtained.
- Contact persons per candidate in guidance: the other members of the candidate's groups
  whose type declares roles (``roles.<type>``, the triads; members on the date), whoever
  coaches or advises the candidate (relations active on the date), and the credential's
  guide. At most
  ``contact_persons_max`` of them when that is set; also counted at the end of the baseline
  year, so a change such as "from three to two" shows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from ohtrack.analysis.learning_enrol import Enrolments
from ohtrack.analysis.network_build import relation_active
from ohtrack.domain import Programme
from ohtrack.domain.routes import code
from ohtrack.text import name_key

#: Relation types through which someone guides the person they point at.
GUIDING_RELATIONS = frozenset({"coaches", "advises"})
DEFAULT_MIN_CANDIDATES = 1
DEFAULT_EXPIRY_MONTHS = 3
#: Credential statuses that count: a holder (obtained) or a candidate on the way (in progress).
LIVE = frozenset({"obtained", "in_progress"})


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the last day of the month when it has fewer days)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _is(credential: str, wanted: str | None) -> bool:
    return bool(wanted) and name_key(credential) == name_key(wanted)


def credentials_report(programme: Programme, on: dt.date,
                       enrolments: Enrolments | None = None) -> dict[str, Any]:
    """The credentials of a programme on the date ``on``, checked against its rules."""
    info = programme.info
    trainer_cred, candidate_cred = info.trainer_credential, info.candidate_credential
    minimum = DEFAULT_MIN_CANDIDATES if info.trainer_min_candidates is None else info.trainer_min_candidates
    months = DEFAULT_EXPIRY_MONTHS if info.expiry_warning_months is None else info.expiry_warning_months
    holders: dict[str, dict[str, Any]] = {}
    for c in programme.credentials:
        held = holders.setdefault(name_key(c.credential), {"credential": c.credential, "obtained": 0,
                                                            "in_progress": 0, "expired": 0, "withdrawn": 0})
        status = _status(c.status, c.valid_until, on)
        held[status] = held.get(status, 0) + 1
    trainers = sorted({c.person for c in programme.credentials if _is(c.credential, trainer_cred)
                       and _status(c.status, c.valid_until, on) == "obtained"})
    candidacy = [c for c in programme.credentials if _is(c.credential, candidate_cred)
                 and code(c.status) in LIVE]
    candidates: dict[str, str | None] = {}
    for c in candidacy:
        if candidates.get(c.person) is None:
            candidates[c.person] = c.guide
    for person in _practice_learners(programme, on, enrolments):
        candidates.setdefault(person, None)
    guided: dict[str, list[str]] = {t: [] for t in trainers}
    for person, guide in candidates.items():
        if guide in guided:
            guided[guide].append(person)
    contacts_on = _contacts(programme, on)
    baseline = dt.date(info.baseline_year, 12, 31) if info.baseline_year else None
    contacts_then = _contacts(programme, baseline) if baseline and baseline < on else None
    out_candidates = []
    for person in sorted(candidates):
        guide = candidates[person]
        now = sorted(contacts_on.get(person, set()) | ({guide} if guide else set()))
        rec: dict[str, Any] = {"person": person, "guide": guide, "guide_is_trainer": guide in guided,
                               "contacts": now, "contact_count": len(now)}
        if contacts_then is not None:
            then = sorted(contacts_then.get(person, set()) | ({guide} if guide else set()))
            rec["contacts_at_baseline"] = then
            rec["contact_count_at_baseline"] = len(then)
        out_candidates.append(rec)
    horizon = add_months(on, months)
    expiring, expired = [], []
    for c in programme.credentials:
        if c.valid_until is None or code(c.status) not in (None, "obtained"):
            continue
        item = {"person": c.person, "credential": c.credential, "valid_until": c.valid_until.isoformat()}
        if c.valid_until < on:
            expired.append(item)
        elif c.valid_until <= horizon:
            expiring.append(item)
    return {
        "on": on.isoformat(), "rules": {
            "trainer_credential": trainer_cred, "candidate_credential": candidate_cred,
            "trainer_min_candidates": minimum, "expiry_warning_months": months,
            "contact_persons_max": info.contact_persons_max},
        "baseline": baseline.isoformat() if contacts_then is not None and baseline else None,
        "credentials": sorted(holders.values(), key=lambda r: name_key(r["credential"])),
        "trainers": [{"person": t, "candidates": sorted(guided[t]), "ok": len(guided[t]) >= minimum}
                     for t in trainers],
        "candidates": out_candidates,
        "expiring": sorted(expiring, key=lambda r: (r["valid_until"], r["person"])),
        "expired": sorted(expired, key=lambda r: (r["valid_until"], r["person"])),
    }


def _status(status: object, valid_until: dt.date | None, on: dt.date) -> str:
    """A credential's status on a date: an obtained one past its validity has expired."""
    s = code(status) or "obtained"
    if s == "obtained" and valid_until is not None and valid_until < on:
        return "expired"
    return s


def _practice_learners(programme: Programme, on: dt.date, enrolments: Enrolments | None) -> set[str]:
    """People enrolled on the date in a module of form practice learning."""
    enrolments = enrolments or Enrolments(programme)
    out: set[str] = set()
    for m in programme.modules:
        if code(m.form) == "practice_learning":
            out |= enrolments.people_of(m.id, on)
    return out


def _contacts(programme: Programme, on: dt.date) -> dict[str, set[str]]:
    """Person → who guides them on the date: triad partners and coaching or advising relations."""
    guiding_types = {name_key(t).replace(" ", "_") for t, roles in programme.info.roles.items() if roles}
    out: dict[str, set[str]] = {}
    for g in programme.groups:
        if name_key(g.type or "").replace(" ", "_") not in guiding_types:
            continue
        ms = {m.person for m in g.members if relation_active(m.since, m.until, on)}
        for p in ms:
            out.setdefault(p, set()).update(ms - {p})
    for r in programme.relations:
        if (str(r.type) in GUIDING_RELATIONS and r.source != r.target
                and relation_active(r.since, r.until, on)):
            out.setdefault(r.target, set()).add(r.source)
    return out
