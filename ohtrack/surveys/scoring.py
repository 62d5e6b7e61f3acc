"""Scoring a survey in bulk: respondent scores per outcome and practice, summed per unit and wave.

Rules (also in docs/survey.md):

- Reversed items are recoded ``min + max - x`` before anything else.
- Answers that are missing, not a number or outside the item's Min..Max are reported and
  left out; they are never averaged in.
- A respondent's score on an outcome (or practice) is the mean of their valid answers to its
  items; a group's *mean* is the mean of its respondents' scores, and *n* counts the
  respondents with at least one valid answer.
- *% favourable* is the share of valid answers in the top two points of the item's scale
  (``x >= max - 1`` after recoding), pooled over the item set's answers.
- Units roll up: a unit's group holds every respondent in it and in the units under it;
  the root ``*`` is the whole organisation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.report import Problem, Severity
from ohtrack.surveys.anonymity import suppress_columns
from ohtrack.surveys.answers import ProblemSink, default_positions, numeric_answers
from ohtrack.surveys.columns import factorize
from ohtrack.surveys.kernel import Items, Measure, Totals, accumulate, alpha
from ohtrack.surveys.reader import Positions, UnitNode, said, survey_problem
from ohtrack.surveys.rows import add_rows
from ohtrack.surveys.tree import UnitTree
from ohtrack.text import name_key

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Scores:
    """Sums per measure × unit (rolled up) × wave, the suppression mask and the problems."""

    tree: UnitTree
    waves: list[str]
    measures: list[Measure]
    n: np.ndarray  # respondents, shape (measures, units, waves)
    total: np.ndarray  # sum of respondent scores
    sumsq: np.ndarray  # sum of squared respondent scores
    favourable: np.ndarray  # favourable answers
    answers: np.ndarray  # valid answers
    suppressed: np.ndarray
    alpha: list[dict[str, Any]] = field(default_factory=list)
    #: Problems for shared outputs: answer problems counted per item and unit, no cells.
    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    min_group: int = 5
    #: The private validation report: answer problems by cell (they name single answers).
    cell_problems: list[Problem] = field(default_factory=list)

    def mean(self) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            return self.total / self.n

    def favourable_share(self) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            return self.favourable / self.answers

    def sd(self) -> np.ndarray:
        """Sample SD (n - 1) of respondent scores; NaN below two respondents."""
        with np.errstate(invalid="ignore", divide="ignore"):
            var = (self.sumsq - self.total**2 / self.n) / (self.n - 1)
        return np.sqrt(np.clip(var, 0, None))


def _items_table(items: pd.DataFrame, responses: pd.DataFrame, sink: ProblemSink) -> pd.DataFrame:
    import pandas as pd

    t = items.copy()
    for col, default in (("practice", None), ("reversed", False), ("text", None)):
        if col not in t:
            t[col] = default
    t["item"] = t["item"].astype(str)
    missing = [i for i in t["item"] if i not in responses.columns]
    for item in missing:
        sink.add("missing-item", said("no-column-responses", item=item), None, None, Severity.ERROR)
    t = t[t["item"].isin(responses.columns) & t["outcome"].notna()]
    t = t.assign(min=pd.to_numeric(t["min"]), max=pd.to_numeric(t["max"]),
                 reversed=t["reversed"].fillna(False).astype(bool))
    return t.reset_index(drop=True)


def _measures(t: pd.DataFrame) -> list[Measure]:
    outcomes: dict[str, tuple[str, list[str]]] = {}
    practices: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for item, outcome, practice in zip(t["item"], t["outcome"], t["practice"]):
        ok = name_key(outcome)
        outcomes.setdefault(ok, (str(outcome), []))[1].append(item)
        if practice is not None and not (isinstance(practice, float) and np.isnan(practice)) \
                and str(practice).strip():
            practices.setdefault((ok, name_key(practice)), (str(practice), []))[1].append(item)
    out: list[Measure] = []
    for ok, (oname, its) in outcomes.items():
        out.append(Measure(oname, None, tuple(its)))
        out.extend(Measure(oname, pname, tuple(pits))
                   for (pok, _), (pname, pits) in practices.items() if pok == ok)
    return out


def _wave_order(labels: Sequence[str]) -> list[int]:
    """Positions of wave labels in chronological order (numbers numerically, else as text)."""
    try:
        keys: list[Any] = [float(w) for w in labels]
    except ValueError:
        keys = list(labels)
    return sorted(range(len(labels)), key=lambda i: keys[i])


def _units(responses: pd.DataFrame, tree: UnitTree, sink: ProblemSink) -> np.ndarray:
    """Each respondent's unit as a tree index; unknown units become top units, respondents
    without a unit sit at the root (the organisation's total counts them, no unit does)."""
    if "unit" not in responses:
        sink.node = np.zeros(len(responses), dtype=np.int64)
        return sink.node
    codes, uniques = factorize(responses["unit"])
    lookup = tree.lookup()
    mapping = np.empty(len(uniques) + 1, dtype=np.int64)
    mapping[-1] = 0  # no unit: counted for the whole organisation only
    known_tree = len(tree) > 1
    unknown = []
    for j, u in enumerate(uniques):
        text = str(u)
        idx = lookup.get(text, lookup.get(name_key(text)))
        if idx is None:
            idx = tree.add(text, text, 0)
            lookup[text] = idx
            unknown.append(text)
        mapping[j] = idx
    sink.node = mapping[codes]
    for text in unknown if known_tree else []:  # a unit's name, about no one respondent
        first = int(np.argmax(sink.node == lookup[text]))
        sink.add("unknown-unit", said("unknown-unit", unit=text), first, "unit", Severity.WARNING,
                 tally=False)  # at its first row in the private report
        sink.general.append(survey_problem("unknown-unit", said("unknown-unit", unit=text),
                                           severity=Severity.WARNING, sheet=sink.positions.sheet))
    missing = codes < 0
    if missing.any() and not missing.all():  # a missing column is reported by the reader
        sink.add_mask("missing-value", missing, "unit", said("no-unit"), Severity.WARNING)
    return sink.node


def _waves(responses: pd.DataFrame, sink: ProblemSink, ok: np.ndarray) -> tuple[np.ndarray, list[str]]:
    codes, uniques = factorize(responses["wave"]) if "wave" in responses else (None, [])
    if codes is None or not len(uniques):  # no wave column, or no wave given
        return np.zeros(len(responses), dtype=np.int64), ["1"]
    texts = [_wave_text(u) for u in uniques]
    labels = list(dict.fromkeys(texts))  # 2021 and "2021" are one wave
    order = _wave_order(labels)
    rank_of = {labels[old]: new for new, old in enumerate(order)}
    rank = np.array([rank_of[t] for t in texts] + [-1], dtype=np.int64)
    missing = codes < 0
    if missing.any():
        sink.add_mask("missing-value", missing, "wave", said("no-wave"))
        ok &= ~missing
    return rank[codes], [labels[i] for i in order]


def _wave_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def score_frame(responses: pd.DataFrame, items: pd.DataFrame,
                units: Sequence[UnitNode] | UnitTree | None = None, *, min_group: int = 5,
                positions: Positions | None = None, problem_limit: int = 200) -> Scores:
    """Score answers already read: ``responses`` has ``unit``, ``wave`` (optional),
    ``respondent`` (optional) and one column per item; ``items`` has ``item``, ``outcome``,
    ``practice``, ``reversed``, ``min``, ``max``. ``units`` is the unit tree (flat if None).
    """
    sink = ProblemSink(positions or default_positions(responses), problem_limit)
    tree = units if isinstance(units, UnitTree) else UnitTree.build(units or [])
    t = _items_table(items, responses, sink)
    measures = _measures(t)
    size = len(responses)
    if not size:
        sink.add("no-responses", said("no-responses"), None, None, Severity.WARNING)
    ok = np.ones(size, dtype=bool)
    node = _units(responses, tree, sink)
    wave, waves = _waves(responses, sink, ok)
    ok &= ~_duplicates(responses, wave, sink)
    k = len(t)
    if not k:
        sink.add("no-items", said("no-items"), None, None)
    raw, text = _raw_matrix(responses, t, sink)
    W, N, m = len(waves), len(tree), len(measures)
    group = np.where(ok, node * W + wave, N * W)
    items_ = Items(list(t["item"]), t["min"].to_numpy(float), t["max"].to_numpy(float),
                   t["reversed"].to_numpy(bool))
    totals = accumulate(raw, text, items_, measures, ok, group, np.where(ok, wave, 0), N, W, sink)
    sums = {key: value.reshape(m, N, W) for key, value in totals.sums.items()}
    reliability = [row for mi, acc in totals.alpha.items()
                   for row in alpha(acc, measures[mi].outcome, waves, min_group, len(measures[mi].items))]
    _roll_up(tree, sums)
    suppressed = _suppress_all(tree, sums["n"], min_group)
    _suppress_patterns(tree, totals, measures, suppressed, W, min_group)
    stats = {"respondents": int(size), "scored_respondents": int(ok.sum()), "items": k,
             "outcomes": sum(1 for x in measures if x.practice is None),
             "practices": sum(1 for x in measures if x.practice is not None),
             "units": N - 1, "waves": list(waves), "min_group": min_group,
             "scale": [float(t["min"].min()), float(t["max"].max())] if k else None,
             "problem_counts": dict(sink.counts)}
    rows = _rows_per_unit(tree, node, wave, ok, W, min_group)
    shared = sink.shared(tree.parent, tree.names, rows, min_group,
                         lambda matrix: _roll_up_matrix(tree, matrix))
    return Scores(tree, waves, measures, sums["n"], sums["total"], sums["sumsq"], sums["favourable"],
                  sums["answers"], suppressed, reliability, shared, stats, min_group,
                  _private(sink))


def _private(sink: ProblemSink) -> list[Problem]:
    """The private validation report: the shared problems that name no answer, and every
    answer problem at its cell."""
    cells = sink.finish()
    listed = {p.code for p in cells}
    return [p for p in sink.general if p.code not in listed] + cells


def _rows_per_unit(tree: UnitTree, node: np.ndarray, wave: np.ndarray, ok: np.ndarray,
                   waves: int, min_group: int) -> np.ndarray:
    """Per unit (its whole subtree): the respondents of its smallest wave that has any; 0
    for a unit whose respondents are hidden in a wave, by the rules of the scores (too few,
    or a group that with its parent and siblings would give a small one away): the problems
    counted per unit name none of these."""
    size = len(tree)
    counts = np.bincount(node[ok] * waves + wave[ok], minlength=size * waves).reshape(size, waves)
    _roll_up_matrix(tree, counts)
    hidden = suppress_columns(tree.parent, counts, min_group).any(axis=1)
    counts = np.where(counts > 0, counts, np.iinfo(np.int64).max)
    least = counts.min(axis=1)
    return np.where((least == np.iinfo(np.int64).max) | hidden, 0, least)


def _raw_matrix(responses: pd.DataFrame, t: pd.DataFrame,
                sink: ProblemSink) -> tuple[list[np.ndarray], list[np.ndarray | None] | None]:
    """Answers item by item (NaN = none): the DataFrame's own arrays where they hold numbers,
    so no copy of the data is made; and, for text columns, the mask of cells that held text
    (reported here)."""
    import pandas as pd

    columns: list[np.ndarray] = []
    texts: list[np.ndarray | None] = []
    for item in t["item"]:
        column = responses[item]
        if (isinstance(column.dtype, np.dtype) and pd.api.types.is_numeric_dtype(column.dtype)
                and not pd.api.types.is_bool_dtype(column.dtype)):
            columns.append(column.to_numpy())
            texts.append(None)
        else:
            values, text = numeric_answers(column, item, sink)
            columns.append(values)
            texts.append(text)
    return columns, texts if any(x is not None for x in texts) else None


def _suppress_all(tree: UnitTree, n: np.ndarray, min_group: int) -> np.ndarray:
    """Suppression per item set and wave."""
    m, size, W = n.shape
    flat = n.transpose(1, 0, 2).reshape(size, m * W)  # units × (item set, wave)
    out = _suppress_matrix(tree, flat, min_group)
    return out.reshape(size, m, W).transpose(1, 0, 2).copy()


def _suppress_patterns(tree: UnitTree, totals: Totals, measures: list[Measure], suppressed: np.ndarray,
                       waves: int, min_group: int) -> None:
    """Differencing across item sets: an outcome's mean mixes its practices' answers by how
    many each respondent gave, so comparing it with its practices could give away the few
    respondents who answered in another pattern. Per outcome of two or more parts, respondents
    are counted per answer pattern (valid answers per part); where such a count is small, or
    could be worked out (the same rules as for groups), the outcome's practices are hidden.
    The outcome itself stays: alone, it is an ordinary group of its respondents."""
    size = len(tree)
    for mi, meas in enumerate(measures):
        found = totals.answer_patterns(mi) if meas.practice is None else None
        if found is None:
            continue
        group, pattern, count = found
        kinds = int(pattern.max()) + 1
        counts = np.zeros((size, waves * kinds), dtype=np.int64)
        cell = (group // waves) * (waves * kinds) + (group % waves) * kinds + pattern
        add_rows(counts.reshape(-1), cell, count)
        _roll_up_matrix(tree, counts)
        hidden = _suppress_matrix(tree, counts, min_group).reshape(size, waves, kinds).any(axis=2)
        for pj, other in enumerate(measures):
            if other.practice is not None and other.outcome == meas.outcome:
                suppressed[pj] |= hidden


def _roll_up_matrix(tree: UnitTree, counts: np.ndarray) -> None:
    """Add every unit's row into its parent's, deepest level first (whole rows at a time)."""
    depth = np.asarray(tree.depth)
    parent = np.asarray(tree.parent)
    for d in range(int(depth.max(initial=0)), 0, -1):
        nodes = np.flatnonzero(depth == d)
        add_rows(counts, parent[nodes], counts[nodes])


def _suppress_matrix(tree: UnitTree, flat: np.ndarray, min_group: int) -> np.ndarray:
    """Suppression of a units × columns matrix of counts; only columns with a small group or
    a small number of people sitting directly in a parent unit need the full rules."""
    size = flat.shape[0]
    parent = np.asarray(tree.parent)
    direct = flat.copy()
    add_rows(direct, parent[1:], flat[1:], sign=-1)
    has_kids = np.zeros(size, dtype=bool)
    has_kids[parent[1:]] = True
    small = (flat > 0) & (flat < min_group)
    hidden_direct = (direct > 0) & (direct < min_group) & has_kids[:, None]
    out = np.zeros(flat.shape, dtype=bool)
    cols = np.flatnonzero((small | hidden_direct).any(axis=0))
    if len(cols):  # item sets often have the very same counts: each distinct column once
        distinct, back = _distinct_columns(flat[:, cols])
        out[:, cols] = suppress_columns(tree.parent, distinct, min_group)[:, back]
    return out


def _distinct_columns(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct columns of a matrix of counts (in no particular order: each column is
    decided on its own) and, per column, which of them it is. Each column as one opaque
    value of its bytes, so ``unique`` sorts plain values (``unique(axis=1)`` compares
    structured rows field by field, a tenth of a second for a few hundred columns)."""
    rows = np.ascontiguousarray(counts.T, dtype=np.int64)
    whole = rows.view(np.dtype((np.void, rows.itemsize * rows.shape[1]))).reshape(-1)
    _, first, back = np.unique(whole, return_index=True, return_inverse=True)
    return rows[first].T, back.reshape(-1)


def _roll_up(tree: UnitTree, sums: dict[str, np.ndarray]) -> None:
    """Add every unit's sums into its parent's, deepest units first."""
    for i in reversed(tree.preorder()):
        p = tree.parent[i]
        if p >= 0:
            for arr in sums.values():
                arr[:, p] += arr[:, i]


def _duplicates(responses: pd.DataFrame, wave: np.ndarray, sink: ProblemSink) -> np.ndarray:
    """Rows that repeat a respondent already seen in the same wave (reported; not scored,
    so a respondent counts once)."""
    import pandas as pd

    none = np.zeros(len(responses), dtype=bool)
    if "respondent" not in responses:
        return none
    codes, uniques = factorize(responses["respondent"])
    if not len(uniques):
        return none
    key = np.where((codes >= 0) & (wave >= 0), codes * (int(wave.max(initial=0)) + 1) + wave, -1)
    seen = np.bincount(key[key >= 0])
    if not (seen > 1).any():
        return none
    dup = pd.Series(key).duplicated(keep="first").to_numpy() & (key >= 0)
    sink.add_mask("duplicate-respondent", dup, "respondent",
                  said("duplicate-respondent"), Severity.WARNING, values=responses["respondent"].to_numpy())
    return dup
