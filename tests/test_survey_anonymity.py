"""Suppression on crafted unit trees: small groups and groups that subtraction would reveal."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ohtrack.surveys.anonymity import suppress, suppress_columns


def hidden(parent: list[int], n: list[int], min_group: int = 5) -> list[int]:
    return [int(i) for i in np.flatnonzero(suppress(parent, np.array(n), min_group))]


def test_unit_of_4_under_parent_of_12_with_sibling_of_8_hides_both_children() -> None:
    # 0 organisation (12) → 1 (4), 2 (8)
    assert hidden([-1, 0, 0], [12, 4, 8]) == [1, 2]


def test_the_same_case_one_level_down_keeps_the_parent_and_its_sibling() -> None:
    # 0 org (32) → 1 dept (12) → 2 (4), 3 (8); 0 → 4 dept (20)
    assert hidden([-1, 0, 1, 1, 0], [32, 12, 4, 8, 20]) == [2, 3]


def test_lone_small_group_takes_the_next_smallest_sibling_not_the_largest() -> None:
    # 0 (30) → 1 (3), 2 (12), 3 (15)
    assert hidden([-1, 0, 0, 0], [30, 3, 12, 15]) == [1, 2]


def test_two_small_siblings_that_add_up_to_the_threshold_are_enough() -> None:
    # 3 + 3 = 6 >= 5: parent minus the published sibling reveals only a group of 6
    assert hidden([-1, 0, 0, 0], [26, 3, 3, 20]) == [1, 2]


def test_two_small_siblings_under_the_threshold_together_take_a_third() -> None:
    # 2 + 2 = 4 < 5: subtraction would reveal a group of 4, so the 20 is hidden too
    assert hidden([-1, 0, 0, 0], [24, 2, 2, 20]) == [1, 2, 3]


def test_people_directly_in_a_parent_count_as_a_hidden_group() -> None:
    # 0 (13) → 1 (10); 3 people sit in 0 itself: 13 - 10 would reveal them
    assert hidden([-1, 0], [13, 10]) == [1]
    # with 6 directly in the parent nothing needs hiding
    assert hidden([-1, 0], [16, 10]) == []


def test_a_hidden_parent_is_not_revealed_by_adding_up_its_children() -> None:
    # 0 org (15) → 1 dept (12) → 3 (6), 4 (6); 0 → 2 dept (3)
    # 2 is small, so 1 is hidden too; 1 = 3 + 4 would give it away, so 3 is hidden,
    # and then 4 (a lone hidden child's sibling)
    assert hidden([-1, 0, 0, 1, 1], [15, 12, 3, 6, 6]) == [1, 2, 3, 4]


def test_subtraction_across_two_levels_is_blocked() -> None:
    # 0 org (40) → 1 dept (14) → 3 (2), 4 (12); 0 → 2 (3); 0 → 5 (23)
    # 3 and 2 are small; 4 is hidden (lone hidden child); 1 is hidden (lone hidden child
    # of 0 after 2? no: 2 is hidden, so 1 is the next smallest sibling)
    result = hidden([-1, 0, 0, 1, 1, 0], [40, 14, 3, 2, 12, 23])
    assert result == [1, 2, 3, 4]
    # what stays published: org 40 and unit 5 (23): 40 - 23 = 17, a group of 17
    assert 40 - 23 >= 5


def test_nothing_small_nothing_hidden_and_empty_groups_are_not_marked() -> None:
    assert hidden([-1, 0, 0, 0], [30, 10, 20, 0]) == []


def test_whole_organisation_under_the_threshold_hides_everything() -> None:
    assert hidden([-1, 0, 0], [4, 2, 2]) == [0, 1, 2]


def test_min_group_one_hides_nothing() -> None:
    assert hidden([-1, 0, 0], [3, 1, 2], min_group=1) == []


def _determined(parent: list[int], n: np.ndarray, hidden: np.ndarray) -> set[str]:
    """Which hidden quantities an outsider can work out exactly from the published counts and
    the tree (x_parent = sum of x_children + people directly in the parent), by linear algebra."""
    size = len(parent)
    kids: list[list[int]] = [[] for _ in range(size)]
    for i, p in enumerate(parent):
        if p >= 0:
            kids[p].append(i)
    direct = [int(n[i] - sum(n[c] for c in kids[i])) for i in range(size)]
    unknown = [("x", i) for i in range(size) if hidden[i]]
    unknown += [("d", i) for i in range(size) if kids[i] and direct[i] > 0]
    col = {u: j for j, u in enumerate(unknown)}
    rows = []
    for p in range(size):
        if not kids[p]:
            continue
        row = np.zeros(len(unknown))
        for sign, node in [(1, p)] + [(-1, c) for c in kids[p]]:
            if ("x", node) in col:
                row[col[("x", node)]] += sign
        if ("d", p) in col:
            row[col[("d", p)]] -= 1
        rows.append(row)
    if not unknown:
        return set()
    A = np.array(rows) if rows else np.zeros((0, len(unknown)))
    rank = np.linalg.matrix_rank(A) if len(A) else 0
    found = set()
    for (kind, node), j in col.items():
        e = np.zeros(len(unknown))
        e[j] = 1
        if np.linalg.matrix_rank(np.vstack([A, e])) == rank:
            found.add(f"{kind}{node}")
    return found


def test_no_small_group_can_be_worked_out_on_random_trees() -> None:
    rng = np.random.default_rng(2024)
    for _ in range(300):
        size = int(rng.integers(2, 14))
        parent = [-1] + [int(rng.integers(0, i)) for i in range(1, size)]
        has_kids = {p for p in parent if p >= 0}
        own = [int(rng.integers(0, 15)) if i not in has_kids or rng.random() < 0.3 else 0
               for i in range(size)]
        n = np.array(own)
        for i in range(size - 1, 0, -1):  # children come after their parent
            n[parent[i]] += n[i]
        hidden = suppress(parent, n, 5)
        kids_of = {p: [i for i in range(size) if parent[i] == p] for p in has_kids}
        direct = {p: int(n[p] - sum(n[c] for c in kids_of[p])) for p in has_kids}
        small = {f"x{i}" for i in range(size) if 0 < n[i] < 5}
        small |= {f"d{p}" for p, d in direct.items() if 0 < d < 5}
        leaked = _determined(parent, n, hidden) & small
        assert not leaked, (parent, n.tolist(), np.flatnonzero(hidden).tolist(), leaked)
        assert all(hidden[i] for i in range(size) if 0 < n[i] < 5)


# -- the whole-array rules against the original one-unit-at-a-time loop --------------------
# The loop below is the first implementation of the rules (kept verbatim as the reference).
def _reference(parent: Sequence[int], n_total: np.ndarray, min_group: int) -> np.ndarray:
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
    post = _ref_postorder(parent, size)
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
        fsum, fmin = _ref_frontier(post, kids, n, sup)
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


def _ref_postorder(parent: Sequence[int], size: int) -> list[int]:
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


def _ref_frontier(post: list[int], kids: list[list[int]], n: np.ndarray,
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


def test_whole_array_rules_match_the_reference_loop_on_random_trees() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        size = int(rng.integers(2, 30))
        parent = [-1] + [int(rng.integers(0, i)) for i in range(1, size)]
        # Several item sets at once: respondents per unit (leaves, some parents), summed upwards.
        own = np.where([i not in parent or rng.random() < 0.3 for i in range(size)],
                       rng.integers(0, 12, size=(int(rng.integers(1, 6)), size)), 0)
        for i in range(size - 1, 0, -1):
            own[:, parent[i]] += own[:, i]
        columns = list(own)
        counts = own.T
        got = suppress_columns(parent, counts, 5)
        for j, n in enumerate(columns):
            want = _reference(parent, n, 5)
            assert got[:, j].tolist() == want.tolist(), (parent, n.tolist())
            assert suppress(parent, n, 5).tolist() == want.tolist()


def test_no_problem_names_a_unit_hidden_to_protect_a_small_one() -> None:
    """P (19) → A (3), B (6), C (10). A is small; B is hidden with it (P − C − B would give A
    away). One answer is missing in A and one in B: naming B's count beside P's (2) and
    C's (none) would tell that A's one respondent in three left the item blank. So the
    counts name P (the whole organisation) and nothing under it but C, which has none."""
    import pandas as pd

    from ohtrack.surveys.reader import UnitNode
    from ohtrack.surveys.scoring import score_frame

    units = [UnitNode("P", "P", None), UnitNode("A", "A", "P"), UnitNode("B", "B", "P"),
             UnitNode("C", "C", "P")]
    unit = ["A"] * 3 + ["B"] * 6 + ["C"] * 10
    q = [3.0] * 19
    q[0] = np.nan  # in A
    q[3] = np.nan  # in B
    frame = pd.DataFrame({"unit": unit, "q": q, "r": [4.0] * 19})
    items = pd.DataFrame({"item": ["q", "r"], "outcome": ["X", "X"], "min": [1.0, 1.0], "max": [5.0, 5.0]})
    scores = score_frame(frame, items, units, min_group=5)
    named = [p.text("en") for p in scores.problems if p.code == "missing-answer"]
    assert any("the whole organisation: 2 ×" in m for m in named)
    assert not any(", B:" in m or ", A:" in m for m in named), named
    private = [p for p in scores.cell_problems if p.code == "missing-answer"]
    assert len(private) == 2  # the private report still has each cell
