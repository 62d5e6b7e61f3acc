"""Figures as PNG files, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ohtrack.fileio import write_atomic

if TYPE_CHECKING:
    from ohtrack.figures.chart import Chart


def write_png(fig: Chart, path: str | Path, *, dpi: int = 150, lang: str = "en") -> Path:
    """Save a chart as PNG at ``path`` (atomically)."""
    return write_atomic(path, lambda p: fig.savefig(p, format="png", dpi=dpi), lang=lang)
