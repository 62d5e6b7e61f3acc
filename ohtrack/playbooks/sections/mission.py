"""Mission and vision: why the programme exists and where it is heading."""

from __future__ import annotations

from ohtrack.playbooks.document import Paragraph, Section
from ohtrack.playbooks.sections.context import Context


def build(ctx: Context) -> Section:
    """The mission and vision texts and the three years (baseline, impulse, ambition)."""
    info = ctx.programme.info
    section = Section("mission", ctx.tr("section.mission"))
    if info.mission:
        section.add(Paragraph(info.mission, label=ctx.tr("mission")))
    if info.vision:
        section.add(Paragraph(info.vision, label=ctx.tr("vision")))
    if section.empty:
        return section
    years = (info.baseline_year, info.impulse_year, info.ambition_year)
    if all(y is not None for y in years):
        section.add(Paragraph(ctx.tr("mission.years", baseline=years[0], impulse=years[1],
                                     ambition=years[2])))
    return section
