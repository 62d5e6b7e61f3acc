"""A labelled grid of coloured cells: the heatmaps of the model map and the survey, and the
survey's actions. Rows are labelled on the left, columns by wrapped headings on top, one or
more panels (a survey's waves) side by side, a key on the right: a colour scale or a legend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ohtrack.figures.axes import Entry, legend, legend_width
from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import scale
from ohtrack.figures.metrics import LINE, shorten, text_width, wrap

#: Sizes in pixels: the margin, a cell at the least, the widest row label, the texts.
MARGIN, LABEL_MAX = 16.0, 330.0
TITLE, LABEL, TICK = 15.0, 12.5, 11.0


@dataclass
class Cell:
    """One cell: its colour and the lines written in it (``hatched``: a suppressed group)."""

    fill: str
    lines: list[str] = field(default_factory=list)
    colour: str = "#000000"
    bold: bool = False
    hatched: bool = False


@dataclass
class Panel:
    """One grid of cells (rows × columns, None where nothing is drawn), with its heading."""

    cells: list[list[Cell | None]]
    heading: str | None = None


@dataclass
class Scale:
    """A colour scale beside the grid: ``stops`` from ``low`` to ``high``, ticks written by
    ``write``, and what it measures."""

    stops: list[str]
    low: float
    high: float
    ticks: list[float]
    write: Callable[[float], str]
    label: str


@dataclass
class Legend:
    """A legend beside the grid (``axes.legend``'s entries: boxes, a hatched box)."""

    entries: list[Entry]


def grid_chart(title: list[str], rows: list[tuple[str, bool]], columns: list[str],
               panels: list[Panel], key: Scale | Legend | None, *, cell_w: float = 105.0,
               cell_h: float = 45.0, value_size: float = 14.0) -> Chart:
    """The chart: ``title`` lines, ``rows`` (label, bold), ``columns`` headings, ``panels``."""
    labels = [(shorten(label, LABEL_MAX, LABEL, bold), bold) for label, bold in rows]
    # a cell as wide as the longest word of a heading (``Aanspreekbaarheid``), at the least
    cell_w = max([cell_w] + [text_width(w, LABEL) + 12 for c in columns for w in c.split()])
    heads = [wrap(c, cell_w - 8, LABEL) for c in columns]
    title_h = LINE * TITLE * len(title) + 10
    panel_h = LINE * LABEL + 8 if any(p.heading for p in panels) else 0.0
    head_h = LINE * LABEL * max(map(len, heads), default=1) + 10
    label_w = max((text_width(x, LABEL, b) for x, b in labels), default=0.0) + 12
    left, top = MARGIN + label_w, MARGIN + title_h + panel_h + head_h
    grid_w, grid_h = cell_w * len(columns), cell_h * len(rows)
    gap = 24.0
    key_x = left + (grid_w + gap) * len(panels) - gap + 20
    width = max(key_x + _key_width(key) + MARGIN, MARGIN * 2 + max(text_width(x, TITLE) for x in title))
    height = top + grid_h + MARGIN
    if isinstance(key, Legend):
        height = max(height, top + LINE * LABEL * 1.35 * len(key.entries) + MARGIN)
    # a scale beside a short grid is still tall enough to read, its label included
    scale_h = max(grid_h, 120.0, text_width(key.label, LABEL) + 24) if isinstance(key, Scale) else 0.0
    height = max(height, top + scale_h + MARGIN)
    chart = Chart(width, height)
    chart.heading(title, size=TITLE, margin=MARGIN)
    starts = [left + (grid_w + gap) * p for p in range(len(panels))]
    for x0, panel in zip(starts, panels):
        if panel.heading:
            chart.text(x0 + grid_w / 2, MARGIN + title_h + panel_h / 2, panel.heading, size=LABEL,
                       anchor="middle", bold=True)
        for j, lines in enumerate(heads):
            chart.lines(x0 + cell_w * (j + 0.5), top - head_h / 2 - 4, lines, size=LABEL,
                        anchor="middle")
    for y, (label, bold) in enumerate(labels):  # row by row: a row's label, then its cells
        chart.text(left - 8, top + cell_h * (y + 0.5), label, size=LABEL, anchor="end", bold=bold)
        for x0, panel in zip(starts, panels):
            for j, cell in enumerate(panel.cells[y] if y < len(panel.cells) else []):
                if cell is not None:
                    _cell(chart, x0 + cell_w * j, top + cell_h * y, cell_w, cell_h, cell, value_size)
    if isinstance(key, Scale):
        _scale(chart, key_x, top, scale_h, key)
    elif isinstance(key, Legend):
        legend(chart, key_x, top, key.entries, size=LABEL)
    return chart


def _cell(chart: Chart, x: float, y: float, w: float, h: float, cell: Cell, size: float) -> None:
    if cell.hatched:
        chart.hatch_rect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, cell.fill, "#9a9a9a")
    else:
        chart.rect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, cell.fill)
    if cell.lines:
        chart.lines(x + w / 2, y + h / 2, cell.lines, size=size, anchor="middle", bold=cell.bold,
                    fill=cell.colour)


def _key_width(key: Scale | Legend | None) -> float:
    if isinstance(key, Scale):
        return 14 + 6 + max((text_width(key.write(v), TICK) for v in key.ticks), default=0) \
            + 8 + LABEL * 1.4
    if isinstance(key, Legend):
        return legend_width(key.entries, LABEL)
    return 0.0


def _scale(chart: Chart, x: float, top: float, height: float, key: Scale) -> None:
    """The colour scale: a bar light to dark (bands of colour: an SVG gradient takes three
    times as long to render), its ticks and its label."""
    bands = 64
    for b in range(bands):
        chart.rect(x, top + height * (1 - (b + 1) / bands), 14, height / bands + 0.5,
                   scale(key.stops, (b + 0.5) / bands))
    chart.rect(x, top, 14, height, "none", stroke="#555555", stroke_width=0.8)
    span = (key.high - key.low) or 1.0
    widest = 0.0
    for value in key.ticks:
        y = top + height * (1 - (value - key.low) / span)
        chart.line(x + 14, y, x + 18, y, "#555555", width=0.8)
        chart.text(x + 20, y, key.write(value), size=TICK)
        widest = max(widest, text_width(key.write(value), TICK))
    chart.text(x + 20 + widest + 8 + LABEL * 0.7, top + height / 2, key.label, size=LABEL,
               anchor="middle", rotate=-90)

