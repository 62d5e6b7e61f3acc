"""Findings of the learning programme in plain words, in Dutch or English.

In a fixed order: routes and electives, modules, credentials and contact persons, learning
groups, the profile. Each finding has a stable ``code``, what it is about (``kind`` and
``subject``) and the ``message``; no finding holds a person's profile score.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.network_build import event_status
from ohtrack.analysis.network_findings import LOW_ATTENDANCE, finding
from ohtrack.domain import EventStatus, Programme
from ohtrack.i18n import t
from ohtrack.i18n.format import date, decimal, listing, percent, signed

if TYPE_CHECKING:
    from ohtrack.analysis.learning import LearningReport


class _Words:
    """Labels of people, routes, modules and themes as a team reads them."""

    def __init__(self, programme: Programme, lang: str) -> None:
        self.lang = lang
        self.people = {p.id: p.name for p in programme.people}
        self.routes = {r.id: r.name for r in programme.routes}
        self.modules = {m.id: m.title for m in programme.modules}
        self.themes = {x.id: x.name for x in programme.themes}

    def person(self, pid: str | None) -> str:
        if not pid:
            return ""
        name = self.people.get(pid)
        return f"{name} ({pid})" if name and name != pid else pid

    def route(self, rid: str) -> str:
        return self.routes.get(rid) or rid

    def module(self, mid: str) -> str:
        return self.modules.get(mid) or mid

    def theme(self, tid: str) -> str:
        return self.themes.get(tid) or tid


def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def findings(report: LearningReport, programme: Programme) -> list[dict[str, Any]]:
    """Every finding of a learning report (see the module docstring)."""
    w = _Words(programme, report.lang)
    return [*_routes(report, programme, w), *_modules(report, w), *_credentials(report, w),
            *_groups(report, w), *_profile(report, w)]


def _routes(report: LearningReport, programme: Programme, w: _Words) -> list[dict[str, Any]]:
    lang = w.lang
    out = []
    tracked = any(e.chosen_with for e in programme.enrolments)
    for r in report.routes:
        if not r["enrolled"] and not r["withdrawn"]:
            continue
        out.append(finding("route-completion", "route", r["route"], t(
            "learning.route_completion", lang, route=w.route(r["route"]), completed=r["completed"],
            enrolled=r["enrolled"], rate=percent(r["completion_rate"], lang))))
        if r["withdrawn"]:
            out.append(finding("route-withdrawn", "route", r["route"], t(
                "learning.route_withdrawn", lang, route=w.route(r["route"]), count=r["withdrawn"])))
        alone = r["enrolled"] - r["chosen_with_someone"]
        if tracked and alone > 0:
            out.append(finding("not-chosen-with", "route", r["route"], t(
                "learning.not_chosen_with", lang, route=w.route(r["route"]), count=alone,
                enrolled=r["enrolled"])))
    over = _modules_over(programme, report)
    for x in report.progress:
        if not x.active or x.complete:
            continue
        if x.electives_needed and len(x.electives_chosen) < x.electives_needed:
            out.append(finding("electives-short", "person", x.person, t(
                "learning.electives_short", lang, person=w.person(x.person),
                chosen=len(x.electives_chosen), needed=x.electives_needed, route=w.route(x.route))))
        missed = [m for m in x.required_missing if m in over]
        if missed:
            out.append(finding("required-missed", "person", x.person, t(
                "learning.required_missed", lang, person=w.person(x.person),
                modules=", ".join(w.module(m) for m in missed), route=w.route(x.route))))
    return out


def _modules_over(programme: Programme, report: LearningReport) -> set[str]:
    """Modules that had sessions, all of them held or cancelled by the report's date."""
    statuses: dict[str, set[EventStatus]] = {}
    for e in programme.events:
        if e.module:
            statuses.setdefault(e.module, set()).add(event_status(e, report.as_of))
    return {m for m, s in statuses.items() if EventStatus.PLANNED not in s and EventStatus.HELD in s}


def _modules(report: LearningReport, w: _Words) -> list[dict[str, Any]]:
    out = []
    for m in report.modules:
        rate = m["attendance_rate"]
        if rate is not None and rate < LOW_ATTENDANCE:
            out.append(finding("module-attendance", "module", m["module"], t(
                "learning.module_attendance", w.lang, module=w.module(m["module"]),
                attended=m["attended"], expected=m["expected"], rate=percent(rate, w.lang))))
    return out


def _credentials(report: LearningReport, w: _Words) -> list[dict[str, Any]]:
    lang = w.lang
    c = report.credentials
    rules = c["rules"]
    out = []
    for tr in c["trainers"]:
        if not tr["ok"]:
            out.append(finding("trainer-without-candidate", "person", tr["person"], t(
                "learning.trainer_without_candidate", lang, person=w.person(tr["person"]),
                credential=rules["trainer_credential"], count=len(tr["candidates"]),
                minimum=rules["trainer_min_candidates"])))
    credential = rules["candidate_credential"] or ""
    for x in c["candidates"]:
        if x["guide"] is None:
            out.append(finding("candidate-without-trainer", "person", x["person"], t(
                "learning.candidate_without_trainer", lang, person=w.person(x["person"]),
                credential=credential)))
        elif not x["guide_is_trainer"] and rules["trainer_credential"]:
            out.append(finding("guide-not-trainer", "person", x["person"], t(
                "learning.guide_not_trainer", lang, person=w.person(x["person"]), credential=credential,
                guide=w.person(x["guide"]), trainer=rules["trainer_credential"])))
    for code, key in (("credential-expired", "expired"), ("credential-expiring", "expiring")):
        for x in c[key]:
            out.append(finding(code, "person", x["person"], t(
                f"learning.{code.replace('-', '_')}", lang, credential=x["credential"],
                person=w.person(x["person"]), date=date(_iso(x["valid_until"]), lang))))
    maximum = rules["contact_persons_max"]
    for x in c["candidates"]:
        if maximum is not None and x["contact_count"] > maximum:
            out.append(finding("contacts-over", "person", x["person"], t(
                "learning.contacts_over", lang, person=w.person(x["person"]), count=x["contact_count"],
                names=listing([w.person(p) for p in x["contacts"]], lang, most=None), maximum=maximum)))
    if c["candidates"]:
        now = sum(x["contact_count"] for x in c["candidates"]) / len(c["candidates"])
        if c["baseline"]:
            then = sum(x["contact_count_at_baseline"] for x in c["candidates"]) / len(c["candidates"])
            text = t("learning.contacts_summary", lang, now=decimal(now, lang, 1),
                     then=decimal(then, lang, 1), then_date=date(_iso(c["baseline"]), lang))
        else:
            text = t("learning.contacts_summary_now", lang, now=decimal(now, lang, 1))
        out.append(finding("contacts", "programme", None, text))
    return out


def _groups(report: LearningReport, w: _Words) -> list[dict[str, Any]]:
    started = [g for g in report.learning_groups if g["start"]]
    if not started:
        return []
    new = sum(g["new_cross_unit_ties"] for g in started)
    return [finding("group-ties", "programme", None, t(
        "learning.group_ties", w.lang, groups=len(started), new=new,
        mean=decimal(new / len(started), w.lang, 1), pairs=sum(g["cross_unit_pairs"] for g in started)))]


def _profile(report: LearningReport, w: _Words) -> list[dict[str, Any]]:
    lang = w.lang
    out = []
    profile = report.profile
    for ch in profile.changes():
        if ch["cut"] != "programme" or ch["source"] != "self":
            continue
        out.append(finding("profile-change", "theme", ch["theme"], t(
            "learning.profile_change", lang, theme=w.theme(ch["theme"]),
            intake=decimal(ch["intake"], lang, 2), later=decimal(ch["later"], lang, 2),
            change=signed(ch["change"], lang, 2),
            n_intake=ch["n_intake"], n_later=ch["n_later"])))
    if profile.hidden:
        out.append(finding("profile-hidden", "programme", None, t(
            "learning.profile_hidden", lang, count=profile.hidden, minimum=profile.min_group)))
    if profile.development:
        top = profile.development[0]
        out.append(finding("development-top", "theme", top["theme"], t(
            "learning.development_top", lang, theme=w.theme(top["theme"]), people=top["people"])))
    return out
