"""The history figure: initiatives per status, network size and indicators per snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.figures import dated, lay_out, new_figure, number_axis
from ohtrack.i18n import format, t

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ohtrack.history.timeline import History

STATUS_COLOURS = {
    "idea": "#CCE5F6", "planned": "#56B4E9", "active": "#0072B2", "done": "#009E73",
    "embedded": "#005A3C", "stopped": "#D55E00", "none": "#BBBBBB",
}
_MAX_INDICATORS = 8


def history_figure(history: History) -> Figure:
    """Three panels over the snapshots: stacked statuses, network numbers, indicator values."""
    lang = history.lang
    fig = new_figure((max(7.0, 1.1 * len(history.states) + 4), 10))
    ax1, ax2, ax3 = fig.subplots(3, 1, sharex=True)
    xs = list(range(len(history.states)))
    labels = [_label(s, lang) for s in history.states]
    if not history.states:
        ax1.text(0.5, 0.5, t("history.empty", lang), ha="center", va="center",
                 transform=ax1.transAxes)
    _statuses(ax1, history, xs, lang)
    _network(ax2, history, xs, lang)
    _indicators(ax3, history, xs, lang)
    ax3.set_xticks(xs)
    ax3.set_xticklabels(labels, fontsize=8)
    for ax in (ax1, ax2, ax3):
        number_axis(ax.yaxis, lang)
    fig.suptitle(dated(t("history.figure_title", lang), history.as_of, lang), fontsize=12,
                 fontweight="bold")
    lay_out(fig, (0, 0, 1, 0.97))
    return fig


def _label(state: Any, lang: str) -> str:
    head = f"#{state.id} {format.date(state.created_at, lang, 'short')}"
    return f"{head}\n{_shorten(state.label, 18)}" if state.label else head


def _statuses(ax: Any, history: History, xs: list[int], lang: str) -> None:
    from ohtrack.history.timeline import STATUSES

    bottom = [0] * len(xs)
    for status in STATUSES:
        heights = [st.statuses.get(status, 0) for st in history.states]
        if not any(heights):
            continue
        ax.bar(xs, heights, bottom=bottom, color=STATUS_COLOURS[status], width=0.6,
               label=t(f"history.status.{status}", lang), edgecolor="white", linewidth=0.5)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_title(t("history.panel.statuses", lang), loc="left", fontsize=10)
    ax.set_ylabel(t("history.count", lang), fontsize=9)
    if any(bottom):
        handles, names = ax.get_legend_handles_labels()  # top of the stack first
        ax.legend(handles[::-1], names[::-1], loc="upper left", bbox_to_anchor=(1.01, 1),
                  fontsize=8, frameon=False)
    ax.grid(True, axis="y", alpha=0.3)


def _network(ax: Any, history: History, xs: list[int], lang: str) -> None:
    ax.set_title(t("history.panel.network", lang), loc="left", fontsize=10)
    if not history.network_available:
        ax.text(0.5, 0.5, t("history.no_network", lang), ha="center", va="center",
                transform=ax.transAxes, color="#777777")
        return
    for key, colour, marker in (("people", "#0072B2", "o"), ("ties", "#E69F00", "s"),
                                ("cross_unit_ties", "#009E73", "^")):
        ys = [(st.network or {}).get(key) for st in history.states]
        ax.plot(xs, [float("nan") if y is None else y for y in ys], marker=marker, color=colour,
                label=t(f"history.network.{key}", lang))
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.grid(True, alpha=0.3)


def _indicators(ax: Any, history: History, xs: list[int], lang: str) -> None:
    ax.set_title(t("history.panel.indicators", lang), loc="left", fontsize=10)
    series = history.indicator_series()
    if not series:
        ax.text(0.5, 0.5, t("history.no_indicators", lang), ha="center", va="center",
                transform=ax.transAxes, color="#777777")
        return
    names = {k: v.name for st in history.states for k, v in st.indicators.items()}
    for key, pts in list(series.items())[:_MAX_INDICATORS]:
        ys = [float("nan") if v is None else v for _, v in pts]
        ax.plot(xs, ys, marker="o", label=_shorten(f"{key} {names.get(key, '')}", 30))
    if len(series) > _MAX_INDICATORS:
        ax.set_title(t("history.panel.indicators", lang)
                     + " " + t("history.first_of", lang, n=_MAX_INDICATORS, total=len(series)),
                     loc="left", fontsize=10)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.grid(True, alpha=0.3)


def _shorten(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"
