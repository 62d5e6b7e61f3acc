"""The network figure: people coloured by unit, sized by degree, brokers labelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.figures import lay_out, new_figure
from ohtrack.figures.network_growth import growth_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.network import Network

#: How many brokers (highest betweenness) get a name label.
LABELLED_BROKERS = 5
LAYOUT_SEED = 7


def network_figure(net: Network, *, brokers: int = LABELLED_BROKERS) -> Figure:
    """The people network as a figure: one colour per unit, the top brokers named.

    The layout is networkx's spring layout with a fixed seed, so the same workbook gives
    the same picture. Names come from the network (pseudonyms when it was pseudonymised).
    """
    import matplotlib
    import networkx as nx
    from matplotlib.lines import Line2D

    from ohtrack.i18n import format, t

    g = net.people_graph
    n = g.number_of_nodes()
    pos = nx.spring_layout(g, seed=LAYOUT_SEED, weight="weight",
                           iterations=50 if n <= 2000 else 15)
    units = sorted({str(net.unit_of.get(v) or "") for v in g.nodes})
    cmap = matplotlib.colormaps["tab20" if len(units) > 10 else "tab10"]
    colour = {u: cmap(i % cmap.N) for i, u in enumerate(units)}
    fig = new_figure((10, 8))
    ax = fig.subplots()
    small = n > 500
    nx.draw_networkx_edges(g, pos, ax=ax, alpha=0.08 if small else 0.3,
                           width=0.3 if small else [0.6 + 0.4 * min(d["weight"], 5)
                                                    for _, _, d in g.edges(data=True)])
    nodes = list(g.nodes)
    sizes = [(8 if small else 60) + (2 if small else 25) * min(net.degree[v], 20) ** 0.5 * 2
             for v in nodes]
    nx.draw_networkx_nodes(g, pos, nodelist=nodes, ax=ax, node_size=sizes, linewidths=0.3,
                           edgecolors="white",
                           node_color=[colour[str(net.unit_of.get(v) or "")] for v in nodes])
    top = [v for v, _ in net.brokers(brokers)]
    if top:
        nx.draw_networkx_nodes(g, pos, nodelist=top, ax=ax, node_size=[sizes[nodes.index(v)] for v in top],
                               node_color=[colour[str(net.unit_of.get(v) or "")] for v in top],
                               edgecolors="black", linewidths=1.8)
    ys = [y for _, y in pos.values()] or [0.0]
    lift = 0.04 * ((max(ys) - min(ys)) or 1.0)
    label_pos = {v: (pos[v][0], pos[v][1] + lift) for v in top}
    labels = {v: net.person_label(v) for v in top}
    nx.draw_networkx_labels(g, label_pos, labels=labels, ax=ax, font_size=9, font_weight="bold",
                            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "alpha": 0.8, "lw": 0})
    if len(units) <= 20:
        no_unit = t("common.no_unit", net.lang)
        handles = [Line2D([], [], marker="o", ls="", color=colour[u],
                              label=net.unit_label(u) if u else no_unit) for u in units]
        ax.legend(handles=handles, title=t("network.unit", net.lang), loc="best", fontsize=8,
                  frameon=False)
    title = t("network.title", net.lang, name=net.programme.info.name)
    if net.as_of:
        title += " — " + t("network.as_of", net.lang, date=format.date(net.as_of, net.lang))
    ax.set_title(title)
    ax.set_axis_off()
    lay_out(fig)
    return fig


__all__ = ["growth_figure", "network_figure"]
