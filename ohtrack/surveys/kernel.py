"""The numeric core of scoring: respondents in cache-sized blocks, every step vectorised.

Each block of respondents is checked (missing, out of range), recoded (reversed items),
scored per item set and summed per unit × wave with ``bincount``; sums add up over blocks,
so memory traffic stays close to one pass over the answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ohtrack.report import Severity
from ohtrack.surveys.answers import ProblemSink
from ohtrack.surveys.reader import said

#: Respondents per block: large enough that per-block overhead (calls, per-group arrays) stays
#: small, items × block × 8 bytes (15.7 MB for 60 items) still within a large L2/L3 cache.
BLOCK = 32768
#: Fractional sums (respondent scores) are binned this many respondents at a time, so every
#: group's sum adds up in one fixed order, whatever ``BLOCK`` is (the same last digits).
SUM_BLOCK = 16384
#: Groups × answer patterns counted in one dense array up to this size (else sorted keys).
DENSE_PATTERNS = 1 << 22
STATS = ("n", "total", "sumsq", "favourable", "answers")
#: Per outcome: its index, (index, rows) of its practices, rows of items without a practice
#: (or None), rows of all its items.
Plan = list[tuple[int, list[tuple[int, Any]], Any, Any]]


@dataclass(frozen=True)
class Measure:
    """An item set that gets a score: an outcome, or one practice of an outcome."""

    outcome: str
    practice: str | None
    items: tuple[str, ...]


@dataclass
class Items:
    """The scored items in matrix-row order, with their scales."""

    names: list[str]
    lo: np.ndarray
    hi: np.ndarray
    reversed: np.ndarray

    def rows(self, items: tuple[str, ...]) -> slice | list[int]:
        """Matrix rows of some items: a slice (a view) when they are consecutive."""
        index = {n: j for j, n in enumerate(self.names)}
        cols = sorted(index[i] for i in items)
        if cols == list(range(cols[0], cols[0] + len(cols))):
            return slice(cols[0], cols[0] + len(cols))
        return cols


@dataclass
class Totals:
    """Sums per item set × group (unit × wave), and per-wave sums for Cronbach's alpha."""

    sums: dict[str, np.ndarray]
    alpha: dict[int, dict[str, np.ndarray]] = field(default_factory=dict)
    #: Per outcome with two or more parts (practices, items without one): respondents per
    #: group × answer pattern, the pattern coded as the mixed-radix number of its valid
    #: answers per part (a dense array, or blocks of (keys, counts) when that would be large).
    patterns: dict[int, Any] = field(default_factory=dict)

    def answer_patterns(self, mi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """Respondents per group and answer pattern of outcome ``mi``: (group, pattern id,
        count) of every non-empty cell; None when the outcome has one part only. A pattern is
        how many valid answers a respondent gave in each part of the outcome."""
        found = self.patterns.get(mi)
        if found is None:
            return None
        kinds, dense, blocks = found
        if dense is not None:
            keys = np.flatnonzero(dense)
            counts = dense[keys]
        else:
            keys, back = np.unique(np.concatenate([k for k, _ in blocks]), return_inverse=True)
            counts = np.bincount(back, weights=np.concatenate([c for _, c in blocks])).astype(np.int64)
        _, pattern = np.unique(keys % kinds, return_inverse=True)
        return keys // kinds, pattern.reshape(-1), counts


def accumulate(raw: Sequence[np.ndarray], text: Sequence[np.ndarray | None] | None, items: Items,
               measures: list[Measure],
               ok: np.ndarray, group: np.ndarray, wave: np.ndarray, units: int, waves: int,
               sink: ProblemSink) -> Totals:
    """Check, recode and score ``raw`` (one array of answers per item, NaN = no answer) block
    by block.

    ``text`` marks, per item, cells that held text (already reported; None: none did);
    ``group`` is ``unit * waves + wave`` per respondent (``units * waves`` for respondents
    left out).
    """
    m = len(measures)
    totals = Totals({s: np.zeros((m, units * waves)) for s in STATS})
    plan = _plan(items, measures)
    size = len(ok)
    for start in range(0, size, BLOCK):
        block = slice(start, min(start + BLOCK, size))
        X, V, F = _clean(raw, text, items, ok[block], block, sink)
        one_hot = np.zeros((X.shape[1], waves))
        one_hot[np.arange(X.shape[1]), wave[block]] = ok[block]
        _score(X, V, F, plan, group[block], units * waves, one_hot, totals)
    return totals


def _plan(items: Items, measures: list[Measure]) -> Plan:
    """What to sum for each outcome (see ``Plan``)."""
    out: Plan = []
    for mi, meas in enumerate(measures):
        if meas.practice is not None:
            continue
        parts = [pj for pj, p in enumerate(measures) if p.practice is not None and p.outcome == meas.outcome]
        in_parts = {i for pj in parts for i in measures[pj].items}
        rest = tuple(i for i in meas.items if i not in in_parts)
        out.append((mi, [(pj, items.rows(measures[pj].items)) for pj in parts],
                    items.rows(rest) if rest else None, items.rows(meas.items)))
    return out


def _clean(raw: Sequence[np.ndarray], text: Sequence[np.ndarray | None] | None, items: Items,
           ok: np.ndarray, block: slice, sink: ProblemSink) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A block's answers (0 where invalid), valid mask and favourable mask; problems reported."""
    X = np.empty((len(raw), len(ok)))
    for j, column in enumerate(raw):
        X[j] = column[block]
    missing = np.isnan(X)
    if text is not None:
        for j, held in enumerate(text):
            if held is not None:
                missing[j] &= ~held[block]
    clean = text is None and bool(ok.all())  # then invalid answers are exactly the missing ones
    if not ok.all():
        missing[:, ~ok] = False
        X[:, ~ok] = np.nan
    names, lo, hi = items.names, items.lo, items.hi
    low, high = np.fmin.reduce(X, axis=1), np.fmax.reduce(X, axis=1)
    for j in np.flatnonzero((low < lo) | (high > hi)).tolist():
        clean = False
        out = (X[j] < lo[j]) | (X[j] > hi[j])
        sink.add_mask("out-of-range", out, names[j], said("out-of-range", item=names[j], min=float(lo[j]),
                      max=float(hi[j])), values=X[j].copy(), offset=block.start)
        X[j][out] = np.nan
    for j in np.flatnonzero(missing.any(axis=1)).tolist():
        sink.add_mask("missing-answer", missing[j], names[j], said("no-answer", item=names[j]),
                      Severity.WARNING, offset=block.start)
    rev = items.reversed
    if rev.any():
        X[rev] = (lo + hi)[rev, None] - X[rev]
    invalid = missing if clean else np.isnan(X)
    F = np.greater_equal(X, (hi - 1)[:, None])  # NaN compares False
    np.copyto(X, 0.0, where=invalid)
    return X, ~invalid, F


def _score(X: np.ndarray, V: np.ndarray, F: np.ndarray, plan: Plan,
           group: np.ndarray, groups: int, one_hot: np.ndarray, totals: Totals) -> None:
    """Add one block's sums. Practices first: an outcome's per-respondent sums are its
    practices' sums plus those of its items without a practice."""
    sums = totals.sums
    size = X.shape[1]

    def bins(weights: np.ndarray | None) -> np.ndarray:
        return np.bincount(group, weights=weights, minlength=groups + 1)[:groups]

    def row_sums(rows: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (X[rows].sum(axis=0), V[rows].sum(axis=0, dtype=np.int16),
                F[rows].sum(axis=0, dtype=np.int16))

    def add_bins(into: np.ndarray, weights: np.ndarray) -> None:
        for start in range(0, size, SUM_BLOCK):
            part = slice(start, start + SUM_BLOCK)
            into += np.bincount(group[part], weights=weights[part], minlength=groups + 1)[:groups]

    def respondents(mi: int, tot: np.ndarray, cnt: np.ndarray, squares: bool) -> None:
        has = cnt > 0
        score = np.divide(tot, cnt, out=np.zeros(size), where=has)
        sums["n"][mi] += bins(has)
        add_bins(sums["total"][mi], score)
        if squares:
            add_bins(sums["sumsq"][mi], score * score)

    for mi, parts, rest, all_rows in plan:
        pieces = []
        sizes: list[int] = []
        for pj, rows in parts:
            tot, cnt, fav = row_sums(rows)
            respondents(pj, tot, cnt, squares=False)
            fav_bins, cnt_bins = bins(fav), bins(cnt)
            sums["favourable"][pj] += fav_bins
            sums["answers"][pj] += cnt_bins
            sums["favourable"][mi] += fav_bins
            sums["answers"][mi] += cnt_bins
            pieces.append((tot, cnt))
            sizes.append(_size(rows))
        if rest is not None:
            tot, cnt, fav = row_sums(rest)
            sums["favourable"][mi] += bins(fav)
            sums["answers"][mi] += bins(cnt)
            pieces.append((tot, cnt))
            sizes.append(_size(rest))
        tot, cnt = pieces[0][0].copy(), pieces[0][1].copy()
        for more_tot, more_cnt in pieces[1:]:
            tot += more_tot
            cnt += more_cnt
        respondents(mi, tot, cnt, squares=True)
        if len(pieces) > 1:
            _patterns(totals, mi, group, groups, [(n, c) for n, (_, c) in zip(sizes, pieces)], cnt)
        sub = X[all_rows]
        _alpha_sums(totals, mi, sub, tot, cnt == sub.shape[0], one_hot)


def _size(rows: Any) -> int:
    """How many matrix rows a slice or list of rows holds."""
    return int(rows.stop - rows.start) if isinstance(rows, slice) else len(rows)


def _patterns(totals: Totals, mi: int, group: np.ndarray, groups: int, parts: list[Any],
              cnt: np.ndarray) -> None:
    """Count a block's respondents per group and answer pattern (valid answers per part), the
    pattern as one mixed-radix code: O(n) with ``bincount`` where groups × patterns is small."""
    sizes, part_counts = zip(*parts)
    kinds = int(np.prod([s + 1 for s in sizes], dtype=np.int64))
    keep = (group < groups) & (cnt > 0)
    code = np.zeros(int(keep.sum()), dtype=np.int64)
    radix = 1
    for size, c in zip(sizes, part_counts):
        code += c[keep].astype(np.int64) * radix
        radix *= size + 1
    keys = group[keep] * kinds + code
    found = totals.patterns.get(mi)
    if found is None:
        dense = np.zeros(groups * kinds, dtype=np.int64) if groups * kinds <= DENSE_PATTERNS else None
        blocks: list[tuple[np.ndarray, np.ndarray]] = []
        found = totals.patterns[mi] = (kinds, dense, blocks)
    if found[1] is not None:
        found[1][:] += np.bincount(keys, minlength=groups * kinds)
    else:
        cells, count = np.unique(keys, return_counts=True)
        found[2].append((cells, count))


def _alpha_sums(totals: Totals, mi: int, sub: np.ndarray, total: np.ndarray, complete: np.ndarray,
                one_hot: np.ndarray) -> None:
    """Per-wave sums over complete respondents: n, Σx and Σx² per item, ΣT and ΣT² of totals."""
    weight = one_hot * complete[:, None]
    acc = totals.alpha.setdefault(mi, {})
    parts = {"n": complete.astype(float) @ one_hot, "s1": sub @ weight, "s2": (sub * sub) @ weight,
             "t1": total @ weight, "t2": (total * total) @ weight}
    for key, value in parts.items():
        if key in acc:
            acc[key] += value
        else:
            acc[key] = value


def alpha(acc: dict[str, np.ndarray], outcome: str, waves: list[str], min_group: int,
          k: int) -> list[dict[str, Any]]:
    """Cronbach's alpha per wave from the summed parts (on complete respondents)."""
    n = acc["n"]
    with np.errstate(invalid="ignore", divide="ignore"):
        item_var = ((acc["s2"] - acc["s1"] ** 2 / n) / (n - 1)).sum(axis=0)
        total_var = (acc["t2"] - acc["t1"] ** 2 / n) / (n - 1)
    out = []
    for w, label in enumerate(waves):
        a: float | None = None
        if k > 1 and n[w] >= max(2, min_group) and total_var[w] > 0:
            a = float(k / (k - 1) * (1 - item_var[w] / total_var[w]))
        out.append({"outcome": outcome, "wave": label, "items": k, "n": int(n[w]), "alpha": a})
    return out
