"""The survey report as readable text: a heatmap table per wave, a summary, the problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.i18n import normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.analysis.survey import SurveyReport

#: Problems listed in the text before "… N more".
SHOWN_PROBLEMS = 20


def to_text(report: SurveyReport, lang: str | None = None) -> str:
    """What ``ohtrack survey`` prints on stdout (``lang`` defaults to the report's)."""
    lang = normalise_lang(lang or report.lang)
    mark = t("survey.suppressed_short", lang)
    lines: list[str] = []
    for wave in report.waves:
        hm = report.heatmap(wave)
        rows = []
        for u, values, hidden in zip(hm.units, hm.values, hm.hidden):
            rows.append(["  " * u["depth"] + u["name"]] + [
                mark if h else ("" if v is None else f"{v:.2f}") for v, h in zip(values, hidden)])
        lines += [f"{t('survey.wave', lang)} {wave}", table(rows, [t("survey.unit", lang), *hm.outcomes]),
                  ""]
    s = report.stats
    lines.append(t("survey.summary", lang, respondents=s.get("scored_respondents", 0),
                   units=s.get("units", 0), waves=", ".join(report.waves), min_group=report.min_group,
                   suppressed=s.get("suppressed_groups", 0), groups=s.get("groups", 0)))
    return "\n".join(lines)


def problems_text(report: SurveyReport, lang: str | None = None) -> str:
    """The problems of the survey file, one a line, and their count ('' when none)."""
    lang = normalise_lang(lang or report.lang)
    if not report.problems:
        return ""
    errors = sum(1 for p in report.problems if p.severity.value == "error")
    lines = [f"{p.cell or p.sheet or ''}: {p.message} [{p.code}]"
             for p in report.problems[:SHOWN_PROBLEMS]]
    if len(report.problems) > SHOWN_PROBLEMS:
        lines.append(t("survey.more_problems", lang, count=len(report.problems) - SHOWN_PROBLEMS))
    lines.append(t("survey.problem_count", lang, errors=errors, warnings=len(report.problems) - errors))
    return "\n".join(lines)
