"""People and network: roles, triads and learning groups, learning events held, cross-unit ties.

The counts and findings come from ``ohtrack.network`` so the playbook says what
``ohtrack network`` says; the lists come from the workbook's sheets.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ohtrack.domain import Group
from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context
from ohtrack.text import name_key


def build(ctx: Context) -> Section:
    """Who takes part, in which groups, which learning events were held and how units connect."""
    p = ctx.programme
    section = Section("people", ctx.tr("section.people"))
    if not (p.people or p.groups or p.events or p.relations):
        return section
    if p.people:
        _roles(ctx, section)
    if p.groups:
        section.add(Heading(ctx.tr("people.groups")), _groups(ctx, p.groups))
    if p.events:
        _events(ctx, section)
    _ties(ctx, section)
    findings = [str(f["message"]) for f in ctx.network.findings]
    if findings:
        section.add(Heading(ctx.tr("people.network")), BulletList.of(findings))
    return section


def _roles(ctx: Context, section: Section) -> None:
    people = ctx.programme.people
    units = {ctx.person_unit[x.id] for x in people if x.id in ctx.person_unit}
    by_role: dict[str, list[str]] = {}
    for x in people:
        by_role.setdefault(x.role or ctx.tr("no_role"), []).append(x.name)
    rows = [[role, str(len(names)), ", ".join(names)] for role, names in by_role.items()]
    section.add(Heading(ctx.tr("people.roles")),
                Paragraph(ctx.tr("people.intro", n=len(people), units=len(units)) if units
                          else ctx.tr("people.intro_no_units", n=len(people))),
                Table([ctx.tr("col.role"), ctx.tr("col.count"), ctx.tr("people.count")], rows))


def _groups(ctx: Context, groups: list[Group]) -> Table:
    needed = {name_key(k): v for k, v in ctx.programme.info.roles.items()}
    rows = []
    for g in groups:
        members = ", ".join(f"{ctx.person(m.person)} ({m.role})" if m.role else ctx.person(m.person)
                            for m in g.members)
        have = {name_key(m.role) for m in g.members if m.role}
        roles = needed.get(name_key(g.type or ""), [])
        missing = ", ".join(r for r in roles if name_key(r) not in have)
        rows.append([g.id, ctx.label("group", g.type), members, missing])
    headers = [ctx.tr("col.group"), ctx.tr("col.type"), ctx.tr("people.members"), ctx.tr("people.missing")]
    if not any(r[3] for r in rows):
        headers.pop()
        rows = [r[:3] for r in rows]
    return Table(headers, rows)


def _events(ctx: Context, section: Section) -> None:
    status = Counter(ctx.event_status.values())
    held = [e for e in ctx.programme.events if ctx.event_status[e.id] == "held"]
    held.sort(key=lambda e: e.date or dt.date.min)
    section.add(Heading(ctx.tr("people.events")),
                Paragraph(ctx.tr("people.events_summary", held=status["held"], planned=status["planned"],
                                 cancelled=status["cancelled"])))
    if held:
        rows = [[ctx.date(e.date), e.title or e.id, ctx.label("event", e.type), e.group or "",
                 ctx.person(e.facilitator), str(len(e.attendees))] for e in held]
        section.add(Table([ctx.tr("col.date"), ctx.tr("col.title"), ctx.tr("col.type"), ctx.tr("col.group"),
                           ctx.tr("people.facilitator"), ctx.tr("people.attendees")], rows))


def _ties(ctx: Context, section: Section) -> None:
    """Ties between people of different units (relations, shared groups, events, initiatives)."""
    net = ctx.network
    summary = net.summary()
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b in net.people_graph.edges():
        ua, ub = net.unit_of.get(a), net.unit_of.get(b)
        if ua and ub and ua != ub:
            pairs[(ua, ub) if ua <= ub else (ub, ua)] += 1
    if not summary["ties"] or len({u for u in net.unit_of.values() if u}) < 2:
        return
    section.add(Heading(ctx.tr("people.ties")),
                Paragraph(ctx.tr("people.ties_intro", cross=summary["cross_unit_ties"],
                                 total=summary["ties"])))
    if pairs:
        ranked = sorted(pairs.items(),
                        key=lambda x: (-x[1], net.unit_label(x[0][0]), net.unit_label(x[0][1])))
        rows = [[net.unit_label(a), net.unit_label(b), str(n)] for (a, b), n in ranked]
        section.add(Table([ctx.tr("col.unit"), ctx.tr("col.unit"), ctx.tr("people.ties_count")], rows))
