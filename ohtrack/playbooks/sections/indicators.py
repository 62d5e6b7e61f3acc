"""Indicators and results: baseline → impulse → ambition, the latest values and where each stands.

Built on ``ohtrack.indicators`` so progress and status follow the rules ``ohtrack indicators``
prints (stated in a note under the table).
"""

from __future__ import annotations

from ohtrack.i18n import format as fmt
from ohtrack.i18n import t
from ohtrack.playbooks.document import Note, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context

#: Above this many indicators the small-multiples figure is left out (it would not be readable).
MAX_FIGURE = 12


def build(ctx: Context) -> Section:
    """One row per indicator: its targets, its latest value, progress, status and trend."""
    section = Section("indicators", ctx.tr("section.indicators"))
    if not ctx.programme.indicators:
        return section
    report = ctx.indicators
    raw = (report.baseline_year, report.impulse_year, report.ambition_year)
    years = [f" {y}" if y is not None else "" for y in raw]
    rows = []
    for r in report.indicators:
        latest = r.latest
        last = f"{ctx.number(latest.value)} ({ctx.date(latest.date)})" if latest else ""
        progress = fmt.percent(r.progress, ctx.lang, empty="")
        judged = t(f"indicators.status.{r.status.value}", ctx.lang)
        if r.trend is not None:
            judged += f", {t(f'indicators.trend.{r.trend.value}', ctx.lang)}"
        targets = (r.baseline, r.impulse, r.ambition)
        path = " → ".join(ctx.number(x) if x is not None else "–" for x in targets)
        measures = r.outcome_name or r.outcome  # which outcome of the model it measures
        rows.append([r.name + (f" [{r.scale}]" if r.scale else "") + (f" ({measures})" if measures else ""),
                     r.unit_name or r.unit or "",
                     f"{path} ({ctx.tr(f'direction.{r.direction.value}')})", last, progress, judged])
    years_text = " → ".join(y.strip() for y in years if y.strip())
    headers = [ctx.tr("indicators.name"), ctx.tr("col.unit"),
               ctx.tr("indicators.path") + (f" ({years_text})" if years_text else ""),
               ctx.tr("indicators.latest"), ctx.tr("indicators.progress"), ctx.tr("col.status")]
    intro = (ctx.tr("indicators.intro", baseline=raw[0], impulse=raw[1], ambition=raw[2])
             if all(y is not None for y in raw) else ctx.tr("indicators.intro_no_years"))
    section.add(Paragraph(intro), Table(headers, rows))
    counts = [f"{t(f'indicators.status.{k}', ctx.lang)}: {n}" for k, n in report.counts().items() if n]
    section.add(Paragraph(ctx.tr("indicators.counts", counts="; ".join(counts))))
    dates = [m.date for m in ctx.programme.measurements if m.date and m.value is not None]
    if dates:
        section.add(Note(ctx.tr("indicators.measurements", n=ctx.count(len(dates)),
                                date=ctx.date(max(dates), "long"))))
    section.add(Note(ctx.tr("indicators.rules_in_appendix")))
    if 0 < len(report.indicators) <= MAX_FIGURE and dates:
        section.add(ctx.figure(report.figure(), ctx.tr("indicators.figure"), ctx.tr("indicators.figure"),
                               dpi=100))
    return section
