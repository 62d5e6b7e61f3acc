"""The closing chapter "Aan de slag": next steps for the next section, built from the data —
white spots on the model, stalled and overdue initiatives, the tips with the widest reach,
and the routines that keep embedded work embedded."""

from __future__ import annotations

from ohtrack.analysis.model_map import NO_UNIT
from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section, Tip
from ohtrack.playbooks.sections.context import Context
from ohtrack.playbooks.sections.embedding import routines
from ohtrack.playbooks.sections.tips import ranked_tips

#: At most this many tips and initiatives per list.
MOST = 5


def build(ctx: Context) -> Section:
    """Four steps, each only when the data has something for it."""
    p = ctx.programme
    section = Section("next_steps", ctx.tr("section.next_steps"))
    mm = ctx.model_map
    step = 0
    units = {u: m for u, m in mm.gaps.units.items() if u != NO_UNIT and m}
    if mm.mapped and (mm.gaps.outcomes or units):
        step += 1
        section.add(Heading(ctx.tr("next.gaps", n=step)))
        if mm.gaps.outcomes:
            names = mm.outcome_names()
            section.add(Paragraph(ctx.tr("next.gaps_intro")), BulletList.of(
                [ctx.tr("next.gap_outcome", name=names[i]) for i in mm.gaps.outcomes][:MOST]))
        else:  # every outcome is covered somewhere: the units with the most white spots
            unit_names = {u.id: u.name for u in mm.units}
            worst = sorted(units.items(), key=lambda um: -len(um[1]))
            k = len(mm.outcomes)
            lines = [ctx.tr("next.unit_none", unit=unit_names.get(u, u)) if len(m) >= k else
                     ctx.tr("next.unit_gap", unit=unit_names.get(u, u), missing=ctx.count(len(m)),
                            total=ctx.count(k)) for u, m in worst[:MOST]]
            if len(worst) > MOST:
                lines.append(ctx.tr("next.more_units", n=ctx.count(len(worst) - MOST)))
            section.add(Paragraph(ctx.tr("next.unit_gaps_intro")), BulletList.of(lines))
    if p.initiatives and not mm.mapped:  # an imported list: the model's first use comes first
        step += 1
        from ohtrack.i18n.format import model_name
        from ohtrack.workbook.contract import INITIATIVES

        where = f"{INITIATIVES.title(ctx.lang)}: " + ", ".join(
            INITIATIVES.column(c).header(ctx.lang) for c in ("outcomes", "practices"))
        section.add(Heading(ctx.tr("next.plot", n=step)), Paragraph(ctx.trn(
            "next.plot_intro", len(p.initiatives), model=model_name(mm.framework_name, ctx.lang),
            columns=where)))
    if p.initiatives:
        report = ctx.initiative_report
        stalled = report.overdue + report.late_starts
        if stalled:
            step += 1
            lines = [ctx.tr("next.overdue", title=s.title, days=ctx.count(s.days_overdue or 0))
                     if s.overdue else
                     ctx.tr("next.late", title=s.title, days=ctx.count(s.days_late or 0))
                     for s in stalled[:MOST]]
            if len(stalled) > MOST:
                lines.append(ctx.tr("next.more", n=ctx.count(len(stalled) - MOST)))
            section.add(Heading(ctx.tr("next.stalled", n=step)), Paragraph(ctx.tr("next.stalled_intro")),
                        BulletList.of(lines))
    tips = ranked_tips(ctx)
    if tips:
        step += 1
        section.add(Heading(ctx.tr("next.tips", n=step)), Paragraph(ctx.tr("next.tips_intro")))
        for tip in tips[:MOST]:
            source = f"{tip.source} · {tip.reach_text(ctx)}" if tip.source else tip.reach_text(ctx)
            section.add(Tip(tip.text, source=source))
    kept = routines(ctx)
    if kept:
        step += 1
        section.add(Heading(ctx.tr("next.routines", n=step)), Paragraph(ctx.tr("next.routines_intro")),
                    BulletList.of(kept[:MOST]))
    if step:
        section.blocks.insert(0, Paragraph(ctx.tr("next.intro", date=ctx.date(ctx.as_of, "long"))))
    return section
