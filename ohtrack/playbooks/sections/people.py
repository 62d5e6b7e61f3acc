"""People and network: roles (counted, never listed by name), groups, learning events
summarised per type and group, the network aggregated to units, and its findings.

The counts and findings come from ``ohtrack.network`` so the playbook says what
``ohtrack network`` says. Roles are matched with ``index.role_key``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ohtrack.domain import Group
from ohtrack.index import role_key
from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context

if TYPE_CHECKING:
    from ohtrack.figures.chart import Chart

#: Above this many groups the table shows only the groups that miss a role.
MAX_GROUPS = 12
#: At most this many unit pairs in the table of ties between units.
MAX_PAIRS = 10


def build(ctx: Context) -> Section:
    """Who takes part, in which groups, which learning events were held and how units connect."""
    p = ctx.programme
    section = Section("people", ctx.tr("section.people"))
    if not (p.people or p.groups or p.events or p.relations):
        return section
    if p.people:
        _roles(ctx, section)
    if p.groups:
        _groups(ctx, section, p.groups)
    if p.events:
        _events(ctx, section)
    _ties(ctx, section)
    findings = [str(f["message"]) for f in shown_findings(ctx)]
    if findings:
        section.add(Heading(ctx.tr("people.network")), BulletList.of(findings))
    return section


#: At most this many network findings in "Mensen en netwerk" (and their methods in the appendix).
SHOWN_FINDINGS = 8


def shown_findings(ctx: Context) -> list[dict[str, Any]]:
    """The network findings the playbook shows: none about a protected person, at most
    ``SHOWN_FINDINGS``, in rank order."""
    protected = set(ctx.protected)
    return [f for f in ctx.network.findings
            if f.get("kind") != "person" or str(f.get("subject")) not in protected][:SHOWN_FINDINGS]


def _roles(ctx: Context, section: Section) -> None:
    people = ctx.programme.people
    units = {ctx.person_unit[x.id] for x in people if x.id in ctx.person_unit}
    by_role: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for x in people:
        key = role_key(x.role or "")
        shown.setdefault(key, x.role or ctx.tr("no_role"))
        by_role[key] += 1
    rows = [[shown[k], str(n)] for k, n in by_role.most_common()]
    intro = (ctx.trn("people.intro", len(units), people=ctx.trn("people.count", len(people)))
             if units else ctx.tr("people.intro_no_units", people=ctx.trn("people.count", len(people))))
    section.add(Heading(ctx.tr("people.roles")), Paragraph(intro),
                Table([ctx.tr("col.role"), ctx.tr("col.count")], rows))


def _groups(ctx: Context, section: Section, groups: list[Group]) -> None:
    needed = {role_key(k): v for k, v in ctx.programme.info.roles.items()}
    rows = []
    for g in groups:
        have = {role_key(m.role) for m in g.members if m.role}
        roles = needed.get(role_key(g.type or ""), [])
        missing = ", ".join(r for r in roles if role_key(r) not in have)
        rows.append([str(getattr(g, "name", None) or g.id), ctx.label("group", g.type),
                     ctx.count(len(g.members)), missing])
    from ohtrack.analysis.network_words import groups_label

    kinds = Counter(g.type or None for g in groups)
    parts = [groups_label(kind, n, ctx.lang, ctx.label("group", kind) if kind else ctx.tr("unknown"))
             for kind, n in kinds.items()]
    section.add(Heading(ctx.tr("people.groups")),
                Paragraph(ctx.tr("people.groups_intro", parts=", ".join(parts))))
    if len(rows) > MAX_GROUPS:
        rows = [r for r in rows if r[3]]
        if not rows:
            return
    headers = [ctx.tr("col.group"), ctx.tr("col.type"), ctx.tr("people.members"), ctx.tr("people.missing")]
    if not any(r[3] for r in rows):
        headers.pop()
        rows = [r[:3] for r in rows]
    section.add(Table(headers, rows))


def _events(ctx: Context, section: Section) -> None:
    """Per event type and group: held of all; a planned event whose date has passed is said
    apart (it was not recorded as held)."""
    status = Counter(ctx.event_status.values())
    overdue = sum(map(ctx.overdue_event, ctx.programme.events))
    status["planned"] -= overdue
    said = ", ".join(ctx.tr(f"people.events_part.{k}", n=ctx.count(status[k]))
                     for k in ("held", "planned", "cancelled") if status[k] or k == "held") + "."
    if overdue:
        said += " " + ctx.trn("people.events_overdue", overdue)
    section.add(Heading(ctx.tr("people.events")), Paragraph(said))
    per_type: dict[str, Counter[str]] = {}
    per_group: dict[tuple[str, str], Counter[str]] = {}
    for e in ctx.programme.events:
        kind = ctx.label("event", e.type) or ctx.tr("unknown")
        per_type.setdefault(kind, Counter())[ctx.event_status[e.id]] += 1
        if e.group:
            per_group.setdefault((kind, e.group), Counter())[ctx.event_status[e.id]] += 1
    lines = [ctx.tr("people.events_type", type=kind.capitalize(), held=ctx.count(c["held"]),
                    total=ctx.count(sum(c.values())))
             for kind, c in sorted(per_type.items(), key=lambda x: -sum(x[1].values()))]
    section.add(BulletList.of(lines))
    if per_group and len(per_group) <= MAX_GROUPS:
        rows = [[kind, group, ctx.count(c["held"]), ctx.count(sum(c.values()))]
                for (kind, group), c in sorted(per_group.items())]
        section.add(Table([ctx.tr("col.type"), ctx.tr("col.group"), ctx.tr("embedding.held"),
                           ctx.tr("col.count")], rows))


def _ties(ctx: Context, section: Section) -> None:
    """Ties between people of different units: the figure and the strongest pairs."""
    from ohtrack.figures.unit_network import unit_pairs

    net = ctx.network
    summary = net.summary()
    if not summary["ties"] or len({u for u in net.unit_of.values() if u}) < 2:
        return
    pairs = unit_pairs(net)
    section.add(Heading(ctx.tr("people.ties")),
                Paragraph(ctx.tr("people.ties_intro", cross=ctx.count(summary["cross_unit_ties"]),
                                 total=ctx.count(summary["ties"]))))
    if pairs:
        section.add(ctx.figure(_figure(ctx), ctx.tr("people.figure"), ctx.tr("people.figure_alt")))
        ranked = sorted(pairs.items(),
                        key=lambda x: (-x[1], net.unit_label(x[0][0]), net.unit_label(x[0][1])))
        rows = [[net.unit_label(a), net.unit_label(b), str(n)] for (a, b), n in ranked[:MAX_PAIRS]]
        caption = (ctx.tr("people.ties_top", shown=ctx.count(len(rows)), total=ctx.count(len(pairs)))
                   if len(pairs) > MAX_PAIRS else None)
        section.add(Table([ctx.tr("col.unit"), ctx.tr("col.unit"), ctx.tr("people.ties_count")], rows,
                          caption=caption))


def _figure(ctx: Context) -> Chart:
    from ohtrack.figures.unit_network import unit_network_figure

    return unit_network_figure(ctx.network)
