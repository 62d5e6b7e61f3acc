"""Shared test helpers: build small workbooks in ``tmp_path`` from plain lists."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REALWORLD = SHARED / "realworld"
SAMPLES = ROOT / "samples"
#: Files vendored for the tests (each folder has a SOURCES.md with source and licence).
DATA = ROOT / "tests" / "data"
#: A real official workbook that is not an ohtrack survey file (OGL v3.0).
NOT_A_SURVEY = DATA / "survey" / "Civil-Service-People-Survey-2019-All-Organisation-Scores-Excel.xlsx"


#: The library each LibreOffice component installs beside ``soffice`` (``libsclo.so`` …).
_LO_LIBRARY = {"calc": "sc", "writer": "sw"}


def libreoffice(component: str) -> str | None:
    """The ``soffice`` to run when LibreOffice has ``component`` (``calc`` for spreadsheets,
    ``writer`` for documents) installed, else None: Debian ships them as separate packages, and
    a missing one makes ``--convert-to`` fail with "source file could not be loaded"."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    program = Path(soffice).resolve().parent
    if not any(program.glob("lib*lo.*")):  # a layout without the libraries beside it: can't tell
        return soffice
    return soffice if any(program.glob(f"lib{_LO_LIBRARY[component]}lo.*")) else None


def shared_data(path: Path) -> Path:
    """``path`` (under ``../shared``), or skip the test saying what is missing.

    ``../shared`` holds real-world data kept beside the repository, not in it (licences that
    don't allow copying, or too big); a fresh clone has none.
    """
    if not path.exists():
        pytest.skip(f"needs {path.relative_to(SHARED.parent)}: real-world data kept beside the "
                    "repository, not in a fresh clone")
    return path

Sheets = dict[str, Sequence[Sequence[Any]]]


def write_workbook(path: Path, sheets: Sheets) -> Path:
    """Write ``{"Sheet": [[header…], [row…], …]}`` as an xlsx file (values as given)."""
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


#: The smallest valid programme: a Programme sheet and one mapped initiative.
MINIMAL: Sheets = {
    "Programme": [["Field", "Value"], ["name", "Test programme"], ["model", "ohi-2011"],
                  ["language", "en"]],
    "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "Daily start", "Direction"]],
}


@pytest.fixture(autouse=True, scope="session")
def _pseudonym_key(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests keep their pseudonym key in a temp folder, never in the user's config."""
    import os

    os.environ["OHTRACK_KEY_FILE"] = str(tmp_path_factory.mktemp("key") / "pseudonym.key")


@pytest.fixture
def make_workbook(tmp_path: Path) -> Callable[..., Path]:
    """``make_workbook(sheets, name="wb.xlsx")`` → path of a new workbook in tmp_path."""

    def make(sheets: Sheets | None = None, name: str = "wb.xlsx") -> Path:
        return write_workbook(tmp_path / name, sheets if sheets is not None else MINIMAL)

    return make
