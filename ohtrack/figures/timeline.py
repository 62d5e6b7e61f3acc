"""The initiatives' timeline (Gantt): one bar per initiative from start to end, grouped by
unit, coloured by its status on the report date, overdue work hatched, the report date drawn."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ohtrack.figures import dated, lay_out, new_figure
from ohtrack.i18n import t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.initiatives import InitiativeReport

#: At most this many bars: beyond it, the initiatives nearest the report date are shown.
MAX_BARS = 40
#: Colours per status (idea, planned, active, done, embedded, stopped, none).
COLOURS = {"idea": "#c7d3df", "planned": "#8fb3d9", "active": "#2f6fb0", "done": "#5aa469",
           "embedded": "#1f6f3a", "stopped": "#b0b0b0", "none": "#dddddd"}


def timeline_figure(report: InitiativeReport, unit_names: dict[str, str] | None = None,
                    *, max_bars: int = MAX_BARS) -> Figure:
    """The initiatives with a start or end date as horizontal bars, by unit and status.

    ``unit_names`` maps unit IDs to display names. Bars without an end run to the report
    date; overdue initiatives are hatched. Above ``max_bars`` initiatives only those whose
    period lies nearest the report date are drawn (the title says how many of how many).
    """
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.patches import Patch

    names = unit_names or {}
    as_of = report.as_of
    dated_states = [s for s in report.states if s.start or s.end]
    shown = dated_states
    if len(shown) > max_bars:
        def distance(s: object) -> int:
            start = getattr(s, "start", None) or getattr(s, "end", None) or as_of
            end = getattr(s, "end", None) or as_of
            return 0 if start <= as_of <= end else min(abs((as_of - start).days), abs((as_of - end).days))
        shown = sorted(shown, key=distance)[:max_bars]
    shown = sorted(shown, key=lambda s: (names.get(s.unit or "", s.unit or "~"), s.start or s.end or as_of))
    n = len(shown)
    fig = new_figure((9.5, 1.4 + 0.28 * max(n, 3)))
    ax = fig.subplots()
    title = dated(t("timeline.title", report.lang), as_of, report.lang)
    if len(shown) < len(dated_states):
        title += "\n" + t("timeline.truncated", report.lang, shown=len(shown), total=len(dated_states))
    if not shown:
        ax.axis("off")
        ax.text(0.5, 0.5, t("timeline.no_dates", report.lang), ha="center", va="center")
        ax.set_title(title, loc="left", fontsize=11)
        return fig
    labels = []
    previous = None
    for y, s in enumerate(shown):
        start = s.start or s.end or as_of
        end = s.end or max(as_of, start)
        left = date2num(start)
        width = max(date2num(end) - left, 10.0)
        ax.barh(y, width, left=left, height=0.62, color=COLOURS.get(s.status, COLOURS["none"]),
                hatch="///" if s.overdue else None, edgecolor="#8a1c1c" if s.overdue else "none",
                linewidth=0.8 if s.overdue else 0)
        unit = names.get(s.unit or "", s.unit or "")
        if unit != previous and y:
            ax.axhline(y - 0.5, color="#d0d7de", linewidth=0.8)
        previous = unit
        labels.append(textwrap.shorten(f"{unit} · {s.title}" if unit else s.title, 58, placeholder="…"))
    ax.axvline(date2num(as_of), color="#8a1c1c", linewidth=1.2, linestyle="--")
    ax.set_yticks(range(n))
    ax.set_yticklabels(labels, fontsize=7.5)
    ax.invert_yaxis()
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    used = [k for k in COLOURS if any(s.status == k for s in shown)]
    handles = [Patch(color=COLOURS[k], label=t(f"timeline.status.{k}", report.lang)) for k in used]
    if any(s.overdue for s in shown):
        handles.append(Patch(facecolor="white", edgecolor="#8a1c1c", hatch="///",
                             label=t("timeline.overdue", report.lang)))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.06 - 0.6 / max(n, 3)),
              ncol=min(len(handles), 4), fontsize=8, frameon=False)
    ax.set_title(title, loc="left", fontsize=11)
    lay_out(fig)
    return fig
