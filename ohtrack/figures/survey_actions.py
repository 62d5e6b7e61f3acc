"""Survey scores beside initiatives: unit × outcome cells coloured by class (low and nobody
on it, low and in hand, fine, suppressed), with the mean and the number of initiatives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import dated, new_figure
from ohtrack.i18n import format, t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.survey_actions import SurveyActions

#: Colour per class.
COLOURS = {"gap": "#e06666", "in_hand": "#f6b26b", "fine": "#93c47d", "hidden": "#d9d9d9"}


def actions_figure(actions: SurveyActions) -> Figure:
    """The outcome rows of the latest wave as a grid (units down, outcomes across)."""
    from matplotlib.patches import Patch, Rectangle

    lang = actions.lang
    rows = actions.outcome_rows()
    units = list(dict.fromkeys((r.unit, r.unit_name) for r in rows))
    at = {(r.unit, r.outcome): r for r in rows}
    cols = actions.outcomes
    fig = new_figure((max(6.0, 1.4 * len(cols) + 3), max(3.0, 0.4 * len(units) + 2)))
    ax = fig.subplots()
    for y, (uid, _) in enumerate(units):
        for x, outcome in enumerate(cols):
            r = at.get((uid, outcome))
            if r is None:
                continue
            ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=COLOURS[r.status],
                                   edgecolor="white", hatch="///" if r.status == "hidden" else None))
            label = (t("survey.suppressed_short", lang) if r.status == "hidden"
                     else f"{format.number(r.mean, lang)}\n{len(r.initiatives)} ▸")
            ax.text(x, y, label, ha="center", va="center", fontsize=7)
    ax.set_xlim(-0.5, len(cols) - 0.5)
    ax.set_ylim(len(units) - 0.5, -0.5)
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels(cols, rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(len(units)))
    ax.set_yticklabels([name for _, name in units], fontsize=8)
    ax.set_title(dated(t("survey_actions.figure_title", lang, wave=actions.wave or "-"),
                       actions.as_of, lang), fontsize=10)
    ax.legend(handles=[Patch(facecolor=c, label=t(f"survey_actions.status.{k}", lang))
                       for k, c in COLOURS.items()], loc="upper left", bbox_to_anchor=(1.01, 1),
              fontsize=8)
    return fig
