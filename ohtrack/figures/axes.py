"""A plot area on a chart: data to pixels, grid and ticks, lines, steps, bars and markers, and
the legends beside them. Dates are days (``date.toordinal()``) on the x axis, their ticks
written as the language writes dates.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import ticks
from ohtrack.figures.metrics import LINE, text_width

#: Sizes of texts in pixels: tick labels, axis labels, panel titles.
TICK, AXIS, PANEL = 11.0, 12.0, 13.5
GRID, FRAME = "#e3e3e3", "#8c8c8c"
#: Dash patterns by line style.
DASHES = {"solid": None, "dashed": "6 4", "dotted": "1.5 3"}


@dataclass
class Axes:
    """The plot area (``x``, ``y``, ``w``, ``h`` in pixels) over data ranges on a chart."""

    chart: Chart
    x: float
    y: float
    w: float
    h: float
    x_lo: float
    x_hi: float
    y_lo: float
    y_hi: float

    def px(self, v: float) -> float:
        return self.x + self.w * (v - self.x_lo) / ((self.x_hi - self.x_lo) or 1.0)

    def py(self, v: float) -> float:
        return self.y + self.h * (1 - (v - self.y_lo) / ((self.y_hi - self.y_lo) or 1.0))

    # -- frame ----------------------------------------------------------------------------
    def y_axis(self, values: Sequence[float], write: Callable[[float], str], *,
               label: str = "", grid: bool = True) -> None:
        """Horizontal grid lines at ``values`` with their labels on the left."""
        for v in values:
            y = self.py(v)
            if grid:
                self.chart.line(self.x, y, self.x + self.w, y, GRID, width=0.8)
            self.chart.text(self.x - 6, y, write(v), size=TICK, anchor="end")
        if label:
            widest = max((text_width(write(v), TICK) for v in values), default=0.0)
            self.chart.text(self.x - 12 - widest - AXIS * 0.6, self.y + self.h / 2, label,
                            size=AXIS, anchor="middle", rotate=-90)

    def x_axis(self, marks: Sequence[tuple[float, str]], *, grid: bool = True,
               bounds: Sequence[float] = ()) -> None:
        """Labels below the area at the ``marks`` (position, text); vertical grid lines at the
        marks, or at ``bounds`` when given (a year's label between its edges)."""
        for v in bounds or [m for m, _ in marks]:
            if grid and self.x_lo <= v <= self.x_hi:
                self.chart.line(self.px(v), self.y, self.px(v), self.y + self.h, GRID, width=0.8)
        for v, text in marks:
            if self.x_lo <= v <= self.x_hi:
                self.chart.text(self.px(v), self.y + self.h + 6 + TICK / 2, text, size=TICK,
                                anchor="middle")

    def frame(self) -> None:
        """The area's left and bottom edges."""
        self.chart.line(self.x, self.y + self.h, self.x + self.w, self.y + self.h, FRAME, width=0.8)
        self.chart.line(self.x, self.y, self.x, self.y + self.h, FRAME, width=0.8)

    def title(self, text: str, *, size: float = PANEL, bold: bool = False, colour: str = "#000000",
              above: float = 0.0) -> None:
        """A line of text left-aligned above the area (``above``: pixels higher still)."""
        self.chart.text(self.x, self.y - 8 - above - size / 2, text, size=size, bold=bold,
                        fill=colour)

    def message(self, text: str, colour: str = "#777777") -> None:
        """A text in the middle of the area (no data)."""
        self.chart.text(self.x + self.w / 2, self.y + self.h / 2, text, size=AXIS,
                        anchor="middle", fill=colour)

    # -- data -----------------------------------------------------------------------------
    def line(self, xs: Sequence[float], ys: Sequence[float | None], colour: str, *,
             width: float = 1.8, style: str = "solid") -> None:
        """A line through the points, broken where a value is missing."""
        run: list[tuple[float, float]] = []
        for x, y in [*zip(xs, ys), (0.0, None)]:
            if y is None or (isinstance(y, float) and not math.isfinite(y)):
                if len(run) > 1:
                    self._polyline(run, colour, width, style)
                run = []
            else:
                run.append((self.px(x), self.py(y)))

    def step(self, xs: Sequence[float], ys: Sequence[float], colour: str, *,
             width: float = 1.8) -> None:
        """A step line: each value holds until the next x ("post")."""
        points: list[tuple[float, float]] = []
        for i, (x, y) in enumerate(zip(xs, ys)):
            points.append((self.px(x), self.py(y)))
            if i + 1 < len(xs):
                points.append((self.px(xs[i + 1]), self.py(y)))
        if len(points) > 1:
            self._polyline(points, colour, width, "solid")

    def _polyline(self, points: list[tuple[float, float]], colour: str, width: float,
                  style: str) -> None:
        if DASHES[style]:
            for (x1, y1), (x2, y2) in zip(points, points[1:]):
                self.chart.line(x1, y1, x2, y2, colour, width=width, dash=DASHES[style])
        else:
            self.chart.polyline(points, colour, width=width)

    def hline(self, v: float, colour: str, *, width: float = 1.0, style: str = "dotted") -> None:
        self.chart.line(self.x, self.py(v), self.x + self.w, self.py(v), colour, width=width,
                        dash=DASHES[style])

    def vline(self, v: float, colour: str, *, width: float = 1.0, style: str = "dotted") -> None:
        self.chart.line(self.px(v), self.y, self.px(v), self.y + self.h, colour, width=width,
                        dash=DASHES[style])

    def markers(self, xs: Sequence[float], ys: Sequence[float | None], shape: str, colour: str, *,
                size: float = 7.0) -> None:
        for x, y in zip(xs, ys):
            if y is not None and math.isfinite(y):
                marker(self.chart, self.px(x), self.py(y), shape, colour, size)

    def bar(self, x: float, low: float, high: float, width: float, colour: str) -> None:
        """A vertical bar at ``x`` (data units) from ``low`` to ``high``, ``width`` in data."""
        left, right = self.px(x - width / 2), self.px(x + width / 2)
        top, bottom = self.py(high), self.py(low)
        self.chart.rect(left, top, right - left, bottom - top, colour, stroke="#ffffff",
                        stroke_width=0.5)


def marker(chart: Chart, x: float, y: float, shape: str, colour: str, size: float) -> None:
    """A marker centred on (x, y): ``o`` circle, ``s`` square, ``D`` diamond, ``^`` triangle,
    ``*`` star; ``size`` its width in pixels."""
    r = size / 2
    if shape == "o":
        chart.circle(x, y, r, colour)
        return
    if shape == "s":
        points = [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    elif shape == "D":
        points = [(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)]
    elif shape == "^":
        points = [(x, y - r * 1.15), (x + r, y + r * 0.85), (x - r, y + r * 0.85)]
    else:  # a five-pointed star
        points = [(x + (r * 1.3 if k % 2 == 0 else r * 0.55) * math.sin(k * math.pi / 5),
                   y - (r * 1.3 if k % 2 == 0 else r * 0.55) * math.cos(k * math.pi / 5))
                  for k in range(10)]
    chart.polyline([*points, points[0]], colour, width=0.5, fill=colour)


#: A legend entry: (kind, colour, text); kind is ``line``, ``dashed``, ``dotted``, ``box``,
#: ``hatch`` or a marker shape (``o``, ``s``, ``D``, ``^``, ``*``), ``o-`` a line with markers.
Entry = tuple[str, str, str]


def legend_width(entries: Sequence[Entry], size: float = TICK) -> float:
    """The width of a legend in one column."""
    return 30 + max((text_width(text, size) for _k, _c, text in entries), default=0.0)


def legend(chart: Chart, x: float, y: float, entries: Sequence[Entry], *, size: float = TICK,
           across: float | None = None) -> float:
    """Draw a legend with its top left at (x, y): one column, or in rows no wider than
    ``across``; its height."""
    step = LINE * size * 1.35
    cx, cy = x, y
    for kind, colour, text in entries:
        wide = 30 + text_width(text, size) + 18
        if across is not None and cx > x and cx + wide > x + across:
            cx, cy = x, cy + step
        key(chart, cx, cy + step / 2, kind, colour)
        chart.text(cx + 30, cy + step / 2, text, size=size)
        if across is None:
            cy += step
        else:
            cx += wide
    return (cy - y) + (step if across is not None and entries else 0.0)


def key(chart: Chart, x: float, y: float, kind: str, colour: str) -> None:
    """The symbol of a legend entry, 24 pixels wide, centred on ``y``."""
    if kind in ("line", "o-"):
        chart.line(x, y, x + 24, y, colour, width=2)
        if kind == "o-":
            marker(chart, x + 12, y, "o", colour, 6)
    elif kind in ("dashed", "dotted"):
        chart.line(x, y, x + 24, y, colour, width=1.4, dash=DASHES[kind])
    elif kind == "box":
        chart.rect(x + 4, y - 6, 16, 12, colour)
    elif kind == "hatch":
        chart.hatch_rect(x + 4, y - 6, 16, 12, "#ffffff", colour, step=4)
        chart.rect(x + 4, y - 6, 16, 12, "none", stroke=colour)
    else:
        marker(chart, x + 12, y, kind, colour, 11 if kind == "*" else 7)


# -- dates --------------------------------------------------------------------------------
def day(d: dt.date) -> float:
    """A date as an x value."""
    return float(d.toordinal())


def date_marks(lo: float, hi: float, lang: str, most: int = 7
               ) -> tuple[list[tuple[float, str]], list[float]]:
    """Ticks for days ``lo``–``hi``: (position, label) marks and the grid lines' positions.
    Over more than two years: a label per year in the middle of it, lines at the years' edges;
    else the first day of every 1, 2, 3 or 6 months, written ``mrt 2025``."""
    from ohtrack.i18n.format import date

    first, last = dt.date.fromordinal(int(lo)), dt.date.fromordinal(max(int(hi), int(lo)))
    if (last - first).days > 2 * 366:
        years = list(range(first.year, last.year + 1))
        step = max(1, math.ceil(len(years) / (most + 2)))  # a year's label is short
        marks = [(day(dt.date(y, 7, 1)), str(y)) for y in years[::step]]
        return marks, [day(dt.date(y, 1, 1)) for y in range(first.year, last.year + 2)]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in (1, 2, 3, 6, 12) if months / s <= most), 12)
    marks = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        if (m - 1) % step == 0:
            d = dt.date(y, m, 1)
            if lo <= day(d) <= hi:
                marks.append((day(d), date(d, lang, style="month_short")))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return marks, []


def value_range(values: Sequence[float], *, zero: bool = False) -> tuple[float, float, list[float]]:
    """A y range holding ``values`` with a little room (from 0 when ``zero``), and its ticks."""
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    if zero:
        lo = min(lo, 0.0)
    if hi - lo < 1e-9:
        lo, hi = lo - 1, hi + 1
    pad = (hi - lo) * 0.08
    low = lo if zero and lo == 0 else lo - pad
    return low, hi + pad, ticks(low, hi + pad)
