"""Custom columns in bulk: what a checked-only sheet keeps equals the cells one by one."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ohtrack.workbook.cells import plain
from ohtrack.workbook.records import CUSTOM_NONE, CUSTOM_SOME, blank_rows, custom_columns

CELL = st.sampled_from([None, "", "   ", " x ", "y", 0.0, 1.5, 3.0, 0, True])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=3).flatmap(
    lambda k: st.lists(st.lists(CELL, min_size=k, max_size=k), min_size=1, max_size=40)))
def test_whether_a_row_has_custom_values_equals_the_cells_one_by_one(rows: list[list[Any]]) -> None:
    k = len(rows[0])
    cols = [list(c) for c in zip(*rows)]
    at = {i: f"C{i}" for i in range(k)}
    light = custom_columns(at, cols, len(rows), keep=False)
    full = custom_columns(at, cols, len(rows), keep=True)
    expected = [CUSTOM_SOME if any(plain(v) is not None for v in row) else CUSTOM_NONE for row in rows]
    assert light == expected
    assert [bool(d) for d in full] == [e is CUSTOM_SOME for e in expected]
    assert full == [{f"C{i}": plain(v) for i, v in enumerate(row) if plain(v) is not None} for row in rows]


def test_a_column_of_numbers_gives_every_row_a_custom_value() -> None:
    cols = [[None] * 5000, [float(i) for i in range(5000)]]
    assert custom_columns({0: "Leeg", 1: "Budget"}, cols, 5000, keep=False) == [CUSTOM_SOME] * 5000


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(CELL, max_size=3), max_size=30))
def test_blank_rows_are_the_rows_of_only_none_and_empty_text(rows: list[list[Any]]) -> None:
    assert blank_rows(rows) == [all(v is None or v == "" for v in r) for r in rows]


def test_construct_makes_what_model_construct_makes() -> None:
    import pytest

    from ohtrack.domain import Goal, Person, Unit
    from ohtrack.domain.people import Group, Membership
    from ohtrack.workbook.records import construct

    cases: list[tuple[type[Any], dict[str, Any]]] = [
        (Person, {"id": "P-1", "name": "Anna de Vries"}),
        (Person, {"id": "P-2", "name": "Bram", "unit": "U-1", "tags": ["a"]}),
        (Unit, {"id": "U-1", "name": "Finance"}),
        (Goal, {"id": "G-1", "title": "Minder uitval"}),
        (Group, {"id": "GR-1", "members": []}),
        (Membership, {"person": "P-1", "extra": {"Rol": "trainer"}}),
    ]
    for model, values in cases:
        made, expected = construct(model, **values), model.model_construct(**values)
        assert made == expected
        assert made.model_fields_set == expected.model_fields_set
        assert made.model_dump() == expected.model_dump()
    one, two = construct(Person, id="P-1", name="x"), construct(Person, id="P-2", name="y")
    assert one.tags is not two.tags and one.extra is not two.extra  # own lists and dicts
    with pytest.raises(TypeError, match="no field 'nmae'"):
        construct(Person, id="P-1", nmae="x")


@given(st.integers(min_value=0, max_value=35), st.integers(min_value=0, max_value=5))
@settings(max_examples=40, deadline=None)
def test_row_dicts_are_the_rows_zipped_with_their_names_and_each_its_own(width: int, n: int) -> None:
    from ohtrack.workbook.records import _dicts

    names = [f"field {i}" for i in range(width)]
    columns = [[(i, r) for r in range(n)] for i in range(width)]
    dicts = _dicts(names, columns, n)
    assert dicts == ([dict(zip(names, row)) for row in zip(*columns)] if width else [{}] * n)
    if n >= 2 and width:
        dicts[0]["new"] = 1
        del dicts[0][names[0]]
        assert dicts[1] == dict(zip(names, (c[1] for c in columns)))  # the others unchanged
        assert list(_dicts(names, columns, 1)[0]) == names  # and the next ones too, in order
