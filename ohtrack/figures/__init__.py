"""matplotlib figures from results, one module per concept; imported only when drawing.

Each function takes a result (``ModelMap``, ``Network``, ``IndicatorReport``, ``SurveyReport``,
``History``) and returns a matplotlib ``Figure`` without computing anything again. Write one
to a file with ``ohtrack.export(result, "x.png")``.
"""

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
