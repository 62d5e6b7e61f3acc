"""The history figure: initiatives per status, network size and indicators per snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.figures import dated
from ohtrack.figures.axes import TICK, Axes, Entry, legend, value_range
from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import TAB10, ticks
from ohtrack.figures.metrics import LINE, shorten
from ohtrack.i18n import format, t

if TYPE_CHECKING:  # pragma: no cover
    from ohtrack.history.timeline import History

STATUS_COLOURS = {
    "idea": "#CCE5F6", "planned": "#56B4E9", "active": "#0072B2", "done": "#009E73",
    "embedded": "#005A3C", "stopped": "#D55E00", "none": "#BBBBBB",
}
_MAX_INDICATORS = 8
#: Sizes in pixels: a panel, the room left of and above it, the margin, the legends' width.
PANEL_H, LEFT, ABOVE, MARGIN, KEYS = 230.0, 70.0, 40.0, 16.0, 230.0


def history_figure(history: History) -> Chart:
    """Three panels over the snapshots: stacked statuses, network numbers, indicator values."""
    lang = history.lang
    n = len(history.states)
    plot_w = max(300.0, 110.0 * n + 100)
    width = MARGIN * 2 + LEFT + plot_w + KEYS
    chart = Chart(width, 60 + (PANEL_H + ABOVE) * 3 + 44)
    chart.heading([dated(t("history.figure_title", lang), history.as_of, lang)], size=16,
                  margin=MARGIN, bold=True)
    axes = [Axes(chart, MARGIN + LEFT, 60 + ABOVE + (PANEL_H + ABOVE) * i, plot_w, PANEL_H - 20,
                 -0.6, n - 0.4, 0, 1) for i in range(3)]
    if not n:
        axes[0].message(t("history.empty", lang), "#000000")
    _statuses(axes[0], history, lang)
    _network(axes[1], history, lang)
    _indicators(axes[2], history, lang)
    bottom = axes[2]
    for i, state in enumerate(history.states):
        chart.lines(bottom.px(i), bottom.y + bottom.h + 10 + LINE * TICK, _label(state, lang),
                    size=TICK, anchor="middle")
    return chart


def _label(state: Any, lang: str) -> list[str]:
    head = f"#{state.id} {format.date(state.created_at, lang, 'short')}"
    return [head, shorten(state.label, 100, TICK)] if state.label else [head]


def _frame(ax: Axes, values: list[float], lang: str, label: str = "", whole: bool = False) -> None:
    """The panel's y range from ``values`` (from 0), its grid, ticks and edges."""
    ax.y_lo, ax.y_hi, marks = value_range(values, zero=True)
    if whole:
        marks = ticks(0, ax.y_hi, whole=True)
    ax.y_axis(marks, lambda v: format.decimal(v, lang), label=label)
    ax.frame()


def _key(ax: Axes, entries: list[Entry]) -> None:
    legend(ax.chart, ax.x + ax.w + 16, ax.y, [(k, c, shorten(x, KEYS - 40, TICK)) for k, c, x in entries])


def _statuses(ax: Axes, history: History, lang: str) -> None:
    from ohtrack.history.timeline import STATUSES

    ax.title(t("history.panel.statuses", lang))
    totals = [sum(st.statuses.get(s, 0) for s in STATUSES) for st in history.states]
    _frame(ax, [float(x) for x in totals], lang, t("history.count", lang), whole=True)
    bottom = [0] * len(history.states)
    used = []
    for status in STATUSES:
        heights = [st.statuses.get(status, 0) for st in history.states]
        if not any(heights):
            continue
        used.append(status)
        for i, h in enumerate(heights):
            if h:
                ax.bar(i, bottom[i], bottom[i] + h, 0.6, STATUS_COLOURS[status])
        bottom = [b + h for b, h in zip(bottom, heights)]
    if any(bottom):  # the top of the stack first
        _key(ax, [("box", STATUS_COLOURS[s], t(f"history.status.{s}", lang)) for s in reversed(used)])


def _network(ax: Axes, history: History, lang: str) -> None:
    ax.title(t("history.panel.network", lang))
    if not history.network_available:
        ax.message(t("history.no_network", lang))
        return
    keys = (("people", "#0072B2", "o"), ("ties", "#E69F00", "s"), ("cross_unit_ties", "#009E73", "^"))
    series = {k: [(st.network or {}).get(k) for st in history.states] for k, _c, _m in keys}
    _frame(ax, [float(v) for ys in series.values() for v in ys if v is not None], lang, whole=True)
    xs = [float(i) for i in range(len(history.states))]
    for key, colour, shape in keys:
        ax.line(xs, series[key], colour)
        ax.markers(xs, series[key], shape, colour)
    _key(ax, [(m, c, t(f"history.network.{k}", lang)) for k, c, m in keys])


def _indicators(ax: Axes, history: History, lang: str) -> None:
    series = history.indicator_series()
    title = t("history.panel.indicators", lang)
    if len(series) > _MAX_INDICATORS:
        title += " " + t("history.first_of", lang, n=_MAX_INDICATORS, total=len(series))
    ax.title(title)
    if not series:
        ax.message(t("history.no_indicators", lang))
        return
    names = {k: v.name for st in history.states for k, v in st.indicators.items()}
    shown = list(series.items())[:_MAX_INDICATORS]
    values = [float(v) for _k, pts in shown for _i, v in pts if v is not None]
    ax.y_lo, ax.y_hi, marks = value_range(values)
    ax.y_axis(marks, lambda v: format.decimal(v, lang))
    ax.frame()
    xs = [float(i) for i in range(len(history.states))]
    entries: list[Entry] = []
    for i, (key, pts) in enumerate(shown):
        colour = TAB10[i % len(TAB10)]
        ys = [v for _, v in pts]
        ax.line(xs, ys, colour)
        ax.markers(xs, ys, "o", colour, size=6)
        entries.append(("o-", colour, f"{key} {names.get(key, '')}".strip()))
    _key(ax, entries)

