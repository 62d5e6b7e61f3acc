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
    waves: int = 1
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
    totals = Totals({s: np.zeros((m, units * waves)) for s in STATS}, waves)
    plan = _plan(items, measures)
    size = len(ok)
    for start in range(0, size, BLOCK):
        block = slice(start, min(start + BLOCK, size))
        X, V, F = _clean(raw, text, items, ok[block], block, sink)
        _score(X, V, F, plan, group[block], units * waves, _wave_weights(wave[block], ok[block], waves),
               totals)
    return totals


def _wave_weights(wave: np.ndarray, ok: np.ndarray, waves: int) -> tuple[np.ndarray, np.ndarray]:
    """The waves a block holds (scored respondents only) and, per such wave, a row of 1.0
    for its scored respondents (0.0 for the others): most blocks hold one wave."""
    present = np.flatnonzero(np.bincount(wave[ok], minlength=waves))
    if len(present) == 1:
        return present, ok.astype(float)[None, :]
    return present, ((wave == present[:, None]) & ok).astype(float)


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
    fast = _clean_in_range(raw, text, items, ok, block)
    if fast is not None:
        X, missing, F = fast
        V = ~missing
        if not ok.all():
            V[:, ~ok] = False
        _report_missing(missing, items.names, block.start, sink)
        return X, V, F
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
    _report_missing(missing, names, block.start, sink)
    rev = items.reversed
    if rev.any():
        X[rev] = (lo + hi)[rev, None] - X[rev]
    invalid = missing if clean else np.isnan(X)
    F = np.greater_equal(X, (hi - 1)[:, None])  # NaN compares False
    np.copyto(X, 0.0, where=invalid)
    return X, ~invalid, F


def _report_missing(missing: np.ndarray, names: list[str], offset: int, sink: ProblemSink) -> None:
    sink.add_masks("missing-answer", missing, names, lambda name: said("no-answer", item=name),
                   Severity.WARNING, offset=offset)


def _clean_in_range(raw: Sequence[np.ndarray], text: Sequence[np.ndarray | None] | None, items: Items,
                    ok: np.ndarray, block: slice) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """``_clean`` in the usual case, item by item while its answers are in cache: no answer
    out of range or held as text, no scale below 0 (so ``fmax(x, 0)`` copies an answer, also
    a recoded one, and turns a missing one into 0 in one pass). None (nothing reported)
    when the block is no such case; else the same arrays as ``_clean`` (``missing`` in
    place of the valid mask), for scored rows only."""
    k, size = len(raw), len(ok)
    lo, hi, rev = items.lo, items.hi, items.reversed
    X = np.empty((k, size))
    missing = np.empty((k, size), dtype=bool)
    F = np.empty((k, size), dtype=bool)
    for j, column in enumerate(raw):
        held = text[j] if text is not None else None
        if held is not None and held[block].any():
            return None
        answers = column[block]
        low, high = np.fmin.reduce(answers), np.fmax.reduce(answers)  # NaN when none
        if low < lo[j] or high > hi[j] or not lo[j] >= 0:
            return None
        np.isnan(answers, out=missing[j])
        if rev[j]:
            np.subtract(lo[j] + hi[j], answers, out=X[j])
            answers = X[j]
        np.greater_equal(answers, hi[j] - 1, out=F[j])  # NaN compares False
        np.fmax(answers, 0.0, out=X[j])
    if not ok.all():
        out = ~ok
        X[:, out] = 0.0
        F[:, out] = False
        missing[:, out] = False
    return X, missing, F


def _score(X: np.ndarray, V: np.ndarray, F: np.ndarray, plan: Plan, group: np.ndarray, groups: int,
           weights: tuple[np.ndarray, np.ndarray], totals: Totals) -> None:
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

    def scores(mi: int, tot: np.ndarray, cnt: np.ndarray, squares: bool) -> None:
        score = np.divide(tot, np.maximum(cnt, 1))  # 0 for no answer: then tot is 0
        add_bins(sums["total"][mi], score)
        if squares:
            add_bins(sums["sumsq"][mi], score * score)

    for mi, parts, rest, all_rows in plan:
        pieces = []
        sizes: list[int] = []
        for pj, rows in parts:
            tot, cnt, fav = row_sums(rows)
            scores(pj, tot, cnt, squares=False)
            n_bins, fav_bins, cnt_bins = _count_bins(group, groups, [(cnt > 0, 1), (fav, _size(rows)),
                                                                     (cnt, _size(rows))])
            sums["n"][pj] += n_bins
            sums["favourable"][pj] += fav_bins
            sums["answers"][pj] += cnt_bins
            sums["favourable"][mi] += fav_bins
            sums["answers"][mi] += cnt_bins
            pieces.append((tot, cnt))
            sizes.append(_size(rows))
        if rest is not None:
            tot, cnt, fav = row_sums(rest)
            fav_bins, cnt_bins = _count_bins(group, groups, [(fav, _size(rest)), (cnt, _size(rest))])
            sums["favourable"][mi] += fav_bins
            sums["answers"][mi] += cnt_bins
            pieces.append((tot, cnt))
            sizes.append(_size(rest))
        tot, cnt = pieces[0][0].copy(), pieces[0][1].copy()
        for more_tot, more_cnt in pieces[1:]:
            tot += more_tot
            cnt += more_cnt
        scores(mi, tot, cnt, squares=True)
        sums["n"][mi] += bins(cnt > 0)
        if len(pieces) > 1:
            _patterns(totals, mi, group, groups, [(n, c) for n, (_, c) in zip(sizes, pieces)], cnt)
        sub = X[all_rows]
        _alpha_sums(totals, mi, sub, tot, cnt == sub.shape[0], weights)


def _count_bins(group: np.ndarray, groups: int, counts: list[tuple[np.ndarray, int]]) -> list[np.ndarray]:
    """Sums per group of small whole numbers (each given with its largest value), in one
    ``bincount``: packed side by side in the bits of one float, each field wide enough for
    its whole sum, so they add up exactly (below 2**53) and unpack to the same numbers."""
    bits = [(len(group) * top).bit_length() for _, top in counts]
    if sum(bits) > 52:
        return [np.bincount(group, weights=c, minlength=groups + 1)[:groups] for c, _ in counts]
    packed = counts[0][0].astype(float)
    shift = bits[0]
    for (values, _), width in zip(counts[1:], bits[1:]):
        packed += values * float(1 << shift)
        shift += width
    summed = np.bincount(group, weights=packed, minlength=groups + 1)[:groups].astype(np.int64)
    out = []
    shift = 0
    for width in bits:
        out.append(((summed >> shift) & ((1 << width) - 1)).astype(float))
        shift += width
    return out


def _size(rows: Any) -> int:
    """How many matrix rows a slice or list of rows holds."""
    return int(rows.stop - rows.start) if isinstance(rows, slice) else len(rows)


def _patterns(totals: Totals, mi: int, group: np.ndarray, groups: int, parts: list[Any],
              cnt: np.ndarray) -> None:
    """Count a block's respondents per group and answer pattern (valid answers per part), the
    pattern as one mixed-radix code: O(n) with ``bincount`` where groups × patterns is small.
    Pattern 0 (no valid answer) and the group of respondents left out are not counted."""
    sizes, part_counts = zip(*parts)
    kinds = int(np.prod([s + 1 for s in sizes], dtype=np.int64))
    small = np.int32 if kinds < 2**31 else np.int64  # half the bytes to go through
    code = part_counts[0].astype(small)
    radix = 1
    for size, c in zip(sizes[:-1], part_counts[1:]):
        radix *= size + 1
        code += c * small(radix)
    keys = group * kinds
    keys += code
    found = totals.patterns.get(mi)
    if found is None:
        dense = np.zeros(groups * kinds, dtype=np.int64) if groups * kinds <= DENSE_PATTERNS else None
        blocks: list[tuple[np.ndarray, np.ndarray]] = []
        found = totals.patterns[mi] = (kinds, dense, blocks)
    if found[1] is not None:
        counts = np.bincount(keys, minlength=(groups + 1) * kinds)[:groups * kinds]
        counts.reshape(groups, kinds)[:, 0] = 0
        found[1][:] += counts
    else:
        cells, count = np.unique(keys[(group < groups) & (cnt > 0)], return_counts=True)
        found[2].append((cells, count))


def _alpha_sums(totals: Totals, mi: int, sub: np.ndarray, total: np.ndarray, complete: np.ndarray,
                weights: tuple[np.ndarray, np.ndarray]) -> None:
    """Per-wave sums over complete respondents: n, Σx and Σx² per item, ΣT and ΣT² of totals.
    ``weights``: the block's waves and their rows of weights (see ``_wave_weights``)."""
    present, rows = weights
    weight = rows * complete  # waves present × respondents
    acc = totals.alpha.setdefault(mi, {})
    # einsum: numpy's own loops, one pass and no temporary each; a BLAS call here would start
    # threads, which wait on each other when the other cores are busy.
    parts = {"n": weight.sum(axis=1), "s1": np.einsum("ij,kj->ik", sub, weight),
             "s2": np.einsum("ij,ij,kj->ik", sub, sub, weight), "t1": np.einsum("j,kj->k", total, weight),
             "t2": np.einsum("j,j,kj->k", total, total, weight)}
    for key, value in parts.items():
        if key not in acc:
            acc[key] = np.zeros((*value.shape[:-1], totals.waves))
        acc[key][..., present] += value


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
