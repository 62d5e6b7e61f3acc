"""Learning results as plain text, and the number formats their sentences use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.analysis.model_map import fmt_number
from ohtrack.i18n import t

if TYPE_CHECKING:
    from ohtrack.analysis.learning_groups import Composition


def pct(x: float | None) -> str:
    """A share as a whole percentage (``48%``), ``-`` when there is none."""
    return "-" if x is None else f"{100 * x:.0f}%"


def num(x: float | None, lang: str, digits: int = 1) -> str:
    """A number as the language writes it: whole numbers plain, others with ``digits``."""
    if x is None:
        return "-"
    if float(x).is_integer():
        return f"{int(x)}"
    return fmt_number(x, lang, digits)


def signed(x: float, lang: str, digits: int = 1) -> str:
    """A change with its sign: ``+0,5`` / ``-0.3``."""
    text = fmt_number(abs(x), lang, digits)
    return f"+{text}" if x >= 0 else f"-{text}"


def composition_text(c: Composition, lang: str) -> str:
    """The summary of a composition: sizes, fit and mixing against random, the solver, the groups."""
    from ohtrack.plaintext import table

    title = t("learning.compose.title", lang, size=c.size)
    s, r = c.score, c.baseline
    rows = [
        (t("learning.compose.people", lang), len(c.preference_of), ""),
        (t("learning.compose.groups", lang), len(c.groups), ""),
        (t("learning.compose.fit", lang), pct(s.fit), pct(r.fit)),
        (t("learning.compose.mixing", lang), pct(s.mixing), pct(r.mixing)),
        (t("learning.compose.same_pairs", lang), num(s.same_unit_pairs, lang),
         num(r.same_unit_pairs, lang)),
    ]
    lines = [title, "=" * len(title),
             table(rows, ["", t("learning.compose.composed", lang),
                          t("learning.compose.random", lang, runs=c.baseline_runs)]), ""]
    lines.append(t("learning.compose.beats" if c.beats_random else "learning.compose.not_beats", lang))
    lines.append(t("learning.compose.solver", lang, solver=c.solver,
                   status=t(f"learning.compose.{c.status}", lang), objective=num(c.objective, lang),
                   bound=num(c.bound, lang), gap=fmt_number(c.gap, lang, 3), seed=c.seed,
                   seconds=fmt_number(c.wall_time, lang, 1)))
    lines.append("")
    none = t("learning.compose.none", lang)
    lines.append(table([(g.id, g.preference or none, len(g.members),
                         len({c.unit_of.get(p) for p in g.members} - {None}), ", ".join(g.members))
                        for g in c.groups],
                       [t("learning.compose.group", lang), t("learning.compose.preference", lang),
                        t("learning.compose.size", lang), t("learning.compose.units", lang),
                        t("learning.compose.members", lang)]))
    return "\n".join(lines)
