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


def suppress(parent: Sequence[int], n_total: np.ndarray, min_group: int) -> np.ndarray:
    """Suppressed mask for one item set and wave.

    ``parent[i]`` is node i's parent index (-1 for the root, which must come first or at
    least have every child after it in a pre-order list); ``n_total[i]`` counts the
    respondents of node i's whole subtree. Empty groups (n = 0) are never marked.
    """
    n = np.asarray(n_total, dtype=np.int64)
    size = len(n)
    sup = (n > 0) & (n < min_group)
    kids: list[list[int]] = [[] for _ in range(size)]
    for i, p in enumerate(parent):
        if p >= 0 and n[i] > 0:
            kids[p].append(i)
    direct = n.copy()
    for i, p in enumerate(parent):
        if p >= 0:
            direct[p] -= n[i]
    if not sup.any() and not ((direct > 0) & (direct < min_group) & np.array([bool(k) for k in kids])).any():
        return sup
    post = _postorder(parent, size)
    while True:
        changed = False
        for p in range(size):
            fam = kids[p]
            if not fam:
                continue
            down = [c for c in fam if sup[c]]
            up = [c for c in fam if not sup[c]]
            if len(down) == 1 and up:
                sup[min(up, key=lambda c: (n[c], c))] = True
                changed = True
        if changed:
            continue
        fsum, fmin = _frontier(post, kids, n, sup)
        chosen = sup.copy()  # one pass over all units; the frontier is refreshed next pass
        for p in post:
            if not kids[p] or n[p] == 0:
                continue
            rest = n[p] - fsum[p]
            revealed = (not sup[p] and 0 < rest < min_group) or (sup[p] and rest == 0)
            if revealed and fmin[p] >= 0 and not chosen[fmin[p]]:
                chosen[fmin[p]] = True
                changed = True
        sup = chosen
        if not changed:
            return sup


def _postorder(parent: Sequence[int], size: int) -> list[int]:
    children: list[list[int]] = [[] for _ in range(size)]
    roots: list[int] = []
    for i, p in enumerate(parent):
        (children[p] if p >= 0 else roots).append(i)
    out: list[int] = []
    stack = [(r, False) for r in reversed(roots)]
    while stack:
        node, done = stack.pop()
        if done:
            out.append(node)
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(children[node]))
    return out


def _frontier(post: list[int], kids: list[list[int]], n: np.ndarray,
              sup: np.ndarray) -> tuple[list[int], list[int]]:
    """Per node: total of the topmost published nodes below it, and the smallest of them."""
    size = len(n)
    fsum = [0] * size
    fmin = [-1] * size
    for p in post:
        total, best = 0, -1
        for c in kids[p]:
            if sup[c]:
                total += fsum[c]
                cand = fmin[c]
            else:
                total += int(n[c])
                cand = c
            if cand >= 0 and (best < 0 or (n[cand], cand) < (n[best], best)):
                best = cand
        fsum[p], fmin[p] = total, best
    return fsum, fmin
