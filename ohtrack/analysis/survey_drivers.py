"""Driver analysis: how much each practice (or item, or other outcome) accounts for an outcome.

Per group (the whole organisation and each unit whose scores are shown) and wave, the
respondents' outcome scores are regressed on their driver scores, and the R² is shared out
among the drivers by its Shapley decomposition (also called dominance analysis or LMG): a
driver's share is its increase in R² when added to a set of the others, averaged over every
order of adding them. The shares add up to the R², and correlated drivers share what they
explain together fairly, which plain regression weights don't.

Outcomes with fewer than two drivers are left out. Only respondents with a score on the
outcome and on every driver count (``n``); groups of
fewer than the threshold, and groups with no more respondents than drivers + 1, are left
out. The result is association, not cause: a driver that goes with an outcome need not move it.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    import pandas as pd

    from ohtrack.domain import Programme
    from ohtrack.surveys.reader import SurveyData

#: Exact Shapley decomposition up to this many drivers (2^k subsets); more are refused.
MAX_DRIVERS = 14
BY = ("practice", "item", "outcome")


@dataclass
class DriverReport:
    """Shapley shares of R² per group, wave, outcome and driver."""

    lang: str
    by: str
    min_group: int
    rows: list[dict[str, Any]] = field(default_factory=list)

    def caveat(self, lang: str | None = None) -> str:
        """The caveat every driver table carries."""
        return t("survey_drivers.caveat", normalise_lang(lang or self.lang))

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {"by": self.by, "min_group": self.min_group, "caveat": self.caveat(),
                "method": t("survey_drivers.method", self.lang), "rows": list(self.rows)}

    def to_text(self, lang: str | None = None) -> str:
        """The drivers of each outcome for the whole organisation, latest wave, the largest
        share first."""
        lang = normalise_lang(lang or self.lang)
        rows = [r for r in self.rows if r["unit"] == "*"]
        waves = list(dict.fromkeys(r["wave"] for r in rows))
        lines: list[str] = []
        for outcome in dict.fromkeys(r["outcome"] for r in rows):
            mine = sorted((r for r in rows if r["outcome"] == outcome and r["wave"] == waves[-1]),
                          key=lambda r: -(r["share"] or 0.0))  # what goes with it most first
            if not mine:
                continue
            lines += [t("survey_drivers.title", lang, outcome=outcome, wave=waves[-1],
                        n=format.integer(mine[0]["n"], lang), r2=format.number(mine[0]["r2"], lang)),
                      table([[r["driver"], format.number(r["share"], lang, 3),
                              format.percent(r["relative"], lang)] for r in mine],
                            [t("survey_drivers.driver", lang), t("survey_drivers.share", lang),
                             t("survey_drivers.relative", lang)]), ""]
        if self.by == "practice" and lines:
            lines.append(t("survey_drivers.parts", lang))
        lines.append(self.caveat(lang))
        return "\n".join(lines)


def shapley_r2(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Each column's Shapley share of the R² of ``y`` on ``X`` (with an intercept), and the R².

    From the correlation matrix: R²(S) = r_S' R_SS⁻¹ r_S for every subset S."""
    k = X.shape[1]
    if k > MAX_DRIVERS:
        raise ValueError(f"at most {MAX_DRIVERS} drivers")
    data = np.column_stack([X, y])
    sd = data.std(axis=0)
    usable = sd > 0
    corr = np.zeros((k + 1, k + 1))
    if usable[-1]:
        z = (data[:, usable] - data[:, usable].mean(axis=0)) / sd[usable]
        corr[np.ix_(usable, usable)] = z.T @ z / len(y)
    R, r = corr[:k, :k], corr[:k, k]
    r2: dict[int, float] = {0: 0.0}
    for mask in range(1, 1 << k):
        cols = [j for j in range(k) if mask >> j & 1 and usable[j]]
        if not cols:
            r2[mask] = 0.0
            continue
        sub = R[np.ix_(cols, cols)]
        r2[mask] = float(r[cols] @ np.linalg.lstsq(sub, r[cols], rcond=None)[0])
    shares = np.zeros(k)
    for j in range(k):
        others = [i for i in range(k) if i != j]
        for size in range(k):
            weight = math.factorial(size) * math.factorial(k - size - 1) / math.factorial(k)
            for subset in itertools.combinations(others, size):
                mask = sum(1 << i for i in subset)
                shares[j] += weight * (r2[mask | 1 << j] - r2[mask])
    return shares, r2[(1 << k) - 1]


def survey_drivers(data: SurveyData, programme: Programme | None = None, *, by: str = "practice",
                   min_group: int = 5, as_of: Any = None, lang: str | None = None) -> DriverReport:
    """Drivers of each outcome (``by``: its practices, its items, or the other outcomes) per
    group and wave, as Shapley shares of R² (see the module's docstring)."""
    from ohtrack.analysis.survey import survey

    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}")
    report = survey(data, programme, min_group=min_group, as_of=as_of, lang=lang)
    out = DriverReport(report.lang, by, min_group)
    responses = data.responses
    if report.later_waves and "wave" in responses:
        responses = responses[~responses["wave"].astype(str).isin(report.later_waves)]
    items = data.items if programme is None else _named(data, programme, report.lang)
    scores = _respondent_scores(responses, items)
    shown = {(r["unit"], r["wave"]) for r in report.outcome_records() if not r["suppressed"]}
    members = _members(responses, report)
    waves = responses["wave"].map(_wave) if "wave" in responses else None
    for outcome in report.outcomes:
        target = scores.get((outcome, None))
        drivers = _drivers(scores, outcome, by, report.outcomes)
        if target is None or len(drivers) < 2 or len(drivers) > MAX_DRIVERS:
            continue  # one driver is the outcome itself, or nearly
        X = np.column_stack([scores[d] for d in drivers])
        complete = ~np.isnan(target) & ~np.isnan(X).any(axis=1)
        for wave in report.waves:
            in_wave = complete & (waves == wave).to_numpy() if waves is not None else complete
            for unit in report.units:
                rows = in_wave & members[unit["id"]]
                n = int(rows.sum())
                if (unit["id"], wave) not in shown or n < max(min_group, len(drivers) + 2):
                    continue
                shares, r2 = shapley_r2(X[rows], target[rows])
                for key, share in zip(drivers, shares):
                    out.rows.append({"unit": unit["id"], "unit_name": unit["name"], "wave": wave,
                                     "outcome": outcome, "driver": key[-1] or key[0], "n": n, "r2": r2,
                                     "share": float(share),
                                     "relative": float(share / r2) if r2 > 0 else None})
    return out


def _wave(value: object) -> str:
    from ohtrack.surveys.scoring import _wave_text

    return _wave_text(value)


def _named(data: SurveyData, programme: Programme, lang: str) -> pd.DataFrame:
    from ohtrack.analysis.survey import _resolve_names

    return _resolve_names(data.items, programme, lang, data.positions.item_rows, [])


def _respondent_scores(responses: pd.DataFrame, items: pd.DataFrame) -> dict[Any, np.ndarray]:
    """Per respondent: the score (mean of valid answers, reversed items recoded) of every
    outcome (key (outcome, None)), practice ((outcome, practice)) and item (outcome, practice,
    item)."""
    import pandas as pd

    values: dict[str, np.ndarray] = {}
    groups: dict[Any, list[str]] = {}
    reversed_ = items["reversed"] if "reversed" in items else [False] * len(items)
    practices = items["practice"] if "practice" in items else [None] * len(items)
    for item_, outcome, practice_, lo_, hi_, rev in zip(items["item"], items["outcome"], practices,
                                                        items["min"], items["max"], reversed_):
        item = str(item_)
        if item not in responses or outcome is None:
            continue
        lo, hi = float(lo_), float(hi_)
        x = pd.to_numeric(responses[item], errors="coerce").to_numpy(dtype=float, na_value=np.nan,
                                                                     copy=True)
        x[(x < lo) | (x > hi)] = np.nan
        if bool(rev):
            x = lo + hi - x
        values[item] = x
        practice = practice_ if isinstance(practice_, str) and practice_.strip() else None
        groups.setdefault((outcome, None), []).append(item)
        if practice:
            groups.setdefault((outcome, practice), []).append(item)
        groups[(outcome, practice, item)] = [item]
    out: dict[Any, np.ndarray] = {}
    with np.errstate(invalid="ignore"), __import__("warnings").catch_warnings():
        __import__("warnings").simplefilter("ignore", RuntimeWarning)
        for key, names in groups.items():
            out[key] = np.nanmean(np.column_stack([values[i] for i in names]), axis=1)
    return out


def _drivers(scores: dict[Any, np.ndarray], outcome: str, by: str, outcomes: list[str]) -> list[Any]:
    """The score keys of an outcome's drivers."""
    if by == "outcome":
        return [(o, None) for o in outcomes if o != outcome and (o, None) in scores]
    if by == "practice":
        return [k for k in scores if len(k) == 2 and k[0] == outcome and k[1] is not None]
    return [k for k in scores if len(k) == 3 and k[0] == outcome]


def _members(responses: pd.DataFrame, report: Any) -> dict[str, np.ndarray]:
    """Per unit of the report: which rows are in it (or in a unit under it)."""
    from ohtrack.text import name_key

    ids = [u["id"] for u in report.units]
    parent = {u["id"]: u["parent"] for u in report.units}
    by_key = {name_key(u["id"]): u["id"] for u in report.units}
    by_key.update({name_key(u["name"]): u["id"] for u in report.units if name_key(u["name"]) not in by_key})
    column = responses.get("unit")
    own = [None if column is None or v is None or v != v else
           (str(v) if str(v) in parent else by_key.get(name_key(str(v)))) for v in
           (column if column is not None else [None] * len(responses))]
    out = {uid: np.zeros(len(responses), dtype=bool) for uid in ids}
    org = report.stats.get("organisation", "*")
    out[org] = np.ones(len(responses), dtype=bool)
    for r, uid in enumerate(own):
        while uid is not None and uid != org:
            out[uid][r] = True
            uid = parent.get(uid)
    return out
