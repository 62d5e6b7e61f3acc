"""A pseudonymised programme leaks no name and no person ID into any export (issue 15.5: names
in lessons in every written form, in Role, Tags, a relation's type and a custom column header)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import ohtrack
from ohtrack.domain import Initiative, Lesson, Person, Programme, ProgrammeInfo, Relation, Unit
from ohtrack.exports import export
from ohtrack.privacy import pseudonymise

KEY = b"s" * 32
#: What must appear in no export once pseudonymised (compared in lower case).
SECRETS = ["anna", "vries", "bram", "bakker", "lvarez", "emp-4711", "emp-4712", "example.org"]


def programme() -> Programme:
    return Programme(
        info=ProgrammeInfo(name="Privacy", language="nl", mission="Samen met Anna de Vries"),
        units=[Unit(id="U1", name="Magazijn")],
        people=[Person(id="emp-4711", name="Anna de Vries", email="anna@example.org", unit="U1",
                       role="coach van Bram Bakker", tags=["maatje van Anna"]),
                Person(id="emp-4712", name="Bram Bakker", unit="U1", manager="emp-4711"),
                Person(id="emp-4713", name="José Álvarez", unit="U1")],
        relations=[Relation(source="emp-4711", target="emp-4712", type="mentor van Bram"),
                   Relation(source="emp-4712", target="emp-4713")],
        initiatives=[Initiative(id="I1", title="Dagstart met A. de Vries", unit="U1", owner="emp-4711",
                                outcomes=["Richting"], participants=["emp-4712", "emp-4713"],
                                extra={"Notitie van Bram Bakker": "ANNA  DE\u00a0VRIES belde"})],
        lessons=[Lesson(id="L1", observation="An\u00adna de Vr\u200bies en Bram\nBakker: mail "
                        "anna@example.org; Mw. De Vries zei het"),
                 Lesson(id="L2", observation="Jose\u0301 A\u0301lvarez en Bram zeiden")],  # decomposed
    )


def texts(path: Path) -> str:
    """Everything a file says, lower case: cell values, document text or the text itself."""
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(path) as z:
            return " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                            if n.endswith(".xml")).lower()
    return path.read_text(encoding="utf-8").lower()


@pytest.fixture(scope="module")
def masked() -> Programme:
    return pseudonymise(programme(), key=KEY)


def test_the_programme_itself_still_holds_the_names() -> None:
    """The check below finds what it looks for: the unmasked exports do contain them."""
    p = programme()
    assert all(s in (p.model_dump_json().lower()) for s in SECRETS)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json", ".xlsx"])
def test_network_exports(masked: Programme, suffix: str, tmp_path: Path) -> None:
    found = texts(export(ohtrack.network(masked), tmp_path / f"n{suffix}"))
    assert [s for s in SECRETS if s in found] == []


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_model_map_exports(masked: Programme, suffix: str, tmp_path: Path) -> None:
    found = texts(export(ohtrack.model_map(masked), tmp_path / f"m{suffix}"))
    assert [s for s in SECRETS if s in found] == []


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_playbook_exports(masked: Programme, suffix: str, tmp_path: Path) -> None:
    found = texts(export(ohtrack.playbook(masked), tmp_path / f"p{suffix}"))
    assert [s for s in SECRETS if s in found] == []


def test_the_unmasked_playbook_does_name_them(tmp_path: Path) -> None:
    found = texts(export(ohtrack.playbook(programme()), tmp_path / "p.md"))
    assert "anna de vries" in found and "bram" in found
