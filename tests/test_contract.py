"""The contract is the one registry: every list has a sheet, every sheet matches its model,
and a sheet added in a test is read, checked, counted, written and pseudonymised."""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path

import pytest

import ohtrack
from ohtrack.domain import Programme
from ohtrack.domain.base import Record
from ohtrack.history.schema import counts_of
from ohtrack.privacy import pseudonymise
from ohtrack.workbook.contract import (
    KINDS,
    MODEL_REFS,
    UNION_REFS,
    VOCABULARIES,
    Column,
    Sheet,
    find_sheet,
    model_fields,
    record_sheets,
    register_sheet,
    registered,
    sheets,
)


def _list_attrs() -> set[str]:
    out = set()
    for name, info in Programme.model_fields.items():
        if typing.get_origin(info.annotation) is list:
            out.add(name)
    return out


def test_every_list_of_the_programme_has_a_sheet() -> None:
    assert _list_attrs() == {s.programme_attr for s in record_sheets()}


@pytest.mark.parametrize("spec", record_sheets(), ids=lambda s: s.key)
def test_every_sheet_has_exactly_its_models_fields(spec: Sheet) -> None:
    assert set(spec.row_fields()) == model_fields(spec)
    assert len(spec.row_fields()) == len(set(spec.row_fields()))


def test_columns_are_well_formed() -> None:
    entities = {s.entity for s in sheets() if s.entity}
    for spec in sheets():
        seen: set[str] = set()
        for col in spec.columns:
            assert col.kind in KINDS, (spec.key, col.field)
            assert not (col.names() & seen), (spec.key, col.field)  # no two columns share a header
            seen |= col.names()
            if col.ref is not None:
                assert col.ref in MODEL_REFS or set(col.targets) <= entities, (spec.key, col.ref)
            if col.vocab is not None:
                assert col.vocab in VOCABULARIES
        if spec.id_field:
            assert spec.id_field in spec.row_fields()
        if spec.name_field:
            assert spec.name_field in spec.row_fields()
    assert all(set(u) <= entities for u in UNION_REFS.values())


def test_sheet_names_do_not_clash() -> None:
    names = [n for s in sheets() for n in s.names()]
    assert len(names) == len(set(names))


class Award(Record):
    """A test-only record: an award a person received."""

    id: str
    person: str
    title: str
    note: str | None = None


AWARDS = Sheet(
    "awards", "Awards", "Onderscheidingen", model=Award, entity="award",
    id_field="id", name_field="title",
    columns=(
        Column("id", "ID", "ID", kind="id", required=True),
        Column("person", "Person", "Persoon", kind="id", required=True, ref="person"),
        Column("title", "Title", "Titel", required=True),
        Column("note", "Note", "Notitie", kind="prose"),
    ),
)

WORKBOOK = {
    "Programme": [["Field", "Value"], ["name", "Certified"], ["language", "en"]],
    "People": [["ID", "Name"], ["P1", "Anna de Vries"], ["P2", "Bram Bakker"]],
    "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "Daily start", "Direction"]],
    "Awards": [["ID", "Person", "Title", "Note", "Issuer"],
                    ["C1", "P1", "Praktijkopleider", "Anna de Vries passed", "SBB"],
                    ["C2", "bram bakker", "Praktijkverklaring", None, None],
                    ["C2", "P9", "Praktijkverklaring", "again", None]],
}


def test_a_registered_sheet_needs_no_other_edit(make_workbook: Callable[..., Path],
                                                tmp_path: Path) -> None:
    with registered(AWARDS):
        assert find_sheet("onderscheidingen") is AWARDS
        path = make_workbook(WORKBOOK)
        report = ohtrack.validate(path)
        # Duplicate IDs and references are checked from the contract alone.
        assert report.flatten(["cell", "code"]) == [
            ["Awards!A4", "duplicate-id"], ["Awards!B4", "unknown-person"]]
        assert report.stats["awards"] == 3
        programme = ohtrack.read(path).programme
        assert programme is not None
        rows = programme.table("awards")
        assert [(r.id, r.person, r.title) for r in rows] == [  # type: ignore[attr-defined]
            ("C1", "P1", "Praktijkopleider"), ("C2", "P2", "Praktijkverklaring"),
            ("C2", "P9", "Praktijkverklaring")]
        assert rows[0].extra == {"Issuer": "SBB"}
        # Counted for history, kept through JSON and through a saved workbook.
        data = programme.model_dump(mode="json")
        assert counts_of(data)["awards"] == 3
        assert Programme.model_validate_json(programme.model_dump_json()) == programme
        saved = ohtrack.save(programme, tmp_path / "saved.xlsx")
        assert ohtrack.read(saved).programme.table("awards") == rows  # type: ignore[union-attr]
        # Pseudonymised: a name in the sheet's free text is replaced.
        masked = pseudonymise(programme).table("awards")
        assert masked[0].note == f"{pseudonymise(programme).people[0].name} passed"  # type: ignore[attr-defined]
    assert find_sheet("onderscheidingen") is None


def test_register_refuses_a_sheet_that_does_not_fit() -> None:
    with pytest.raises(ValueError, match="already in the contract"):
        register_sheet(Sheet("units2", "Units", "Units2", columns=(), model=Award))
    bad = Sheet("creds", "Creds", "Creds", model=Award,
                columns=(Column("nope", "Nope", "Nope"),))
    with pytest.raises(ValueError, match="not fields of its model"):
        register_sheet(bad)
