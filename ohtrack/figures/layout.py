"""A force-directed layout for small graphs, in plain Python.

The Fruchterman–Reingold algorithm as networkx's ``spring_layout`` runs it (the same forces,
temperature and stopping rule), written out for the few nodes of a drawing of units: at
thirty nodes it takes milliseconds, where networkx's needs numpy (0.1–0.2 s to import in a
playbook that otherwise never loads it). The people network, of hundreds or thousands of
nodes, is laid out by igraph (``figures.network.people_layout``); this one's forces (``k``)
keep a few heavily tied units apart, where igraph's would put them on top of each other.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Iterable


def spring_layout(nodes: list[Hashable], edges: Iterable[tuple[Hashable, Hashable, float]], *,
                  seed: int, k: float | None = None, iterations: int = 50,
                  threshold: float = 1e-4) -> dict[Hashable, tuple[float, float]]:
    """Positions in [-1, 1]² for ``nodes`` tied by weighted ``edges``: ties pull (as their
    weight), every pair of nodes pushes; the same seed gives the same picture."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    at = {v: i for i, v in enumerate(nodes)}
    weight = [[0.0] * n for _ in range(n)]
    for a, b, w in edges:
        i, j = at[a], at[b]
        if i != j:
            weight[i][j] = weight[j][i] = weight[i][j] + float(w)
    rnd = random.Random(seed)
    xs = [rnd.random() for _ in range(n)]
    ys = [rnd.random() for _ in range(n)]
    k = k if k is not None else math.sqrt(1.0 / n)
    t = 0.1 * max(max(xs) - min(xs), max(ys) - min(ys))
    step = t / (iterations + 1)
    for _ in range(iterations):
        moves = []
        for i in range(n):
            dx_sum = dy_sum = 0.0
            xi, yi, wi = xs[i], ys[i], weight[i]
            for j in range(n):
                if j == i:
                    continue
                dx, dy = xi - xs[j], yi - ys[j]
                d = max(math.hypot(dx, dy), 0.01)
                force = k * k / (d * d) - wi[j] * d / k
                dx_sum += dx * force
                dy_sum += dy * force
            length = max(math.hypot(dx_sum, dy_sum), 0.01)
            moves.append((dx_sum * t / length, dy_sum * t / length))
        for i, (mx, my) in enumerate(moves):
            xs[i] += mx
            ys[i] += my
        t -= step
        if math.sqrt(sum(mx * mx + my * my for mx, my in moves)) / n < threshold:
            break
    cx, cy = sum(xs) / n, sum(ys) / n
    span = max(max(abs(x - cx) for x in xs), max(abs(y - cy) for y in ys)) or 1.0
    return {v: ((xs[i] - cx) / span, (ys[i] - cy) / span) for i, v in enumerate(nodes)}
