"""Figures from results, one module per concept; imported only when drawing.

Each function takes a result (``ModelMap``, ``Network``, ``IndicatorReport``, ``SurveyReport``,
``SurveyActions``, ``History``, ``InitiativeReport``) and returns a ``chart.Chart`` without
computing anything again: an SVG picture laid out here (``grid`` for heatmaps, ``axes`` for
plots, ``network`` for node-link drawings) and rendered to PNG by Typst. Write one to a file
with ``ohtrack.export(result, "x.png")`` or ``chart.savefig("x.svg")``.
"""

from __future__ import annotations

import datetime as dt


def dated(title: str, day: dt.date | None, lang: str) -> str:
    """A figure title with the report date it describes: ``… — per 1 maart 2022``."""
    from ohtrack.i18n import t
    from ohtrack.i18n.format import date

    return title if day is None else f"{title} — {t('common.as_of', lang, date=date(day, lang))}"

