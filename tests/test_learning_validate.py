"""The learning sheets through the contract: read in Dutch or English, references by ID or
name, their own checks at exact cells, in the template with drop-downs and written back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

import ohtrack
from ohtrack.domain.routes import code
from ohtrack.workbook.template import write_template

PROGRAMMA = [["Veld", "Waarde"], ["naam", "Leren"], ["model", "ohi-2011"], ["taal", "nl"],
             ["praktijkopleider_certificaat", "erkend praktijkopleider (SBB)"],
             ["kandidaat_certificaat", "Praktijkverklaring MBO-1"], ["contactpersonen_max", 2]]
GOOD = {
    "Programma": PROGRAMMA,
    "Verbetertrajecten": [["ID", "Titel", "Uitkomsten"], ["V1", "Leren", "Richting"]],
    "Personen": [["ID", "Naam", "Leervoorkeur"], ["P1", "Anna de Vries", "reflecteren"],
                 ["P2", "Bram Bakker", "doen"]],
    "Leergangen": [["ID", "Naam", "Keuzemodules"], ["L1", "Leergang medewerkers", 1]],
    "Modules": [["ID", "Leergang", "Titel", "Werkvorm", "Soort", "Uren"],
                ["M1", "Leergang medewerkers", "Communiceren", "groepstraining", "verplicht", 4],
                ["M2", "L1", "Adviseren", "online", "keuze", "2,5"]],
    "Inschrijvingen": [["Persoon", "Leergang", "Module", "Gekozen met", "Status", "Datum", "Einde"],
                       ["anna de vries", "L1", None, "P2", "bezig", "1-2-2024", None],
                       ["P1", None, "Adviseren", "Bram Bakker", "afgerond", "1-2-2024", "1-3-2024"]],
    "Leermomenten": [["ID", "Titel", "Module", "Datum", "Status", "Aanwezigen"],
                     ["E1", "Sessie 1", "M1", "2024-02-10", "gehouden", "P1"]],
    "Certificaten": [["Persoon", "Certificaat", "Uitgever", "Datum", "Geldig tot", "Status",
                      "Begeleid door"],
                     ["P2", "erkend praktijkopleider (SBB)", "SBB", "2024-01-01", "2029-01-01",
                      "behaald", None],
                     ["P1", "Praktijkverklaring MBO-1", "SBB", "2024-02-01", None, "in opleiding",
                      "Bram Bakker"]],
    "Profiel": [["ID", "Thema", "Omschrijving"], ["T1", "Samenwerken", "Over grenzen heen"]],
    "Profielscores": [["Persoon", "Thema", "Score", "Datum", "Bron", "Moment"],
                      ["P1", "samenwerken", 3.5, "2024-01-10", "zelf", "intake"]],
    "Ontwikkelpunten": [["Persoon", "Thema", "Actie", "Status"],
                        ["P1", "T1", "Elke maand een collega van buiten spreken", "bezig"]],
}


def test_the_learning_sheets_read_clean_with_names_for_ids(make_workbook: Callable[..., Path]) -> None:
    report = ohtrack.validate(make_workbook(GOOD))
    assert report.problems == []
    assert {k: report.stats[k] for k in ("routes", "modules", "enrolments", "credentials", "themes",
                                        "profile_scores", "development_points")} == {
        "routes": 1, "modules": 2, "enrolments": 2, "credentials": 2, "themes": 1,
        "profile_scores": 1, "development_points": 1}
    p = ohtrack.load(make_workbook(GOOD))
    assert [(m.id, m.route, code(m.form), code(m.kind), m.hours) for m in p.modules] == [
        ("M1", "L1", "group_training", "required", 4.0), ("M2", "L1", "online", "elective", 2.5)]
    assert [(e.person, e.route, e.module, e.chosen_with, code(e.status)) for e in p.enrolments] == [
        ("P1", "L1", None, "P2", "in_progress"), ("P1", None, "M2", "P2", "completed")]
    assert p.credentials[1].guide == "P2" and code(p.credentials[0].status) == "obtained"
    assert p.profile_scores[0].theme == "T1" and code(p.profile_scores[0].source) == "self"
    assert p.events[0].module == "M1"
    assert p.people[0].learning_preference == "reflecteren"
    assert (p.info.trainer_credential, p.info.contact_persons_max) == ("erkend praktijkopleider (SBB)", 2)


def test_a_saved_programme_loads_back_equal(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    p = ohtrack.load(make_workbook(GOOD))
    for lang in ("nl", "en"):
        saved = ohtrack.save(p, tmp_path / f"saved-{lang}.xlsx", lang=lang)
        assert ohtrack.load(saved) == p
    names = load_workbook(tmp_path / "saved-en.xlsx", read_only=True).sheetnames
    assert {"Routes", "Modules", "Enrolments", "Credentials", "Profile", "Profile scores",
            "Development points"} <= set(names)


BAD = {
    **GOOD,
    "Leergangen": [["ID", "Naam", "Keuzemodules"], ["L1", "Leergang medewerkers", 2],
                   ["L2", "Leergang leiding", None]],
    "Modules": [["ID", "Leergang", "Titel", "Soort"], ["M1", "L1", "Communiceren", "verplicht"],
                ["M2", "L1", "Adviseren", "keuze"], ["M3", "L9", "Coachen", "keuze"],
                ["M4", "L2", "Leiden", "zomaar"]],
    "Inschrijvingen": [["Persoon", "Leergang", "Module", "Datum", "Einde"],
                       ["P1", None, None, "2024-02-01", None],
                       ["P1", "L2", "M2", "2024-02-01", None],
                       ["P2", "L1", "Onbekend", "2024-03-01", "2024-02-01"]],
    "Leermomenten": [["ID", "Titel", "Module"], ["E1", "Sessie 1", "M9"]],
    "Certificaten": [["Persoon", "Certificaat", "Datum", "Geldig tot"],
                     ["P2", "BHV", "2024-05-01", "2023-05-01"]],
    "Profielscores": [["Persoon", "Thema", "Score"], ["P1", "Slagvaardig", 3],
                      ["P1", "T1", 250]],
}


def test_every_learning_problem_at_its_cell(make_workbook: Callable[..., Path]) -> None:
    report = ohtrack.validate(make_workbook(BAD))
    assert report.flatten(["cell", "code"]) == [
        ["Leergangen!C2", "too-few-electives"],
        ["Modules!B4", "unknown-route"],
        ["Modules!D5", "unknown-value"],
        ["Inschrijvingen!B2", "enrolment-without-target"],
        ["Inschrijvingen!C3", "module-not-in-route"],
        ["Inschrijvingen!C4", "unknown-module"],
        ["Inschrijvingen!E4", "end-before-start"],
        ["Leermomenten!C2", "unknown-module"],
        ["Certificaten!D2", "end-before-start"],
        ["Profielscores!B2", "unknown-theme"],
        ["Profielscores!C3", "out-of-range"],
    ]
    texts = {p.code: p.text("nl") for p in report.problems}
    assert texts["too-few-electives"] == "leergang L1 vraagt 2 keuzemodules maar biedt er 1"
    assert texts["module-not-in-route"] == "module M2 hoort bij leergang L1, niet bij L2"
    assert texts["enrolment-without-target"] == "inschrijving van P1 noemt geen leergang en geen module"
    assert texts["unknown-theme"] == "geen thema van het profiel met ID of naam 'Slagvaardig'"
    en = {p.code: p.text("en") for p in report.problems}
    assert en["unknown-route"] == "no route with ID or name 'L9'"
    assert en["too-few-electives"] == "route L1 asks for 2 electives but offers 1"


def test_the_template_has_the_learning_sheets_with_drop_downs(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx", lang="nl")
    wb = load_workbook(path)
    lists = wb["Lijsten"]
    column = {c[0].value: [v.value for v in c[1:] if v.value is not None] for c in lists.iter_cols()}
    assert column["Werkvorm module"] == ["groepstraining", "online", "coaching", "praktijkleren",
                                         "intervisie", "zelfstudie"]
    assert column["Status inschrijving"] == ["ingeschreven", "bezig", "afgerond", "gestopt"]
    assert column["Bron score"] == ["zelf", "leidinggevende", "collega"]
    modules = wb["Modules"]
    assert [c.value for c in modules[1]] == ["ID", "Leergang", "Titel", "Werkvorm", "Soort", "Uren",
                                             "Omschrijving"]
    kinds = {str(dv.sqref): (dv.formula1, dv.errorStyle) for dv in modules.data_validations.dataValidation}
    assert kinds["D2:D1000"][1] == "information"  # form: an open list
    assert kinds["E2:E1000"][1] == "stop"  # required or elective: closed
    assert modules["B1"].comment.text == "Een ID uit het blad Leergangen. Verplicht."
    assert wb["Inschrijvingen"]["D1"].comment.text.startswith("Met wie de keuze is gemaakt")
    # the template reads as a valid (empty) programme once it has a name and an initiative
    assert ohtrack.validate(path).flatten(["code"]) == [["missing-value"]]


def test_the_template_can_hold_a_built_in_profile(tmp_path: Path) -> None:
    from ohtrack.frameworks import profile, profiles

    assert profiles() == ["den-haag"]
    built_in = profile("den-haag")
    assert [x.name_nl for x in built_in.themes] == ["Samenwerken", "Verbindend", "Omgevingsbewust",
                                                    "Slagvaardig"]
    assert "Pitstop voor managers gemeente Den Haag" in built_in.source
    path = write_template(tmp_path / "p.xlsx", lang="en", profile="den-haag")
    rows = list(load_workbook(path)["Profile"].iter_rows(values_only=True))
    assert [r[:2] for r in rows] == [("ID", "Theme"), ("samenwerken", "Collaborating"),
                                     ("verbindend", "Connecting"),
                                     ("omgevingsbewust", "Aware of the environment"),
                                     ("slagvaardig", "Decisive")]
    p = ohtrack.load(path, strict=False)
    assert [x.id for x in p.themes] == ["samenwerken", "verbindend", "omgevingsbewust", "slagvaardig"]
    assert "den-haag" not in ohtrack.models.available()  # a profile is not a health model


def test_loaded_learning_records_make_clean_json_snapshots(make_workbook: Callable[..., Path]) -> None:
    import warnings

    from ohtrack.domain import Programme

    p = ohtrack.load(make_workbook(GOOD))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. a code where an enum is expected would warn
        text = p.model_dump_json()
    assert Programme.model_validate_json(text) == p
