"""The composition of learning groups as plain text, and the learning errors' messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.errors import LearningError
from ohtrack.i18n import t
from ohtrack.i18n.format import decimal, integer, number, percent

if TYPE_CHECKING:
    from ohtrack.analysis.learning_groups import Composition


def learning_error(key: str, lang: str, **params: Any) -> LearningError:
    """A ``LearningError`` with the catalogue's message ``learning.error.<key>`` in ``lang``."""
    reason = f"learning.error.{key}"
    return LearningError(t(reason, lang, **params), reason, params)


def composition_text(c: Composition, lang: str) -> str:
    """The summary of a composition: sizes, fit and mixing against random, the solver, the groups."""
    from ohtrack.plaintext import table

    title = t("learning.compose.title", lang, size=c.size)
    s, r = c.score, c.baseline
    rows = [
        (t("learning.compose.people", lang), integer(len(c.preference_of), lang), ""),
        (t("learning.compose.groups", lang), integer(len(c.groups), lang), ""),
        (t("learning.compose.fit", lang), percent(s.fit, lang), percent(r.fit, lang)),
        (t("learning.compose.mixing", lang), percent(s.mixing, lang), percent(r.mixing, lang)),
        (t("learning.compose.same_pairs", lang), decimal(s.same_unit_pairs, lang, 1),
         decimal(r.same_unit_pairs, lang, 1)),
    ]
    lines = [title, "=" * len(title),
             table(rows, ["", t("learning.compose.composed", lang),
                          t("learning.compose.random", lang, runs=c.baseline_runs)]), ""]
    lines.append(t("learning.compose.beats" if c.beats_random else "learning.compose.not_beats", lang))
    lines.append(t("learning.compose.solver", lang, solver=c.solver,
                   status=t(f"learning.compose.{c.status}", lang), objective=decimal(c.objective, lang),
                   bound=decimal(c.bound, lang), gap=number(c.gap, lang, 3), seed=c.seed,
                   seconds=number(c.wall_time, lang, 1)))
    lines.append("")
    none = t("learning.compose.none", lang)
    lines.append(table([(g.id, g.preference or none, len(g.members),
                         len({c.unit_of.get(p) for p in g.members} - {None}), ", ".join(g.members))
                        for g in c.groups],
                       [t("learning.compose.group", lang), t("learning.compose.preference", lang),
                        t("learning.compose.size", lang), t("learning.compose.units", lang),
                        t("learning.compose.members", lang)]))
    return "\n".join(lines)
