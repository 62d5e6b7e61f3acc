"""Anonymity across cuts (issue 12.4), by brute force: on random unit trees and random
attributes, no group of fewer than the threshold can be worked out from what is published
(unit totals and cut cells): not a cut cell, not the unit total minus other cuts, not two cuts
combined, not the people sitting directly in a unit, not one respondent."""

from __future__ import annotations

import itertools

import numpy as np

from ohtrack.surveys.anonymity import suppress
from ohtrack.surveys.cuts import protect


def _in_row_space(A: np.ndarray, v: np.ndarray) -> bool:
    if not len(A):
        return False
    return bool(np.linalg.matrix_rank(np.vstack([A, v])) == np.linalg.matrix_rank(A))


def _world(rng: np.random.Generator) -> tuple[list[int], np.ndarray, np.ndarray, list[int]]:
    size = int(rng.integers(1, 7))
    parent = [-1] + [int(rng.integers(0, i)) for i in range(1, size)]
    people = int(rng.integers(3, 45))
    node = rng.integers(0, size, people)
    levels = [int(rng.integers(2, 4)) for _ in range(int(rng.integers(1, 3)))]
    values = np.stack([rng.integers(-1, k, people) for k in levels], axis=1)
    return parent, node, values, levels


def test_no_small_group_can_be_worked_out_across_units_and_cuts() -> None:
    rng = np.random.default_rng(124)
    k = 3
    checked = 0
    for _ in range(250):
        parent, node, values, levels = _world(rng)
        size = len(parent)
        under = [set(range(size))]
        under = []
        for u in range(size):
            members, stack = set(), [u]
            while stack:
                x = stack.pop()
                members.add(x)
                stack += [c for c in range(size) if parent[c] == x]
            under.append(members)
        in_unit = np.array([[node[r] in under[u] for r in range(len(node))] for u in range(size)])
        totals = in_unit.sum(axis=1)
        known = ~suppress(parent, totals, k) & (totals > 0)
        cells = protect(parent, node, values, levels, known, k)
        rows = [in_unit[u] for u in range(size) if known[u]]
        for a, mask in enumerate(cells.published):
            for u, v in zip(*np.nonzero(mask)):
                group = in_unit[u] & (values[:, a] == v)
                assert group.sum() >= k  # no published cut cell is small
                rows.append(group)
        A = np.array(rows, dtype=float).reshape(len(rows), len(node))
        groups = [np.eye(len(node), dtype=bool)[r] for r in range(len(node))]  # one respondent
        own = [node == u for u in range(size)]
        for u in range(size):
            groups += [in_unit[u], own[u]]
            for a, levels_a in enumerate(levels):
                for v in range(-1, levels_a):  # -1: no value
                    groups += [in_unit[u] & (values[:, a] == v), own[u] & (values[:, a] == v)]
            for a, b in itertools.combinations(range(len(levels)), 2):
                for v in range(-1, levels[a]):
                    for w in range(-1, levels[b]):
                        groups.append(in_unit[u] & (values[:, a] == v) & (values[:, b] == w))
        for g in groups:
            if 0 < g.sum() < k:
                checked += 1
                assert not _in_row_space(A, g.astype(float)), (parent, node.tolist(), values.tolist())
    assert checked > 1000  # the worlds do have small groups to protect


def test_cut_cells_are_published_where_nothing_small_is_at_stake() -> None:
    # one unit of 12: six managers, six staff; everyone has a role: both cells published
    parent = [-1, 0]
    node = np.ones(12, dtype=np.int64)
    values = np.array([[0]] * 6 + [[1]] * 6)
    cells = protect(parent, node, values, [2], np.array([True, True]), 5)
    assert cells.published[0].tolist() == [[True, True], [True, True]]
    assert cells.counts[0].tolist() == [[6, 6], [6, 6]]


def test_one_missing_attribute_hides_the_cuts_that_would_give_it_away() -> None:
    # 12 people, 6 managers, 5 staff, 1 without a role: total - managers - staff = that one
    parent = [-1]
    node = np.zeros(12, dtype=np.int64)
    values = np.array([[0]] * 6 + [[1]] * 5 + [[-1]])
    cells = protect(parent, node, values, [2], np.array([True]), 5)
    assert cells.published[0].tolist() == [[True, False]]  # the staff cell (5) is hidden


def test_two_cuts_combined_do_not_give_away_a_cross_cell() -> None:
    # role × location, 10 people: managers 5 (all in X), location X 7. Published: total 10,
    # managers 5, staff 5, X 7, Y 3 (small: hidden). Then staff-in-X = X - managers = 2 would
    # follow from two cuts: so something more must go.
    parent = [-1]
    node = np.zeros(10, dtype=np.int64)
    role = [0] * 5 + [1] * 5
    place = [0] * 5 + [0, 0] + [1] * 3
    cells = protect(parent, node, np.array([role, place]).T, [2, 2], np.array([True]), 5)
    published = {(a, v) for a in range(2) for v in range(2) if cells.published[a][0, v]}
    assert (1, 1) not in published  # Y: 3 people
    assert not {(0, 0), (1, 0)} <= published  # managers and X together would give away 2
