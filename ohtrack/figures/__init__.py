"""matplotlib figures from results, one module per concept; imported only when drawing.

Each function takes a result (``ModelMap``, ``Network``, ``IndicatorReport``, ``SurveyReport``,
``History``) and returns a matplotlib ``Figure`` without computing anything again. Write one
to a file with ``ohtrack.export(result, "x.png")``.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def new_figure(figsize: tuple[float, float]) -> Figure:
    """A figure of its own: not registered with pyplot, so no backend is chosen, nothing
    global is kept and nothing needs closing; user text is drawn as text."""
    import matplotlib
    from matplotlib.figure import Figure

    # Names come from users: "$" must never start math mode ("$\\frac{$" would crash it).
    matplotlib.rcParams["text.parse_math"] = False
    return Figure(figsize=figsize)


def png_bytes(fig: Figure, dpi: int = 100) -> bytes:
    """A figure as PNG bytes (for documents that embed it)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    return buf.getvalue()
