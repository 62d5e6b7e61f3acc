"""Findings of the network a team can act on: ranked, de-duplicated, collapsed, in plain words.

Each finding is one sentence without method names or raw metrics ("Karin Veenstra is de
enige verbinding tussen Intake en Uitvoering"); the numbers behind it are in ``data`` and
how they were found in ``method`` (a catalogue key, said in words by ``method_text``).
Findings about many alike subjects are one finding ("25 leergroepen: alle bijeenkomsten
gehouden, behalve LG04: 6 van 7"). They are ranked by what matters most to act on first
(``PRIORITY``), and ``rank`` numbers them from 1.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.network_words import event_label, group_label, groups_label, sessions_besides
from ohtrack.i18n import format, t
from ohtrack.text import display_names

if TYPE_CHECKING:
    from ohtrack.analysis.network import Network

#: How many top brokers are named as findings.
TOP_BROKERS = 3
#: The least betweenness of a broker named as a finding: on at least 5% of the shortest paths
#: between the others (in a dense network, where everyone knows everyone, nobody is).
BROKER_MIN = 0.05
#: Attendance below this share of the held sessions of one's groups is a finding.
LOW_ATTENDANCE = 0.5
#: More alike subjects than this are one finding naming some of them.
COLLAPSE = 3
#: Names listed in a collapsed finding before "en nog N".
NAMES = 5
#: Codes from the most to the least urgent to act on (the order of the findings).
PRIORITY = (
    "unit-isolated",
    "sole-link",
    "person-isolated",
    "group-missing-role",
    "person-without-group",
    "events-realisation",
    "low-attendance",
    "person-peripheral",
    "broker",
    "communities",
    "learning-group-ties",
    "lesson-unshared",
)


def finding(
    code: str,
    kind: str,
    subject: str | None,
    message: str,
    *,
    subjects: list[str] | None = None,
    data: dict[str, Any] | None = None,
    method: str | None = None,
) -> dict[str, Any]:
    """One finding: a stable ``code``, what it is about (``kind``, the ``subject`` ID, or
    ``subjects`` when it is about several), the sentence, its numbers and method."""
    return {
        "code": code,
        "kind": kind,
        "subject": subject,
        "subjects": subjects if subjects is not None else ([subject] if subject else []),
        "message": message,
        "data": data or {},
        "method": method,
    }


class _Say:
    """Names and lists as a sentence writes them."""

    def __init__(self, net: Network, lang: str) -> None:
        self.net, self.lang = net, lang
        self.names = display_names((pid, d.get("name")) for pid, d in net.people_graph.nodes(data=True))

    def person(self, pid: str) -> str:
        """The person's name; with the ID when two people share it or there is no name."""
        return self.names.get(pid, pid)

    def unit(self, uid: str | None) -> str:
        return self.net.unit_label(uid)

    def people(self, pids: list[str]) -> str:
        return format.listing([self.person(p) for p in pids], self.lang, most=NAMES)

    def items(self, items: list[str]) -> str:
        return format.listing(items, self.lang, most=NAMES)


def findings(net: Network, lang: str | None = None) -> list[dict[str, Any]]:
    """Every finding of a network, ranked (``PRIORITY``, then in the order found), alike
    ones collapsed, repeated ones once. ``lang`` defaults to the network's language."""
    lang = lang or net.lang
    say = _Say(net, lang)
    out: list[dict[str, Any]] = []
    out += _units(net, say)
    sole = _sole_links(net, say)
    out += sole
    out += _people(
        net,
        say,
        "person-isolated",
        net.isolated,
        "network.person_isolated",
        "network.people_isolated",
        "degree",
        {},
    )
    out += _groups(net, say)
    out += _realisation(net, say)
    out += _attendance(net, say)
    cp = net.core_periphery
    out += _people(
        net,
        say,
        "person-peripheral",
        net.peripheral,
        "network.person_peripheral",
        "network.people_peripheral",
        "core",
        {"k_max": cp["k_max"], "core_numbers": {p: cp["core_number"][p] for p in net.peripheral}},
    )
    linked = {s for f in sole for s in f["subjects"] if f["kind"] == "person"}
    for rank, (pid, value) in enumerate(net.brokers(TOP_BROKERS), start=1):
        if pid not in linked and value >= BROKER_MIN:  # "the only link …" says more
            out.append(
                finding(
                    "broker",
                    "person",
                    pid,
                    t("network.broker", lang, person=say.person(pid)),
                    data={"betweenness": value, "rank": rank, "threshold": BROKER_MIN},
                    method=f"betweenness_{net.betweenness_method}",
                )
            )
    big = [c for c in net.communities if len(c) > 1]
    if len(big) > 1:
        out.append(
            finding(
                "communities",
                "network",
                None,
                t("network.communities", lang, count=len(big)),
                data={"communities": len(big), "modularity": net.modularity},
                method="communities",
            )
        )
    learning = [x for x in net.learning_groups if x["start"]]
    if learning:
        out.append(
            finding(
                "learning-group-ties",
                "network",
                None,
                t(
                    "network.learning_group_ties",
                    lang,
                    groups=len(learning),
                    new=sum(x["new_cross_unit_ties"] for x in learning),
                    pairs=sum(x["cross_unit_pairs"] for x in learning),
                ),
                subjects=[x["group"] for x in learning],
                method="learning_group_ties",
                data={
                    "groups": len(learning),
                    "new_cross_unit_ties": sum(x["new_cross_unit_ties"] for x in learning),
                    "cross_unit_pairs": sum(x["cross_unit_pairs"] for x in learning),
                },
            )
        )
    unshared = [les["lesson"] for les in net.lessons if les["shared_with"] == 0]
    out += _collapse(
        "lesson-unshared",
        "lesson",
        unshared,
        lambda x: t("network.lesson_unshared", lang, lesson=x),
        lambda xs: t("network.lessons_unshared", lang, count=len(xs), lessons=say.items(xs)),
    )
    return rank_findings(out)


def rank_findings(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sorted by ``PRIORITY`` (stable), a repeated sentence once, ``rank`` from 1."""
    order = {code: i for i, code in enumerate(PRIORITY)}
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for f in sorted(found, key=lambda f: order.get(f["code"], len(order))):
        if f["message"] in seen:
            continue
        seen.add(f["message"])
        out.append({**f, "rank": len(out) + 1})
    return out


def _collapse(
    code: str,
    kind: str,
    subjects: list[str],
    one: Any,
    many: Any,
    data: dict[str, Any] | None = None,
    method: str | None = None,
) -> list[dict[str, Any]]:
    """One finding per subject, or one for them all when there are more than ``COLLAPSE``."""
    if not subjects:
        return []
    if len(subjects) > COLLAPSE:
        return [finding(code, kind, None, many(subjects), subjects=list(subjects), data=data, method=method)]
    return [finding(code, kind, s, one(s), data=data, method=method) for s in subjects]


def _people(
    net: Network,
    say: _Say,
    code: str,
    pids: list[str],
    one_key: str,
    many_key: str,
    method: str,
    data: dict[str, Any],
) -> list[dict[str, Any]]:
    lang = say.lang
    return _collapse(
        code,
        "person",
        pids,
        lambda p: t(one_key, lang, person=say.person(p)),
        lambda ps: t(many_key, lang, count=len(ps), people=say.people(ps)),
        data=data,
        method=method,
    )


def _units(net: Network, say: _Say) -> list[dict[str, Any]]:
    with_people = [u for u in net.units["units"] if u["people"]]
    if len(with_people) < 2:
        return []
    alone = [u["unit"] for u in with_people if u["cross_unit_ties"] == 0]
    lang = say.lang
    return _collapse(
        "unit-isolated",
        "unit",
        alone,
        lambda u: t("network.unit_isolated", lang, unit=say.unit(u)),
        lambda us: t(
            "network.units_isolated", lang, count=len(us), units=say.items([say.unit(u) for u in us])
        ),
        data={"level": net.level},
        method="cross_unit",
    )


def _sole_links(net: Network, say: _Say) -> list[dict[str, Any]]:
    """Units (at the network's level) tied to the others through one member only, and pairs
    of sibling units (same parent) with two or more ties that all run through one person."""
    unit, tree = net.unit_at, net.unit_tree
    between: dict[tuple[str, str], list[tuple[str, str]]] = {}
    outward: dict[str, list[tuple[str, str]]] = {}
    for a, b in net.people_graph.edges():
        ua, ub = unit.get(a), unit.get(b)
        if ua and ub and ua != ub:
            between.setdefault((ua, ub) if ua <= ub else (ub, ua), []).append((a, b))
            outward.setdefault(ua, []).append((a, b))
            outward.setdefault(ub, []).append((a, b))
    size = Counter(u for u in unit.values() if u)
    lang = say.lang
    out: list[dict[str, Any]] = []
    alone: set[str] = set()
    for u, ties in sorted(outward.items()):
        inside = {x for tie in ties for x in tie if unit.get(x) == u}
        if len(inside) == 1 and size[u] > 1:
            pid = next(iter(inside))
            alone.add(pid)
            out.append(
                finding(
                    "sole-link",
                    "person",
                    pid,
                    t("network.sole_link_unit", lang, person=say.person(pid), unit=say.unit(u)),
                    data={"unit": u, "ties": len(ties), "level": net.level},
                    method="sole_link",
                )
            )
    for (ua, ub), ties in sorted(between.items()):
        if len(ties) < 2 or tree.parent.get(ua) != tree.parent.get(ub):
            continue
        common = set(ties[0]).intersection(*map(set, ties[1:]))
        # a unit of one person is tied through that person by its make: no finding
        if len(common) == 1 and (pid := next(iter(common))) not in alone and size[unit.get(pid) or ""] > 1:
            out.append(
                finding(
                    "sole-link",
                    "person",
                    pid,
                    t("network.sole_link", lang, person=say.person(pid), x=say.unit(ua), y=say.unit(ub)),
                    data={"units": [ua, ub], "ties": len(ties), "level": net.level},
                    method="sole_link",
                )
            )
    return out


def _groups(net: Network, say: _Say) -> list[dict[str, Any]]:
    lang = say.lang
    out: list[dict[str, Any]] = []
    missing: dict[tuple[str | None, str], list[str]] = {}
    for grp in net.groups["incomplete_groups"]:
        for role in grp["missing_roles"]:
            missing.setdefault((grp["type"], role), []).append(grp["group"])
    for (gtype, role), gids in missing.items():
        if len(gids) == 1:
            out.append(
                finding(
                    "group-missing-role",
                    "group",
                    gids[0],
                    t(
                        "network.group_missing_role",
                        lang,
                        type=group_label(gtype, lang),
                        group=gids[0],
                        role=role,
                    ),
                    data={"role": role},
                    method="roles",
                )
            )
        else:
            out.append(
                finding(
                    "group-missing-role",
                    "group",
                    None,
                    t(
                        "network.groups_missing_role",
                        lang,
                        groups=groups_label(gtype, len(gids), lang),
                        role=role,
                        ids=say.items(gids),
                    ),
                    subjects=gids,
                    data={"role": role, "groups": len(gids)},
                    method="roles",
                )
            )
    without: dict[tuple[str, str], list[str]] = {}
    for rec in net.groups["people_without_group"]:
        without.setdefault((rec["role"], rec["group_type"]), []).append(rec["person"])
    for (role, gtype), pids in without.items():
        kind = group_label(gtype, lang).lower()
        out += _collapse(
            "person-without-group",
            "person",
            pids,
            lambda p, role=role, kind=kind: t(
                "network.person_without_group", lang, person=say.person(p), role=role, type=kind
            ),
            lambda ps, role=role, kind=kind: t(
                "network.people_without_group",
                lang,
                count=len(ps),
                people=say.people(ps),
                role=role,
                type=kind,
            ),
            data={"role": role},
            method="roles",
        )
    return out


def _realisation(net: Network, say: _Say) -> list[dict[str, Any]]:
    """Per group type: every group that held all its sessions due, and those that did not."""
    lang = say.lang
    gtype = {grp.id: grp.type for grp in net.programme.groups}
    from ohtrack.analysis.network_time import planned_apart

    upcoming, unrecorded = planned_apart(net.programme.events, net.as_of)
    by_type: dict[str | None, list[dict[str, Any]]] = {}
    for grp in net.events["by_group"]:
        by_type.setdefault(gtype.get(grp["group"]), []).append(grp)
    out = []
    for kind, recs in by_type.items():
        due = {r["group"]: r["total"] - upcoming[r["group"]] for r in recs}  # a cancelled one was due
        short = [r for r in recs if r["held"] < due[r["group"]]]
        data = {
            "groups": len(recs),
            "held": sum(r["held"] for r in recs),
            "due": sum(due.values()),
            "cancelled": sum(r["cancelled"] for r in recs),
            "upcoming": sum(upcoming[r["group"]] for r in recs),
            "unrecorded": sum(unrecorded[r["group"]] for r in recs),
            "short": [{"group": r["group"], "held": r["held"], "due": due[r["group"]]} for r in short],
        }
        gids = [r["group"] for r in recs]
        if len(recs) == 1:
            r = recs[0]
            types = [x for x in r["types"] if x]
            etype = event_label(types[0], lang) if len(types) == 1 else ""
            gid = r["group"]
            text = t("network.realisation", lang, group=gid, held=r["held"], total=due[gid],
                     type=etype).replace("  ", " ")
            text += sessions_besides(r["cancelled"], unrecorded[gid], r["planned"] - unrecorded[gid], lang)
            out.append(
                finding("events-realisation", "group", r["group"], text, data=data, method="realisation")
            )
            continue
        label = groups_label(kind, len(recs), lang)
        parts = [
            t("network.held_of", lang, group=r["group"], held=r["held"], due=due[r["group"]]) for r in short
        ]
        if not short:
            text = t("network.realisation_all", lang, groups=label)
        elif len(short) * 2 <= len(recs):
            text = t("network.realisation_except", lang, groups=label, exceptions=say.items(parts))
        else:
            text = t(
                "network.realisation_short", lang, groups=label, n=len(short), exceptions=say.items(parts)
            )
        if data["upcoming"]:
            text += t("network.realisation_upcoming", lang, n=data["upcoming"])
        out.append(
            finding("events-realisation", "group", None, text, subjects=gids, data=data, method="realisation")
        )
    return out


def _attendance(net: Network, say: _Say) -> list[dict[str, Any]]:
    lang = say.lang
    g = net.people_graph
    low = {
        pid: rec
        for pid, rec in sorted(net.events["people"].items())
        if rec["attendance_rate"] is not None and rec["attendance_rate"] < LOW_ATTENDANCE and pid in g
    }
    key = "network.low_attendance_enrolled" if net.programme.enrolments else "network.low_attendance"
    data = {
        "threshold": LOW_ATTENDANCE,
        "people": [
            {"person": p, "attended": r["events_attended_expected"], "expected": r["events_expected"]}
            for p, r in low.items()
        ],
    }
    return _collapse(
        "low-attendance",
        "person",
        list(low),
        lambda p: t(
            key,
            lang,
            person=say.person(p),
            went=low[p]["events_attended_expected"],
            held=low[p]["events_expected"],
        ),
        lambda ps: t("network.people_low_attendance", lang, count=len(ps), people=say.people(ps)),
        data=data,
        method="attendance",
    )
