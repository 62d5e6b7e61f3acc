"""The same list saved by LibreOffice as .xls and .ods imports the same; the Canadian
file's own date texts, read by the date rules, at the rows pandas finds them."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from ohtrack.intake import Mapping, import_inventory
from tests.conftest import ROOT, libreoffice

SOFFICE = libreoffice("calc")
CANADA = ROOT / "tests" / "data" / "inventories" / "ca_large_it_projects_2022.csv"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice Calc (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_xls_and_ods(tmp_path: Path, fmt: str) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Acties"
    for row in (["Actie", "Eigenaar", "Status", "Deadline"],
                ["Werkoverleg", "Anna de Vries", "loopt", dt.date(2022, 3, 1)],
                ["Magazijn 5S", "Bram Bakker", "gereed", "TBC"]):
        ws.append(row)
    src = tmp_path / "acties.xlsx"
    wb.save(src)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(tmp_path / fmt), str(src)], check=True, capture_output=True,
                   timeout=180)
    r = import_inventory(tmp_path / fmt / f"acties.{fmt}")
    assert [(i.title, str(i.status), i.end) for i in r.programme.initiatives] == [
        ("Werkoverleg", "active", dt.date(2022, 3, 1)), ("Magazijn 5S", "done", None)]
    assert r.problem_texts() == [
        f"acties.{fmt} sheet 'Acties', row 3, column 'Deadline' (D3): 'TBC' is no date: left empty"]


def test_the_canadian_date_texts(tmp_path: Path) -> None:
    import pandas as pd

    raw = pd.read_csv(CANADA, dtype=str).rawProvidedDate  # row 2 of the file is index 0
    row = {text: int(i) + 2 for i, text in reversed(list(raw.items())) if isinstance(text, str)}
    text = Mapping.suggest(CANADA).to_toml("en")
    text = re.sub(r'"estimatedCompletionDate"\s*= "end"', '"estimatedCompletionDate" = "custom"', text)
    text = re.sub(r'"rawProvidedDate"\s*= "custom"', '"rawProvidedDate" = "end"', text)
    mapping = tmp_path / "ca.toml"
    mapping.write_text(text, encoding="utf-8")
    r = import_inventory(CANADA, mapping)
    ends = {i: x.end for i, x in enumerate(r.programme.initiatives, start=2)}
    for written, date in [("Q4 2023/24", dt.date(2024, 3, 31)), ("2022-23", dt.date(2023, 3, 31)),
                          ("Fiscal Year 23/24 2", dt.date(2023, 9, 30)),
                          ("31-Mar-23 (under review)", dt.date(2023, 3, 31)),
                          ("30-Sep-2023", dt.date(2023, 9, 30)), ("03-31-2023", dt.date(2023, 3, 31)),
                          ("Q2 FY22-23", dt.date(2022, 9, 30)), ("May-June 2022", dt.date(2022, 6, 30)),
                          ("Fall 2022", dt.date(2022, 11, 30)), ("July 25, 2022", dt.date(2022, 7, 25))]:
        assert ends[row[written]] == date, written
    codes = {(p.row, p.code) for p in r.problems if p.column == "rawProvidedDate"}
    for written, code in [("TBD", "date-no-date"), ("Not yet determined", "date-no-date"),
                          ("2023-04-31", "date-no-such-date"), ("March 23, 1931", "date-implausible"),
                          ("On hold due to lack of funding", "date-not-a-date"),
                          ("31-Mar-23 (under review)", "date-note")]:
        assert (row[written], code) in codes, written
    assert len(r.programme.initiatives) == 495


def test_repeated_bad_dates_of_a_workbook_are_flagged_at_every_cell(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Acties"
    ws.append(["Project Name", "Start date", "Deadline"])
    for i, (start, end) in enumerate([(5, "TBC"), (5, 12), ("31.12.24 (moved)", True),
                                      ("2024-01-01", 12), (5, "TBC")]):
        ws.append([f"P{i}", start, end])
    wb.save(tmp_path / "nums.xlsx")
    r = import_inventory(tmp_path / "nums.xlsx")
    # Excel serial 5 is 1900-01-05 and 12 is 1900-01-11 (days after 1899-12-30): typos, kept.
    assert [(p.row, p.column, p.code) for p in r.problems] == [
        (2, "Start date", "date-implausible"), (2, "Deadline", "date-no-date"),
        (3, "Start date", "date-implausible"), (3, "Deadline", "date-implausible"),
        (4, "Start date", "date-note"), (4, "Deadline", "date-not-a-date"),
        (5, "Deadline", "date-implausible"), (5, "Deadline", "end-before-start"),
        (6, "Start date", "date-implausible"), (6, "Deadline", "date-no-date")]
    assert r.problem_texts()[0] == ("nums.xlsx sheet 'Acties', row 2, column 'Start date' (B2): "
                                    "'5.0': the year 1900 looks like a typo; kept")
    assert [p.message for p in r.problems] == r.problem_texts()
