"""The map follows the unit tree: own and subtree counts, levels, empty subtrees said once."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.domain import Initiative, Programme, ProgrammeInfo, Unit
from ohtrack.errors import UnknownLevelError
from ohtrack_cli.main import cli
from tests.conftest import SAMPLES


def _programme() -> Programme:
    units = [Unit(id="G", name="Gemeente", level="concern"),
             Unit(id="D1", name="Stad", parent="G", level="dienst"),
             Unit(id="A1", name="Wegen", parent="D1", level="afdeling"),
             Unit(id="A2", name="Groen", parent="D1", level="afdeling"),
             Unit(id="D2", name="Zorg", parent="G", level="dienst"),
             Unit(id="A3", name="Jeugd", parent="D2", level="afdeling"),
             Unit(id="A4", name="Wmo", parent="D2", level="afdeling")]
    inis = [Initiative(id="I1", title="a", unit="A1", outcomes=["Direction"]),
            Initiative(id="I2", title="b", unit="A1", outcomes=["Direction", "Leadership"]),
            Initiative(id="I3", title="c", unit="A2", outcomes=["Leadership"]),
            Initiative(id="I4", title="d", unit="D1", outcomes=["Motivation"]),
            Initiative(id="I5", title="e", unit="G", outcomes=["Direction"])]
    return Programme(info=ProgrammeInfo(name="P", language="en"), units=units, initiatives=inis)


def test_each_unit_counts_its_subtree() -> None:
    mm = ohtrack.model_map(_programme(), as_of=dt.date(2024, 1, 1))
    rows = {u.id: (u.own, u.count, u.depth) for u in mm.units}
    # By hand: A1 has I1, I2; A2 has I3; D1 has I4 and the four above it under it; G all five.
    assert rows == {"G": (1, 5, 1), "D1": (1, 4, 2), "A1": (2, 2, 3), "A2": (1, 1, 3),
                    "D2": (0, 0, 2), "A3": (0, 0, 3), "A4": (0, 0, 3)}
    assert mm.matrix["D1"]["direction"] == 2 and mm.matrix["G"]["direction"] == 3
    assert mm.own_matrix["G"]["direction"] == 1
    # D2 and everything under it has nothing: said once, by D2.
    assert mm.empty_units == ["D2"]
    assert "Unit Zorg and the 2 units below it have no initiative at all" in mm.findings
    assert not any("Jeugd" in f or "Wmo" in f for f in mm.findings)
    assert mm.to_dict()["as_of"] == "2024-01-01"


@pytest.mark.parametrize("level", [2, "2", "dienst", "Dienst"])
def test_one_level_of_the_tree(level: int | str) -> None:
    mm = ohtrack.model_map(_programme(), level=level)
    # G's own initiative I5 sits above the level: G is a row of its own for it.
    assert [(u.id, u.count) for u in mm.units] == [("G", 1), ("D1", 4), ("D2", 0)]
    assert mm.matrix["D1"] == {**dict.fromkeys(mm.matrix["D1"], 0), "direction": 2,
                               "leadership": 2, "motivation": 1}


def test_an_unknown_level_names_the_levels() -> None:
    with pytest.raises(UnknownLevelError, match="concern, dienst, afdeling"):
        ohtrack.model_map(_programme(), level="team")


def test_the_steel_plant_counts_its_sections() -> None:
    mm = ohtrack.model_map(ohtrack.load(SAMPLES / "staal-osf2-verbeterteam.xlsx"))
    counts = {u.name: u.count for u in mm.units}
    assert counts["Staalbedrijf IJmond-Noord"] == mm.mapped == 31
    assert counts["Oxystaalfabriek 2 (OSF2)"] == 26


def test_cli_level_and_as_of() -> None:
    path = str(SAMPLES / "staal-osf2-verbeterteam.xlsx")
    result = CliRunner().invoke(cli, ["map", path, "--level", "2", "--as-of", "1-1-2023", "--json"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads(result.stdout)
    assert data["as_of"] == "2023-01-01" and data["level"] == 2
    bad = CliRunner().invoke(cli, ["map", path, "--level", "9"])
    assert bad.exit_code == 1 and "levels 1 to 3" in bad.output
