"""The model map as a heatmap: units as rows, outcomes as columns, counts in the cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import BLUES, scale, ticks
from ohtrack.figures.grid import MARGIN, TITLE, Cell, Panel, Scale, grid_chart
from ohtrack.figures.metrics import text_width, wrap
from ohtrack.i18n import t, tn

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap

#: At most this many unit rows: beyond it, the units with most initiatives are shown.
MAX_ROWS = 60


def heatmap_figure(mm: ModelMap) -> Chart:
    """The unit × outcome counts of a model map as a chart. A unit with no initiative on any
    outcome gets no row of zeros: a line under the title names such units instead."""
    from ohtrack.analysis.model_map import join_names

    all_labels = mm.unit_labels()
    counts = [[mm.matrix[u.id][o.id] for o in mm.outcomes] for u in mm.units]
    shown = [i for i, row in enumerate(counts) if any(row)]
    empty = [all_labels[i] for i, row in enumerate(counts) if not any(row)]
    title = [dated(t("modelmap.figure_title", mm.lang, model=mm.framework_name), mm.as_of, mm.lang)]
    if len(shown) > MAX_ROWS:
        title.append(t("modelmap.figure_truncated", mm.lang, shown=MAX_ROWS, total=len(shown)))
        shown = sorted(sorted(shown, key=lambda i: -mm.units[i].count)[:MAX_ROWS])
    if empty and shown:
        said = tn("modelmap.figure_empty", len(empty), mm.lang, units=join_names(empty, mm.lang))
        title += wrap(said, max(600.0, 110.0 * len(mm.outcomes) + 120), TITLE)
    rows = [counts[i] for i in shown]
    if not rows or not mm.outcomes:
        width = max(480.0, MARGIN * 2 + max(text_width(x, TITLE) for x in title))
        chart = Chart(width, 220.0)
        chart.heading(title, size=TITLE, margin=MARGIN)
        said = (tn("modelmap.none_on_model", len(mm.unmapped), mm.lang) if mm.unmapped
                else t("modelmap.no_data", mm.lang))  # initiatives there are, none on the model
        chart.text(width / 2, 120, said, size=16, anchor="middle")
        return chart
    peak = max(max(r) for r in rows) or 1

    def cell(value: int) -> Cell:
        colour = "#ffffff" if value > 0.6 * peak else ("#8c8c8c" if value == 0 else "#000000")
        return Cell(scale(BLUES, value / peak), [str(value)], colour, bold=bool(value))

    key = Scale(BLUES, 0, peak, ticks(0, peak, whole=True), lambda v: str(int(v)),
                t("common.initiatives", mm.lang))
    return grid_chart(title, [(all_labels[i], False) for i in shown], [o.name for o in mm.outcomes],
                      [Panel([[cell(v) for v in row] for row in rows])], key)
