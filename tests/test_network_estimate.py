"""The bounded betweenness estimate (Riondato–Kornaropoulos) against networkx's exact values."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from ohtrack.analysis import network_metrics
from ohtrack.analysis.network_estimate import (
    Adjacency,
    bernstein_radius,
    checkpoints,
    estimate,
    sample_size,
    vertex_diameter_bound,
)

#: Graphs with many equal shortest paths (grid, ladder, bipartite), hubs, bridges, components.
GRAPHS = {
    "karate": nx.karate_club_graph(),
    "florentine": nx.florentine_families_graph(),
    "grid 6x6": nx.grid_2d_graph(6, 6),
    "ladder": nx.ladder_graph(8),
    "complete bipartite 4x5": nx.complete_bipartite_graph(4, 5),
    "kite": nx.krackhardt_kite_graph(),
    "path and cycle apart": nx.disjoint_union(nx.path_graph(7), nx.cycle_graph(9)),
}
EPSILON, DELTA, SEEDS = 0.05, 0.1, range(5)


def adjacency(g: nx.Graph) -> tuple[list[object], Adjacency]:
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges()]).reshape(-1, 2)
    return nodes, Adjacency.from_edges(len(nodes), edges)


def test_sample_size_by_hand() -> None:
    # VD 11: floor(log2(9)) = 3; 0.5 / 0.01^2 * (3 + 1 + ln 10) = 5000 * 6.302585 = 31512.9
    assert sample_size(11, 0.01, 0.1) == 31513
    assert sample_size(3, 0.1, 0.5) == math.ceil(50 * (1 + math.log(2)))
    assert sample_size(2, 0.01, 0.1) == 0  # nobody can lie between two people


def test_vertex_diameter_bound() -> None:
    # Path of 10: the best-connected person is node 1 (degree 2, lowest index), 8 steps from
    # node 9, so 2 * 8 + 1 = 17 >= the true 10. A star's centre is 1 step from everyone: 3.
    assert vertex_diameter_bound(adjacency(nx.path_graph(10))[1]) == 17
    assert vertex_diameter_bound(adjacency(nx.star_graph(6))[1]) == 3
    assert vertex_diameter_bound(adjacency(nx.empty_graph(4))[1]) == 1


@pytest.mark.parametrize("name", list(GRAPHS))
def test_within_epsilon_of_exact_with_the_stated_probability(name: str) -> None:
    g = GRAPHS[name]
    exact = nx.betweenness_centrality(g, normalized=True)
    nodes, adj = adjacency(g)
    want = np.array([exact[v] for v in nodes])
    errors = []
    for seed in SEEDS:
        got, bound = estimate(adj, EPSILON, DELTA, seed)
        assert (bound.epsilon, bound.delta, bound.seed) == (EPSILON, DELTA, seed)
        assert bound.vertex_diameter >= nx.diameter(g.subgraph(max(nx.connected_components(g), key=len))) + 1
        errors.append(float(np.abs(got - want).max()))
    # At most a share delta of runs may miss; with these seeds none does, by a clear margin.
    assert sum(e > EPSILON for e in errors) <= DELTA * len(errors)
    assert max(errors) < EPSILON


def test_normalisation_matches_exact_on_a_path() -> None:
    # Path 0-1-2-3-4: node 2 lies on 4 of the 6 pairs without it, node 1 on 3; ends on none.
    _, adj = adjacency(nx.path_graph(5))
    got, _ = estimate(adj, 0.05, 0.1, seed=1)
    assert got[0] == got[4] == 0.0
    assert got[1:4] == pytest.approx([3 / 6, 4 / 6, 3 / 6], abs=0.05)
    # The mean of several runs comes closer still (the estimate is unbiased).
    runs = np.mean([estimate(adj, 0.05, 0.1, seed=s)[0] for s in range(8)], axis=0)
    assert runs == pytest.approx([0, 3 / 6, 4 / 6, 3 / 6, 0], abs=0.02)


def test_same_seed_same_values() -> None:
    _, adj = adjacency(nx.karate_club_graph())
    a, _ = estimate(adj, 0.05, 0.1, seed=7)
    b, _ = estimate(adj, 0.05, 0.1, seed=7)
    c, _ = estimate(adj, 0.05, 0.1, seed=8)
    assert np.array_equal(a, b) and not np.array_equal(a, c)


def test_estimate_through_betweenness_keeps_node_ids() -> None:
    g = nx.relabel_nodes(nx.florentine_families_graph(), str)
    got = network_metrics.betweenness(g, exact=False, epsilon=0.05)
    exact = nx.betweenness_centrality(g)
    assert got.values.keys() == exact.keys()
    assert got.values == pytest.approx(exact, abs=0.05)
    assert max(got.values, key=lambda v: got.values[v]) == "Medici"


def test_checkpoints_by_hand() -> None:
    # 10,000 people, eps 0.01, delta 0.05 for all checkpoints: ln(2 / delta') with
    # delta' = 0.05 / (2 sides * 20 checkpoints * 10,000 people) is ln(16,000,000) = 16.5881;
    # the first checkpoint is where 7 * 16.5881 / (3 * (k - 1)) <= 0.01: k = 3872, then x 1.25.
    assert checkpoints(10_000, 0.01, 0.05, 10**9)[:4] == [3872, 4840, 6050, 7563]
    assert len(checkpoints(10_000, 0.01, 0.05, 10**9)) == 20
    assert checkpoints(10_000, 0.01, 0.05, 5000) == [3872, 4840]  # only below the full sample
    assert checkpoints(10_000, 0.01, 0.05, 3872) == []


def test_bernstein_radius_by_hand() -> None:
    # 3 people, delta 0.05: ln(2 * 2 * 20 * 3 / 0.05) = ln 4800 = 8.47637. After 1,000 samples
    # the person on 100 of them (p = 0.1) has the largest variance, 0.09 * 1000 / 999 = 0.090090:
    # sqrt(2 * 0.090090 * 8.47637 / 1000) + 7 * 8.47637 / (3 * 999) = 0.039081 + 0.019798.
    counts = np.array([0.0, 50.0, 100.0])
    assert bernstein_radius(counts, 1000, 3, 0.05) == pytest.approx(0.058879, abs=1e-6)
    # Nobody on any path: the variance-free part alone.
    assert bernstein_radius(np.zeros(3), 1000, 3, 0.05) == pytest.approx(0.019798, abs=1e-6)


def test_stops_early_on_a_thinly_spread_network_and_stays_within_the_bound() -> None:
    """A sparse random network of 3,000 people: top values far below eps, so the empirical
    Bernstein bound stops the sampling well before the Riondato–Kornaropoulos sample, and
    every value is still within eps of igraph's exact betweenness."""
    from ohtrack.analysis.igraph_module import igraph

    g = nx.gnm_random_graph(3000, 15_000, seed=3)
    nodes, adj = adjacency(g)
    n = len(nodes)
    exact = np.asarray(igraph().Graph(n=n, edges=list(g.edges())).betweenness(directed=False))
    exact *= 2 / ((n - 1) * (n - 2))
    assert exact.max() < 0.01
    for seed in range(3):
        got, bound = estimate(adj, 0.02, 0.1, seed)
        assert bound.stopped_early and bound.sample < bound.sample_max / 2
        assert bound.sample in checkpoints(n, 0.02 * (n - 2) / n, 0.05, bound.sample_max)
        assert float(np.abs(got - exact).max()) < 0.02


def test_runs_to_the_full_sample_when_values_are_large() -> None:
    _, adj = adjacency(nx.karate_club_graph())
    _, bound = estimate(adj, 0.05, 0.1, seed=1)
    assert not bound.stopped_early and bound.sample == bound.sample_max
