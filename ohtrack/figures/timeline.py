"""The initiatives' timeline (Gantt): one bar per initiative from start to end, grouped by
unit, coloured by its status on the report date, overdue work hatched, the report date drawn."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.axes import TICK, Axes, Entry, date_marks, day, legend
from ohtrack.figures.chart import Chart
from ohtrack.figures.metrics import LINE, shorten, text_width
from ohtrack.i18n import t
from ohtrack.i18n.format import date as fmt_date

if TYPE_CHECKING:
    from ohtrack.analysis.initiatives import InitiativeReport, InitiativeState

#: At most this many bars: beyond it, the initiatives nearest the report date are shown.
MAX_BARS = 40
#: Colours per status (idea, planned, active, done, embedded, stopped, none).
COLOURS = {"idea": "#c7d3df", "planned": "#8fb3d9", "active": "#2f6fb0", "done": "#5aa469",
           "embedded": "#1f6f3a", "stopped": "#b0b0b0", "none": "#dddddd"}
OVERDUE = "#8a1c1c"
#: An open bar past the last date in the data: it may run on, nothing says so.
NO_NEWS = "#e3e8ee"
#: Sizes in pixels: the chart's width, a bar's row, the widest label, the texts.
WIDTH, ROW, LABEL_MAX, MARGIN, TITLE, LABEL = 950.0, 28.0, 380.0, 16.0, 15.0, 10.5


def timeline_figure(report: InitiativeReport, unit_names: dict[str, str] | None = None,
                    *, max_bars: int = MAX_BARS, known_until: dt.date | None = None) -> Chart:
    """The initiatives with a start or end date as horizontal bars, by unit and status.

    ``unit_names`` maps unit IDs to display names. Bars without an end run to the report
    date; overdue initiatives are hatched. ``known_until``: the last date in the data; an
    open bar is pale after it (still running? nothing says so). Above ``max_bars``
    initiatives only those whose period lies nearest the report date are drawn (the title
    says how many of how many).
    """
    names = unit_names or {}
    lang, as_of = report.lang, report.as_of
    dated_states = [s for s in report.states if s.start or s.end]
    shown = dated_states
    if len(shown) > max_bars:
        def distance(s: InitiativeState) -> int:
            start = s.start or s.end or as_of
            end = s.end or as_of
            return 0 if start <= as_of <= end else min(abs((as_of - start).days), abs((as_of - end).days))
        shown = sorted(shown, key=distance)[:max_bars]
    shown = sorted(shown, key=lambda s: (names.get(s.unit or "", s.unit or "~"), s.start or s.end or as_of))
    title = [dated(t("timeline.title", lang), as_of, lang)]
    if len(shown) < len(dated_states):
        title.append(t("timeline.truncated", lang, shown=len(shown), total=len(dated_states)))
    head = MARGIN + LINE * TITLE * len(title) + 8
    if not shown:
        chart = Chart(WIDTH, head + 120)
        chart.heading(title, size=TITLE, margin=MARGIN)
        chart.text(WIDTH / 2, head + 50, t("timeline.no_dates", lang), size=13, anchor="middle")
        return chart
    units = [names.get(s.unit or "", s.unit or "") for s in shown]
    labels = [shorten(f"{u} · {s.title}" if u else s.title, LABEL_MAX, LABEL)
              for u, s in zip(units, shown)]
    entries: list[Entry] = [("box", COLOURS[k], t(f"timeline.status.{k}", lang))
                            for k in COLOURS if any(s.status == k for s in shown)]
    if any(s.overdue for s in shown):
        entries.append(("hatch", OVERDUE, t("timeline.overdue", lang)))
    news = known_until if known_until is not None and known_until < as_of else None
    if news is not None and any(s.end is None for s in shown):
        entries.append(("box", NO_NEWS, t("timeline.no_news", lang, date=fmt_date(news, lang, "short"))))
    left = MARGIN + max(text_width(x, LABEL) for x in labels) + 10
    plot_h = ROW * len(shown)
    chart = Chart(WIDTH, head + plot_h + 30 + LINE * TICK * 1.35 * 2 + MARGIN)
    chart.heading(title, size=TITLE, margin=MARGIN)
    starts = [s.start or s.end or as_of for s in shown]
    ends = [s.end or max(as_of, start) for s, start in zip(shown, starts)]
    lo, hi = day(min([*starts, as_of])), day(max([*ends, as_of]))
    pad = max((hi - lo) * 0.03, 10.0)
    ax = Axes(chart, left, head, WIDTH - left - MARGIN, plot_h, lo - pad, hi + pad, 0, len(shown))
    marks, bounds = date_marks(ax.x_lo, ax.x_hi, lang, most=7)
    ax.x_axis(marks, bounds=bounds)
    chart.line(ax.x, ax.y + ax.h, ax.x + ax.w, ax.y + ax.h, "#8c8c8c", width=0.8)
    for i, (s, start, end) in enumerate(zip(shown, starts, ends)):
        y = head + ROW * i
        if i and units[i] != units[i - 1]:
            chart.line(MARGIN, y, ax.x + ax.w, y, "#d0d7de", width=0.8)
        chart.text(left - 8, y + ROW / 2, labels[i], size=LABEL, anchor="end")
        x1 = ax.px(day(start))
        x2 = max(ax.px(day(end)), x1 + 3)  # a day's work still shows
        colour = COLOURS.get(s.status, COLOURS["none"])
        if news is not None and s.end is None:  # open: pale past the last date in the data
            cut = max(ax.px(day(max(start, news))), x1 + 3)  # its colour still shows
            if x2 > cut:
                chart.rect(cut, y + ROW * 0.19, x2 - cut, ROW * 0.62, NO_NEWS)
                x2 = cut
        if s.overdue:
            chart.hatch_rect(x1, y + ROW * 0.19, x2 - x1, ROW * 0.62, colour, OVERDUE, step=6)
            chart.rect(x1, y + ROW * 0.19, x2 - x1, ROW * 0.62, "none", stroke=OVERDUE,
                       stroke_width=0.8)
        else:
            chart.rect(x1, y + ROW * 0.19, x2 - x1, ROW * 0.62, colour)
    ax.vline(day(as_of), OVERDUE, width=1.2, style="dashed")
    legend(chart, MARGIN, head + plot_h + 30, entries, across=WIDTH - 2 * MARGIN)
    return chart

