"""The model map as a heatmap: units as rows, outcomes as columns, counts in the cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import BLUES, integer_ticks, scale
from ohtrack.figures.metrics import LINE, shorten, text_width, wrap
from ohtrack.i18n import t

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap

#: At most this many unit rows: beyond it, the units with most initiatives are shown.
MAX_ROWS = 60
#: Sizes in pixels: cells (at the least), the margin, the widest row label, the texts.
CELL_W, CELL_H, MARGIN, LABEL_MAX = 105.0, 45.0, 16.0, 330.0
TITLE, LABEL, VALUE, TICK = 15.0, 12.5, 14.0, 11.0


def heatmap_figure(mm: ModelMap) -> Chart:
    """The unit × outcome counts of a model map as a chart."""
    shown = list(range(len(mm.units)))
    if len(shown) > MAX_ROWS:
        shown = sorted(sorted(shown, key=lambda i: -mm.units[i].count)[:MAX_ROWS])
    all_labels = mm.unit_labels()
    rows = [[mm.matrix[mm.units[i].id][o.id] for o in mm.outcomes] for i in shown]
    labels = [shorten(all_labels[i], LABEL_MAX, LABEL) for i in shown]
    title = [dated(t("modelmap.figure_title", mm.lang, model=mm.framework_name), mm.as_of, mm.lang)]
    if len(shown) < len(mm.units):
        title.append(t("modelmap.figure_truncated", mm.lang, shown=len(shown), total=len(mm.units)))
    title_h = LINE * TITLE * len(title) + 10
    n, k = len(rows), len(mm.outcomes)
    if not n or not k:
        width = max(480.0, MARGIN * 2 + max(text_width(x, TITLE) for x in title))
        chart = Chart(width, 220.0)
        _title(chart, title)
        chart.text(width / 2, 120, t("modelmap.no_data", mm.lang), size=16, anchor="middle")
        return chart
    # a cell as wide as the longest word of a heading (``Aanspreekbaarheid``), at the least
    cell_w = max([CELL_W] + [text_width(w, LABEL) + 12 for o in mm.outcomes for w in o.name.split()])
    heads = [wrap(o.name, cell_w - 8, LABEL) for o in mm.outcomes]
    head_h = LINE * LABEL * max(map(len, heads)) + 10
    label_w = max(text_width(x, LABEL) for x in labels) + 12
    left, top = MARGIN + label_w, MARGIN + title_h + head_h
    grid_w, grid_h = cell_w * k, CELL_H * n
    peak = max(max(r) for r in rows) or 1
    ticks = integer_ticks(peak)
    tick_w = max(text_width(str(x), TICK) for x in ticks)
    bar_x = left + grid_w + 18
    width = max(bar_x + 14 + 6 + tick_w + 8 + LABEL * 1.4 + MARGIN,
                MARGIN * 2 + max(text_width(x, TITLE) for x in title))
    chart = Chart(width, top + grid_h + MARGIN)
    _title(chart, title)
    for j, lines in enumerate(heads):
        chart.lines(left + cell_w * (j + 0.5), MARGIN + title_h + head_h / 2 - 4, lines,
                    size=LABEL, anchor="middle")
    for i, (label, row) in enumerate(zip(labels, rows)):
        y = top + CELL_H * i
        chart.text(left - 8, y + CELL_H / 2, label, size=LABEL, anchor="end")
        for j, value in enumerate(row):
            x = left + cell_w * j
            chart.rect(x + 0.75, y + 0.75, cell_w - 1.5, CELL_H - 1.5, scale(BLUES, value / peak))
            colour = "#ffffff" if value > 0.6 * peak else ("#8c8c8c" if value == 0 else "#000000")
            chart.text(x + cell_w / 2, y + CELL_H / 2, str(value), size=VALUE, anchor="middle",
                       bold=bool(value), fill=colour)
    _colour_bar(chart, bar_x, top, grid_h, peak, ticks, tick_w, t("common.initiatives", mm.lang))
    return chart


def _title(chart: Chart, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        chart.text(MARGIN, MARGIN + LINE * TITLE * (i + 0.5), line, size=TITLE)


def _colour_bar(chart: Chart, x: float, top: float, height: float, peak: int, ticks: list[int],
                tick_w: float, label: str) -> None:
    """The scale of the counts beside the grid: a bar light to dark, whole-number ticks."""
    bands = 64  # bands of colour, not an SVG gradient: a third of the time to render
    for b in range(bands):
        chart.rect(x, top + height * (1 - (b + 1) / bands), 14, height / bands + 0.5,
                   scale(BLUES, (b + 0.5) / bands))
    chart.rect(x, top, 14, height, "none", stroke="#555555", stroke_width=0.8)
    for value in ticks:
        y = top + height * (1 - value / peak)
        chart.line(x + 14, y, x + 18, y, "#555555", width=0.8)
        chart.text(x + 20, y, str(value), size=TICK)
    centre = top + height / 2
    at = x + 20 + tick_w + 8 + LABEL * 0.7
    chart.text(at, centre, label, size=LABEL, anchor="middle", rotate=-90)
