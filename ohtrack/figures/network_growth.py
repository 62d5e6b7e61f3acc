"""The growth figure: ties and cross-unit ties at the end of every month."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ohtrack.figures import dated, lay_out, new_figure, number_axis

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.network import Network


def growth_figure(net: Network) -> Figure:
    """Two step lines over the months of ``net.growth()``: every tie, and the ties between
    units (at the network's level). Dates on the axis as the network's language writes them."""
    from matplotlib.dates import AutoDateLocator, date2num, num2date
    from matplotlib.ticker import FuncFormatter

    from ohtrack.analysis.network_compare import level_words
    from ohtrack.i18n import format, t

    lang = net.lang
    months = net.growth()
    fig = new_figure((9, 4.5))
    ax = fig.subplots()
    days = [date2num(dt.date.fromisoformat(m["date"])) for m in months]
    ax.step(days, [m["ties"] for m in months], where="post", color="#0072B2",
            label=t("network.growth_all", lang))
    ax.step(days, [m["cross_unit_ties"] for m in months], where="post", color="#D55E00",
            label=t("network.ties_between", lang, where=level_words(net.level, lang)))
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda x, _pos: format.date(num2date(x).date(), lang, style="month")))
    fig.autofmt_xdate()
    number_axis(ax.yaxis, lang)
    ax.set_xlabel(t("network.month", lang))
    ax.set_ylabel(t("network.ties", lang))
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", frameon=False)
    ax.set_title(dated(t("network.growth_title", lang, name=net.programme.info.name), net.as_of, lang))
    lay_out(fig)
    return fig
