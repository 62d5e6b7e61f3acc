"""Figures as PNG files, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ohtrack.figures import save_png
from ohtrack.fileio import write_atomic


def write_png(fig: Any, path: str | Path, *, dpi: int = 150, lang: str = "en") -> Path:
    """Save a matplotlib figure as PNG at ``path`` (atomically)."""
    return write_atomic(path, lambda p: save_png(fig, p, dpi),
                        lang=lang)
