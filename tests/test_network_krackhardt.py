"""Krackhardt's (1987) high-tech managers: the sample workbook against the published facts.

The sample workbook ships in ``samples/``; the original data files and the per-manager facts
computed from them (degrees, betweenness) live in ``../shared/realworld/krackhardt`` (no
licence to copy them here), so the tests that need them skip in a fresh clone. The counts
published for the data (21 managers, 190/102/20 ties, 232 dyads, 159 ties undirected,
densities, span of control, department sizes) are written out here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import networkx as nx
import pytest

import ohtrack
from ohtrack.analysis.network import Network
from tests.conftest import REALWORLD, SAMPLES, shared_data

DATA = REALWORLD / "krackhardt"
WORKBOOK = SAMPLES / "krackhardt-managers.xlsx"
TYPES = {"advice": "seeks_advice_from", "friendship": "friend_of", "reports_to": "reports_to"}
#: Ties and density (of n(n-1) = 420 ordered pairs) per relation, as published.
PUBLISHED = {"advice": (190, 0.452381), "friendship": (102, 0.242857), "reports_to": (20, 0.047619)}


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    """The per-manager facts computed from the original files (skips without them)."""
    loaded: dict[str, Any] = json.loads(shared_data(DATA / "derived" / "computed_facts.json").read_text())
    return loaded


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_krackhardt", SAMPLES / "make_krackhardt.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def net() -> Network:
    return ohtrack.network(ohtrack.load(WORKBOOK))


def relation(net: Network, kind: str) -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_nodes_from(net.relations_graph.nodes)
    g.add_edges_from((u, v) for u, v, k in net.relations_graph.edges(keys=True) if k == TYPES[kind])
    return g


def test_the_two_copies_agree() -> None:
    shared_data(DATA / "original_sds_aau")
    shared_data(DATA / "crosscheck_jcg95")
    mod = _maker()
    original, crosscheck = mod.read_original(), mod.read_crosscheck()
    assert original == crosscheck
    rels, attrs = original
    assert [len(rels[k]) for k in ("Advice", "Friendship", "ReportsTo")] == [441, 441, 441]
    assert len(attrs) == 21


def test_sample_is_what_the_generator_makes(tmp_path: Path) -> None:
    shared_data(DATA / "original_sds_aau")
    made = ohtrack.load(_maker().main(tmp_path / "k.xlsx"))
    sample = ohtrack.load(WORKBOOK)
    assert made.model_dump() == sample.model_dump()
    assert "Krackhardt" in str(sample.info.extra["source"]) and "1987" in str(sample.info.extra["source"])


def test_sample_is_valid() -> None:
    report = ohtrack.validate(WORKBOOK)
    assert report.valid and report.problems == []


@pytest.mark.parametrize("kind", ["advice", "friendship", "reports_to"])
def test_published_tie_counts_and_density(net: Network, kind: str) -> None:
    g = relation(net, kind)
    assert g.number_of_nodes() == 21
    assert (g.number_of_edges(), round(nx.density(g), 6)) == PUBLISHED[kind]


@pytest.mark.parametrize("kind", ["advice", "friendship", "reports_to"])
def test_degrees_and_betweenness_per_manager(net: Network, kind: str, facts: dict[str, Any]) -> None:
    g = relation(net, kind)
    assert facts["n_nodes"] == 21 and facts[kind]["n_ties"] == PUBLISHED[kind][0]
    assert {v: d for v, d in g.in_degree()} == facts[kind]["in_degree"]
    assert {v: d for v, d in g.out_degree()} == facts[kind]["out_degree"]
    got = nx.betweenness_centrality(g, normalized=True)
    assert {v: round(b, 6) for v, b in got.items()} == facts[kind]["betweenness_directed_normalized"]


def test_published_counts_190_102_20_and_159(net: Network) -> None:
    assert [relation(net, k).number_of_edges() for k in ("advice", "friendship", "reports_to")] == [
        190,
        102,
        20,
    ]
    dyads = {(u, v) for u, v in net.relations_graph.edges()}
    assert len(dyads) == 232
    assert net.summary()["ties"] == 159


def test_manager_2_is_most_sought_for_advice(net: Network) -> None:
    advice = relation(net, "advice")
    top = max(advice.in_degree(), key=lambda x: x[1])
    assert top == ("2", 18)
    assert net.people_graph.nodes["2"]["role"] == "Vice President"


def test_reports_to_tree_and_departments(net: Network) -> None:
    rt = relation(net, "reports_to")
    assert nx.is_arborescence(rt.reverse())
    assert sorted(u for u, v in rt.edges() if v == "7") == ["14", "18", "2", "21"]
    span = {k: v for k, v in rt.in_degree() if v}
    assert span == {"7": 4, "14": 7, "2": 3, "21": 4, "18": 2}  # the CEO's and the VPs' spans
    sizes = {u["unit"]: u["people"] for u in net.units["units"]}
    assert sizes == {"D0": 1, "D1": 5, "D2": 8, "D3": 3, "D4": 4}  # D0: the CEO alone


def test_people_graph_metrics_agree_with_networkx(net: Network) -> None:
    g = net.people_graph
    assert net.betweenness == pytest.approx(nx.betweenness_centrality(g), abs=1e-12)
    assert net.degree == dict(g.degree())
    cross = sum(1 for u, v in g.edges() if net.unit_of[u] != net.unit_of[v])
    assert net.units["cross_unit_ties"] == cross
    assert net.units["cross_unit_share"] == pytest.approx(cross / 159)


#: In-degree of the advice network (how many colleagues go to each manager for advice), as
#: the published matrix gives them (column sums of Krackhardt's advice matrix; Wasserman &
#: Faust 1994): manager 2 is sought by 18 of the 20 others.
ADVICE_IN = {"1": 13, "2": 18, "3": 5, "4": 8, "5": 5, "6": 10, "7": 13, "8": 10, "9": 4, "10": 9,
             "11": 11, "12": 7, "13": 4, "14": 10, "15": 4, "16": 8, "17": 9, "18": 15, "19": 4,
             "20": 8, "21": 15}
ADVICE_OUT_MAX = ("15", 20)  # manager 15 goes to every colleague for advice
#: The dyad census (mutual, asymmetric, null) of advice and friendship (Wasserman & Faust 1994).
DYADS = {"seeks_advice_from": (45, 100, 65), "friend_of": (23, 56, 131), "reports_to": (0, 20, 190)}


def test_layers_give_the_published_in_degrees_and_reciprocity(net: Network) -> None:
    layers = {lay["type"]: lay for lay in net.layers}
    assert set(layers) == {"seeks_advice_from", "friend_of", "reports_to"}
    advice = layers["seeks_advice_from"]
    assert advice["directed"] and advice["ties"] == 190
    assert advice["in_degree"] == ADVICE_IN
    assert max(advice["out_degree"].items(), key=lambda x: x[1]) == ADVICE_OUT_MAX
    assert advice["most_sought"][0] == {"person": "2", "in_degree": 18}
    for rtype, (mutual, asym, null) in DYADS.items():
        lay = layers[rtype]
        dyads = lay["dyads"]
        assert (dyads["mutual"], dyads["asymmetric"], dyads["null"]) == (mutual, asym, null)
        assert lay["reciprocity"] == pytest.approx(2 * mutual / (2 * mutual + asym))
    assert advice["reciprocity"] == pytest.approx(0.4737, abs=1e-4)  # 90 of the 190 advice ties returned
    assert layers["friend_of"]["reciprocity"] == pytest.approx(0.4510, abs=1e-4)
    person2 = next(p for p in net.people() if p["id"] == "2")
    assert person2["relations"]["seeks_advice_from"] == {"in": 18, "out": 3}
    assert net.to_dict()["layers"] == net.layers
