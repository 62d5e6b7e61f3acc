"""How wide a text is in the charts' font (DejaVu Sans, shipped in ``fonts/``).

A chart lays its texts out itself (label columns, centred counts, wrapped headings), so it
needs each text's width before it is drawn. The widths are the fonts' own advance widths,
kept in ``fonts/widths.json`` (made from the font files by ``build_widths``; a test checks
they are the fonts'), so measuring needs no font library at run time.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

#: The charts' font family, and its files (regular, bold).
FAMILY = "DejaVu Sans"
FONT_FILES = {"normal": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
#: The width of a character the font has no glyph for (its replacement box), in em.
_MISSING = 0.6
#: The height of a capital letter, in em: what centres a line of text on a point.
CAP_HEIGHT = 0.729
#: Line spacing of wrapped text, in em.
LINE = 1.2


def font_dir() -> Path:
    """The folder holding the chart fonts."""
    return Path(str(resources.files("ohtrack.figures") / "fonts"))


@cache
def _widths(weight: str) -> dict[int, float]:
    """Advance widths in em by code point."""
    data = json.loads((font_dir() / "widths.json").read_text("utf-8"))
    units = float(data["units_per_em"])
    table: dict[int, float] = {}
    for start, advances in data[weight]:
        for i, a in enumerate(advances):
            table[start + i] = a / units
    return table


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of ``text`` at font ``size`` (pixels), kerning aside."""
    get = _widths("bold" if bold else "normal").get
    return size * sum(get(ord(c), _MISSING) for c in text)


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` where it has spaces (a word wider
    than the line stays whole, as ``textwrap`` leaves it)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if not line or text_width(candidate, size, bold) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


def shorten(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` cut to fit ``width``, ending in "…" when cut."""
    if text_width(text, size, bold) <= width:
        return text
    keep = len(text)
    while keep > 1 and text_width(text[:keep] + "…", size, bold) > width:
        keep -= max(1, (keep // 8))
    return text[:keep].rstrip() + "…"


def build_widths(files: dict[str, Path]) -> dict[str, Any]:
    """The table ``fonts/widths.json`` holds, from the font files (needs fontTools, a
    development dependency): each weight's advance widths for the Basic Multilingual Plane, in runs
    of consecutive code points ``[start, [advance, …]]``."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    out: dict[str, Any] = {}
    for weight, path in files.items():
        font = TTFont(str(path), lazy=True)
        out["units_per_em"] = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        metrics = font["hmtx"].metrics
        runs: list[list[Any]] = []
        for cp in sorted(c for c in cmap if c < 0x10000):
            advance = metrics[cmap[cp]][0]
            if runs and runs[-1][0] + len(runs[-1][1]) == cp:
                runs[-1][1].append(advance)
            else:
                runs.append([cp, [advance]])
        out[weight] = runs
    return out


if __name__ == "__main__":  # python -m ohtrack.figures.metrics: remake fonts/widths.json
    table = build_widths({w: font_dir() / f for w, f in FONT_FILES.items()})
    (font_dir() / "widths.json").write_text(json.dumps(table, separators=(",", ":")), "utf-8")
