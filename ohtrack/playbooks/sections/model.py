"""Where we stand on the health model: initiatives per outcome, gaps, balance and a heat map.

Built on ``ohtrack.model_map`` so the playbook says what ``ohtrack map`` says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.i18n import format as fmt
from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap


def build(ctx: Context) -> Section:
    """The map of the programme's initiatives onto the outcomes and practices of its model."""
    section = Section("model", ctx.tr("section.model"))
    mm = ctx.model_map
    if not mm.mapped:
        return section
    model = fmt.model_name(mm.framework_name, ctx.lang)
    section.add(Paragraph(ctx.trn("model.intro", mm.mapped, model=model)))
    rows = [[o.name, ctx.count(o.count), f"{o.practices_covered}/{o.practices_total}"] for o in mm.outcomes]
    section.add(Table([ctx.tr("col.outcome"), ctx.tr("model.count"), ctx.tr("model.practices")], rows))
    shown = _readable(ctx, mm)
    caption = ctx.tr("model.figure", axis=ctx.tr("col.unit").lower())
    if shown is not mm:
        caption += " " + ctx.tr("model.figure_level", n=ctx.count(len(shown.units)))
    section.add(ctx.figure(shown.figure(), caption, ctx.tr("model.figure_alt")))
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
        from ohtrack.i18n.format import number

        section.add(Paragraph(ctx.tr("model.balance_plain", value=number(mm.balance, ctx.lang))))
    if mm.findings:
        section.add(Heading(ctx.tr("model.findings")), BulletList.of(list(mm.findings)))
    return section


#: Above this many unit rows the heat map is drawn at a higher level of the unit tree.
MAX_HEATMAP_ROWS = 15


def _readable(ctx: Context, mm: ModelMap) -> ModelMap:
    """The map itself, or the map at the deepest level of the unit tree with at most
    ``MAX_HEATMAP_ROWS`` units (the analysis does the aggregating)."""
    if len(mm.units) <= MAX_HEATMAP_ROWS:
        return mm
    from ohtrack.domain.tree import UnitTree

    tree = UnitTree.build(ctx.programme.units)
    for depth in range(tree.max_depth, 0, -1):
        if sum(1 for d in tree.depth.values() if d == depth) <= MAX_HEATMAP_ROWS:
            found = ctx.model_map_at(depth)
            if len(found.units) <= MAX_HEATMAP_ROWS:
                return found
    return ctx.model_map_at(1)
