"""Which groups' profile scores can be shown without any small group being worked out.

A published cell is the mean of the scores of a set of people (a learning group, a unit with
everything under it, the whole programme) with its count, so its sum is known. Sums of
several cells can be added and subtracted: an outsider who knows the published cells can
work out the sum of any set of people whose indicator vector is a linear combination of
theirs. The cells are published greedily, in the order given: a cell is shown only when it
has at least ``min_group`` people and, together with the cells already shown, no set of 1 to
``min_group - 1`` people has a sum that follows from them.

The test is exact. People who are in the same published cells (an *atom*) are
interchangeable, so only unions of atoms can be worked out; an atom of ``min_group`` or more
people can never be part of a small set. A union ``T`` of small atoms is worked out exactly
when its indicator is orthogonal to the null space of the cell × atom matrix, i.e. when the
rows of a null-space basis of its atoms add up to zero. That basis is computed modulo the
prime 2³¹ − 1 and checked against the real rank (numpy's SVD); if the two ranks differ, or
there are more small sets than ``SEARCH_LIMIT`` to look at, the cell is treated as unsafe
and not shown: the test may hide too much, never too little.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from math import comb
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: The prime of the modular arithmetic: products of two residues fit in int64.
PRIME = 2_147_483_647
#: Most candidate half-sets the search looks at before it calls a cell unsafe.
SEARCH_LIMIT = 200_000


def publishable(cells: Sequence[frozenset[str]], min_group: int) -> list[bool]:
    """For each cell (a set of people), in order: may it be shown? (see the module docstring)."""
    shown: list[frozenset[str]] = []
    out: list[bool] = []
    for cell in cells:
        ok = len(cell) >= min_group and (cell in shown or safe([*shown, cell], min_group))
        if ok and cell not in shown:
            shown.append(cell)
        out.append(ok)
    return out


def safe(cells: Sequence[frozenset[str]], min_group: int) -> bool:
    """True when no set of 1 to ``min_group - 1`` people has a sum that follows from the cells."""
    if min_group <= 1:
        return True
    atoms = _atoms(cells)
    sizes = [len(a) for a in atoms]
    small = [i for i, n in enumerate(sizes) if n < min_group]
    if not small:
        return True
    import numpy as np  # only here: most cells are settled without it (0.1-0.2 s to import)

    matrix = np.array([[1 if a <= cell else 0 for a in atoms] for cell in cells], dtype=np.int64)
    null, rank = _null_space(matrix)
    if rank != int(np.linalg.matrix_rank(matrix.astype(float))):
        return False
    return not _zero_sum(null[small], [sizes[i] for i in small], min_group)


def _atoms(cells: Sequence[frozenset[str]]) -> list[frozenset[str]]:
    """The people grouped by the cells they are in (people in no cell are left out)."""
    signature: dict[str, list[int]] = {}
    for k, cell in enumerate(cells):
        for person in cell:
            signature.setdefault(person, []).append(k)
    groups: dict[tuple[int, ...], set[str]] = {}
    for person, sig in signature.items():
        groups.setdefault(tuple(sig), set()).add(person)
    return [frozenset(groups[s]) for s in sorted(groups)]


def _null_space(matrix: np.ndarray) -> tuple[np.ndarray, int]:
    """A basis of the right null space of ``matrix`` modulo PRIME (one row per column of
    ``matrix``, one column per basis vector), and the rank modulo PRIME."""
    import numpy as np

    a = matrix % PRIME
    rows, cols = a.shape
    pivots: list[int] = []
    r = 0
    for c in range(cols):
        if r == rows:
            break
        nonzero = np.flatnonzero(a[r:, c])
        if not len(nonzero):
            continue
        k = r + int(nonzero[0])
        a[[r, k]] = a[[k, r]]
        inverse = pow(int(a[r, c]), PRIME - 2, PRIME)
        a[r] = (a[r] * inverse) % PRIME
        for i in (int(x) for x in np.flatnonzero(a[:, c])):
            if i != r:
                a[i] = (a[i] - a[i, c] * a[r]) % PRIME
        pivots.append(c)
        r += 1
    free = [c for c in range(cols) if c not in set(pivots)]
    basis = np.zeros((cols, len(free)), dtype=np.int64)
    for j, f in enumerate(free):
        basis[f, j] = 1
        for i, p in enumerate(pivots):
            basis[p, j] = (-a[i, f]) % PRIME
    return basis, len(pivots)


def _zero_sum(rows: np.ndarray, sizes: list[int], min_group: int) -> bool:
    """True when some set of these atoms (null-space ``rows``, people ``sizes``) with fewer than
    ``min_group`` people in all has rows adding up to zero modulo PRIME.

    Meet in the middle: such a set splits into a first and a second half of at most
    ``ceil((min_group - 1) / 2)`` atoms each, in index order; the sums of all halves are
    hashed and each half is looked up against the negated sums.
    """
    import numpy as np

    limit = min_group - 1
    if rows.shape[1] == 0:
        return bool(rows.shape[0])  # every atom follows from the cells
    weights = np.array(sizes, dtype=np.int64)
    # A fingerprint of each atom's row (a fixed random linear form modulo PRIME): the sum of
    # a set's rows is zero only if the sum of its fingerprints is; every candidate found on
    # fingerprints is then checked on the whole rows.
    form = np.random.default_rng(0).integers(0, PRIME, size=rows.shape[1], dtype=np.int64)
    atom_prints = ((rows * form) % PRIME).sum(axis=1) % PRIME

    def zero(members: np.ndarray) -> bool:
        return not (rows[members].sum(axis=0) % PRIME).any()

    halves: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (combos, weights, prints)
    count = 0
    for k in range(1, (limit + 1) // 2 + 1):
        if count + comb(len(sizes), k) > SEARCH_LIMIT:
            return True  # too many to check: call it unsafe
        combos = np.array(list(combinations(range(len(sizes)), k)), dtype=np.int64).reshape(-1, k)
        if not len(combos):
            break
        weight = weights[combos].sum(axis=1)
        combos, weight = combos[weight <= limit], weight[weight <= limit]
        count += len(combos)
        prints = atom_prints[combos].sum(axis=1) % PRIME
        if any(zero(c) for c in combos[prints == 0]):
            return True
        halves.append((combos, weight, prints))
    if not halves:
        return False
    combos_all = [c for c, _, _ in halves]
    weight = np.concatenate([w for _, w, _ in halves])
    prints = np.concatenate([p for _, _, p in halves])
    index = [(k, i) for k, c in enumerate(combos_all) for i in range(len(c))]
    negatives = (-prints) % PRIME
    hits = np.flatnonzero(np.isin(negatives, prints))
    if not len(hits):
        return False
    by_print: dict[int, list[int]] = {}
    for j in (int(x) for x in np.flatnonzero(np.isin(prints, negatives[hits]))):
        by_print.setdefault(int(prints[j]), []).append(j)
    for i in (int(x) for x in hits):
        first = combos_all[index[i][0]][index[i][1]]
        for j in by_print.get(int(negatives[i]), ()):
            second = combos_all[index[j][0]][index[j][1]]
            if second[0] > first[-1] and weight[i] + weight[j] <= limit and zero(
                    np.concatenate([first, second])):
                return True
    return False
