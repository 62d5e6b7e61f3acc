"""The network aggregated to units: one circle per unit (sized by its people), one line per pair
of units whose people are tied (as thick as the ties). Readable at hundreds of people."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import TYPE_CHECKING

from ohtrack.figures import dated, lay_out, new_figure
from ohtrack.i18n import t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ohtrack.analysis.network import Network

#: At most this many units are drawn: beyond it, those with most ties.
MAX_UNITS = 30
LAYOUT_SEED = 7


def unit_pairs(net: Network) -> Counter[tuple[str, str]]:
    """Ties of the people graph between two different units, per (sorted) unit pair."""
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b in net.people_graph.edges():
        ua, ub = net.unit_of.get(a), net.unit_of.get(b)
        if ua and ub and ua != ub:
            pairs[(ua, ub) if ua <= ub else (ub, ua)] += 1
    return pairs


def unit_network_figure(net: Network, *, max_units: int = MAX_UNITS) -> Figure:
    """The people network of ``net`` drawn as a network of its units (from its results only)."""
    import networkx as nx

    pairs = unit_pairs(net)
    people = Counter(u for v, u in net.unit_of.items() if u and v in net.people_graph)
    ties = Counter[str]()
    for (a, b), n in pairs.items():
        ties[a] += n
        ties[b] += n
    units = sorted(people, key=lambda u: (-ties[u], -people[u], net.unit_label(u)))
    shown = set(units[:max_units])
    g = nx.Graph()
    g.add_nodes_from(u for u in units if u in shown)
    for (a, b), n in pairs.items():
        if a in shown and b in shown:
            g.add_edge(a, b, weight=n)
    fig = new_figure((9, 7.5))
    ax = fig.subplots()
    title = dated(t("timeline.units_title", net.lang), net.as_of, net.lang)
    if len(shown) < len(units):
        title += "\n" + t("timeline.units_truncated", net.lang, shown=len(shown), total=len(units))
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_axis_off()
    if not g.number_of_edges():
        ax.text(0.5, 0.5, t("timeline.no_units", net.lang), ha="center", va="center")
        return fig
    pos = nx.spring_layout(g, seed=LAYOUT_SEED, weight="weight", k=1.6 / max(1, g.number_of_nodes()) ** 0.5)
    top = max(d["weight"] for _, _, d in g.edges(data=True))
    nx.draw_networkx_edges(g, pos, ax=ax, edge_color="#7d8fa3",
                           width=[0.4 + 5.0 * d["weight"] / top for _, _, d in g.edges(data=True)],
                           alpha=0.55)
    most = max(people[u] for u in g.nodes)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color="#2f6fb0", edgecolors="white", linewidths=1.2,
                           node_size=[120 + 1400 * people[u] / most for u in g.nodes])
    labels = {u: textwrap.fill(net.unit_label(u), 18, break_long_words=False) for u in g.nodes}
    nx.draw_networkx_labels(g, pos, labels=labels, ax=ax, font_size=7.5,
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "alpha": 0.75, "lw": 0})
    ax.text(0, -0.02, t("timeline.units_legend", net.lang), transform=ax.transAxes, fontsize=8,
            color="#5b6775")
    lay_out(fig)
    return fig
