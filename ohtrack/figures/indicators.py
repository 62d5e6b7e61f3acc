"""The indicator figure: each indicator's measurements against its path and targets."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.axes import Axes, Entry, date_marks, day, legend, value_range
from ohtrack.figures.chart import Chart
from ohtrack.figures.metrics import shorten
from ohtrack.i18n import format, t

if TYPE_CHECKING:  # pragma: no cover
    from ohtrack.analysis.indicators import IndicatorReport, IndicatorResult

#: Colour per status (colour-blind safe Okabe–Ito hues).
STATUS_COLOURS = {
    "met": "#009E73",
    "missed": "#D55E00",
    "stale": "#999999",
    "achieved": "#009E73",
    "on_track": "#0072B2",
    "off_track": "#D55E00",
    "unknown": "#777777",
    "no_target": "#777777",
    "no_data": "#999999",
}
_MARKERS = {"baseline": ("o", "#555555"), "impulse": ("D", "#E69F00"), "ambition": ("*", "#009E73")}
_COLS = 3
#: A panel's size, and the room inside it for titles (top), tick labels (left, bottom).
PANEL_W, PANEL_H, TOP, LEFT, BOTTOM = 460.0, 330.0, 58.0, 62.0, 34.0
MARGIN, HEAD = 16.0, 44.0


def indicator_figure(report: IndicatorReport) -> Chart:
    """Small multiples, one panel per indicator: measured values, expected path, targets."""
    lang = report.lang
    n = max(len(report.indicators), 1)
    cols = min(_COLS, n)
    rows = math.ceil(n / cols)
    width = MARGIN * 2 + PANEL_W * cols
    entries = _entries(lang) if report.indicators else []
    chart = Chart(width, HEAD + PANEL_H * rows + (40.0 if entries else 0.0) + MARGIN)
    title = dated(t("indicators.figure_title", lang) + f" — {report.programme}", report.as_of, lang)
    chart.heading([title], size=16, margin=MARGIN, bold=True, fit=True)
    if not report.indicators:
        chart.text(width / 2, HEAD + PANEL_H / 2, t("indicators.none", lang), size=13,
                   anchor="middle")
        return chart
    for i, r in enumerate(report.indicators):
        x0 = MARGIN + PANEL_W * (i % cols)
        y0 = HEAD + PANEL_H * (i // cols)
        _panel(chart, x0, y0, r, report)
    legend(chart, MARGIN, HEAD + PANEL_H * rows + 6, entries, across=width - 2 * MARGIN)
    return chart


def _panel(chart: Chart, x0: float, y0: float, r: IndicatorResult, report: IndicatorReport) -> None:
    lang = report.lang
    colour = STATUS_COLOURS[r.status.value]
    targets = [(kind, value, year) for kind, value, year in (
        ("baseline", r.baseline, report.baseline_year),
        ("impulse", r.impulse, report.impulse_year),
        ("ambition", r.ambition, report.ambition_year)) if value is not None]
    inner = PANEL_W - LEFT - 18
    title = r.name if not r.unit_name else f"{r.name} ({r.unit_name})"
    if not r.series and not targets:
        chart.text(x0 + LEFT, y0 + 18, shorten(r.name, inner, 13.5), size=13.5)
        chart.text(x0 + LEFT + inner / 2, y0 + PANEL_H / 2, t("indicators.status.no_data", lang),
                   size=12, anchor="middle", fill="#999999")
        return
    days = [day(p.date) for p in r.path] + [day(p.date) for p in r.series] + [day(report.as_of)]
    days += [day(dt.date(year, 12, 31)) for _k, _v, year in targets if year is not None]
    x_lo, x_hi = min(days), max(days)
    pad = max((x_hi - x_lo) * 0.05, 20.0)
    values = [p.value for p in r.path] + [p.value for p in r.series] + [v for _k, v, _y in targets]
    y_lo, y_hi, y_ticks = value_range(values)
    ax = Axes(chart, x0 + LEFT, y0 + TOP, inner, PANEL_H - TOP - BOTTOM, x_lo - pad, x_hi + pad,
              y_lo, y_hi)
    status = t(f"indicators.status.{r.status.value}", lang)
    sub = status if r.progress is None else f"{status} · {format.percent(r.progress, lang)}"
    ax.title(shorten(title, inner, 13.5), above=18)
    ax.title(sub, size=11, bold=True, colour=colour)
    ylabel = r.scale or ""
    if r.direction.value == "lower":
        ylabel = f"{ylabel} ({t('indicators.lower_better', lang)})".strip()
    ax.y_axis(y_ticks, lambda v: format.decimal(v, lang), label=shorten(ylabel, ax.h, 12))
    marks, bounds = date_marks(ax.x_lo, ax.x_hi, lang, most=6)
    ax.x_axis(marks, bounds=bounds)
    ax.frame()
    if len(r.path) >= 2:
        ax.line([day(p.date) for p in r.path], [p.value for p in r.path], "#AAAAAA", width=1.2,
                style="dashed")
    for kind, value, year in targets:
        shape, mcolour = _MARKERS[kind]
        if year is not None:
            ax.markers([day(dt.date(year, 12, 31))], [value], shape, mcolour,
                       size=12 if shape == "*" else 8)
        else:
            ax.hline(value, mcolour)
    ax.vline(day(report.as_of), "#555555", width=0.8)
    if r.series:
        xs, ys = [day(p.date) for p in r.series], [p.value for p in r.series]
        ax.line(xs, ys, colour, width=2)
        ax.markers(xs, ys, "o", colour, size=5)
        chart.text(ax.px(xs[-1]) + 4, ax.py(ys[-1]) - 9, format.decimal(ys[-1], lang), size=10.5,
                   fill=colour)


def _entries(lang: str) -> list[Entry]:
    return [("o-", "#333333", t("indicators.measured", lang)),
            ("dashed", "#AAAAAA", t("indicators.path", lang)),
            ("o", _MARKERS["baseline"][1], t("indicators.col.baseline", lang).lower()),  # as the
            ("D", _MARKERS["impulse"][1], t("indicators.col.impulse", lang).lower()),  # other
            ("*", _MARKERS["ambition"][1], t("indicators.col.ambition", lang).lower()),  # entries
            ("dotted", "#555555", t("indicators.report_day", lang))]
