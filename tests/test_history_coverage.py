"""A history spanning OHI 2011 and OHI 2024: older practices carried over, the rest listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ohtrack.domain import Programme
from ohtrack.history import open_store


def programme(model: str, initiatives: dict[str, list[str]], language: str = "en") -> Programme:
    return Programme.model_validate({
        "info": {"name": "P", "model": model, "language": language},
        "units": [{"id": "U1", "name": "A"}],
        "initiatives": [{"id": k, "title": k, "practices": v} for k, v in initiatives.items()],
    })


OLD = programme("ohi-2011", {"I1": ["Shared vision", "Employee involvement"],
                             "I2": ["Customer focus", "Operationally disciplined"],
                             "I3": ["Kennisdeling"]})
NEW = programme("ohi-2024", {"I1": ["Shared vision", "Common purpose"],
                             "I4": ["Customer orientation"]})


def history(tmp_path: Path, programmes: list[Programme], lang: str | None = None) -> Any:
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = open_store(tmp_path / "h.sqlite")
    t0 = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    for i, p in enumerate(programmes):
        store.add(p, label=f"s{i + 1}", now=t0 + dt.timedelta(days=30 * i))
    hist = store.history(lang=lang)
    store.close()
    return hist


def test_older_snapshot_is_carried_onto_the_newest_model(tmp_path: Path) -> None:
    hist = history(tmp_path, [OLD, NEW])
    first, second = (s.coverage for s in hist.states)
    # Worked by hand: 2011 covers shared-vision, employee-involvement, operationally-disciplined,
    # customer-focus, knowledge-sharing; three keep their name in 2024, two have no counterpart.
    assert first.model == "ohi-2024" and first.own_model == "ohi-2011" and first.carried
    assert first.practices == ("shared-vision", "operationally-disciplined", "knowledge-sharing")
    assert first.not_carried == ("employee-involvement", "customer-focus")
    assert second.practices == ("shared-vision", "common-purpose", "customer-orientation")
    assert second.not_carried == () and not second.carried
    assert hist.to_dict()["snapshots"][0]["coverage"] == {
        "model": "ohi-2024", "own_model": "ohi-2011",
        "practices": ["shared-vision", "operationally-disciplined", "knowledge-sharing"],
        "not_carried": ["employee-involvement", "customer-focus"]}


def test_text_says_how_many_could_not_be_carried_over_in_both_languages(tmp_path: Path) -> None:
    hist = history(tmp_path, [OLD, NEW])
    en = hist.to_text("en")
    assert "Practices covered, on Organizational Health Index (2024)" in en
    assert "3 of 42" in en
    assert ("#1 (Organizational Health Index (2011)): 2 covered practices could not be carried "
            "over to Organizational Health Index (2024): Employee involvement, Customer focus") in en
    nl = hist.to_text("nl")
    assert ("#1 (Organizational Health Index (2011)): 2 afgedekte praktijken konden niet worden "
            "overgezet naar Organizational Health Index (2024): Betrokkenheid van medewerkers, "
            "Klantgerichtheid") in nl
    assert "3 van 42" in nl and "could not" not in nl


def test_back_to_the_older_model_and_one_model_throughout(tmp_path: Path) -> None:
    hist = history(tmp_path / "a", [NEW, OLD])
    first = hist.states[0].coverage
    assert first.model == "ohi-2011"
    assert first.practices == ("shared-vision",)
    assert first.not_carried == ("common-purpose", "customer-orientation")
    assert "1 covered practice" not in hist.to_text("en")
    assert "2 covered practices could not be carried over to Organizational Health Index (2011)" \
        in hist.to_text("en")
    same = history(tmp_path / "b", [OLD, OLD.model_copy(update={"initiatives": OLD.initiatives[:1]})])
    assert [s.coverage.practices for s in same.states] == [
        ("shared-vision", "employee-involvement", "operationally-disciplined", "customer-focus",
         "knowledge-sharing"), ("shared-vision", "employee-involvement")]
    assert "could not be carried over" not in same.to_text("en")


def test_model_without_crosswalk_carries_nothing_and_lists_everything(tmp_path: Path) -> None:
    ink = programme("ink", {"I1": []})
    hist = history(tmp_path, [OLD, ink])
    first = hist.states[0].coverage
    assert first.model == "ink" and first.practices == ()
    assert len(first.not_carried) == 5
