"""Survey scores beside initiatives as readable text (added to ``ohtrack map --survey``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.analysis.survey_text import arrow
from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.analysis.survey_actions import ActionRow, SurveyActions


def _what(r: ActionRow) -> str:
    return f"{r.outcome} / {r.practice}" if r.practice else r.outcome


def _row(r: ActionRow, lang: str) -> list[str]:
    moved = f"{arrow(r.change, r.hedges_g)} {format.signed(r.change, lang)}".strip()
    return ["  " * max(r.depth, 0) + r.unit_name, _what(r), format.number(r.mean, lang),
            format.percent(None if r.favourable is None else r.favourable / 100, lang), moved,
            ", ".join(r.initiatives)]


def to_text(actions: SurveyActions, lang: str | None = None) -> str:
    """The outcomes that score low with no initiative, then those in hand, and the counts per
    class (practices are in the JSON and the xlsx)."""
    lang = normalise_lang(lang or actions.lang)
    low = format.number(actions.low, lang, 0)
    lines = [t("survey_actions.title", lang, wave=actions.wave or "-"),
             t("survey_actions.rule", lang, low=low)]
    heads = [t("survey.unit", lang), t("survey.outcome", lang), t("survey.mean", lang),
             t("survey.favourable", lang), t("survey.change", lang), t("survey_actions.initiatives", lang)]
    for status in ("gap", "in_hand"):
        rows = [_row(r, lang) for r in actions.outcome_rows() if r.status == status]
        lines += ["", t(f"survey_actions.{status}", lang, count=len(rows))]
        if rows:
            lines.append(table(rows, heads))
    c = actions.counts()
    lines += ["", t("survey_actions.counts", lang, **c)]
    return "\n".join(lines)
