"""The approach: the initiatives per outcome, with their owners and status."""

from __future__ import annotations

from collections import Counter

from ohtrack.domain import Initiative
from ohtrack.domain.initiatives import STATUS_ORDER
from ohtrack.playbooks.document import Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context


def build(ctx: Context) -> Section:
    """A status summary, then one table of initiatives per outcome in model order."""
    inits = ctx.programme.initiatives
    section = Section("approach", ctx.tr("section.approach"))
    if not inits:
        return section
    status = Counter(i.status for i in inits)
    rows = [[ctx.label("status", s), str(status[s])] for s in STATUS_ORDER if status[s]]
    if status[None]:
        rows.append([ctx.tr("no_status"), str(status[None])])
    section.add(Paragraph(ctx.tr("approach.intro", n=len(inits))),
                Table([ctx.tr("col.status"), ctx.tr("col.count")], rows))
    groups: dict[str, list[Initiative]] = {o.id: [] for o in ctx.framework.outcomes}
    unknown: dict[str, list[Initiative]] = {}
    unmapped: list[Initiative] = []
    for init in inits:
        outcomes, names = ctx.initiative_outcomes(init)
        for o in outcomes:
            groups[o.id].append(init)
        for name in names:
            unknown.setdefault(name, []).append(init)
        if not outcomes and not names:
            unmapped.append(init)
    for o in ctx.framework.outcomes:
        if groups[o.id]:
            section.add(Heading(ctx.outcome_name(o)), _table(ctx, groups[o.id]))
    for name, group in unknown.items():
        section.add(Heading(ctx.tr("approach.unknown_outcome", name=name)), _table(ctx, group))
    if unmapped:
        section.add(Heading(ctx.tr("approach.not_mapped")), _table(ctx, unmapped))
    return section


def _table(ctx: Context, inits: list[Initiative]) -> Table:
    headers = [ctx.tr(f"col.{c}") for c in ("id", "title", "unit", "owner", "status", "period")]
    rows = [[i.id, i.title, ctx.unit(i.unit), ctx.person(i.owner), ctx.label("status", i.status),
             _period(ctx, i)] for i in inits]
    return Table(headers, rows)


def _period(ctx: Context, i: Initiative) -> str:
    if i.start and i.end:
        return f"{ctx.date(i.start)} – {ctx.date(i.end)}"
    if i.start:
        return f"{ctx.date(i.start)} –"
    return f"– {ctx.date(i.end)}" if i.end else ""
