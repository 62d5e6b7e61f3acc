"""matplotlib figures, one module per concept; imported only when a figure is asked for."""

from __future__ import annotations

from typing import Any


def pyplot() -> Any:
    """matplotlib's pyplot: the non-interactive Agg backend (no screen), user text drawn as text."""
    import matplotlib

    matplotlib.use("Agg")
    # Names come from users: "$" must never start math mode ("$\\frac{$" would crash it).
    matplotlib.rcParams["text.parse_math"] = False
    import matplotlib.pyplot as plt

    return plt


def save_png(fig: Any, path: str) -> None:
    """Save a figure as PNG atomically and close it."""
    from ohtrack.fileio import write_atomic

    plt = pyplot()
    try:
        write_atomic(path, lambda p: fig.savefig(p, format="png", dpi=150, bbox_inches="tight"))
    finally:
        plt.close(fig)


def png_bytes(fig: Any, dpi: int = 100) -> bytes:
    """A figure as PNG bytes (for documents that embed it), then closed."""
    import io

    plt = pyplot()
    try:
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
        return buf.getvalue()
    finally:
        plt.close(fig)
