"""What we learned: lessons in the see → means → do form, grouped by outcome, with practical tips."""

from __future__ import annotations

import datetime as dt

from ohtrack.domain import Lesson
from ohtrack.playbooks.document import Heading, Paragraph, Section, Table, Tip
from ohtrack.playbooks.sections.context import Context


def build(ctx: Context) -> Section:
    """One heading per outcome (model order, then other names, then general lessons)."""
    lessons = [x for x in ctx.programme.lessons
               if x.observation or x.meaning or x.action or x.tip]
    section = Section("lessons", ctx.tr("section.lessons"))
    if not lessons:
        return section
    inits = ctx.programme.initiative_by_id()
    groups: dict[str, list[Lesson]] = {}
    titles: dict[str, str] = {}
    order = {o.id: i for i, o in enumerate(ctx.framework.outcomes)}
    for lesson in lessons:
        outcome = ctx.outcome(lesson.outcome)
        if outcome is None and not lesson.outcome and lesson.initiative in inits:
            found, _ = ctx.initiative_outcomes(inits[lesson.initiative or ""])
            outcome = found[0] if found else None
        if outcome is not None:
            key, title = outcome.id, ctx.outcome_name(outcome)
        elif lesson.outcome:
            key, title = f"~{lesson.outcome}", lesson.outcome
        else:
            key, title = "", ctx.tr("lessons.general")
        groups.setdefault(key, []).append(lesson)
        titles[key] = title
    section.add(Paragraph(ctx.tr("lessons.intro", n=ctx.count(len(lessons)))))
    for key in sorted(groups, key=lambda k: (0, order[k]) if k in order else (1 if k else 2, k)):
        section.add(Heading(titles[key]))
        group = sorted(groups[key], key=lambda x: x.date or dt.date.min)
        rows = [[ctx.date(x.date), x.observation or "", x.meaning or "", x.action or "",
                 ctx.person(x.author)] for x in group if x.observation or x.meaning or x.action]
        if rows:
            section.add(Table([ctx.tr("col.date"), ctx.tr("lessons.see"), ctx.tr("lessons.means"),
                               ctx.tr("lessons.do"), ctx.tr("col.by")], rows))
        for x in group:
            if x.tip:
                init = inits.get(x.initiative or "")
                section.add(Tip(x.tip, source=init.title if init else x.initiative))
    return section
