"""Appendix: the health model, the date of the data, validation warnings, sections left out."""

from __future__ import annotations

import datetime as dt

from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context
from ohtrack.playbooks.sections.people import shown_findings


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
        section.add(Paragraph(ctx.tr("appendix.source", source=fw.source_in(ctx.lang))))
    section.add(Heading(ctx.tr("appendix.data")))
    latest = data_date(ctx)
    if latest is not None:
        section.add(Paragraph(ctx.tr("appendix.data_date", date=ctx.date(latest, "long"))))
    section.add(Paragraph(ctx.tr("appendix.as_of", date=ctx.date(ctx.as_of, "long"))))
    section.add(Paragraph(ctx.tr("appendix.generated", date=ctx.date(dt.date.today(), "long"),
                                 version=ohtrack.__version__)))
    _methods(ctx, section)
    _privacy(ctx, section)
    if ctx.omitted:
        section.add(Heading(ctx.tr("appendix.omitted")),
                    BulletList.of([f"{o.title}: {o.note}" for o in ctx.omitted]))
    if ctx.validation is not None:
        section.add(Heading(ctx.tr("appendix.warnings")))
        runs = ctx.validation.runs()  # 495 alike warnings are one row, as validate says them
        if runs:
            from ohtrack.report import run_place

            section.add(Table([ctx.tr("appendix.where"), ctx.tr("appendix.code"), ctx.tr("appendix.message")],
                              [[run_place(run, ctx.lang), run[0].code, run[0].text(ctx.lang)]
                               for run in runs]))
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


def _methods(ctx: Context, section: Section) -> None:
    """How the numbers are made: balance, indicator progress and status."""
    lines = []
    if ctx.programme.initiatives and ctx.model_map.balance is not None:
        from ohtrack.analysis.model_map import BALANCE_EQUATION

        lines.append(ctx.tr("appendix.balance", formula=BALANCE_EQUATION))
    if ctx.programme.indicators:
        rules = ctx.indicators.rules
        lines += [rules["progress"], rules["status"]]
    if ctx.programme.people:
        lines.append(ctx.tr("appendix.network"))
    if lines:
        section.add(Heading(ctx.tr("appendix.methods")), BulletList.of(lines))
    shown = shown_findings(ctx) if ctx.programme.people else []
    if shown:  # the findings of "Mensen en netwerk" with how each was found and its numbers
        from ohtrack.analysis.network_text import appendix_line

        how = [(f["message"], appendix_line(f, ctx.lang, numbered=False)) for f in shown]
        how = [(message, line) for message, line in how if line]  # a count needs no method
        if how:
            section.add(Heading(ctx.tr("appendix.network_findings")),
                        BulletList.of([f"{message}: {line}" for message, line in how]))


def _privacy(ctx: Context, section: Section) -> None:
    """For the works council: what the document says about people, and what was protected."""
    from ohtrack.playbooks.privacy import protected_terms

    info = ctx.privacy
    section.add(Heading(ctx.tr("appendix.privacy")), Paragraph(ctx.tr("appendix.privacy_contents")))
    terms = protected_terms(ctx.programme, ctx.lang)
    lines = [ctx.tr("appendix.privacy_roles", roles=", ".join(terms)) if terms
             else ctx.tr("appendix.privacy_no_roles"),
             ctx.tr("appendix.privacy_protected", n=ctx.count(info["protected"])) if info.get("protected")
             else ctx.tr("appendix.privacy_protected_none")]
    if ctx.pseudonymised:
        lines.append(ctx.tr("appendix.pseudonymised"))
        lines.append(ctx.tr("appendix.privacy_threshold", k=info.get("threshold", 0),
                            roles=info.get("roles", 0), units=info.get("units", 0)))
    else:
        lines.append(ctx.tr("appendix.privacy_named"))
    section.add(BulletList.of(lines))


def section_date(ctx: Context, sid: str) -> dt.date | None:
    """The latest date of the data one section rests on (up to the report date), if any: the
    embedding's routines and the next steps' tips and routines count as well as initiatives."""
    p = ctx.programme
    initiatives = [d for i in p.initiatives for d in (i.start, i.end) if d]
    held = [e.date for e in p.events if e.date and ctx.event_status[e.id] == "held"]
    lessons = [x.date for x in p.lessons if x.date]
    dates = {"approach": initiatives, "model": initiatives, "goals": initiatives,
             "embedding": initiatives + held, "next_steps": initiatives + held + lessons,
             "people": held, "lessons": lessons,
             "indicators": [m.date for m in p.measurements if m.date],
             "learning": [e.date for e in p.events
                          if e.date and e.module and ctx.event_status[e.id] == "held"]}.get(sid, [])
    dates = [d for d in dates if d <= ctx.as_of]
    return max(dates) if dates else None
