"""Appendix: the health model, the date of the data, validation warnings, sections left out."""

from __future__ import annotations

import datetime as dt

from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context


def build(ctx: Context) -> Section:
    """Always present: what the reader needs to check where the playbook comes from."""
    import ohtrack

    fw = ctx.framework
    section = Section("appendix", ctx.tr("section.appendix"))
    section.add(Heading(ctx.tr("appendix.model", name=fw.name(ctx.lang))))
    desc = fw.description_nl if ctx.lang == "nl" and fw.description_nl else fw.description_en
    if desc:
        section.add(Paragraph(desc))
    rows = [[o.name(ctx.lang), ", ".join(p.name(ctx.lang) for p in o.practices)] for o in fw.outcomes]
    section.add(Table([ctx.tr("col.outcome"), ctx.tr("col.practices")], rows))
    if fw.source:
        section.add(Paragraph(ctx.tr("appendix.source", source=fw.source)))
    section.add(Heading(ctx.tr("appendix.data")))
    latest = data_date(ctx)
    if latest is not None:
        section.add(Paragraph(ctx.tr("appendix.data_date", date=ctx.date(latest))))
    section.add(Paragraph(ctx.tr("appendix.generated", date=ctx.date(dt.date.today()),
                                 version=ohtrack.__version__)))
    if ctx.pseudonymised:
        section.add(Paragraph(ctx.tr("appendix.pseudonymised")))
    if ctx.omitted:
        section.add(Heading(ctx.tr("appendix.omitted")),
                    BulletList.of([f"{o.title}: {o.note}" for o in ctx.omitted]))
    if ctx.validation is not None:
        section.add(Heading(ctx.tr("appendix.warnings")))
        problems = ctx.validation.problems
        if problems:
            section.add(Table([ctx.tr("appendix.where"), ctx.tr("appendix.code"), ctx.tr("appendix.message")],
                              [[p.place, p.code, p.message] for p in problems]))
        else:
            section.add(Paragraph(ctx.tr("appendix.no_warnings")))
    return section


def data_date(ctx: Context) -> dt.date | None:
    """The latest date of something that happened: a measurement, a held event or a lesson."""
    p = ctx.programme
    dates = [m.date for m in p.measurements if m.date]
    dates += [e.date for e in p.events if e.date and ctx.event_status[e.id] == "held"]
    dates += [x.date for x in p.lessons if x.date]
    return max(dates) if dates else None
