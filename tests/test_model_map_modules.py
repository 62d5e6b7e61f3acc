"""Learning modules on the map: an outcome without initiatives but with modules says so."""

from __future__ import annotations

from ohtrack import model_map
from ohtrack.domain import Initiative, Module, Programme, ProgrammeInfo, Route


def test_modules_on_the_map() -> None:
    p = Programme(info=ProgrammeInfo(name="P", language="nl"),
                  initiatives=[Initiative(id="I1", title="a", outcomes=["Richting"])],
                  routes=[Route(id="R1", name="Leergang")],
                  modules=[Module(id="M1", route="R1", title="Feedback", outcomes=["Leiderschap"]),
                           Module(id="M2", route="R1", title="Coachen", outcomes=["Rolhelderheid"])])
    mm = model_map(p)
    by_id = {o.id: o for o in mm.outcomes}
    assert by_id["leadership"].modules == ["M1"]
    assert by_id["accountability"].modules == ["M2"]  # a practice names its outcome
    assert by_id["leadership"].count == 0
    assert "Geen enkel verbetertraject richt zich op Leiderschap; wel één leermodule: M1" in mm.findings
    assert "Geen enkel verbetertraject richt zich op Motivatie" in mm.findings
