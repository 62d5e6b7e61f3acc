"""``paused``: the cyclic collector off meanwhile; with ``long_lived`` survivors go to the oldest
generation without being walked."""

from __future__ import annotations

import gc

import pytest

from ohtrack.collector import paused


@pytest.fixture(autouse=True)
def _collector_on():
    was_on = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if not was_on:
        gc.disable()


def _generations_of(*objs: object) -> set[int | None]:
    """The generations the objects are in (None: not tracked or frozen)."""
    ids = {g: {id(o) for o in gc.get_objects(generation=g)} for g in range(3)}
    return {next((g for g in range(3) if id(x) in ids[g]), None) for x in objs}


def test_paused_turns_the_collector_off_and_back_on() -> None:
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_it_off_when_it_was_off() -> None:
    gc.disable()
    with paused(long_lived=True):
        made = [[]]
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert _generations_of(made[0]) == {0}  # nothing moved: the outer pause decides


def test_long_lived_objects_go_to_the_oldest_generation() -> None:
    with paused(long_lived=True):
        made = [[] for _ in range(10)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert gc.get_count()[0] < 10  # the young generation starts afresh
    assert _generations_of(*made) == {2}


def test_without_long_lived_objects_stay_young() -> None:
    with paused():
        made = [[]]
    assert _generations_of(made[0]) <= {0, 1}


def test_what_others_froze_stays_frozen() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    with paused(long_lived=True):
        made = [[]]
    assert gc.get_freeze_count() == frozen
    assert _generations_of(made[0]) <= {0, 1}
