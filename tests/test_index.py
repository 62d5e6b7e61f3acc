"""One resolver: IDs and names, however they are written, mean the same in every layer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import ohtrack
from ohtrack.domain import Initiative, Person, Programme, ProgrammeInfo, Unit
from ohtrack.index import Index, resolve_references, role_key, suggest

MIXED = {
    "Programma": [["Veld", "Waarde"], ["naam", "Gemengd"], ["model", "ohi-2011"], ["taal", "nl"]],
    "Eenheden": [["ID", "Naam", "Bovenliggend"],
                 ["PL", "Productie-lijn", None],
                 ["KW", "Kwaliteit", "productie lijn"],  # a parent by name
                 ["ond", "Onderhoud", "pl"]],  # a parent by its ID in other case
    "Personen": [["ID", "Naam", "Eenheid", "Leidinggevende"],
                 ["P1", "José Álvarez", "productie_lijn", None],
                 ["P2", "Jan de Vries", "KWALITEIT", "jose alvarez"],
                 ["P3", "Jan de Vries", "OND", "P1"]],
    "Verbetertrajecten": [["ID", "Titel", "Eenheid", "Eigenaar", "Uitkomsten", "Deelnemers"],
                          ["V1", "Dagstart", "PRODUCTIE LIJN", "JOSE ÁLVAREZ", "Richting",
                           "p1; José Alvarez"],
                          ["V2", "Werkoverleg", "Productie‐lijn", "P2", "richting", None],
                          ["V3", "Veilig werken", "Onderhoud", "p3", "Cultuur en klimaat", None]],
}


def test_validate_accepts_ids_and_names_however_written(make_workbook: Callable[..., Path]) -> None:
    report = ohtrack.validate(make_workbook(MIXED))
    # Only the hyphen look-alike (U+2010) in V2's unit is not a name that exists: nothing else.
    assert report.flatten(["cell", "code"]) == [["Verbetertrajecten!C3", "unknown-unit"]]
    problem = report.problems[0]
    assert problem.text("nl") == (
        "geen eenheid met ID of naam 'Productie‐lijn'; bedoelt u 'Productie-lijn'?")
    assert problem.text("en").endswith("did you mean 'Productie-lijn'?")


def test_load_and_analyses_see_the_ids(make_workbook: Callable[..., Path]) -> None:
    sheets = {**MIXED, "Verbetertrajecten": MIXED["Verbetertrajecten"][:2]
              + MIXED["Verbetertrajecten"][3:]}
    p = ohtrack.load(make_workbook(sheets))
    assert [(u.id, u.parent) for u in p.units] == [("PL", None), ("KW", "PL"), ("ond", "PL")]
    assert [(x.unit, x.manager) for x in p.people] == [("PL", None), ("KW", "P1"), ("ond", "P1")]
    v1, v3 = p.initiatives
    assert (v1.unit, v1.owner, v1.participants) == ("PL", "P1", ["P1", "P1"])
    assert (v3.unit, v3.owner) == ("ond", "P3")
    mm = ohtrack.model_map(p)
    units = {u.id: (u.own, u.count) for u in mm.units}
    assert units["PL"] == (1, 2) and units["ond"] == (1, 1)  # ond is below PL


def test_an_ambiguous_name_is_an_error_listing_the_candidates(
        make_workbook: Callable[..., Path]) -> None:
    sheets = {**MIXED, "Verbetertrajecten": [MIXED["Verbetertrajecten"][0],
                                             ["V1", "Dagstart", "PL", "jan de vries", "Richting",
                                              None]]}
    report = ohtrack.validate(make_workbook(sheets))
    assert report.flatten(["cell", "code"]) == [["Verbetertrajecten!D2", "ambiguous-name"]]
    assert report.problems[0].text("nl") == (
        "'jan de vries' is de naam van meer dan één persoon (P2, P3); schrijf het ID")


def test_near_misses_of_outcomes_get_a_suggestion_in_the_workbook_language(
        make_workbook: Callable[..., Path]) -> None:
    sheets = {**MIXED, "Verbetertrajecten": [MIXED["Verbetertrajecten"][0],
                                             ["V1", "Dagstart", "PL", "P1", "Cultuur en klimat",
                                              None]]}
    report = ohtrack.validate(make_workbook(sheets))
    assert report.flatten(["cell", "code"]) == [["Verbetertrajecten!E2", "unknown-outcome"]]
    assert report.problems[0].text("nl") == (
        "'Cultuur en klimat' is geen uitkomst van model ohi-2011; bedoelt u 'Cultuur en klimaat'?")
    assert report.problems[0].text("en").endswith("did you mean 'Culture and climate'?")


def _programme() -> Programme:
    return Programme(
        info=ProgrammeInfo(name="P"),
        units=[Unit(id="U1", name="Intake"), Unit(id="U2", name="Uitvoering")],
        people=[Person(id="P1", name="Karin Veenstra"), Person(id="P2", name="Piet Jansen"),
                Person(id="P3", name="Piet Jansen")],
        initiatives=[Initiative(id="I1", title="Dagstart", unit="intake", owner="karin veenstra",
                                participants=["P2", "piet jansen", "Karin Veenstra"])],
    )


@pytest.mark.parametrize(("entity", "ref", "how", "rid"), [
    ("unit", "U1", "id", "U1"),
    ("unit", "u1", "key", "U1"),
    ("unit", " INTAKE ", "name", "U1"),
    ("person", "Karin  Veenstra", "name", "P1"),
    ("person", "piet jansen", "ambiguous", None),
    ("person", "Karin Veenstraa", "unknown", None),
    (("person", "unit"), "uitvoering", "name", "U2"),
])
def test_resolution_rules(entity: str, ref: str, how: str, rid: str | None) -> None:
    r = Index(_programme()).resolve(entity, ref)
    assert (r.how, r.id) == (how, rid)


def test_suggestions_and_candidates() -> None:
    index = Index(_programme())
    assert index.resolve("person", "piet jansen").candidates == ("P2", "P3")
    assert index.resolve("person", "Karin Veenstraa").suggestion == "Karin Veenstra"
    assert index.resolve("person", "Zz").suggestion is None
    assert suggest("Cultur en klimaat", ["Richting", "Cultuur en klimaat"]) == "Cultuur en klimaat"


def test_resolve_references_rewrites_only_what_resolves() -> None:
    p = _programme()
    assert resolve_references(p) == 3
    ini = p.initiatives[0]
    assert (ini.unit, ini.owner, ini.participants) == ("U1", "P1", ["P2", "piet jansen", "P1"])
    assert resolve_references(p) == 0


def test_practices_imply_their_outcome_in_one_place() -> None:
    index = Index(_programme())
    outcomes = index.outcomes_of(["Richting"], ["Rolhelderheid", "Visie", "nope"])
    assert [o.id for o in outcomes] == ["direction", "accountability"]


def test_roles_match_whatever_their_spacing() -> None:
    assert role_key("Job coach") == role_key("jobcoach") == role_key("job-coach")
