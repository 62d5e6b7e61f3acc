"""Goals: the cascade from corporate plan to year plan, as a tree."""

from __future__ import annotations

from collections import Counter

from ohtrack.domain import Goal
from ohtrack.playbooks.document import BulletList, Item, Paragraph, Section
from ohtrack.playbooks.sections.context import Context

#: Levels of goals shown nested; deeper ones are listed at this level (real cascades have
#: four: corporate, site, process, year plan).
MAX_DEPTH = 8


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

    def tree(top: Goal) -> Item:
        """``top``'s subtree, built without recursion; goals deeper than ``MAX_DEPTH`` are
        listed at that depth, after the others there, each naming the goal it comes under."""
        seen.add(top.id)
        root = Item(_describe(ctx, top, n_initiatives[top.id]))
        stack: list[tuple[Goal, Item, list[Item], int]] = [(top, root, [], 1)]
        while stack:
            g, item, beside, depth = stack.pop()
            kids = [c for c in children.get(g.id, []) if c.id not in seen]
            seen.update(c.id for c in kids)
            nested = depth < MAX_DEPTH
            into = item.children if nested else beside
            todo = []
            for c in kids:
                text = _describe(ctx, c, n_initiatives[c.id])
                if not nested:
                    text += " " + ctx.tr("goals.under", parent=g.title or g.id)
                child = Item(text)
                into.append(child)
                todo.append((c, child, into, depth + 1 if nested else depth))
            stack.extend(reversed(todo))
        return root

    items = [tree(g) for g in roots]
    # goals caught in a parent cycle have no root: show them at the top level too
    items += [tree(g) for g in goals if g.id not in seen]
    section.add(Paragraph(ctx.tr("goals.intro")), BulletList(items))
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
