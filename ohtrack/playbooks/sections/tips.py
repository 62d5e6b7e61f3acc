"""Tips ranked by reach: how often a tip was shared and how widely (the people and units of
the initiative it comes from), used by the summary and the next-steps chapter."""

from __future__ import annotations

from dataclasses import dataclass, field

from ohtrack.playbooks.sections.context import Context
from ohtrack.text import name_key


@dataclass
class RankedTip:
    """A tip with the number of lessons that gave it and the people and units behind them."""

    text: str
    source: str | None
    times: int
    people: int
    units: int

    def reach_text(self, ctx: Context) -> str:
        return ctx.tr("tips.reach", times=ctx.count(self.times), people=ctx.trn("people.count", self.people),
                      units=ctx.trn("tips.units", self.units))


@dataclass
class _Seen:
    text: str
    source: str | None = None
    times: int = 0
    people: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)


def ranked_tips(ctx: Context) -> list[RankedTip]:
    """Every distinct tip (same text, any case or spacing, counts once), widest reach first."""
    inits = ctx.programme.initiative_by_id()
    found: dict[str, _Seen] = {}
    for x in ctx.programme.lessons:
        if not x.tip:
            continue
        rec = found.setdefault(name_key(x.tip), _Seen(x.tip))
        rec.times += 1
        if x.author:
            rec.people.add(x.author)
        init = inits.get(x.initiative or "")
        if init is not None:
            rec.source = rec.source or init.title
            rec.people.update(init.participants)
            if init.owner:
                rec.people.add(init.owner)
            if init.unit:
                rec.units.add(ctx.index.id("unit", init.unit) or init.unit)
        rec.units.update(ctx.person_unit[p] for p in rec.people if p in ctx.person_unit)
    tips = [RankedTip(r.text, r.source, r.times, len(r.people), len(r.units)) for r in found.values()]
    return sorted(tips, key=lambda r: (-r.times, -r.units, -r.people, name_key(r.text)))
