"""The unit × outcome heatmap of a survey; suppressed cells are hatched, never numbered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.figures import dated, new_figure, number_axis
from ohtrack.i18n import format, t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.survey import Heatmap, SurveyReport


def heatmap_figure(report: SurveyReport, wave: str | None = None) -> Figure:
    """The unit × outcome heatmap of one wave, or of every wave side by side (``wave`` None),
    on one colour scale."""
    waves = [wave] if wave is not None else (list(report.waves) or [""])
    grids = _aligned([report.heatmap(w) for w in waves], report)
    rows = max([len(hm.units) for hm in grids] + [1])
    cols = max([len(hm.outcomes) for hm in grids] + [1])
    width = max(6.0, 1.3 * cols + 3) if len(waves) == 1 else 1.1 * cols * len(waves) + 4
    fig = new_figure((width, max(3.0, 0.38 * rows + 1.8)))
    axes = fig.subplots(1, len(waves), sharey=True, squeeze=False)[0]
    image: Any = None
    for i, (ax, hm) in enumerate(zip(axes, grids)):
        image = _draw(ax, report, hm, labels=i == 0, alone=len(waves) == 1)
    if len(waves) > 1:
        fig.suptitle(dated(t("survey.heatmap_all", report.lang), report.as_of, report.lang),
                     fontsize=11)
    bar = fig.colorbar(image, ax=list(axes), label=t("survey.mean", report.lang), shrink=0.8)
    number_axis(bar.ax.yaxis, report.lang)
    return fig


def _aligned(grids: list[Heatmap], report: SurveyReport) -> list[Heatmap]:
    """The heatmaps with the same rows (every unit shown in any of them, in tree order)."""
    from ohtrack.analysis.survey import Heatmap

    if len(grids) < 2:
        return grids
    shown = {u["id"] for hm in grids for u in hm.units}
    units = [u for u in report.units if u["id"] in shown]
    out = []
    for hm in grids:
        at = {u["id"]: i for i, u in enumerate(hm.units)}
        empty = [None] * len(hm.outcomes)
        out.append(Heatmap(hm.wave, units, hm.outcomes,
                           [hm.values[at[u["id"]]] if u["id"] in at else list(empty) for u in units],
                           [hm.hidden[at[u["id"]]] if u["id"] in at else [False] * len(hm.outcomes)
                            for u in units]))
    return out


def _draw(ax: Any, report: SurveyReport, hm: Heatmap, labels: bool, alone: bool) -> Any:
    """One wave's heatmap on ``ax``; the image, for the colour bar."""
    import matplotlib
    import numpy as np
    from matplotlib.patches import Rectangle

    lang = report.lang
    rows, cols = max(len(hm.units), 1), max(len(hm.outcomes), 1)
    grid = np.full((rows, cols), np.nan)
    for r, values in enumerate(hm.values):
        for c, v in enumerate(values):
            if v is not None:
                grid[r, c] = v
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
                ax.text(c, r, format.number(float(grid[r, c]), lang), ha="center", va="center",
                        fontsize=7)
    ax.set_xticks(range(len(hm.outcomes)))
    ax.set_xticklabels(hm.outcomes, rotation=35, ha="right", fontsize=8)
    if labels:
        ax.set_yticks(range(len(hm.units)))
        ax.set_yticklabels([u["name"] for u in hm.units], fontsize=8)
        deepest = max((u["depth"] for u in hm.units), default=0)
        for label, unit in zip(ax.get_yticklabels(), hm.units):
            if unit["depth"] < deepest:  # units with units under them in bold
                label.set_fontweight("bold")
    if alone:
        ax.set_title(dated(t("survey.heatmap_title", lang, wave=hm.wave), report.as_of, lang),
                     fontsize=10)
    else:
        ax.set_title(f"{t('survey.wave', lang)} {hm.wave}", fontsize=10)
    return image
