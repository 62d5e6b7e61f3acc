"""The network aggregated to units: one circle per unit (sized by its people), one line per pair
of units whose people are tied (as thick as the ties). Readable at hundreds of people."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.chart import Chart
from ohtrack.figures.layout import spring_layout
from ohtrack.figures.metrics import wrap
from ohtrack.figures.network import LAYOUT_SEED, PT, fit, label_box, node_radius
from ohtrack.i18n import t

if TYPE_CHECKING:
    from ohtrack.analysis.network import Network

#: At most this many units are drawn: beyond it, those with most ties.
MAX_UNITS = 30
#: The chart's size in pixels, its margin, its texts' sizes.
WIDTH, HEIGHT, MARGIN, TITLE, LABEL = 900.0, 750.0, 16.0, 15.0, 10.5


def unit_pairs(net: Network) -> Counter[tuple[str, str]]:
    """Ties of the people graph between two different units, per (sorted) unit pair."""
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b in net.people_graph.edges():
        ua, ub = net.unit_of.get(a), net.unit_of.get(b)
        if ua and ub and ua != ub:
            pairs[(ua, ub) if ua <= ub else (ub, ua)] += 1
    return pairs


def unit_network_figure(net: Network, *, max_units: int = MAX_UNITS) -> Chart:
    """The people network of ``net`` drawn as a network of its units (from its results only)."""
    import networkx as nx

    lang = net.lang
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
    chart = Chart(WIDTH, HEIGHT)
    title = [dated(t("timeline.units_title", lang), net.as_of, lang)]
    if len(shown) < len(units):
        title.append(t("timeline.units_truncated", lang, shown=len(shown), total=len(units)))
    head = chart.heading(title, size=TITLE, margin=MARGIN)
    if not g.number_of_edges():
        chart.text(WIDTH / 2, HEIGHT / 2, t("timeline.no_units", lang), size=13, anchor="middle")
        return chart
    top_y = head + 50
    pos = fit(spring_layout(list(g.nodes), g.edges(data="weight"), seed=LAYOUT_SEED,
                            k=1.6 / max(1, g.number_of_nodes()) ** 0.5),
              MARGIN + 70, top_y, WIDTH - 2 * MARGIN - 140, HEIGHT - top_y - 70)
    top = max(d["weight"] for _, _, d in g.edges(data=True))
    for a, b, d in g.edges(data=True):
        chart.segments([(*pos[a], *pos[b])], "#7d8fa3", width=(0.4 + 5.0 * d["weight"] / top) * PT,
                       opacity=0.55)
    most = max(people[u] for u in g.nodes)
    for u in g.nodes:
        r = node_radius(120 + 1400 * people[u] / most)
        chart.circle(*pos[u], r, "#2f6fb0", stroke="#ffffff", stroke_width=1.6)
    for u in g.nodes:
        label_box(chart, *pos[u], wrap(net.unit_label(u), 130, LABEL), size=LABEL)
    chart.text(MARGIN, HEIGHT - MARGIN - 6, t("timeline.units_legend", lang), size=11,
               fill="#5b6775")
    return chart
