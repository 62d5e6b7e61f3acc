"""Embedding ("borging"): initiatives marked embedded, who owns what, and the routines that stay."""

from __future__ import annotations

from ohtrack.domain import Event, Initiative
from ohtrack.domain.initiatives import Status
from ohtrack.playbooks.document import Heading, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context

#: At most this many routines in the table (the most often held).
MAX_ROUTINES = 15


def build(ctx: Context) -> Section:
    """Embedded initiatives, their owners, and learning events that keep coming back."""
    section = Section("embedding", ctx.tr("section.embedding"))
    embedded = [i for i in ctx.programme.initiatives if i.status is Status.EMBEDDED]
    if embedded:
        section.add(Paragraph(ctx.trn("embedding.intro", len(embedded))), _initiatives(ctx, embedded))
        _owners(ctx, section, embedded)
    routines = _routines(ctx)
    if routines is not None:
        section.add(Heading(ctx.tr("embedding.routines")), Paragraph(ctx.tr("embedding.routines_intro")),
                    routines)
    return section


def _initiatives(ctx: Context, inits: list[Initiative]) -> Table:
    rows = []
    for i in inits:
        outcomes, names = ctx.initiative_outcomes(i)
        rows.append([i.id, i.title, ctx.unit(i.unit), ctx.person(i.owner),
                     ", ".join([ctx.outcome_name(o) for o in outcomes] + names)])
    return Table([ctx.tr(f"col.{c}") for c in ("id", "title", "unit", "owner", "outcomes")], rows).filled(2)


def _owners(ctx: Context, section: Section, inits: list[Initiative]) -> None:
    owners: dict[str, list[str]] = {}
    for i in inits:
        owners.setdefault(ctx.person(i.owner) or ctx.tr("unknown"), []).append(i.title)
    rows = [[owner, ctx.count(len(titles)), "; ".join(titles)] for owner, titles in owners.items()]
    section.add(Heading(ctx.tr("embedding.owners")),
                Table([ctx.tr("col.owner"), ctx.tr("col.count"), ctx.tr("col.initiatives")], rows))


def _routines(ctx: Context) -> Table | None:
    series: dict[tuple[str, str], list[Event]] = {}
    for e in ctx.programme.events:
        if e.type or e.group:
            series.setdefault((e.type or "", e.group or ""), []).append(e)
    rows = []
    for (kind, group), events in series.items():
        held = [e for e in events if ctx.event_status[e.id] == "held"]
        planned = [e for e in events if ctx.event_status[e.id] == "planned"]
        if len(held) < 2 and not (held and planned):
            continue
        last = max((e.date for e in held if e.date), default=None)
        passed = [e.date for e in planned if e.date and ctx.overdue_event(e)]
        ahead = [e.date for e in planned if e.date and e.date not in passed]
        upcoming = ctx.date(min(ahead)) if ahead else (  # a planned date gone by is no "next"
            ctx.tr("embedding.passed", date=ctx.date(max(passed))) if passed else "")
        name = " – ".join(x for x in (ctx.label("event", kind) if kind else "", group) if x)
        rows.append((len(held), [name, ctx.count(len(held)), ctx.date(last), upcoming,
                                 _facilitators(ctx, held)]))
    if not rows:
        return None
    rows.sort(key=lambda r: -r[0])
    table = [r for _n, r in rows[:MAX_ROUTINES]]
    return Table([ctx.tr("embedding.routine"), ctx.tr("embedding.held"), ctx.tr("embedding.last"),
                  ctx.tr("embedding.next"), ctx.tr("people.facilitator")], table)


def _facilitators(ctx: Context, events: list[Event]) -> str:
    names = sorted({ctx.person(e.facilitator) for e in events if e.facilitator})
    return ", ".join(names)




def routines(ctx: Context) -> list[str]:
    """The recurring learning events as sentences, most often held first (for "Aan de slag")."""
    series: dict[tuple[str, str], list[Event]] = {}
    for e in ctx.programme.events:
        if e.type or e.group:
            series.setdefault((e.type or "", e.group or ""), []).append(e)
    found = []
    for (kind, group), events in series.items():
        held = [e for e in events if ctx.event_status[e.id] == "held"]
        planned = [e for e in events if ctx.event_status[e.id] == "planned"]
        if len(held) < 2 and not (held and planned):
            continue
        name = " – ".join(x for x in (ctx.label("event", kind) if kind else "", group) if x)
        last = max((e.date for e in held if e.date), default=None)
        found.append((len(held), ctx.tr("next.routine", name=name, n=ctx.count(len(held)),
                                        last=ctx.date(last, "long") if last else "–")))
    return [text for _, text in sorted(found, key=lambda x: -x[0])]
