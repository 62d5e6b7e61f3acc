"""The charts' colour scales and ticks: sequential scales as their anchor colours, interpolated
as matplotlib's colour maps of the same names are (ColorBrewer's nine classes)."""

from __future__ import annotations

import math

#: ColorBrewer "Blues" (light to dark): counts.
BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
         "#08306b"]


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


def integer_ticks(top: float, most: int = 6) -> list[int]:
    """Whole-number ticks from 0 to ``top`` at a round step (1, 2, 5 × 10ⁿ), at most ``most``."""
    if top <= 0:
        return [0]
    step = 1
    for mag in (10 ** e for e in range(0, max(1, int(math.log10(top)) + 2))):
        for m in (1, 2, 5):
            step = m * mag
            if top / step < most:
                return list(range(0, int(top) + 1, step))
    return list(range(0, int(top) + 1, step))
