"""Benchmarks: each unit's % favourable placed among other organisations' scores.

Per benchmark column (an outcome, or a theme mapped to one): the quartiles of the
organisations' scores (``numpy.percentile``, linear), and for every shown group of the
survey's latest wave: its quartile (1: under the first quartile … 4: above the third) and
its percentile rank (the share of organisations scoring lower, ties counting half).
Suppressed groups are not placed. Survey outcomes find their column by name, or through
``mapping`` (outcome → column).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table
from ohtrack.text import name_key

if TYPE_CHECKING:
    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.surveys.benchmark import Benchmark


@dataclass
class BenchmarkReport:
    """Quartiles per benchmark column and the placement of every shown group."""

    lang: str
    source: str | None
    quartiles: dict[str, dict[str, float | int]] = field(default_factory=dict)
    placements: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {"source": self.source, "quartiles": dict(self.quartiles),
                "placements": list(self.placements)}

    def to_text(self, lang: str | None = None) -> str:
        """Per outcome: the benchmark's quartiles and the organisation's place among them."""
        lang = normalise_lang(lang or self.lang)
        rows = []
        for p in self.placements:
            if p["unit"] != "*":
                continue
            q = self.quartiles[p["column"]]
            rows.append([p["outcome"], format.number(p["favourable"], lang, 0) + "%",
                         " / ".join(format.number(float(q[k]), lang, 0) for k in ("q1", "median", "q3")),
                         str(p["quartile"]), format.number(p["percentile"], lang, 0)])
        if not rows:
            return ""
        most = max(int(q["n"]) for q in self.quartiles.values())
        return "\n".join([t("survey_benchmark.title", lang, n=most),
                          table(rows, [t("survey.outcome", lang), t("survey.favourable", lang),
                                       t("survey_benchmark.quartiles", lang),
                                       t("survey_benchmark.quartile", lang),
                                       t("survey_benchmark.percentile", lang)])])


def quartiles(values: np.ndarray) -> dict[str, float | int]:
    """n, min, first quartile, median, third quartile and max of the finite values."""
    x = values[np.isfinite(values)]
    q1, med, q3 = np.percentile(x, [25, 50, 75])
    return {"n": len(x), "min": float(x.min()), "q1": float(q1), "median": float(med),
            "q3": float(q3), "max": float(x.max())}


def survey_benchmark(report: SurveyReport, bench: Benchmark,
              mapping: Mapping[str, str] | None = None) -> BenchmarkReport:
    """Place the report's groups (latest wave) among the benchmark's organisations."""
    out = BenchmarkReport(report.lang, bench.source)
    col = {name_key(c): j for j, c in enumerate(bench.columns)}
    chosen = {name_key(k): v for k, v in (mapping or {}).items()}
    wave = report.waves[-1] if report.waves else None
    for outcome in report.outcomes:
        j = col.get(name_key(chosen.get(name_key(outcome), outcome)))
        if j is None:
            continue
        values = bench.scores[:, j]
        if not np.isfinite(values).any():
            continue
        column = bench.columns[j]
        out.quartiles[column] = quartiles(values)
        q = out.quartiles[column]
        x = values[np.isfinite(values)]
        for r in report.outcome_records(wave):
            if r["outcome"] != outcome or r["suppressed"] or r["favourable"] is None:
                continue
            score = float(r["favourable"])
            quartile = 1 + (score >= q["q1"]) + (score >= q["median"]) + (score >= q["q3"])
            rank = 100.0 * (float((x < score).sum()) + 0.5 * float((x == score).sum())) / len(x)
            out.placements.append({"unit": r["unit"], "unit_name": r["unit_name"], "wave": wave,
                                   "outcome": outcome, "column": column, "favourable": score,
                                   "quartile": quartile, "percentile": rank})
    return out
