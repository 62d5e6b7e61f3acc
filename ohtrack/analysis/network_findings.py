"""Findings of the network in plain words a team can act on, in Dutch or English."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.i18n import t

if TYPE_CHECKING:
    from ohtrack.analysis.network import Network

#: How many top brokers are named as findings.
TOP_BROKERS = 3
#: Attendance below this share of the held sessions of one's groups is a finding.
LOW_ATTENDANCE = 0.5


def finding(code: str, kind: str, subject: str | None, message: str) -> dict[str, Any]:
    """One finding: a stable ``code``, what it is about (``kind`` + ``subject`` ID), the text."""
    return {"code": code, "kind": kind, "subject": subject, "message": message}


def group_label(gtype: str | None, lang: str) -> str:
    """``Triad`` / ``Driehoek`` for known group types, the word as written otherwise."""
    if gtype and f"network.group.{gtype}" in _keys():
        return t(f"network.group.{gtype}", lang)
    return gtype.capitalize() if gtype else t("network.group.other", lang)


def event_label(etype: str | None, lang: str) -> str:
    """``intervision`` / ``intervisie`` for known event types, the word as written otherwise."""
    if etype and f"network.event.{etype}" in _keys():
        return t(f"network.event.{etype}", lang)
    return etype or ""


def _keys() -> dict[str, Any]:
    from ohtrack.i18n.network import TEXTS

    return TEXTS


def findings(net: Network, lang: str | None = None) -> list[dict[str, Any]]:
    """Every finding of a network, in a fixed order: units, people, brokers, groups, events.

    ``lang`` defaults to the network's language."""
    lang = lang or net.lang
    out: list[dict[str, Any]] = []
    label = net.person_label
    units_with_people = [u for u in net.units["units"] if u["people"]]
    if len(units_with_people) > 1:
        for u in units_with_people:
            if u["cross_unit_ties"] == 0:
                out.append(finding("unit-isolated", "unit", u["unit"],
                                   t("network.unit_isolated", lang, unit=net.unit_label(u["unit"]))))
    g = net.people_graph
    for pid in net.isolated:
        out.append(finding("person-isolated", "person", pid,
                           t("network.person_isolated", lang, person=label(pid))))
    for pid in net.peripheral:
        other = next(iter(g.neighbors(pid)))
        out.append(finding("person-peripheral", "person", pid,
                           t("network.person_peripheral", lang, person=label(pid), other=label(other))))
    for rank, (pid, value) in enumerate(net.brokers(TOP_BROKERS), start=1):
        out.append(finding("broker", "person", pid,
                           t("network.broker", lang, person=label(pid), value=value, rank=rank)))
    big = [c for c in net.communities if len(c) > 1]
    if big:
        out.append(finding("communities", "network", None,
                           t("network.communities", lang, count=len(big))))
    for grp in net.groups["incomplete_groups"]:
        for role in grp["missing_roles"]:
            out.append(finding("group-missing-role", "group", grp["group"],
                               t("network.group_missing_role", lang,
                                 type=group_label(grp["type"], lang), group=grp["group"], role=role)))
    for rec in net.groups["people_without_group"]:
        out.append(finding("person-without-group", "person", rec["person"],
                           t("network.person_without_group", lang, person=label(rec["person"]),
                             role=rec["role"], type=group_label(rec["group_type"], lang).lower())))
    learning = [x for x in net.learning_groups if x["start"]]
    if learning:
        out.append(finding("learning-group-ties", "network", None, t(
            "network.learning_group_ties", lang, groups=len(learning),
            new=sum(x["new_cross_unit_ties"] for x in learning),
            pairs=sum(x["cross_unit_pairs"] for x in learning))))
    for grp in net.events["by_group"]:
        types = [x for x in grp["types"] if x]
        etype = event_label(types[0], lang) if len(types) == 1 else ""
        out.append(finding("events-realisation", "group", grp["group"],
                           t("network.realisation", lang, group=grp["group"], held=grp["held"],
                             total=grp["total"], type=etype, cancelled=grp["cancelled"],
                             planned=grp["planned"]).replace("  ", " ")))
    key = "network.low_attendance_enrolled" if net.programme.enrolments else "network.low_attendance"
    for pid, rec in sorted(net.events["people"].items()):
        rate = rec["attendance_rate"]
        if rate is not None and rate < LOW_ATTENDANCE and pid in g:
            out.append(finding("low-attendance", "person", pid,
                               t(key, lang, person=label(pid), went=rec["events_attended_expected"],
                                 held=rec["events_expected"])))
    for les in net.lessons:
        if les["shared_with"] == 0:
            out.append(finding("lesson-unshared", "lesson", les["lesson"],
                               t("network.lesson_unshared", lang, lesson=les["lesson"])))
    return out
