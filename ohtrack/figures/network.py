"""The network figure: people coloured by unit, sized by degree, brokers labelled."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable
from typing import TYPE_CHECKING

from ohtrack.figures import dated
from ohtrack.figures.axes import legend, legend_width
from ohtrack.figures.chart import Chart
from ohtrack.figures.colours import TAB10, TAB20
from ohtrack.figures.metrics import LINE, shorten, text_width
from ohtrack.figures.network_growth import growth_figure

if TYPE_CHECKING:
    import networkx as nx

    from ohtrack.analysis.network import Network

#: How many brokers (highest betweenness) get a name label.
LABELLED_BROKERS = 5
LAYOUT_SEED = 7
#: The least pull a tie has in the layout (igraph's layout takes positive weights only).
MIN_PULL = 0.01
#: The drawing's size in pixels, its margin, the title's and the labels' text sizes.
WIDTH, HEIGHT, MARGIN, TITLE, LABEL = 1000.0, 800.0, 16.0, 15.0, 12.5
#: Up to this many ties each is drawn anti-aliased; beyond it, among so many see-through lines,
#: no one line shows its steps and they render in two thirds of the time.
SMOOTH_TIES = 500
#: Pixels per typographic point.
PT = 100 / 72


def node_radius(size: float) -> float:
    """A node's radius in pixels from its size as networkx's drawings give it (the square of
    its diameter in points)."""
    return math.sqrt(size) / 2 * PT


def fit(pos: dict[Hashable, tuple[float, float]], x: float, y: float, w: float, h: float
        ) -> dict[Hashable, tuple[float, float]]:
    """Layout positions scaled into the box (``x``, ``y``, ``w``, ``h``), proportions kept;
    up is up."""
    if not pos:
        return {}
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    k = min(w, h) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: (x + w / 2 + (px - cx) * k, y + h / 2 - (py - cy) * k) for v, (px, py) in pos.items()}


def people_layout(g: nx.Graph) -> dict[Hashable, tuple[float, float]]:
    """Positions for the people graph's nodes: igraph's Fruchterman–Reingold layout (in C, a
    grid for big graphs), ties pulling by their weight, its random start drawn from
    ``LAYOUT_SEED`` so the same graph gets the same picture."""
    import random

    from ohtrack.analysis.igraph_module import graph, igraph, index_pairs

    nodes, edges = index_pairs(g)
    if len(nodes) < 2:
        return {v: (0.0, 0.0) for v in nodes}
    weights = [_pull(w) for _, _, w in g.edges(data="weight", default=1.0)]
    ig = igraph()
    ig.set_random_number_generator(random.Random(LAYOUT_SEED))
    try:
        layout = graph(len(nodes), edges).layout_fruchterman_reingold(
            weights=weights or None, niter=500 if len(nodes) <= 2000 else 100)
    finally:
        ig.set_random_number_generator(random)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, layout.coords, strict=True)}


def _pull(weight: object) -> float:
    """A tie's weight as the layout takes it: positive (igraph's layout takes no other), so a
    tie of weight 0 or less pulls a little; none, or not a number, pulls as one tie."""
    try:
        w = float(weight)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return max(w, MIN_PULL) if w == w else 1.0


def label_box(chart: Chart, x: float, y: float, lines: list[str], *, size: float = LABEL,
              bold: bool = False) -> None:
    """Lines of text centred on (x, y) on a white, half-see-through box."""
    w = max(text_width(line, size, bold) for line in lines) + 8
    h = LINE * size * len(lines) + 4
    chart.rect(x - w / 2, y - h / 2, w, h, "#ffffff", opacity=0.8, rounded=3)
    chart.lines(x, y, lines, size=size, anchor="middle", bold=bold)


def network_figure(net: Network, *, brokers: int = LABELLED_BROKERS) -> Chart:
    """The people network as a chart: one colour per unit, the top brokers named.

    The layout is a force-directed one with a fixed seed (``people_layout``), so the same
    workbook gives the same picture. Names come from the network (pseudonyms when it was
    pseudonymised).
    """
    from ohtrack.i18n import t

    lang = net.lang
    g = net.people_graph
    n = g.number_of_nodes()
    units = sorted({str(net.unit_of.get(v) or "") for v in g.nodes})
    palette = TAB20 if len(units) > 10 else TAB10
    colour = {u: palette[i % len(palette)] for i, u in enumerate(units)}
    entries = []
    if len(units) <= 20:
        no_unit = t("common.no_unit", lang)
        entries = [("o", colour[u], shorten(net.unit_label(u) if u else no_unit, 260, 11))
                   for u in units]
    side = legend_width(entries) + 24 if entries else 0.0
    chart = Chart(WIDTH + side, HEIGHT)
    title = t("network.title", lang, name=net.programme.info.name)
    title = dated(title, net.as_of, lang) if net.as_of else title
    chart.heading([title], size=TITLE, margin=MARGIN, fit=True)
    if entries:
        chart.text(WIDTH, 58, t("network.unit", lang), size=11, bold=True)
        legend(chart, WIDTH, 70, entries)
    pos = fit(people_layout(g),
              MARGIN + 20, 60, WIDTH - 2 * MARGIN - 40, HEIGHT - 60 - MARGIN - 20)
    small = n > 500
    by_width: dict[float, list[tuple[float, float, float, float]]] = defaultdict(list)
    for a, b, d in g.edges(data=True):
        width = 0.3 if small else round((0.6 + 0.4 * min(d.get("weight", 1), 5)) * PT, 1)
        by_width[width].append((*pos[a], *pos[b]))
    smooth = g.number_of_edges() <= SMOOTH_TIES
    for width, lines in sorted(by_width.items()):
        chart.segments(lines, "#000000", width=width, opacity=0.08 if small else 0.3, smooth=smooth)
    radius = {v: node_radius((8 if small else 60) + (2 if small else 25)
                             * min(net.degree[v], 20) ** 0.5 * 2) for v in g.nodes}
    for v in g.nodes:
        chart.circle(*pos[v], radius[v], colour[str(net.unit_of.get(v) or "")], stroke="#ffffff",
                     stroke_width=0.4)
    top = [v for v, _ in net.brokers(brokers)]
    for v in top:
        chart.circle(*pos[v], radius[v], colour[str(net.unit_of.get(v) or "")], stroke="#000000",
                     stroke_width=2.5)
    placed: list[tuple[float, float, float, float]] = []
    for v in top:
        x, y = pos[v]
        text = shorten(net.person_label(v), 240, LABEL, True)
        ly = free_place(placed, x, y - radius[v] - 14, text_width(text, LABEL, True) + 8,
                        LINE * LABEL + 4)
        if ly != y - radius[v] - 14:  # moved aside: a thin line says whose label it is
            chart.segments([(x, y, x, ly)], "#000000", width=0.8, opacity=0.6)
        label_box(chart, x, ly, [text], bold=True)
    return chart


def free_place(placed: list[tuple[float, float, float, float]], x: float, y: float, w: float,
               h: float) -> float:
    """The height nearest ``y`` (steps of ``h``, up first) where a box ``w`` by ``h`` centred
    on (x, that height) overlaps none of ``placed`` (left, top, right, bottom) and stays below
    the chart's top, which gets it."""
    for step in range(12):
        cy = y - (-1) ** (step + 1) * h * ((step + 1) // 2)
        box = (x - w / 2, cy - h / 2, x + w / 2, cy + h / 2)
        if box[1] < 0:  # above the chart: the next step down instead
            continue
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in placed):
            placed.append(box)
            return cy
    placed.append((x - w / 2, y - h / 2, x + w / 2, y + h / 2))
    return y


__all__ = ["growth_figure", "network_figure"]
