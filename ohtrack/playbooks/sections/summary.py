"""The summary up front: where the programme stands on the report date, what worked, what is
open, in one page. Every number comes from an analysis (map, initiatives, indicators, network,
learning); nothing is computed here."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ohtrack.i18n import format as fmt
from ohtrack.i18n import t
from ohtrack.playbooks.document import BulletList, Heading, Paragraph, Section
from ohtrack.playbooks.sections.context import Context
from ohtrack.playbooks.sections.tips import ranked_tips
from ohtrack.text import clip

if TYPE_CHECKING:
    from ohtrack.analysis.indicators import IndicatorResult


def build(ctx: Context) -> Section:
    """Four short blocks: where we stand, what worked, what is open (and the data's date)."""
    p = ctx.programme
    section = Section("summary", ctx.tr("section.summary"))
    if not (p.initiatives or p.indicators or p.people or p.lessons):
        return section
    section.add(Paragraph(ctx.tr("summary.as_of", date=ctx.date(ctx.as_of, "long"))))
    stand: list[str] = []
    mm = ctx.model_map
    if mm.mapped:
        covered = sum(1 for o in mm.outcomes if o.count)
        stand.append(ctx.trn("summary.map", mm.mapped, covered=covered, total=ctx.count(len(mm.outcomes)),
                            model=fmt.model_name(mm.framework_name, ctx.lang)))
    states = ctx.initiative_report.counts() if p.initiatives else {}
    if p.initiatives:
        stand.append(ctx.trn("summary.initiatives", len(p.initiatives),
                             parts=ctx.status_counts(states)))
    if p.indicators:
        counts = ctx.indicators.counts()
        parts = [f"{ctx.count(n)} {t(f'indicators.status.{k}', ctx.lang)}"
                 for k, n in counts.items() if n]
        stand.append(ctx.trn("summary.indicators", len(p.indicators), parts=", ".join(parts)))
    if p.people:
        summary = ctx.network.summary()
        share = summary["cross_unit_share"]
        said = {"people": ctx.trn("people.count", summary["people"]),
                "ties": ctx.trn("summary.ties", summary["ties"])}
        if not summary["ties"]:
            line = ctx.tr("summary.network_no_ties", people=said["people"])
        elif share is None:
            line = ctx.tr("summary.network_no_units", **said)
        else:
            line = ctx.tr("summary.network", share=fmt.percent(share, ctx.lang), **said)
        start = ctx.network_start
        if start is not None:
            before = start
            line += " " + ctx.tr("summary.growth", year=p.info.baseline_year, ties=before["ties"],
                                 cross=before["cross_unit_ties"], cross_now=summary["cross_unit_ties"])
        stand.append(line)
    learning = ctx.learning
    if learning is not None:
        for r in learning.routes:
            if r["enrolled"]:
                total = ctx.count(r["enrolled"])
                stand.append(ctx.trn("summary.route", r["completed"], name=r["name"],
                                     done=ctx.count(r["completed"]), total=total) if r["completed"]
                             else ctx.tr("summary.route_none", name=r["name"], total=total))
    if stand:
        section.add(Heading(ctx.tr("summary.stand")), BulletList.of(stand))
    worked: list[str] = []
    embedded = [s for s in ctx.initiative_report.states if s.status == "embedded"] if p.initiatives else []
    if embedded:
        worked.append(ctx.trn("summary.embedded", len(embedded),
                              titles=_titles(ctx, [s.title for s in embedded])))
    tips = ranked_tips(ctx)[:3]
    for tip in tips:
        worked.append(ctx.tr("summary.tip", tip=clip(tip.text, 140), reach=tip.reach_text(ctx)))
    if worked:
        section.add(Heading(ctx.tr("summary.worked")), BulletList.of(worked))
    pending = open_points(ctx)[:5]
    if not pending and (p.initiatives or p.indicators):  # say only what was looked at: gaps
        calm = ctx.tr("summary.nothing_open")  # need initiatives on the model
        pending = [f"{calm} {ctx.tr('summary.all_covered')}" if ctx.model_map.mapped else calm]
    if pending:  # no initiatives and no indicators: nothing could be overdue or missed
        section.add(Heading(ctx.tr("summary.open")), BulletList.of(pending))
    return section


def open_points(ctx: Context) -> list[str]:
    """What is open on the report date, most pressing first: overdue and late work, missed and
    stale indicators, outcomes nobody works on, initiatives not on the model yet."""
    out: list[str] = []
    p = ctx.programme
    if p.initiatives:
        report = ctx.initiative_report
        if report.overdue:
            out.append(ctx.trn("summary.overdue", len(report.overdue),
                               titles=_titles(ctx, [s.title for s in report.overdue])))
        if report.ended_unrecorded:
            out.append(ctx.trn("summary.ended_unrecorded", len(report.ended_unrecorded),
                               titles=_titles(ctx, [s.title for s in report.ended_unrecorded])))
        if report.late_starts:
            out.append(ctx.trn("summary.late", len(report.late_starts),
                               titles=_titles(ctx, [s.title for s in report.late_starts])))
    if p.indicators:
        for status in ("missed", "off_track", "stale"):
            hit = [r for r in ctx.indicators.indicators if r.status.value == status]
            if hit:
                out.append(ctx.tr(f"summary.ind_{status}", names=_titles(ctx, _indicator_names(
                    hit, ctx.indicators.indicators))))
    mm = ctx.model_map
    if mm.mapped and mm.gaps.outcomes:
        names = mm.outcome_names()
        out.append(ctx.tr("summary.gaps", names=_titles(ctx, [names[i] for i in mm.gaps.outcomes])))
    if p.initiatives and not mm.mapped:
        out.append(ctx.tr("summary.none_mapped"))
    elif mm.unmapped:
        titles = {i.id: i.title for i in p.initiatives}
        out.append(ctx.trn("summary.unmapped", len(mm.unmapped),
                           titles=_titles(ctx, [titles.get(i, i) for i in mm.unmapped])))
    return out


def _indicator_names(results: list[IndicatorResult], every: list[IndicatorResult]) -> list[str]:
    """Each indicator's name, with its unit's where another indicator has the same name (the
    same measure kept per unit)."""
    seen = Counter(r.name for r in every)
    return [f"{r.name} – {r.unit_name or r.unit}" if seen[r.name] > 1 and (r.unit_name or r.unit)
            else r.name for r in results]


def _titles(ctx: Context, titles: list[str], most: int = 3) -> str:
    """The first ``most`` titles, quoted and clipped, and how many more: ``‘a’, ‘b’ (+1.104)``."""
    shown = ", ".join(f"‘{clip(x)}’" for x in titles[:most])
    return shown + (f" (+{ctx.count(len(titles) - most)})" if len(titles) > most else "")
