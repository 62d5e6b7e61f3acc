"""The model map as a heatmap: units as rows, outcomes as columns, counts in the cells."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ohtrack.figures import dated, lay_out, new_figure
from ohtrack.i18n import t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.model_map import ModelMap

#: Outcome names are wrapped to lines of at most this many characters.
WRAP = 14
#: At most this many unit rows: beyond it, the units with most initiatives are shown.
MAX_ROWS = 60


def heatmap_figure(mm: ModelMap) -> Figure:
    """The unit × outcome counts of a model map as a matplotlib figure."""
    from matplotlib.ticker import MaxNLocator

    shown = list(range(len(mm.units)))
    if len(shown) > MAX_ROWS:
        top_units = sorted(shown, key=lambda i: -mm.units[i].count)[:MAX_ROWS]
        shown = sorted(top_units)
    all_labels = mm.unit_labels()
    rows = [[mm.matrix[mm.units[i].id][o.id] for o in mm.outcomes] for i in shown]
    labels = [all_labels[i] for i in shown]
    n, k = len(rows), len(mm.outcomes)
    longest = max((len(label) for label in labels), default=10)
    fig = new_figure((1.5 + 0.09 * min(longest, 40) + 1.05 * max(k, 3), 1.9 + 0.45 * max(n, 1)))
    ax = fig.subplots()
    title = dated(t("modelmap.figure_title", mm.lang, model=mm.framework_name), mm.as_of, mm.lang)
    if len(shown) < len(mm.units):
        title += "\n" + t("modelmap.figure_truncated", mm.lang, shown=len(shown),
                           total=len(mm.units))
    if not n or not k:
        ax.axis("off")
        ax.text(0.5, 0.5, t("modelmap.no_data", mm.lang), ha="center", va="center", fontsize=12)
        ax.set_title(title)
        return fig
    top = max(max(r) for r in rows) or 1
    image = ax.imshow(rows, cmap="Blues", vmin=0, vmax=top, aspect="auto")
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            colour = "white" if value > 0.6 * top else ("#8c8c8c" if value == 0 else "black")
            cell = ax.text(j, i, str(value), ha="center", va="center", color=colour, fontsize=10,
                           fontweight="bold" if value else "normal")
            cell.set_in_layout(False)  # inside the axes: the layout need not measure it
    ax.set_xticks(range(k))
    ax.set_xticklabels([textwrap.fill(o.name, WRAP, break_long_words=False) for o in mm.outcomes], fontsize=9)
    ax.xaxis.tick_top()
    ax.set_yticks(range(n))
    ax.set_yticklabels([textwrap.shorten(label, 40, placeholder="…") for label in labels],
                       fontsize=9)
    ax.set_xticks([x - 0.5 for x in range(1, k)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label(t("common.initiatives", mm.lang), fontsize=9)
    bar.ax.tick_params(labelsize=8)
    bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=11, pad=12, loc="left")
    lay_out(fig)
    return fig
