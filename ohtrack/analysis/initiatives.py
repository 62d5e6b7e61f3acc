"""Initiatives on the report date: overdue, late to start, stopped, and their status history.

``initiatives(programme, as_of=...)`` judges each initiative on the date of the report,
not on the date of the workbook: its end date passed while it is an idea, planned or active
(*overdue*; with no status at all it is said apart: finished or not, the list does not
say); it is planned (or still an idea) while its start date passed (*late start*); it was
stopped. Given the snapshots of a history store, each initiative's status on the report
date is the one recorded last before it, and the report also gives the date of every status
change and the days spent in each status. Data after the report date is ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ohtrack.domain import Programme, Status
from ohtrack.domain.initiatives import NO_STATUS, status_code
from ohtrack.i18n import normalise_lang, t, tn
from ohtrack.i18n.format import date as fmt_date
from ohtrack.i18n.format import integer, listing

#: Statuses of work that is finished one way or another.
CLOSED = frozenset({Status.DONE.value, Status.EMBEDDED.value, Status.STOPPED.value})
#: Statuses of work that should have begun once its start date passed.
NOT_BEGUN = frozenset({Status.IDEA.value, Status.PLANNED.value})


@dataclass(frozen=True)
class StatusSpell:
    """A stretch of time an initiative spent in one status (``until`` None: still in it)."""

    status: str
    since: dt.date
    until: dt.date | None
    days: int

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "since": self.since.isoformat(),
                "until": self.until.isoformat() if self.until else None, "days": self.days}


@dataclass
class InitiativeState:
    """One initiative as it stood on the report date."""

    id: str
    title: str
    unit: str | None
    status: str
    start: dt.date | None
    end: dt.date | None
    #: Days past the end date while idea, planned or active (None: not overdue).
    days_overdue: int | None = None
    #: Days past the end date of one with no status: finished or not, the list does not say.
    days_past_end_unrecorded: int | None = None
    #: Days past the start date while still planned or an idea (None: not late).
    days_late: int | None = None
    history: list[StatusSpell] = field(default_factory=list)

    @property
    def overdue(self) -> bool:
        return self.days_overdue is not None

    @property
    def late_start(self) -> bool:
        return self.days_late is not None

    @property
    def stopped(self) -> bool:
        return self.status == Status.STOPPED.value

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "unit": self.unit, "status": self.status,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "overdue": self.overdue, "days_overdue": self.days_overdue,
                "days_past_end_unrecorded": self.days_past_end_unrecorded,
                "late_start": self.late_start, "days_late": self.days_late,
                "stopped": self.stopped, "history": [s.to_dict() for s in self.history]}


@dataclass
class InitiativeReport:
    """Every initiative on the report date, with findings in plain words."""

    as_of: dt.date
    lang: str
    states: list[InitiativeState]
    #: Whether statuses on the report date come from a history store.
    from_history: bool = False

    @property
    def overdue(self) -> list[InitiativeState]:
        return sorted((s for s in self.states if s.overdue), key=lambda s: -(s.days_overdue or 0))

    @property
    def ended_unrecorded(self) -> list[InitiativeState]:
        """No status, and the end date has passed: done or not, the workbook does not say."""
        return sorted((s for s in self.states if s.days_past_end_unrecorded is not None),
                      key=lambda s: -(s.days_past_end_unrecorded or 0))

    @property
    def late_starts(self) -> list[InitiativeState]:
        return sorted((s for s in self.states if s.late_start), key=lambda s: -(s.days_late or 0))

    @property
    def stopped(self) -> list[InitiativeState]:
        return [s for s in self.states if s.stopped]

    def counts(self) -> dict[str, int]:
        """Initiatives per status on the report date (``none`` for no status)."""
        out = {s.value: 0 for s in Status} | {NO_STATUS: 0}
        for s in self.states:
            out[s.status] = out.get(s.status, 0) + 1
        return out

    def findings(self) -> list[str]:
        """Overdue, late to start and stopped work, each in one sentence, in ``lang``."""
        lang = self.lang
        out = []
        for key, states in (("overdue", self.overdue), ("ended_unrecorded", self.ended_unrecorded),
                            ("late_start", self.late_starts)):
            if states:
                names = [t("initiatives.item", lang, title=s.title, id=s.id,
                           date=fmt_date(s.start if key == "late_start" else s.end, lang))
                         for s in states]
                out.append(tn(f"initiatives.finding.{key}", len(states), lang,
                              count=integer(len(states), lang), items=listing(names, lang)))
        if self.stopped:
            out.append(tn("initiatives.finding.stopped", len(self.stopped), lang,
                          count=integer(len(self.stopped), lang),
                          items=listing([f"{s.title} ({s.id})" for s in self.stopped], lang)))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "from_history": self.from_history,
                "counts": self.counts(),
                "overdue": [s.id for s in self.overdue], "late_start": [s.id for s in self.late_starts],
                "ended_unrecorded": [s.id for s in self.ended_unrecorded],
                "stopped": [s.id for s in self.stopped],
                "initiatives": [s.to_dict() for s in self.states],
                "findings": [{"message": m} for m in self.findings()]}


def initiatives(programme: Programme, *, as_of: dt.date | None = None,
                history: Sequence[tuple[dt.date, Programme]] | None = None,
                lang: str | None = None) -> InitiativeReport:
    """The programme's initiatives on ``as_of`` (default today).

    ``history`` is the snapshots of a history store as ``(date, programme)`` pairs; with it,
    each initiative's status on ``as_of`` is the one recorded last on or before that date,
    and its status changes and days per status are worked out.
    """
    as_of = as_of or dt.date.today()
    lang = normalise_lang(lang or programme.info.language)
    spells = _spells(history or [], as_of)
    states = []
    for ini in programme.initiatives:
        if ini.start is not None and ini.start > as_of and not spells.get(ini.id):
            status = status_code(ini.status)
        else:
            status = spells[ini.id][-1].status if spells.get(ini.id) else status_code(ini.status)
        state = InitiativeState(ini.id, ini.title, ini.unit, status, ini.start, ini.end,
                                history=spells.get(ini.id, []))
        if ini.end is not None and ini.end < as_of and status == NO_STATUS:
            state.days_past_end_unrecorded = (as_of - ini.end).days
        elif ini.end is not None and ini.end < as_of and status not in CLOSED:
            state.days_overdue = (as_of - ini.end).days
        if ini.start is not None and ini.start < as_of and status in NOT_BEGUN:
            state.days_late = (as_of - ini.start).days
        states.append(state)
    return InitiativeReport(as_of, lang, states, from_history=bool(history))


def _spells(history: Sequence[tuple[dt.date, Programme]], as_of: dt.date) -> dict[str, list[StatusSpell]]:
    """Per initiative, the statuses recorded in the snapshots up to ``as_of``, as spells."""
    seen: dict[str, list[tuple[dt.date, str]]] = {}
    for when, prog in sorted((h for h in history if h[0] <= as_of), key=lambda h: h[0]):
        for ini in prog.initiatives:
            changes = seen.setdefault(ini.id, [])
            code = status_code(ini.status)
            if not changes or changes[-1][1] != code:
                changes.append((when, code))
    out: dict[str, list[StatusSpell]] = {}
    for ident, changes in seen.items():
        spells = []
        for (since, code), nxt in zip(changes, [*changes[1:], None]):
            until = nxt[0] if nxt else None
            spells.append(StatusSpell(code, since, until, ((until or as_of) - since).days))
        out[ident] = spells
    return out
