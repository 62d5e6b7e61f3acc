"""The unit × outcome heatmap of a survey; suppressed cells are hatched, never numbered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import RD_YL_GN, scale, text_on, ticks
from ohtrack.figures.grid import Cell, Panel, Scale, grid_chart
from ohtrack.i18n import format, t

if TYPE_CHECKING:
    from ohtrack.analysis.survey import Heatmap, SurveyReport

#: Beyond this many cells in a wave the means are not written in them (the colours stay).
MAX_WRITTEN = 600


def heatmap_figure(report: SurveyReport, wave: str | None = None) -> Chart:
    """The unit × outcome heatmap of one wave, or of every wave side by side (``wave`` None),
    on one colour scale."""
    lang = report.lang
    waves = [wave] if wave is not None else (list(report.waves) or [""])
    grids = _aligned([report.heatmap(w) for w in waves], report)
    units = max(grids, key=lambda hm: len(hm.units)).units
    outcomes = max(grids, key=lambda hm: len(hm.outcomes)).outcomes
    low, high = _range(report, grids)
    mark = t("survey.suppressed_short", lang)

    def cell(value: float | None, hidden: bool, written: bool) -> Cell | None:
        if hidden:
            return Cell("#d9d9d9", [mark], "#404040", hatched=True)
        if value is None:
            return None
        fill = scale(RD_YL_GN, (value - low) / (high - low))
        return Cell(fill, [format.number(value, lang)] if written else [], text_on(fill))

    panels = []
    for hm in grids:
        written = len(hm.units) * len(hm.outcomes) <= MAX_WRITTEN
        heading = f"{t('survey.wave', lang)} {hm.wave}" if len(grids) > 1 else None
        panels.append(Panel([[cell(v, h, written) for v, h in zip(values, hidden)]
                             for values, hidden in zip(hm.values, hm.hidden)], heading))
    if len(grids) > 1:
        title = dated(t("survey.heatmap_all", lang), report.as_of, lang)
    else:
        title = dated(t("survey.heatmap_title", lang, wave=grids[0].wave), report.as_of, lang)
    heads = [title]
    if any(h for hm in grids for row in hm.hidden for h in row):  # what the hatched cells are
        heads.append(t("survey.suppressed_key", lang, min_group=report.min_group))
    deepest = max((u["depth"] for u in units), default=0)
    rows = [(u["name"], u["depth"] < deepest) for u in units]  # units with units under them bold
    key = Scale(RD_YL_GN, low, high, ticks(low, high), lambda v: format.decimal(v, lang),
                t("survey.mean", lang))
    return grid_chart(heads, rows, outcomes, panels, key, cell_w=80.0, cell_h=30.0,
                      value_size=11.0)


def _range(report: SurveyReport, grids: list[Heatmap]) -> tuple[float, float]:
    """The colour scale's ends: the answer scale when known (so that small differences don't
    look large), else the lowest and highest mean shown."""
    answer_scale = report.stats.get("scale")
    if answer_scale:
        low, high = float(answer_scale[0]), float(answer_scale[1])
    else:
        means = [v for hm in grids for row in hm.values for v in row if v is not None]
        low, high = (min(means), max(means)) if means else (0.0, 1.0)
    return low, high if high > low else low + 1


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
