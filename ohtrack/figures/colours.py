"""The charts' colour scales, and the ticks of their axes and keys. A scale is its anchor
colours (ColorBrewer's classes), interpolated as matplotlib's colour maps of the same names."""

from __future__ import annotations

import math

#: ColorBrewer "Blues" (light to dark): counts.
BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
         "#08306b"]

#: ColorBrewer "RdYlGn" (red, low, to green, high): survey means.
RD_YL_GN = ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a",
            "#66bd63", "#1a9850", "#006837"]

#: Categorical palettes (Tableau's, as matplotlib's ``tab10`` and ``tab20``): units.
TAB10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
         "#bcbd22", "#17becf"]
TAB20 = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896",
         "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7",
         "#bcbd22", "#dbdb8d", "#17becf", "#9edae5"]


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (by its relative luminance)."""
    r, g, b = (c / 255 for c in _rgb(fill))
    lum = sum(w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
              for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))
    return "#000000" if lum > 0.179 else "#ffffff"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def scale(stops: list[str], at: float) -> str:
    """The colour at ``at`` (0–1, clipped) along the evenly spaced ``stops``."""
    at = min(max(at, 0.0), 1.0) * (len(stops) - 1)
    i = min(int(at), len(stops) - 2)
    f = at - i
    a, b = _rgb(stops[i]), _rgb(stops[i + 1])
    return "#" + "".join(f"{round(x + (y - x) * f):02x}" for x, y in zip(a, b))


def ticks(low: float, high: float, most: int = 6, whole: bool = False) -> list[float]:
    """Round values from ``low`` to ``high`` (inclusive) at a step of 1, 2 or 5 × 10ⁿ, at most
    ``most`` of them; ``whole``: whole numbers only."""
    span = high - low
    if span <= 0:
        return [low]
    exp = math.floor(math.log10(span / most))
    for mag in (10.0 ** e for e in range(exp, exp + 3)):
        for m in (1, 2, 5):
            step = m * mag
            if whole and step < 1:
                continue
            first = math.ceil(low / step - 1e-9)
            last = math.floor(high / step + 1e-9)
            if last - first + 1 <= most:
                return [round(k * step, 10) for k in range(first, last + 1)]
    return [low, high]
