"""The unit tree: subtrees, levels by depth or by name, cycles and deep chains."""

from __future__ import annotations

import pytest

from ohtrack.domain import Unit
from ohtrack.domain.tree import UnitTree
from ohtrack.errors import UnknownLevelError

UNITS = [
    Unit(id="G", name="Gemeente", level="concern"),
    Unit(id="D1", name="Dienst Stad", parent="G", level="dienst"),
    Unit(id="D2", name="Dienst Zorg", parent="G", level="dienst"),
    Unit(id="A1", name="Afdeling Wegen", parent="D1", level="afdeling"),
    Unit(id="T1", name="Team Noord", parent="A1", level="team"),
    Unit(id="A2", name="Afdeling Jeugd", parent="D2", level="afdeling"),
    Unit(id="X", name="Los"),
]


def test_depth_subtree_and_order() -> None:
    tree = UnitTree.build(UNITS)
    assert tree.depth == {"G": 1, "D1": 2, "A1": 3, "T1": 4, "D2": 2, "A2": 3, "X": 1}
    assert tree.order == ["G", "D1", "A1", "T1", "D2", "A2", "X"]
    assert tree.subtree("D1") == ["D1", "A1", "T1"]
    assert tree.ancestors("T1") == ["T1", "A1", "D1", "G"]
    assert tree.level_names() == ["concern", "dienst", "afdeling", "team"]


@pytest.mark.parametrize(("uid", "level", "expected"), [
    ("T1", 2, "D1"), ("T1", "2", "D1"), ("A2", 2, "D2"), ("G", 2, "G"), ("X", 2, "X"),
    ("T1", "dienst", "D1"), ("T1", "Dienst", "D1"), ("G", "dienst", "G"), ("nope", 2, None),
])
def test_at_level(uid: str, level: int | str, expected: str | None) -> None:
    tree = UnitTree.build(UNITS)
    assert tree.at_level(uid, tree.resolve_level(level) if uid != "nope" else level) == expected


def test_unknown_levels_name_what_there_is() -> None:
    tree = UnitTree.build(UNITS)
    with pytest.raises(UnknownLevelError, match="the Units sheet names: concern, dienst, afdeling, team"):
        tree.resolve_level("directie")
    with pytest.raises(UnknownLevelError, match="levels 1 to 4"):
        tree.resolve_level(9)


def test_cycles_and_deep_chains() -> None:
    cyc = UnitTree.build([Unit(id="A", name="A", parent="B"), Unit(id="B", name="B", parent="A")])
    assert sorted(cyc.order) == ["A", "B"] and len(cyc) == 2
    chain = [Unit(id="U0", name="U0")] + [Unit(id=f"U{i}", name=f"U{i}", parent=f"U{i - 1}")
                                           for i in range(1, 5000)]
    deep = UnitTree.build(chain)
    assert deep.depth["U4999"] == 5000
    assert deep.at_level("U4999", 3) == "U2"
    assert len(deep.subtree("U0")) == 5000
