"""Every real inventory gets a clean import (every row kept) or one clear line.

Counts were worked out with pandas and by reading the files (see
tests/data/inventories/SOURCES.md). Files whose licence lets them be vendored are in
tests/data/inventories/; the others are read from ../shared and skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ohtrack
from ohtrack.errors import InventoryError
from ohtrack.intake import import_inventory
from tests.conftest import REALWORLD, ROOT

VENDORED = ROOT / "tests" / "data" / "inventories"
SHARED = REALWORLD / "inventories"


def shared(rel: str) -> Path:
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"{p} not found: the real-world files in ../shared are not there")
    return p


def test_gmpp_2014_transposed() -> None:
    r = import_inventory(VENDORED / "uk_2014.csv")
    assert r.layout["orientation"] == "columns" and r.layout["encoding"] == "cp1252"
    assert len(r.programme.initiatives) == 199
    assert r.programme.initiatives[0].title == "FE Capital Investment Programme"
    # 22 department spellings, of which DOH/DoH and MOJ/MoJ are the same unit
    assert len(r.programme.units) == 20
    assert r.valid


def test_gmpp_2019_cp1252_rag(tmp_path: Path) -> None:
    r = import_inventory(VENDORED / "uk_2019.csv")
    ini = r.programme.initiatives
    assert len(ini) == 133 and len(r.programme.units) == 16
    assert sum(i.status is not None for i in ini) == 130  # 130 colours; 3 FOI exemptions
    # every FOI exemption said to be one, in dates and colours alike; "Not provided" no date
    assert {p.code for p in r.problems} == {"status-withheld", "date-withheld", "date-no-date"}
    assert all(p.file == "uk_2019.csv" and p.row and p.column for p in r.problems)
    out = r.save(tmp_path / "gmpp.xlsx")
    assert ohtrack.validate(out).valid
    assert len(ohtrack.load(out).initiatives) == 133


def test_canadian_it_projects() -> None:
    r = import_inventory(VENDORED / "ca_large_it_projects_2022.csv")
    ini = r.programme.initiatives
    assert len(ini) == 495 and len(r.programme.units) == 47
    assert sum(i.end is not None for i in ini) == 481  # estimatedCompletionDate empty in 14
    assert ini[0].id == "aafc-maa-portal"
    assert ini[0].extra["rawProvidedDate"] == "July 25, 2022"
    assert r.valid


def test_texas_corrective_actions() -> None:
    r = import_inventory(VENDORED / "us_fac_texas_2022_corrective_action_plan.xlsx")
    assert r.layout["sheets"] == ["Form"]
    assert len(r.programme.initiatives) == 30
    assert r.programme.initiatives[0].id == "2022-020"


def test_audit_findings_on_twenty_tabs() -> None:
    r = import_inventory(VENDORED / "us_fac_findings_2024-02-07.xlsx")
    assert len(r.layout["sheets"]) == 20
    assert r.counts.rows == 234
    assert len(r.programme.initiatives) == 117  # each finding is on two tabs
    assert r.counts.merged == 117
    assert r.valid


def test_gmpp_2023_semicolon_duplicate_header() -> None:
    r = import_inventory(shared("gmpp_uk_major_projects/uk_2023.csv"))
    assert (r.layout["separator"], r.layout["encoding"]) == (";", "cp1252")
    assert len(r.programme.initiatives) == 244 and len(r.programme.units) == 21
    assert "colour_rating (2)" in r.programme.initiatives[0].extra
    assert [p.code for p in r.problems if p.severity.value == "error"] == ["end-before-start"]


def test_uk_business_plans_mac_roman() -> None:
    r = import_inventory(shared("more/uk_gov_business_plans_actions_2012-08-01.csv"))
    assert r.layout["encoding"] == "mac_roman"
    assert len(r.programme.initiatives) == 1253
    assert (len(r.programme.units), len(r.programme.goals)) == (17, 79)
    assert r.mapping.target("end_status").target == "status"  # type: ignore[union-attr]
    assert "’" in r.programme.initiatives[0].title or any(
        "’" in i.title for i in r.programme.initiatives)
    assert r.valid


def test_dutch_algorithm_register_sideways() -> None:
    r = import_inventory(shared("more/nl_algoritmeregister_masterlijst_2023.xlsx"))
    assert r.layout["orientation"] == "columns"
    assert len(r.layout["sheets"]) == 11
    assert len(r.programme.initiatives) == 115
    assert r.mapping.language == "nl"
    units = {u.id: u for u in r.programme.units}
    assert all(u.parent is None or u.parent in units for u in units.values())
    assert r.valid


@pytest.mark.parametrize(("rel", "reason"), [
    ("more/nl_wap_bwa_actielog_template.xlsx", "blank"),
    ("uk_dft_templates/15-16_BLANK.xlsx", "form"),
    ("uk_dft_templates/GMPP_Template_Q2_1617_DfT.xlsx", "form"),
])
def test_forms_and_blank_templates_get_one_clear_line(rel: str, reason: str) -> None:
    with pytest.raises(InventoryError) as info:
        import_inventory(shared(rel))
    assert info.value.reason == reason
    assert "\n" not in str(info.value) and str(info.value).startswith(Path(rel).name)


def test_every_spreadsheet_of_the_reader_corpus_imports_or_says_why() -> None:
    folder = REALWORLD / "xlsx"
    if not folder.exists():
        pytest.skip(f"{folder} not found: the real-world files in ../shared are not there")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in
                   (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb", ".csv"))
    assert len(files) > 50
    outcomes = {"imported": 0, "said why": 0}
    for path in files:
        try:
            import_inventory(path)
            outcomes["imported"] += 1
        except InventoryError as exc:  # one line, never a traceback
            assert "\n" not in str(exc), path
            outcomes["said why"] += 1
    assert outcomes["imported"] > 20 and outcomes["said why"] > 10
