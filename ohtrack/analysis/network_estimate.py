"""Betweenness estimated with a proven error bound (Riondato–Kornaropoulos sampling).

Riondato and Kornaropoulos (2016, "Fast approximation of betweenness centrality through
sampling", Data Mining and Knowledge Discovery 30) sample ``r`` pairs of people uniformly and
one shortest path between each pair uniformly at random; a person's estimate is the share of
sampled paths that pass through them. With

    r = ceil(c / eps² · (floor(log2(VD - 2)) + 1 + ln(1 / delta))),   c = 0.5,

where VD bounds the number of people on a shortest path (the vertex diameter), every
person's estimate is within ``eps`` of the true value, all at once, with probability at least
``1 - delta``. The number of samples does not grow with the network, so the cost grows with
the work per sample only.

Where betweenness is spread thinly (a large organisation, top values far below ``eps``),
far fewer samples give the same guarantee. The sampling stops early, at the first of a fixed
schedule of checkpoints where the empirical Bernstein bound (Maurer and Pontil 2009,
"Empirical Bernstein bounds and sample variance penalization", COLT, Theorem 4) puts every
person's value within ``eps``, on both sides, with a union over people, sides and
checkpoints; otherwise it runs on to the Riondato–Kornaropoulos sample. The failure
probability is split: ``delta / 2`` for the checkpoints together and ``delta / 2`` for the
full sample (``sample_size`` is called with ``delta / 2``), so the result is within ``eps``
everywhere with probability ``1 - delta`` whichever rule stops it (the progressive-sampling
idea of Riondato and Upfal's ABRA and of KADABRA, with a simpler, per-person bound).

Each pair's shortest paths are found with a balanced bidirectional breadth-first search
(the side whose frontier has the smaller degree sum grows one level at a time, as in
KADABRA), which touches a small part of a large network; path counts are kept on both sides
so the path is drawn uniformly. Values are rescaled to networkx's normalisation of
undirected betweenness (``2 / ((n - 1)(n - 2))``), and ``eps`` is stated on that scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ohtrack.progress import step

#: The constant of the sample-size bound (Löffler and Phillips 2009, used by Riondato–Kornaropoulos).
C = 0.5
ALGORITHM = "riondato-kornaropoulos"
STOPPING = "empirical-bernstein"
#: The early-stopping checkpoints: at most this many, each this much larger than the last.
CHECKPOINTS = 20
GROWTH = 1.25


@dataclass(frozen=True)
class Bound:
    """The guarantee of an estimate: every value within ``epsilon`` with probability ``1 - delta``."""

    algorithm: str
    epsilon: float
    delta: float
    sample: int  # pairs of people sampled
    vertex_diameter: int  # the upper bound on people per shortest path used for ``sample``
    seed: int
    stopping: str = STOPPING  # the rule that may stop the sampling before ``sample_max``
    sample_max: int = 0  # the Riondato–Kornaropoulos sample (for delta / 2), where it stops at the latest
    stopped_early: bool = False  # True when the empirical Bernstein bound stopped it

    def to_dict(self) -> dict[str, object]:
        return {"algorithm": self.algorithm, "epsilon": self.epsilon, "delta": self.delta,
                "sample": self.sample, "vertex_diameter": self.vertex_diameter, "seed": self.seed,
                "stopping": self.stopping, "sample_max": self.sample_max,
                "stopped_early": self.stopped_early}


@dataclass
class Adjacency:
    """An undirected graph as compressed rows: the neighbours of ``v`` are
    ``indices[indptr[v]:indptr[v + 1]]``, in index order, each once; ``component`` labels
    the connected components; ``graph`` is the same graph in igraph."""

    indptr: np.ndarray
    indices: np.ndarray
    component: np.ndarray
    graph: Any

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @classmethod
    def from_edges(cls, n: int, edges: np.ndarray) -> Adjacency:
        """From an ``(m, 2)`` array of node indices (no self-loops, no repeats)."""
        from ohtrack.analysis.igraph_module import igraph

        ig = igraph()

        src = np.concatenate([edges[:, 0], edges[:, 1]]).astype(np.int64)
        dst = np.concatenate([edges[:, 1], edges[:, 0]]).astype(np.int32)
        order = np.lexsort((dst, src))  # neighbours in index order, whatever the edge order
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
        graph = ig.Graph(n=n, edges=edges.tolist())
        return cls(indptr, dst[order], np.asarray(graph.connected_components().membership), graph)


def sample_size(vertex_diameter: int, epsilon: float, delta: float) -> int:
    """Pairs to sample so that every estimate is within ``epsilon`` (on the pairs scale) with
    probability ``1 - delta``; 0 when no shortest path has a person in between."""
    if vertex_diameter < 3:
        return 0
    return math.ceil(C / epsilon**2 * (math.floor(math.log2(vertex_diameter - 2)) + 1
                                       + math.log(1 / delta)))


def vertex_diameter_bound(adj: Adjacency) -> int:
    """An upper bound on the people on any shortest path: ``2 · ecc(v) + 1`` for the
    best-connected person ``v`` of each component (exact for components of one or two)."""

    sizes = np.bincount(adj.component)
    big = np.flatnonzero(sizes > 2)
    if not len(big):
        return int(sizes.max(initial=0))
    degree = np.diff(adj.indptr)
    # The best-connected person of each component: highest degree, lowest index.
    order = np.lexsort((np.arange(adj.n), -degree, adj.component))
    first = order[np.searchsorted(adj.component[order], big)]
    ecc = adj.graph.eccentricity(vertices=first.tolist())
    return int(2 * max(ecc) + 1)


def checkpoints(n: int, epsilon: float, delta: float, limit: int) -> list[int]:
    """The fixed schedule of samples at which the empirical Bernstein bound is checked
    (``epsilon`` on the pairs' scale, ``delta`` for all checkpoints together): from the
    first size at which it can hold (a value seen in no sample) up by ``GROWTH``, below
    ``limit``, at most ``CHECKPOINTS``."""
    log_term = _log_term(n, delta)
    k = math.ceil(7 * log_term / (3 * epsilon)) + 1  # the variance-free part alone within epsilon
    out: list[int] = []
    while k < limit and len(out) < CHECKPOINTS:
        out.append(k)
        k = math.ceil(k * GROWTH)
    return out


def _log_term(n: int, delta: float) -> float:
    """``ln(2 / delta')`` of Maurer–Pontil's Theorem 4, with ``delta'`` the share of ``delta``
    of one person, one side and one checkpoint."""
    return math.log(2 * 2 * CHECKPOINTS * max(n, 1) / delta)


def bernstein_radius(counts: np.ndarray, k: int, n: int, delta: float) -> float:
    """The largest two-sided empirical Bernstein radius over people after ``k`` samples in
    which person ``v`` lay inside ``counts[v]`` of the paths (each sample a 0/1 value)."""
    log_term = _log_term(n, delta)
    p = counts / k
    variance = p * (1 - p) * (k / (k - 1))  # the sample variance of 0/1 values
    return float(np.sqrt(2 * variance.max(initial=0.0) * log_term / k) + 7 * log_term / (3 * (k - 1)))


def estimate(adj: Adjacency, epsilon: float, delta: float, seed: int) -> tuple[np.ndarray, Bound]:
    """Betweenness of every node (networkx's normalisation) and the bound that holds for it.

    ``epsilon`` is the error on the networkx scale; the sampled pairs are drawn from ordered
    pairs of distinct people, including pairs with no path between them (they add nothing).
    """
    n = adj.n
    vd = vertex_diameter_bound(adj)
    scale = n / (n - 2) if n > 2 else 1.0
    r = sample_size(vd, epsilon / scale, delta / 2)
    counts = np.zeros(n)
    used, early = r, False
    if r:
        rng = np.random.default_rng(seed)
        s = rng.integers(0, n, size=r)
        t = rng.integers(0, n - 1, size=r)
        t += t >= s
        sampler = _Sampler(adj, rng)
        stops = set(checkpoints(n, epsilon / scale, delta / 2, r))
        with step("progress.betweenness", total=r) as advance:
            done = 0
            for k, (a, b) in enumerate(zip(s.tolist(), t.tolist()), 1):
                if adj.component[a] == adj.component[b]:
                    sampler.path(a, b)
                if k % 1000 == 0 or k == r or k in stops:
                    counts += np.bincount(np.asarray(sampler.inner, dtype=np.int64), minlength=n)
                    sampler.inner.clear()
                    advance(k - done)
                    done = k
                    if k in stops and bernstein_radius(counts, k, n, delta / 2) <= epsilon / scale:
                        used, early = k, True
                        advance(r - done)
                        break
        counts *= scale / used
    return counts, Bound(ALGORITHM, epsilon, delta, used, vd, seed, STOPPING, r, early)


class _Side:
    """One side of a bidirectional search: its frontier and path counts from its root. A node
    belongs to this side's search when the sampler's ``stamp`` holds ``mark``; its distance
    from the root is ``code - base`` (the sampler's ``code``), so nothing is reset."""

    def __init__(self, n: int) -> None:
        self.sigma = np.zeros(n)
        self.front = np.zeros(1, dtype=np.int64)
        self.mark = self.base = self.level = self.work = 0


class _Sampler:
    """Draws one uniformly random shortest path between two people and counts its inner people.

    The two sides of a search never share a node (the search stops when one side reaches
    the other), so one ``stamp`` array tells whose a node is (``2 · search`` for the first
    side, ``2 · search + 1`` for the second) and one ``code`` array holds
    ``mark · (n + 1) + distance``: a node's predecessors are its neighbours with its code less one.
    """

    def __init__(self, adj: Adjacency, rng: np.random.Generator) -> None:
        self.indptr, self.indices, self.rng = adj.indptr, adj.indices, rng
        self.degree = np.diff(adj.indptr)
        self.span = adj.n + 1
        self.stamp = np.full(adj.n, -1, dtype=np.int64)
        self.code = np.full(adj.n, -1, dtype=np.int64)
        self.a, self.b = _Side(adj.n), _Side(adj.n)
        self.search = 0
        self.nodes = np.arange(adj.n, dtype=np.int64)  # a root's first frontier is a slice of it
        self.ptr: list[int] = adj.indptr.tolist()  # for one node at a time, faster than numpy's
        #: The inner people of the paths drawn since ``estimate`` last counted them.
        self.inner: list[int] = []

    def _start(self, side: _Side, mark: int, root: int) -> None:
        side.mark, side.base = mark, mark * self.span
        self.stamp[root] = mark
        self.code[root] = side.base
        side.sigma[root] = 1.0
        side.front = self.nodes[root:root + 1]
        side.level = 0
        side.work = int(self.degree[root])

    def _neighbours(self, front: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every (frontier node, neighbour) pair of a frontier of several nodes, as two arrays."""
        counts = self.degree[front]
        ends = np.add.accumulate(counts)
        # Position of each entry in ``indices``: its node's first neighbour plus its offset.
        shift = (self.indptr[front] - ends + counts).repeat(counts)
        shift += np.arange(len(shift))
        return front.repeat(counts), self.indices[shift]

    def path(self, s: int, t: int) -> None:
        """Add the people strictly inside one random shortest s–t path to ``inner``."""
        self.search += 1
        a, b, stamp = self.a, self.b, self.stamp
        self._start(a, 2 * self.search, s)
        self._start(b, 2 * self.search + 1, t)
        while True:
            x, y = (a, b) if a.work <= b.work else (b, a)
            if len(x.front) == 1:  # a root, mostly: its row of neighbours is the new frontier
                v = int(x.front[0])
                nbr = self.indices[self.ptr[v]:self.ptr[v + 1]]
                seen = stamp[nbr]
                hit = seen == y.mark
                if np.count_nonzero(hit):
                    far = nbr[hit]
                    self._draw(x, y, x.front.repeat(len(far)), far)
                    return
                front = nbr[seen != x.mark]  # sorted, each node once (a row of ``indices``)
                if not len(front):
                    return  # no path (not reached: pairs are taken within a component)
                x.sigma[front] = x.sigma[v]  # their one predecessor's paths
            else:
                src, nbr = self._neighbours(x.front)
                seen = stamp[nbr]
                hit = seen == y.mark
                if np.count_nonzero(hit):
                    self._draw(x, y, src[hit], nbr[hit])
                    return
                new = seen != x.mark
                src, nbr = src[new], nbr[new]
                if not len(nbr):
                    return
                x.sigma[nbr] = 0.0  # the new nodes, none of them in the frontier
                np.add.at(x.sigma, nbr, x.sigma[src])
                nbr.sort()  # a copy: sorted, then each node once
                keep = np.empty(len(nbr), dtype=bool)
                keep[0] = True
                np.not_equal(nbr[1:], nbr[:-1], out=keep[1:])
                front = nbr[keep]
            stamp[front] = x.mark
            x.level += 1
            self.code[front] = x.base + x.level
            x.front = front
            x.work = int(np.add.reduce(self.degree[front]))

    def _draw(self, x: _Side, y: _Side, near: np.ndarray, far: np.ndarray) -> None:
        """Pick the middle edge of the path (weighted by the paths through it), then walk back
        to both roots, each step to a predecessor in proportion to its path count."""
        weights = np.add.accumulate(x.sigma[near] * y.sigma[far])
        i = int(np.searchsorted(weights, self.rng.random() * weights[-1], side="right"))
        code, ptr, indices, rng, inner = self.code, self.ptr, self.indices, self.rng, self.inner
        for side, node in ((x, int(near[min(i, len(near) - 1)])), (y, int(far[min(i, len(far) - 1)]))):
            sigma = side.sigma
            c = int(code[node])
            while c != side.base:
                inner.append(node)
                if c == side.base + 1:  # the root is the one predecessor: no search for it,
                    rng.random()  # but the same draw as before, to keep the seeded stream
                    break
                nbr = indices[ptr[node]:ptr[node + 1]]
                pred = nbr[code[nbr] == c - 1]
                node = int(pred[_pick(sigma[pred].tolist(), rng.random())])
                c -= 1


def _pick(weights: list[float], u: float) -> int:
    """The index ``i`` drawn with probability ``weights[i] / sum(weights)`` from the uniform
    ``u`` (what ``searchsorted(cumsum(weights), u * total, "right")`` gives, added up the
    same way, without numpy's overhead on a handful of numbers)."""
    total = 0.0
    cum = []
    for w in weights:
        total += w
        cum.append(total)
    x = u * total
    for i, c in enumerate(cum):
        if c > x:
            return i
    return len(cum) - 1
