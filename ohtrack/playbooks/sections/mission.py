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
    if info.baseline_year is not None and info.impulse_year is not None \
            and info.ambition_year is not None:
        year = ctx.as_of.year  # a year's target holds to its 31 December
        phase = ("impulse" if year <= info.impulse_year else
                 "ambition" if year <= info.ambition_year else "past")
        said = ctx.tr("mission.years", baseline=info.baseline_year, impulse=info.impulse_year,
                      ambition=info.ambition_year)
        now = ctx.tr(f"mission.phase.{phase}", impulse=info.impulse_year, ambition=info.ambition_year)
        section.add(Paragraph(f"{said} {now}"))
    return section
