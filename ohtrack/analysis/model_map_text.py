"""The model map as readable text: outcomes with bars, gaps, the unit matrix, balance, findings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap

#: Width of the longest bar in the text summary.
BAR_WIDTH = 24
#: How the balance is computed (Pielou's evenness of the outcome counts), as maths.
BALANCE_EQUATION = "J = H / ln(K), H = -sum(p_i * ln(p_i)), p_i = n_i / sum(n)"


def to_text(mm: ModelMap, lang: str | None = None, findings: Sequence[str] | None = None) -> str:
    """What ``ohtrack map`` prints (``lang`` defaults to the map's language; ``findings``
    to the map's own, which are in its language)."""
    lang = normalise_lang(lang or mm.lang)
    top = max((o.count for o in mm.outcomes), default=0) or 1
    def whole(n: int) -> str:  # a count as the language writes it: 51.278
        return format.integer(n, lang)

    rows = [(n, o.name, whole(o.count), f"{o.practices_covered}/{o.practices_total}",
             "█" * round(BAR_WIDTH * o.count / top)) for n, o in enumerate(mm.outcomes, start=1)]
    when = t("common.as_of", lang, date=format.date(mm.as_of, lang))
    lines = [f"{t('modelmap.title', lang)}: {mm.programme_name} ({mm.framework_name}), {when}",
             t("modelmap.summary", lang, total=mm.total, mapped=mm.mapped,
               unmapped=len(mm.unmapped)),
             "",
             table(rows, ["#", t("common.outcome", lang), t("modelmap.count", lang),
                          t("modelmap.practices", lang), ""]),
             "", t("modelmap.gaps", lang)]
    names = mm.outcome_names()
    gap_names = [names[o] for o in mm.gaps.outcomes]
    lines.append("  " + t("modelmap.gap_outcomes", lang,
                          names=", ".join(gap_names) or t("modelmap.none", lang)))
    lines.append("  " + t("modelmap.gap_practices", lang, count=len(mm.gaps.practices),
                          total=len(mm.practices)))

    def number(value: float | None) -> str:
        return t("modelmap.balance_none", lang) if value is None else format.number(value, lang)

    if mm.units:
        # Unit × outcome counts over each unit's subtree (indented under its parent),
        # outcomes numbered as in the table above; "·" marks a gap.
        tree = mm.level is None  # every unit, indented under its parent, with its own count
        matrix = [("  " * (u.depth - 1) * tree + label,
                   *[whole(mm.matrix[u.id][o.id]) if mm.matrix[u.id][o.id] else "·"
                     for o in mm.outcomes],
                   *([whole(u.own)] if tree else []), whole(u.count), number(u.balance))
                  for label, u in zip(mm.unit_labels(), mm.units)]
        heads = [t("common.unit", lang), *[str(n) for n in range(1, len(mm.outcomes) + 1)],
                 *([t("modelmap.own", lang)] if tree else []), t("modelmap.count", lang),
                 t("modelmap.balance", lang)]
        title = (t("modelmap.matrix_level", lang, level=mm.level) if mm.level is not None
                 else t("modelmap.matrix", lang))
        lines += ["", title, table(matrix, heads)]
    if mm.balance is not None:  # without initiatives on the model there is none to explain
        lines += ["", t("modelmap.balance_line", lang, value=number(mm.balance),
                        formula=BALANCE_EQUATION, k=len(mm.outcomes))]
    said = mm.findings if findings is None else findings
    if said:
        lines += ["", t("modelmap.findings", lang), *(f"  - {f}" for f in said)]
    return "\n".join(lines)
