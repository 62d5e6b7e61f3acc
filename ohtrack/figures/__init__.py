"""Figures from results, one module per concept; imported only when drawing.

Each function takes a result (``ModelMap``, ``Network``, ``IndicatorReport``, ``SurveyReport``,
``History``) and returns its figure without computing anything again: a ``chart.Chart`` (SVG,
rendered to PNG by resvg) for the model map, a matplotlib ``Figure`` for the others until they
move to charts too. Both answer ``savefig``; write one to a file with
``ohtrack.export(result, "x.png")``.
"""

from __future__ import annotations

import datetime as dt
import io
import weakref
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.figures.chart import Chart

#: What a figure function returns.
Drawing = Union["Chart", "Figure"]


def warm(*modules: str) -> None:
    """Import what drawing a PNG needs (matplotlib's figure and Agg canvas, and the figure
    modules named), so that processes forked afterwards only draw."""
    import importlib

    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401

    for name in modules:
        importlib.import_module(name)


def new_figure(figsize: tuple[float, float]) -> Figure:
    """A figure of its own: not registered with pyplot, so no backend is chosen, nothing
    global is kept and nothing needs closing; user text is drawn as text."""
    import matplotlib
    from matplotlib.figure import Figure

    # Names come from users: "$" must never start math mode ("$\\frac{$" would crash it).
    matplotlib.rcParams["text.parse_math"] = False
    return Figure(figsize=figsize)


def number_axis(axis: Any, lang: str) -> None:
    """Tick labels of a numeric axis written as the language writes numbers (``0,5``)."""
    from matplotlib.ticker import FuncFormatter

    from ohtrack.i18n.format import decimal

    axis.set_major_formatter(FuncFormatter(lambda x, _pos: decimal(float(x), lang)))


def dated(title: str, day: dt.date | None, lang: str) -> str:
    """A figure title with the report date it describes: ``… — per 1 maart 2022``."""
    from ohtrack.i18n import t
    from ohtrack.i18n.format import date

    return title if day is None else f"{title} — {t('common.as_of', lang, date=date(day, lang))}"


#: Figures whose layout was fitted to their size (``lay_out``): saved as they are, without
#: matplotlib's "tight" bounding box, which draws the whole figure once more to measure it.
_LAID_OUT: weakref.WeakSet[Any] = weakref.WeakSet()


def safe_texts(fig: Figure) -> None:
    """Every text of the figure through ``ohtrack.text.safe_text``, as in every other export
    (what no font draws, NUL, ESC …, shows as U+FFFD, and a lone surrogate can't crash drawing),
    and cut at ``chart.FIGURE_TEXT_LIMIT`` characters."""
    from matplotlib.text import Text
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    from ohtrack.figures.chart import chart_text as safe_text

    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):  # tick labels are drawn anew from their formatter
            for formatter in (axis.get_major_formatter(), axis.get_minor_formatter()):
                if isinstance(formatter, FixedFormatter):
                    formatter.seq = [safe_text(x) for x in formatter.seq]
                elif isinstance(formatter, FuncFormatter) and not getattr(formatter, "_safe", False):
                    formatter.func = (lambda f: lambda x, pos=None: safe_text(f(x, pos)))(formatter.func)
                    formatter._safe = True  # type: ignore[attr-defined]
    for text in fig.findobj(Text):
        shown = text.get_text()
        if safe_text(shown) != shown:
            text.set_text(safe_text(shown))


def lay_out(fig: Figure, rect: tuple[float, float, float, float] = (0, 0, 1, 1)) -> None:
    """Fit the axes, titles, labels and legends into the figure (``tight_layout``) once."""
    safe_texts(fig)
    fig.tight_layout(rect=rect)
    # tight_layout leaves a placeholder layout engine behind, for which savefig draws the
    # whole figure once more before drawing it; the layout is done, so none is kept
    fig.set_layout_engine(None)
    _LAID_OUT.add(fig)


def save_png(fig: Drawing, target: str | Path | IO[bytes], dpi: int) -> None:
    """Write a figure as PNG: as laid out, or cropped to what it draws when not laid out."""
    from ohtrack.figures.chart import Chart

    if isinstance(fig, Chart):
        fig.savefig(target, format="png", dpi=dpi)
        return
    safe_texts(fig)
    fig.savefig(target, format="png", dpi=dpi, bbox_inches=None if fig in _LAID_OUT else "tight")


def png_bytes(fig: Drawing, dpi: int = 100) -> bytes:
    """A figure as PNG bytes (for documents that embed it)."""
    buf = io.BytesIO()
    save_png(fig, buf, dpi)
    return buf.getvalue()
