"""Network exports (GraphML, GEXF, node-link JSON, Kumu, PNG) and pseudonymisation."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

import ohtrack
from ohtrack.analysis.network import Network
from ohtrack.domain import Programme
from ohtrack.domain.people import Group, Membership, Person, Relation, Unit
from ohtrack.domain.programme import ProgrammeInfo
from ohtrack.errors import OutputError
from ohtrack.exports import export
from ohtrack.exports.network import export_graph
from ohtrack.privacy import pseudonymise


def small() -> Programme:
    return Programme(
        info=ProgrammeInfo(name="Export test", language="en"),
        units=[Unit(id="U1", name="Koudwals"), Unit(id="U2", name="Warmwals")],
        people=[
            Person(id="P1", name="=Ann", unit="U1", tags=["a", "b"]),
            Person(id="P2", name="Bob", unit="U1"),
            Person(id="P3", name="Bob", unit="U2", role="jobcoach"),
        ],
        relations=[Relation(source="P1", target="P2", type="advises"), Relation(source="P2", target="P3")],
        groups=[Group(id="G1", type="triad", members=[Membership(person="P1"), Membership(person="P2")])],
    )


@pytest.fixture
def net() -> Network:
    return ohtrack.network(small())


def test_graphml_roundtrip(net: Network, tmp_path: Path) -> None:
    g = nx.read_graphml(export(net, tmp_path / "n.graphml"))
    assert sorted(g.nodes) == ["P1", "P2", "P3"]
    assert g.nodes["P1"]["tags"] == "a|b"
    assert g.nodes["P1"]["unit_name"] == "Koudwals"
    assert g.nodes["P2"]["degree"] == 2
    assert g.edges["P1", "P2"]["weight"] == 2.0
    assert g.edges["P1", "P2"]["types"] == "advises"
    assert "role" not in g.nodes["P1"]  # empty values are left out


def test_gexf_flat_attributes(net: Network, tmp_path: Path) -> None:
    path = export(net, tmp_path / "n.gexf")
    g = nx.read_gexf(path)
    assert g.nodes["P1"]["label"] == "=Ann"
    assert g.nodes["P3"]["role"] == "jobcoach"
    assert g.edges["P1", "P2"]["groups"] == 1
    text = path.read_text()
    assert "<gexf" in text and "liststring" not in text


def test_node_link_json(net: Network, tmp_path: Path) -> None:
    data = json.loads(export(net, tmp_path / "n.json").read_text())
    assert sorted(n["id"] for n in data["nodes"]) == ["P1", "P2", "P3"]
    assert sorted((e["source"], e["target"], e["weight"]) for e in data["links"]) == [
        ("P1", "P2", 2.0),
        ("P2", "P3", 1.0),
    ]
    assert nx.node_link_graph(data, edges="links").number_of_edges() == 2


def test_kumu_workbook(net: Network, tmp_path: Path) -> None:
    wb = load_workbook(export(net, tmp_path / "kumu.xlsx"))
    assert wb.sheetnames == ["Elements", "Connections"]
    rows = list(wb["Elements"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Label", "Type", "Tags", "ID")
    # "=Ann" stays text; two people called Bob get their ID in the label.
    assert [r[:4] for r in rows[1:]] == [
        ("=Ann", "Person", "Koudwals|a|b", "P1"),
        ("Bob (P2)", "Person", "Koudwals", "P2"),
        ("Bob (P3)", "Person", "Warmwals", "P3"),
    ]
    assert wb["Elements"]["A2"].data_type == "s"
    conns = list(wb["Connections"].iter_rows(values_only=True))
    assert conns[0][:5] == ("From", "To", "Type", "Tags", "Strength")
    assert [c[:5] for c in conns[1:]] == [
        ("=Ann", "Bob (P2)", "advises", "relations|groups", 2),
        ("Bob (P2)", "Bob (P3)", "works_with", "relations", 1),
    ]


def test_png(net: Network, tmp_path: Path) -> None:
    path = export(net, tmp_path / "n.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unknown_format(net: Network, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"n\.dot: Network can't be written as '\.dot'; "
                                          r"use \.graphml, \.gexf, \.json, \.xlsx, \.png$"):
        export(net, tmp_path / "n.dot")
    with pytest.raises(OutputError, match="does not exist"):
        export(net, tmp_path / "missing" / "n.json")


def test_pseudonymised_exports_hold_no_names(tmp_path: Path) -> None:
    net = ohtrack.network(pseudonymise(small()))
    names = {"=Ann", "Bob"}
    g = export_graph(net)
    assert not names & {d["name"] for _, d in g.nodes(data=True)}
    for suffix in ("graphml", "gexf", "json"):
        text = export(net, tmp_path / f"n.{suffix}").read_text()
        assert "Bob" not in text and "=Ann" not in text
    wb = load_workbook(export(net, tmp_path / "k.xlsx"))
    cells = {c for ws in wb for row in ws.iter_rows(values_only=True) for c in row}
    assert not names & cells
    assert all(str(f["message"]).count("Bob") == 0 for f in net.findings)
