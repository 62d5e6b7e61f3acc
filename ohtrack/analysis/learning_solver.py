"""The CP-SAT model behind ``compose_groups`` (see ``learning_groups`` for what it optimises).

Variables: ``n[g, t]``, how many people of type ``t`` (same preference and unit, or one
person in a pair rule) group ``g`` gets; ``y[g, q]``, group ``g`` has preference ``q``;
``fit[g, q] <= min(people of preference q in g, hi * y[g, q])``; and per group and unit
``s[g, u] >= k * c - k (k + 1) / 2`` for every k, which is exactly ``c (c - 1) / 2`` pairs at
the optimum since that function is convex; ``off[g] >= |size of g - asked size|``. The
objective weighs fit above pairs above ``off``, each weight larger than the next term can be.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from math import comb
from typing import Any

from ohtrack.analysis.learning_text import learning_error
from ohtrack.progress import listening, step
from ohtrack.text import name_key


@dataclass
class Solution:
    """Groups as lists of person IDs, with how the solver ended."""

    groups: list[list[str]]
    status: str
    objective: float
    bound: float
    deterministic_time: float
    solver: str


def _components(people: Sequence[str], together: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Person → a representative of everyone they must be with (union-find)."""
    root = {p: p for p in people}

    def find(p: str) -> str:
        while root[p] != p:
            root[p] = root[root[p]]
            p = root[p]
        return p

    for a, b in together:
        ra, rb = find(a), find(b)
        if ra != rb:
            root[max(ra, rb)] = min(ra, rb)
    return {p: find(p) for p in people}


def greedy(people: Sequence[str], q_of: Mapping[str, int | None], unit_of: Mapping[str, str | None],
           n_groups: int, lo: int, hi: int, n_prefs: int) -> tuple[list[list[str]], list[int]]:
    """A quick grouping the solver starts from: groups get preferences in proportion to how
    many people have them, each preference's people are dealt over its groups unit by unit,
    and the rest fill up the smallest groups. Labels come out in order (as the model wants)."""
    counts = [sum(1 for p in people if q_of[p] == q) for q in range(n_prefs)]
    share = [c * n_groups / max(1, len(people)) for c in counts]
    per = [int(x) for x in share]
    for q in sorted(range(n_prefs), key=lambda q: (per[q] - share[q], q))[:n_groups - sum(per)]:
        per[q] += 1
    labels = [q for q in range(n_prefs) for _ in range(per[q])] or [0] * n_groups
    labels += [labels[-1]] * (n_groups - len(labels))
    groups: list[list[str]] = [[] for _ in range(n_groups)]
    rest: list[str] = []
    for q in range(n_prefs):
        mine = [g for g in range(n_groups) if labels[g] == q]
        who = sorted((p for p in people if q_of[p] == q), key=lambda p: (unit_of.get(p) or "", p))
        for k, p in enumerate(who):
            at = mine[k % len(mine)] if mine else None
            if at is not None and len(groups[at]) < hi:
                groups[at].append(p)
            else:
                rest.append(p)
    rest += sorted((p for p in people if q_of[p] is None), key=lambda p: (unit_of.get(p) or "", p))
    for p in rest:
        min(groups, key=len).append(p)
    for small in groups:  # too small: take from the largest
        while len(small) < lo:
            largest = max(groups, key=len)
            if len(largest) <= lo:
                break
            small.append(largest.pop())
    return groups, labels[:n_groups]


def _found(advance: Callable[[int], None]) -> Any:
    """A CP-SAT callback counting the solutions found, for the progress bar (the search is
    unchanged by it)."""
    from ortools.sat.python import cp_model

    class Found(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            advance(1)

    return Found()


def solve(people: Sequence[str], pref_of: Mapping[str, str | None], unit_of: Mapping[str, str | None],
          n_groups: int, lo: int, hi: int, together: Sequence[tuple[str, str]],
          apart: Sequence[tuple[str, str]], time_limit: float, seed: int, lang: str) -> Solution:
    """Solve the composition model; ``LearningError`` when no grouping exists or none was found."""
    from importlib.metadata import version

    from ortools.sat.python import cp_model

    comp = _components(people, together)
    sizes: dict[str, int] = {}
    for p in people:
        sizes[comp[p]] = sizes.get(comp[p], 0) + 1
    if max(sizes.values()) > hi:
        raise learning_error("together_too_big", lang, size=hi)
    for a, b in apart:
        if comp[a] == comp[b]:
            raise learning_error("apart_and_together", lang, a=a, b=b)
    pinned = {p for pair in (*together, *apart) for p in pair}
    prefs = sorted({name_key(v) for v in pref_of.values() if v})
    q_of = {p: prefs.index(name_key(v)) if (v := pref_of.get(p)) else None for p in people}
    types: dict[tuple[object, ...], list[str]] = {}
    for p in people:
        key: tuple[object, ...] = ("person", p) if p in pinned else (q_of[p], unit_of.get(p))
        types.setdefault(key, []).append(p)
    tkeys = sorted(types, key=repr)
    tq = {k: q_of[types[k][0]] for k in tkeys}
    tu = {k: unit_of.get(types[k][0]) for k in tkeys}
    groups = range(n_groups)

    m = cp_model.CpModel()
    n = {(g, k): m.new_int_var(0, min(hi, len(types[k])), f"n_{g}_{i}")
         for g in groups for i, k in enumerate(tkeys)}
    for k in tkeys:
        m.add(sum(n[g, k] for g in groups) == len(types[k]))
    for g in groups:
        m.add_linear_constraint(sum(n[g, k] for k in tkeys), lo, hi)
    person_type = {p: k for k in tkeys for p in types[k]}
    for a, b in together:
        for g in groups:
            m.add(n[g, person_type[a]] == n[g, person_type[b]])
    for a, b in apart:
        for g in groups:
            m.add(n[g, person_type[a]] + n[g, person_type[b]] <= 1)
    fitting: dict[tuple[int, int], cp_model.IntVar] = {}
    if prefs:
        y = {(g, q): m.new_bool_var(f"y_{g}_{q}") for g in groups for q in range(len(prefs))}
        for g in groups:
            m.add_exactly_one(y[g, q] for q in range(len(prefs)))
            for q in range(len(prefs)):
                f = m.new_int_var(0, hi, f"fit_{g}_{q}")
                m.add(f <= sum(n[g, k] for k in tkeys if tq[k] == q))
                m.add(f <= hi * y[g, q])
                fitting[g, q] = f
        label = [sum(q * y[g, q] for q in range(len(prefs))) for g in groups]
        for g in list(groups)[:-1]:
            m.add(label[g] <= label[g + 1])
    pairs: dict[tuple[int, str], cp_model.IntVar] = {}
    unit_types: dict[str, list[tuple[object, ...]]] = {}
    for u in sorted({x for x in tu.values() if x}):
        ks = [k for k in tkeys if tu[k] == u]
        most = min(hi, sum(len(types[k]) for k in ks))
        if most < 2:
            continue
        unit_types[u] = ks
        for g in groups:
            c = sum(n[g, k] for k in ks)
            s = m.new_int_var(0, comb(most, 2), f"pairs_{g}_{u}")
            for j in range(1, most):
                m.add(s >= j * c - j * (j + 1) // 2)
            pairs[g, u] = s
    # Last, groups as close to the asked size as the first two allow.
    target = (lo + hi) // 2
    off: dict[int, cp_model.IntVar] = {}
    for g in groups:
        d = m.new_int_var(0, hi - lo, f"off_{g}")
        size_g = sum(n[g, k] for k in tkeys)
        m.add(d >= size_g - target)
        m.add(d >= target - size_g)
        off[g] = d
    w_pairs = n_groups * (hi - lo) + 1
    w_fit = w_pairs * (n_groups * comb(hi, 2) + 1)
    m.maximize(w_fit * sum(fitting.values()) - w_pairs * sum(pairs.values()) - sum(off.values()))

    # Start from a quick grouping: every variable hinted, so the search begins from it.
    hint, labels = greedy(people, q_of, unit_of, n_groups, lo, hi, len(prefs))
    for g, members in enumerate(hint):
        count = {k: sum(1 for p in members if person_type[p] == k) for k in tkeys}
        for k in tkeys:
            m.add_hint(n[g, k], count[k])
        for q in range(len(prefs)):
            m.add_hint(y[g, q], labels[g] == q)
            m.add_hint(fitting[g, q], sum(count[k] for k in tkeys if tq[k] == q) if labels[g] == q else 0)
        for u, ks in unit_types.items():
            m.add_hint(pairs[g, u], comb(sum(count[k] for k in ks), 2))
        m.add_hint(off[g], abs(len(members) - target))

    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_deterministic_time = time_limit
    solver.parameters.max_time_in_seconds = 5 * time_limit + 10
    with step("progress.compose") as advance:
        status = solver.solve(m, _found(advance) if listening() else None)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        why = "infeasible" if status == cp_model.INFEASIBLE else "no_solution"
        raise learning_error(why, lang, seconds=time_limit)
    out: list[list[str]] = [[] for _ in groups]
    for k in tkeys:
        queue = sorted(types[k])
        for g in groups:
            take = solver.value(n[g, k])
            out[g] += queue[:take]
            queue = queue[take:]
    return Solution(groups=out, status="optimal" if status == cp_model.OPTIMAL else "feasible",
                    objective=float(solver.objective_value), bound=float(solver.best_objective_bound),
                    deterministic_time=float(solver.deterministic_time),
                    solver=f"OR-Tools CP-SAT {version('ortools')}")
