"""The indicator report as readable text: a table, the roll-up by outcome, flags and rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.analysis.indicators import IndicatorReport


def to_text(report: IndicatorReport, lang: str | None = None) -> str:
    """What ``ohtrack indicators`` prints (``lang`` defaults to the report's language)."""
    lang = normalise_lang(lang or report.lang)

    def _num(value: float | None) -> str:
        return format.decimal(value, lang)

    lines = [t("indicators.title", lang, programme=report.programme,
               date=format.date(report.as_of, lang)), ""]
    if not report.indicators:
        lines.append(t("indicators.none", lang))
        return "\n".join(lines)
    with_unit = any(r.unit for r in report.indicators)
    rows = []
    for r in report.indicators:
        latest = r.latest
        kind = t(f"indicators.kind.{r.target_kind}", lang) if r.target_kind else ""
        target = "" if r.target is None else f"{_num(r.target)} ({kind})"
        unit = [r.unit_name or r.unit or ""] if with_unit else []
        rows.append((r.id, r.name, *unit, _num(r.baseline), _num(r.impulse), _num(r.ambition),
                     "" if latest is None else _num(latest.value),
                     "" if latest is None else format.date(latest.date, lang, "short"), target,
                     format.percent(r.progress, lang, empty=""),
                     t(f"indicators.status.{r.status.value}", lang),
                     "" if r.trend is None else t(f"indicators.trend.{r.trend.value}", lang)))
    heads = [t("indicators.col.id", lang), t("indicators.col.name", lang)]
    heads += [t("common.unit", lang)] if with_unit else []
    heads += [t(f"indicators.col.{h}", lang) for h in ("baseline", "impulse", "ambition", "latest",
                                                       "date", "target", "progress", "status",
                                                       "trend")]
    lines.append(table(rows, heads))
    lines += ["", t("indicators.by_outcome", lang)]
    # the statuses some outcome has: ten columns of mostly zeros say nothing
    statuses = [s for s in report.counts() if any(o.counts[s] for o in report.by_outcome)]
    out_rows = [(o.name, format.integer(len(o.indicators), lang),
                 *[format.integer(o.counts[s], lang) for s in statuses]) for o in report.by_outcome]
    lines.append(table(out_rows, [t("common.outcome", lang), t("indicators.col.count", lang),
                                  *[t(f"indicators.status.{s}", lang) for s in statuses]]))
    if report.flagged:
        lines += ["", t("indicators.flagged", lang)]
        for r in report.flagged:
            flags = "; ".join(t(f"indicators.flag.{f}", lang) for f in r.flags)
            lines.append(f"  {r.id} {r.name}: {flags}")
    lines += ["", t("indicators.rules", lang)]
    lines += [f"  - {text}" for text in report.rules_in(lang).values()]
    return "\n".join(lines)
