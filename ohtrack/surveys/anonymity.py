"""Anonymity: which groups to suppress so nobody's answers can be seen or worked out.

A group is one unit (with everything under it) in one wave, for one item set (an outcome or
a practice). Rules, applied until nothing changes:

1. *Small group*: a group of 1 to ``min_group - 1`` respondents is suppressed.
2. *Lone suppressed child*: if exactly one child of a unit is suppressed, the next smallest
   published sibling is suppressed too (otherwise parent minus siblings gives it away).
3. *Subtraction*: for a published unit, the published units under it (the topmost ones) are
   subtracted from it; if what remains is 1 to ``min_group - 1`` respondents (people who sit
   directly in the unit, or suppressed groups), the smallest of those published units is
   suppressed too.
4. *Revealed parent*: a suppressed unit whose published units below it add up to all its
   respondents would be revealed by addition; the smallest of them is suppressed too.

Respondents who sit directly in a unit that has units below it are never published as a
group of their own; they count in the unit's total, which is why rule 3 looks at them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ohtrack.surveys.rows import add_rows, min_rows


def suppress(parent: Sequence[int], n_total: np.ndarray, min_group: int) -> np.ndarray:
    """Suppressed mask for one item set and wave.

    ``parent[i]`` is node i's parent index (-1 for the root); ``n_total[i]`` counts the
    respondents of node i's whole subtree. Empty groups (n = 0) are never marked.
    """
    return suppress_columns(parent, np.asarray(n_total, dtype=np.int64)[:, None], min_group)[:, 0]


def suppress_columns(parent: Sequence[int], counts: np.ndarray, min_group: int) -> np.ndarray:
    """``suppress`` for many item sets and waves at once: ``counts`` is nodes × columns, and
    each column is decided on its own, by the same rules, in whole-array steps."""
    n = np.asarray(counts, dtype=np.int64)
    size = n.shape[0]
    par = np.asarray(parent, dtype=np.int64)
    sup = (n > 0) & (n < min_group)
    child = np.flatnonzero(par >= 0)
    of = par[child]
    has_kids = np.zeros(size, dtype=bool)
    has_kids[of] = True
    direct = n.copy()
    add_rows(direct, of, n[child], sign=-1)
    if not sup.any() and not ((direct > 0) & (direct < min_group) & has_kids[:, None]).any():
        return sup
    big = np.iinfo(np.int64).max
    key = n * size + np.arange(size)[:, None]  # "smallest": fewest respondents, then lowest index
    live = n[child] > 0  # only children with respondents are in a family
    families = np.zeros(n.shape, dtype=np.int64)
    add_rows(families, of, live)
    levels = _levels(par)
    while True:
        _lone_children(sup, child, of, live, key, big, size)
        fsum, fmin = _frontier(levels, par, n, sup, key, big, size)
        rest = n - fsum
        revealed = ((families > 0) & (n > 0) & (fmin >= 0)
                    & ((~sup & (rest > 0) & (rest < min_group)) | (sup & (rest == 0))))
        if not revealed.any():
            return sup
        nodes, cols = np.nonzero(revealed)
        sup[fmin[nodes, cols], cols] = True


def _lone_children(sup: np.ndarray, child: np.ndarray, of: np.ndarray, live: np.ndarray,
                   key: np.ndarray, big: int, size: int) -> None:
    """Rule 2, until nothing changes: where exactly one child of a unit is suppressed, the
    smallest published sibling is suppressed too."""
    while True:
        down = live & sup[child]
        up = live & ~sup[child]
        n_down = np.zeros(sup.shape, dtype=np.int64)
        n_up = np.zeros(sup.shape, dtype=np.int64)
        add_rows(n_down, of, down)
        add_rows(n_up, of, up)
        lone = (n_down == 1) & (n_up > 0)
        if not lone.any():
            return
        smallest = np.full(sup.shape, big)
        min_rows(smallest, of, np.where(up, key[child], big))
        nodes, cols = np.nonzero(lone)
        sup[smallest[nodes, cols] % size, cols] = True


def _levels(par: np.ndarray) -> list[np.ndarray]:
    """The non-root nodes by depth, deepest first (nodes not under a root are left out)."""
    size = len(par)
    children: list[list[int]] = [[] for _ in range(size)]
    depth = np.full(size, -1, dtype=np.int64)
    roots = [i for i in range(size) if par[i] < 0]
    for i in range(size):
        if par[i] >= 0:
            children[int(par[i])].append(i)
    frontier, d = roots, 0
    while frontier:
        depth[frontier] = d
        frontier = [c for p in frontier for c in children[p]]
        d += 1
    return [np.flatnonzero(depth == k) for k in range(d - 1, 0, -1)]


def _frontier(levels: list[np.ndarray], par: np.ndarray, n: np.ndarray, sup: np.ndarray,
              key: np.ndarray, big: int, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Per node and column: the total of the topmost published nodes below it, and the
    smallest of them (-1 if none); deepest level first, so children are done before parents."""
    fsum = np.zeros(n.shape, dtype=np.int64)
    fkey = np.full(n.shape, big)
    for nodes in levels:
        up = par[nodes]
        live = n[nodes] > 0
        hidden = sup[nodes]
        add_rows(fsum, up, np.where(live, np.where(hidden, fsum[nodes], n[nodes]), 0))
        min_rows(fkey, up, np.where(live, np.where(hidden, fkey[nodes], key[nodes]), big))
    return fsum, np.where(fkey == big, -1, fkey % size)
