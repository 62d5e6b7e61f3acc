"""The unit × outcome heatmap of a survey; suppressed cells are hatched, never numbered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import new_figure
from ohtrack.i18n import t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.survey import SurveyReport


def heatmap_figure(report: SurveyReport, wave: str | None = None) -> Figure:
    """The heatmap of a wave (default: the latest) as a matplotlib figure."""
    import matplotlib
    import numpy as np
    from matplotlib.patches import Rectangle

    lang = report.lang
    hm = report.heatmap(wave)
    rows, cols = max(len(hm.units), 1), max(len(hm.outcomes), 1)
    grid = np.full((rows, cols), np.nan)
    for r, values in enumerate(hm.values):
        for c, v in enumerate(values):
            if v is not None:
                grid[r, c] = v
    fig = new_figure((max(6.0, 1.3 * cols + 3), max(3.0, 0.38 * rows + 1.8)))
    ax = fig.subplots()
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="white")
    finite = grid[np.isfinite(grid)]
    scale = report.stats.get("scale")
    if scale:  # colours over the answer scale, so small differences don't look large
        lo, hi = float(scale[0]), float(scale[1])
    else:
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=lo, vmax=hi if hi > lo else lo + 1,
                      aspect="auto")
    mark = t("survey.suppressed_short", lang)
    for r, hidden in enumerate(hm.hidden):
        for c, h in enumerate(hidden):
            if h:
                ax.add_patch(Rectangle((c - 0.5, r - 0.5), 1, 1, facecolor="#d9d9d9",
                                           hatch="///", edgecolor="#9a9a9a", linewidth=0))
                ax.text(c, r, mark, ha="center", va="center", fontsize=7, color="#404040")
            elif np.isfinite(grid[r, c]) and rows * cols <= 600:
                ax.text(c, r, f"{grid[r, c]:.2f}", ha="center", va="center", fontsize=7)
    ax.set_xticks(range(len(hm.outcomes)))
    ax.set_xticklabels(hm.outcomes, rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(len(hm.units)))
    ax.set_yticklabels([u["name"] for u in hm.units], fontsize=8)
    deepest = max((u["depth"] for u in hm.units), default=0)
    for label, unit in zip(ax.get_yticklabels(), hm.units):
        if unit["depth"] < deepest:  # units with units under them in bold
            label.set_fontweight("bold")
    ax.set_title(t("survey.heatmap_title", lang, wave=hm.wave), fontsize=10)
    fig.colorbar(image, ax=ax, label=t("survey.mean", lang), shrink=0.8)
    return fig
