"""Where we stand on the health model: initiatives per outcome, gaps, balance and a heat map.

Built on ``ohtrack.model_map`` so the playbook says what ``ohtrack map`` says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.playbooks.document import BulletList, Figure, Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap


def build(ctx: Context) -> Section:
    """The map of the programme's initiatives onto the outcomes and practices of its model."""
    section = Section("model", ctx.tr("section.model"))
    mm = ctx.model_map
    if not mm.mapped:
        return section
    section.add(Paragraph(ctx.tr("model.intro", n=mm.mapped, model=mm.framework_name)))
    rows = [[o.name, str(o.count), f"{o.practices_covered}/{o.practices_total}"] for o in mm.outcomes]
    section.add(Table([ctx.tr("col.outcome"), ctx.tr("model.count"), ctx.tr("model.practices")], rows))
    section.add(Figure(_heatmap(mm), ctx.tr("model.figure", axis=ctx.tr("col.unit").lower()),
                       ctx.tr("model.figure_alt")))
    names = mm.outcome_names()
    section.add(Heading(ctx.tr("model.gaps")))
    gaps = [names[i] for i in mm.gaps.outcomes]
    section.add(BulletList.of(gaps) if gaps else Paragraph(ctx.tr("model.no_gaps")))
    untouched: dict[str, list[str]] = {}
    for p in mm.practices:
        if not p.count:
            untouched.setdefault(p.outcome_id, []).append(p.name)
    lines = [f"{o.name}: {', '.join(untouched[o.id])}" for o in mm.outcomes if o.count and o.id in untouched]
    if lines:
        section.add(Paragraph(ctx.tr("model.practice_gaps") + ":"), BulletList.of(lines))
    if mm.balance is not None:
        from ohtrack.analysis.model_map import BALANCE_EQUATION, fmt_number

        section.add(Paragraph(ctx.tr("model.balance", value=fmt_number(mm.balance, ctx.lang),
                                     formula=BALANCE_EQUATION)))
    if mm.findings:
        section.add(Heading(ctx.tr("model.findings")), BulletList.of(list(mm.findings)))
    return section


def _heatmap(mm: ModelMap) -> bytes:
    """The model map's unit × outcome heat map as PNG bytes."""
    from ohtrack.figures import png_bytes
    from ohtrack.figures.modelmap import heatmap_figure

    return png_bytes(heatmap_figure(mm), dpi=110)
