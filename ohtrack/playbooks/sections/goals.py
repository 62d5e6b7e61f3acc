"""Goals: the cascade from corporate plan to year plan, as a tree."""

from __future__ import annotations

from collections import Counter

from ohtrack.domain import Goal
from ohtrack.playbooks.document import BulletList, Item, Paragraph, Section
from ohtrack.playbooks.sections.context import Context


def build(ctx: Context) -> Section:
    """Each goal under its parent goal; roots are goals without a known parent."""
    goals = ctx.programme.goals
    section = Section("goals", ctx.tr("section.goals"))
    if not goals:
        return section
    by_id = {g.id: g for g in goals}
    children: dict[str, list[Goal]] = {}
    roots: list[Goal] = []
    for g in goals:
        if g.parent and g.parent in by_id and g.parent != g.id:
            children.setdefault(g.parent, []).append(g)
        else:
            roots.append(g)
    n_initiatives = Counter(i.goal for i in ctx.programme.initiatives if i.goal)
    seen: set[str] = set()

    def item(g: Goal) -> Item:
        seen.add(g.id)
        kids = [item(c) for c in children.get(g.id, []) if c.id not in seen]
        return Item(_describe(ctx, g, n_initiatives[g.id]), kids)

    tree = [item(g) for g in roots]
    # goals caught in a parent cycle have no root: show them at the top level too
    tree += [item(g) for g in goals if g.id not in seen]
    section.add(Paragraph(ctx.tr("goals.intro")), BulletList(tree))
    return section


def _describe(ctx: Context, g: Goal, n_initiatives: int) -> str:
    level = ctx.tr(f"level.{g.level.value}") if g.level is not None else ""
    text = f"{level}: {g.title}" if level else g.title
    details = []
    if g.owner:
        details.append(ctx.tr("goals.owner", owner=ctx.person(g.owner)))
    if g.outcomes:
        names = [o.name(ctx.lang) if (o := ctx.outcome(n)) else n for n in g.outcomes]
        details.append(ctx.tr("goals.outcomes", outcomes=", ".join(names)))
    if n_initiatives:
        details.append(ctx.tr("goals.initiatives", n=n_initiatives))
    return f"{text} ({'; '.join(details)})" if details else text
