"""The survey report as readable text: a heatmap table per wave, a summary, the problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.i18n.problems import counts
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
    if report.as_of is not None:
        lines += [t("survey.as_of", lang, date=format.date(report.as_of, lang)), ""]
    for wave in report.waves:
        hm = report.heatmap(wave)
        rows = []
        for u, values, hidden in zip(hm.units, hm.values, hm.hidden):
            rows.append(["  " * u["depth"] + u["name"]] + [
                mark if h else format.number(v, lang) for v, h in zip(values, hidden)])
        lines += [f"{t('survey.wave', lang)} {wave}", table(rows, [t("survey.unit", lang), *hm.outcomes]),
                  ""]
    lines += summary_lines(report, lang)
    if report.cuts is not None and (cut_text := report.cuts.to_text(lang)):
        lines += [cut_text, ""]
    s = report.stats
    lines.append(t("survey.summary", lang, respondents=s.get("scored_respondents", 0),
                   units=s.get("units", 0), waves=format.listing(report.waves, lang, None),
                   min_group=report.min_group, suppressed=s.get("suppressed_groups", 0),
                   groups=s.get("groups", 0)))
    if report.later_waves:
        lines.append(t("survey.later_waves", lang, waves=format.listing(report.later_waves, lang, None)))
    if report.undated_waves and report.later_waves:
        lines.append(t("survey.undated_waves", lang,
                       waves=format.listing(report.undated_waves, lang, None)))
    return "\n".join(lines)


#: |Hedges' g| from which a change gets an up or down arrow (a small effect, Cohen 1988).
ARROW_FROM = 0.2


def arrow(change: float | None, g: float | None) -> str:
    """↑ or ↓ for a change of at least a small effect (|g| >= 0.2), → for less, '' unknown."""
    if change is None:
        return ""
    if g is None or abs(g) < ARROW_FROM:
        return "→"
    return "↑" if change > 0 else "↓"


def summary_lines(report: SurveyReport, lang: str) -> list[str]:
    """Per outcome, for the whole organisation: n, mean, % favourable of the latest wave, the
    change since the wave before with its effect size and arrow, and Cronbach's alpha."""
    if not report.waves:
        return []
    last = report.waves[-1]
    org = report.stats.get("organisation", "*")
    latest = {r["outcome"]: r for r in report.outcome_records(last) if r["unit"] == org}
    change = {c["outcome"]: c for c in report.changes if c["unit"] == org and c["to"] == last}
    alpha = {a["outcome"]: a for a in report.alpha if a["wave"] == last}
    rows = []
    for outcome in report.outcomes:
        r = latest.get(outcome)
        if r is None:
            continue
        hidden = r["suppressed"]
        c = change.get(outcome, {})
        a = alpha.get(outcome, {}).get("alpha")
        shown = [outcome, format.integer(r["n"], lang), format.number(r["mean"], lang),
                 format.percent(None if r["favourable"] is None else r["favourable"] / 100, lang)]
        if hidden:
            shown = [outcome] + [t("survey.suppressed_short", lang)] * 3
        moved = f'{arrow(c.get("change"), c.get("hedges_g"))} {format.signed(c.get("change"), lang)}'
        shown += [moved.strip(), format.signed(c.get("hedges_g"), lang), format.number(a, lang)]
        rows.append(shown)
    if not rows:
        return []
    since = report.waves[-2] if len(report.waves) > 1 else None
    head = t("survey.per_outcome", lang, wave=last)
    if since is not None:
        head += " " + t("survey.since", lang, wave=since)
    return [head, table(rows, [t("survey.outcome", lang), t("survey.n", lang), t("survey.mean", lang),
                               t("survey.favourable", lang), t("survey.change", lang),
                               t("survey.effect", lang), t("survey.alpha", lang)]), ""]


def problems_text(report: SurveyReport, lang: str | None = None) -> str:
    """The problems of the survey file, one a line, and their count ('' when none)."""
    lang = normalise_lang(lang or report.lang)
    if not report.problems:
        return ""
    errors = sum(1 for p in report.problems if p.severity.value == "error")
    lines = [f"{p.cell or p.sheet or ''}: {p.text(lang)} [{p.code}]"
             for p in report.problems[:SHOWN_PROBLEMS]]
    if len(report.problems) > SHOWN_PROBLEMS:
        lines.append(t("survey.more_problems", lang, count=len(report.problems) - SHOWN_PROBLEMS))
    lines.append(t("survey.problem_count", lang,
                   counts=counts(errors, len(report.problems) - errors, lang)))
    return "\n".join(lines)
