"""The indicator figure: each indicator's measurements against its path and targets."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from ohtrack.figures import dated, lay_out, new_figure, number_axis
from ohtrack.i18n import format, t

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

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


def indicator_figure(report: IndicatorReport) -> Figure:
    """Small multiples, one panel per indicator: measured values, expected path, targets."""
    n = max(len(report.indicators), 1)
    cols = min(_COLS, n)
    rows = math.ceil(n / cols)
    fig = new_figure((4.6 * cols, 3.3 * rows))
    axes = fig.subplots(rows, cols, squeeze=False)
    flat = [ax for row in axes for ax in row]
    if not report.indicators:
        flat[0].text(0.5, 0.5, t("indicators.none", report.lang), ha="center", va="center")
        flat[0].set_axis_off()
    for ax, r in zip(flat, report.indicators):
        _panel(ax, r, report)
    for ax in flat[len(report.indicators):]:
        ax.set_axis_off()
    fig.suptitle(dated(t("indicators.figure_title", report.lang) + f" — {report.programme}",
                       report.as_of, report.lang), fontsize=12, fontweight="bold")
    if report.indicators:
        _legend(fig, report.lang)
    lay_out(fig, (0, 0.05, 1, 0.96))
    return fig


def _panel(ax: Any, r: IndicatorResult, report: IndicatorReport) -> None:
    lang = report.lang
    colour = STATUS_COLOURS[r.status.value]
    path = r.path
    if len(path) >= 2:
        ax.plot([p.date for p in path], [p.value for p in path], linestyle="--", color="#AAAAAA",
                linewidth=1.2, zorder=1)
    targets = (("baseline", r.baseline, report.baseline_year, 12, 31),
               ("impulse", r.impulse, report.impulse_year, 12, 31),
               ("ambition", r.ambition, report.ambition_year, 12, 31))
    for kind, value, year, month, day in targets:
        if value is None:
            continue
        marker, mcolour = _MARKERS[kind]
        if year is not None:
            ax.plot([dt.date(year, month, day)], [value], marker=marker, color=mcolour,
                    markersize=11 if marker == "*" else 7, linestyle="none", zorder=3)
        else:
            ax.axhline(value, color=mcolour, linewidth=1, linestyle=":", zorder=1)
    if r.series:
        ax.plot([p.date for p in r.series], [p.value for p in r.series], marker="o", markersize=4,
                color=colour, linewidth=2, zorder=4)
        last = r.series[-1]
        ax.annotate(format.decimal(last.value, lang), (last.date, last.value), textcoords="offset points",
                    xytext=(4, 6), fontsize=8, color=colour)
    elif not (r.baseline is not None or r.impulse is not None or r.ambition is not None):
        ax.text(0.5, 0.5, t("indicators.status.no_data", lang), transform=ax.transAxes,
                ha="center", va="center", color="#999999")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(_shorten(r.name, 42), fontsize=10, loc="left")
        return
    title = r.name if not r.unit_name else f"{r.name} ({r.unit_name})"
    ax.set_title(_shorten(title, 50), fontsize=10, loc="left", pad=16)
    status = t(f"indicators.status.{r.status.value}", lang)
    sub = status if r.progress is None else f"{status} · {format.percent(r.progress, lang)}"
    ax.text(0.0, 1.02, sub, transform=ax.transAxes, ha="left", va="bottom", fontsize=8,
            color=colour, fontweight="bold")
    ax.axvline(report.as_of, color="#555555", linewidth=0.8, linestyle=":", zorder=2)
    ylabel = r.scale or ""
    if r.direction.value == "lower":
        ylabel = f"{ylabel} ({t('indicators.lower_better', lang)})".strip()
    ax.set_ylabel(ylabel, fontsize=8)
    ax.tick_params(labelsize=8)
    ax.grid(True, alpha=0.3)
    number_axis(ax.yaxis, lang)
    _year_axis(ax)


def _year_axis(ax: Any) -> None:
    from matplotlib.ticker import FixedFormatter, NullFormatter

    # Year boundaries as grid lines, the year's label in the middle of the year: a target
    # due on 31 December sits at the right edge of its year. Ticks are set from the data's
    # years once, not by matplotlib's date locators (their rrule search redone at every
    # layout pass was most of the figure's drawing time).
    lo, hi = ax.get_xlim()
    first, last = _year_of(lo), _year_of(hi)
    bounds = [_day_number(dt.date(y, 1, 1)) for y in range(first, last + 2)]
    middles = [_day_number(dt.date(y, 7, 1)) for y in range(first, last + 1)]
    ax.set_xticks(bounds)
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.set_xticks(middles, minor=True)
    ax.xaxis.set_minor_formatter(FixedFormatter([str(y) for y in range(first, last + 1)]))
    ax.set_xlim(lo, hi)
    ax.tick_params(axis="x", which="minor", length=0, labelsize=8)


def _year_of(number: float) -> int:
    from matplotlib.dates import num2date

    return int(num2date(number).year)


def _day_number(day: dt.date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))


def _legend(fig: Any, lang: str) -> None:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color="#333333", marker="o", linewidth=2, markersize=4,
               label=t("indicators.measured", lang)),
        Line2D([], [], color="#AAAAAA", linestyle="--", label=t("indicators.path", lang)),
        Line2D([], [], color=_MARKERS["baseline"][1], marker="o", linestyle="none",
               label=t("indicators.col.baseline", lang)),
        Line2D([], [], color=_MARKERS["impulse"][1], marker="D", linestyle="none",
               label=t("indicators.col.impulse", lang)),
        Line2D([], [], color=_MARKERS["ambition"][1], marker="*", markersize=11, linestyle="none",
               label=t("indicators.col.ambition", lang)),
        Line2D([], [], color="#555555", linewidth=0.8, linestyle=":",
               label=t("indicators.report_day", lang)),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, fontsize=9)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
