"""The approach: every initiative once, grouped by the first outcome it works on, with its
description, impact, owner and status on the report date, and a timeline of them all."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ohtrack.domain import Initiative
from ohtrack.i18n import t
from ohtrack.playbooks.document import Heading, Note, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context

if TYPE_CHECKING:
    from ohtrack.figures.chart import Chart

#: Above this many initiatives each outcome gets one table instead of a paragraph each.
MAX_DESCRIBED = 60


def build(ctx: Context) -> Section:
    """A status line, the timeline, then per outcome (model order) its initiatives."""
    inits = ctx.programme.initiatives
    section = Section("approach", ctx.tr("section.approach"))
    if not inits:
        return section
    report = ctx.initiative_report
    state = {s.id: s for s in report.states}
    counts = report.counts()
    section.add(Paragraph(ctx.trn("approach.intro", len(inits), parts=ctx.status_counts(counts),
                                 date=ctx.date(ctx.as_of, "long"))))
    for finding in report.findings()[:3]:  # each its own line: a finding is not a sentence
        section.add(Note(finding))
    if any(s.start or s.end for s in report.states):
        section.add(ctx.figure(_timeline(ctx), ctx.tr("approach.figure"), ctx.tr("approach.figure_alt")))
    else:  # a timeline without a bar says no more than this line
        section.add(Note(t("timeline.no_dates", ctx.lang)))
    groups: dict[str, tuple[str, list[Initiative]]] = {}
    for init in inits:
        outcomes, names = ctx.initiative_outcomes(init)
        if outcomes:
            key, title = outcomes[0].id, ctx.outcome_name(outcomes[0])
        elif names:
            key, title = f"~{names[0]}", ctx.tr("approach.unknown_outcome", name=names[0])
        else:
            key, title = "", ctx.tr("approach.not_mapped")
        groups.setdefault(key, (title, []))[1].append(init)
    order = {o.id: i for i, o in enumerate(ctx.framework.outcomes)}
    described = len(inits) <= MAX_DESCRIBED
    for key in sorted(groups, key=lambda k: (0, order[k], "") if k in order else (1 if k else 2, 0, k)):
        title, group = groups[key]
        section.add(Heading(title))
        if described:
            for init in group:
                _describe(ctx, section, init, state.get(init.id))
        else:
            section.add(_table(ctx, group, state))
    return section


def _status(ctx: Context, init: Initiative, s: object) -> str:
    code = getattr(s, "status", None) or init.status
    text = ctx.tr("no_status") if code in (None, "none") else ctx.label("status", code)
    if getattr(s, "overdue", False):
        text += f" ({ctx.tr('approach.overdue')})"
    elif getattr(s, "late_start", False):
        text += f" ({ctx.tr('approach.late')})"
    return text


def _describe(ctx: Context, section: Section, init: Initiative, s: object) -> None:
    section.add(Heading(init.title, level=3))
    if init.description:
        section.add(Paragraph(init.description))
    if init.impact:
        section.add(Paragraph(str(init.impact), label=ctx.tr("approach.impact")))
    facts = [x for x in (ctx.unit(init.unit), ctx.tr("approach.owner", owner=ctx.person(init.owner))
                         if init.owner else "", _status(ctx, init, s), _period(ctx, init)) if x]
    others, _ = ctx.initiative_outcomes(init)
    if len(others) > 1:
        facts.append(ctx.tr("approach.also", names=", ".join(ctx.outcome_name(o) for o in others[1:])))
    section.add(Note(" · ".join(facts)))


def _table(ctx: Context, inits: list[Initiative], state: Mapping[str, object]) -> Table:
    """The initiatives of one outcome: title, unit, owner, status, period; a column no
    initiative of the programme fills (no owners, no dates, no statuses in an imported
    register) left out, the same in every table."""
    every = ctx.programme.initiatives
    columns = [c for c, filled in (("title", True), ("unit", any(i.unit for i in every)),
                                   ("owner", any(i.owner for i in every)),
                                   ("status", any(i.status for i in every)),
                                   ("period", any(i.start or i.end for i in every))) if filled]
    cells = {"title": lambda i: i.title, "unit": lambda i: ctx.unit(i.unit),
             "owner": lambda i: ctx.person(i.owner), "period": lambda i: _period(ctx, i),
             "status": lambda i: _status(ctx, i, state.get(i.id))}
    return Table([ctx.tr(f"col.{c}") for c in columns], [[cells[c](i) for c in columns] for i in inits])


def _period(ctx: Context, i: Initiative) -> str:
    """``start – end``, open at the side not known; a day's work (start is end) its day."""
    if i.start and i.start == i.end:
        return ctx.date(i.start)
    if i.start and i.end:
        return f"{ctx.date(i.start)} – {ctx.date(i.end)}"
    if i.start:
        return f"{ctx.date(i.start)} –"
    return f"– {ctx.date(i.end)}" if i.end else ""


def _timeline(ctx: Context) -> Chart:
    from ohtrack.figures.timeline import timeline_figure
    from ohtrack.playbooks.sections.appendix import section_date

    names = {u.id: u.name for u in ctx.programme.units}
    return timeline_figure(ctx.initiative_report, names, known_until=section_date(ctx, "approach"))
