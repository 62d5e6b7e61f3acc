"""Survey scores beside initiatives: unit × outcome cells coloured by class (low and nobody
on it, low and in hand, fine, suppressed), with the mean and the number of initiatives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.chart import Chart
from ohtrack.figures.grid import Cell, Legend, Panel, grid_chart
from ohtrack.i18n import format, t

if TYPE_CHECKING:
    from ohtrack.analysis.survey_actions import SurveyActions

#: Colour per class.
COLOURS = {"gap": "#e06666", "in_hand": "#f6b26b", "fine": "#93c47d", "hidden": "#d9d9d9"}


def actions_figure(actions: SurveyActions) -> Chart:
    """The outcome rows of the latest wave as a grid (units down, outcomes across)."""
    lang = actions.lang
    rows = actions.outcome_rows()
    units = list(dict.fromkeys((r.unit, r.unit_name) for r in rows))
    at = {(r.unit, r.outcome): r for r in rows}
    mark = t("survey.suppressed_short", lang)
    cells: list[list[Cell | None]] = []
    for uid, _name in units:
        line: list[Cell | None] = []
        for outcome in actions.outcomes:
            r = at.get((uid, outcome))
            if r is None:
                line.append(None)
            elif r.status == "hidden":
                line.append(Cell(COLOURS["hidden"], [mark], "#404040", hatched=True))
            else:
                line.append(Cell(COLOURS[r.status],
                                 [format.number(r.mean, lang), f"{len(r.initiatives)} ▸"]))
        cells.append(line)
    title = dated(t("survey_actions.figure_title", lang, wave=actions.wave or "-"), actions.as_of,
                  lang)
    legend = Legend([("hatch", "#9a9a9a", t(f"survey_actions.status.{k}", lang)) if k == "hidden"
                     else ("box", c, t(f"survey_actions.status.{k}", lang)) for k, c in COLOURS.items()])
    return grid_chart([title], [(name, False) for _uid, name in units], list(actions.outcomes),
                      [Panel(cells)], legend, cell_w=90.0, cell_h=40.0, value_size=11.0)
