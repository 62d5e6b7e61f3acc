"""The growth figure: ties and cross-unit ties at the end of every month."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.axes import AXIS, Axes, date_marks, day, legend, value_range
from ohtrack.figures.chart import Chart

if TYPE_CHECKING:
    from ohtrack.analysis.network import Network

WIDTH, HEIGHT, MARGIN, LEFT, TITLE = 900.0, 450.0, 16.0, 70.0, 15.0


def growth_figure(net: Network) -> Chart:
    """Two step lines over the months of ``net.growth()``: every tie, and the ties between
    units (at the network's level). Dates on the axis as the network's language writes them."""
    from ohtrack.analysis.network_compare import level_words
    from ohtrack.i18n import format, t

    lang = net.lang
    months = net.growth()
    chart = Chart(WIDTH, HEIGHT)
    title = dated(t("network.growth_title", lang, name=net.programme.info.name), net.as_of, lang)
    chart.heading([title], size=TITLE, margin=MARGIN, fit=True)
    days = [day(dt.date.fromisoformat(m["date"])) for m in months]
    ties = [m["ties"] for m in months]
    cross = [m["cross_unit_ties"] for m in months]
    today = day(net.as_of or dt.date.today())
    lo, hi = (min(days), max(days)) if days else (today - 30, today)
    y_lo, y_hi, y_ticks = value_range([*ties, *cross], zero=True)
    ax = Axes(chart, MARGIN + LEFT, 90, WIDTH - 2 * MARGIN - LEFT, HEIGHT - 90 - 62,
              lo - 5, hi + max((hi - lo) * 0.02, 5), y_lo, y_hi)
    ax.y_axis(y_ticks, lambda v: format.decimal(v, lang), label=t("network.ties", lang))
    ax.x_axis(date_marks(ax.x_lo, ax.x_hi, lang, most=8)[0])
    ax.frame()
    chart.text(ax.x + ax.w / 2, HEIGHT - MARGIN - AXIS / 2, t("network.month", lang), size=AXIS,
               anchor="middle")
    ax.step(days, ties, "#0072B2")
    ax.step(days, cross, "#D55E00")
    legend(chart, ax.x + 8, 46, [("line", "#0072B2", t("network.growth_all", lang)),
                                  ("line", "#D55E00", t("network.ties_between", lang,
                                                        where=level_words(net.level, lang)))],
           across=ax.w)
    return chart
