"""Anonymity across cuts: which cut cells (unit × attribute value) may be published.

A cut cell is the group of a unit's respondents (with everything under it) who share one
value of an attribute (role, location …). Units are published as the survey report
decides (``known``); cut cells are published for the whole organisation and every unit, for
all attributes at once, so that no combination of them gives anyone away:

1. a cut cell of 1 to ``min_group - 1`` respondents is suppressed;
2. then, until none is left, any *sensitive group* that can be worked out exactly from the
   published groups (by any sums and differences: unit total minus other cuts, a parent
   minus its units, two cuts combined …) costs the smallest published cut cell that
   overlaps it.

Sensitive groups are every group of 1 to ``min_group - 1`` respondents among: cut cells
(and those without a value), the cells of two attributes combined within a unit, the
respondents sitting directly in a unit (for one value or all), and the finest cells (a
unit's own respondents with one combination of all attributes). "Worked out" is tested by
linear algebra: a group is determined when its indicator over the finest cells lies in the
row space of the published groups. All respondents of a finest cell look alike to anyone
reading the output, so this is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Above this many finest cells × groups, cuts are worked out for the whole organisation and
#: the top units only (the dense linear algebra would take too long).
MAX_SIZE = 4_000_000


@dataclass
class CutCells:
    """Per attribute: counts and the published mask, units × values."""

    counts: list[np.ndarray]
    published: list[np.ndarray]


def subtree_matrix(parent: Sequence[int]) -> np.ndarray:
    """``m[u, x]`` is True when node x is u or under it (nodes in pre-order, parents first)."""
    size = len(parent)
    m = np.eye(size, dtype=bool)
    for x in range(size - 1, 0, -1):  # children after parents: push each row up to its parent
        m[parent[x]] |= m[x]
    return m


def protect(parent: Sequence[int], node: np.ndarray, values: np.ndarray, levels: Sequence[int],
            known: np.ndarray, min_group: int, rows: np.ndarray | None = None) -> CutCells:
    """The cut cells of one wave that may be published.

    ``node[r]`` is respondent r's unit (tree index), ``values[r, a]`` their value code for
    attribute a (-1: none), ``levels[a]`` the number of values of attribute a; ``known[u]``
    marks the units whose total is published. ``rows`` (optional) limits the units that get
    cut cells (the organisation always does).
    """
    size = len(parent)
    n_attr = values.shape[1] if values.ndim == 2 else 0
    under = subtree_matrix(parent)
    combo_keys, combo = np.unique(values, axis=0, return_inverse=True) if len(values) else (
        np.zeros((0, n_attr), dtype=np.int64), np.zeros(0, dtype=np.int64))
    combo = combo.reshape(-1)
    n_combo = len(combo_keys)
    atom_key = node * max(n_combo, 1) + combo
    atoms, atom_count = np.unique(atom_key, return_counts=True)
    a_node, a_combo = atoms // max(n_combo, 1), atoms % max(n_combo, 1)
    in_unit = under[:, a_node]  # units × atoms
    cuttable = np.zeros(size, dtype=bool)
    cuttable[0] = True
    cuttable[rows if rows is not None else np.arange(size)] = True
    # candidate cut cells, attribute by attribute: (attribute, value, unit) → atoms
    cells: list[tuple[int, int, int]] = []
    vectors: list[np.ndarray] = []
    counts = [np.zeros((size, levels[a]), dtype=np.int64) for a in range(n_attr)]
    for a in range(n_attr):
        for v in range(levels[a]):
            has = combo_keys[a_combo, a] == v
            member = in_unit & has
            counts[a][:, v] = member.astype(np.int64) @ atom_count
            for u in np.flatnonzero(cuttable & (counts[a][:, v] > 0)):
                cells.append((a, v, int(u)))
                vectors.append(member[u])
    cell_n = np.array([counts[a][u, v] for a, v, u in cells], dtype=np.int64)
    cell_vec = np.array(vectors, dtype=float).reshape(len(cells), len(atoms))
    published = (cell_n >= min_group)
    sensitive = _sensitive(in_unit, under, a_node, a_combo, combo_keys, atom_count, levels,
                           cell_vec, cell_n, min_group)
    totals = in_unit[known & (in_unit.astype(np.int64) @ atom_count > 0)].astype(float)
    if (len(cells) + len(totals)) * max(len(atoms), 1) > MAX_SIZE and rows is None:
        top = np.flatnonzero(np.asarray(parent) == 0)
        return protect(parent, node, values, levels, known, min_group, top)
    _complement(totals, cell_vec, cell_n, published, sensitive)
    out = [np.zeros((size, levels[a]), dtype=bool) for a in range(n_attr)]
    for (a, value, unit), ok in zip(cells, published):
        out[a][unit, value] = bool(ok)
    return CutCells(counts, out)


def _sensitive(in_unit: np.ndarray, under: np.ndarray, a_node: np.ndarray, a_combo: np.ndarray,
               combo_keys: np.ndarray, atom_count: np.ndarray, levels: Sequence[int],
               cell_vec: np.ndarray, cell_n: np.ndarray, min_group: int) -> np.ndarray:
    """Indicator vectors (over the finest cells) of every small group that must stay hidden."""
    small = [cell_vec[(cell_n > 0) & (cell_n < min_group)]]
    n_attr = combo_keys.shape[1]
    own = a_node[None, :] == np.arange(in_unit.shape[0])[:, None]  # a unit's own respondents
    groups = [own]
    for a in range(n_attr):
        for v in range(-1, levels[a]):  # -1: no value given
            has = combo_keys[a_combo, a] == v
            groups += [own & has, in_unit & has]
            for b in range(a + 1, n_attr):
                for w in range(-1, levels[b]):
                    groups.append(in_unit & has & (combo_keys[a_combo, b] == w))
    groups.append(np.eye(len(atom_count), dtype=bool))  # the finest cells themselves
    for g in groups:
        n = g.astype(np.int64) @ atom_count
        small.append(g[(n > 0) & (n < min_group)].astype(float))
    out = np.vstack([s for s in small if len(s)]) if any(len(s) for s in small) else np.zeros(
        (0, len(atom_count)))
    return np.unique(out, axis=0) if len(out) else out


def _complement(totals: np.ndarray, cell_vec: np.ndarray, cell_n: np.ndarray, published: np.ndarray,
                sensitive: np.ndarray) -> None:
    """Suppress cut cells until no sensitive group lies in the row space of what is published.

    For a group that can be worked out, the cut cells used in working it out (a least-squares
    solution's non-zero terms) are tried smallest first; the first whose suppression hides the
    group goes (else the smallest of them, and the check starts again)."""
    while len(sensitive):
        rows = np.vstack([totals, cell_vec[published]])
        found = _determined(rows, sensitive)
        if not found.any():
            return
        target = sensitive[np.flatnonzero(found)[0]]
        live = np.flatnonzero(published)
        coef = np.linalg.lstsq(rows.T, target, rcond=None)[0][len(totals):]
        used = live[np.abs(coef) > 1e-9]
        if not len(used):  # unit totals alone give it away: the survey report's business
            sensitive = np.delete(sensitive, np.flatnonzero(found)[0], axis=0)
            continue
        used = used[np.argsort(cell_n[used], kind="stable")]
        for cell in used:
            published[cell] = False
            if not _determined(np.vstack([totals, cell_vec[published]]), target[None, :])[0]:
                break
            published[cell] = True
        else:
            published[used[0]] = False


def _determined(rows: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Which vectors lie in the row space of ``rows`` (to rounding)."""
    if not len(rows):
        return np.zeros(len(vectors), dtype=bool)
    _, s, vt = np.linalg.svd(rows, full_matrices=False)
    rank = int((s > s.max() * max(rows.shape) * 1e-12).sum()) if len(s) else 0
    basis = vt[:rank]
    rest = vectors - (vectors @ basis.T) @ basis
    return np.linalg.norm(rest, axis=1) < 1e-8 * np.maximum(np.linalg.norm(vectors, axis=1), 1)
