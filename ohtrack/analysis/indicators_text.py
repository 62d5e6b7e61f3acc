"""The indicator report as readable text: a table, the roll-up by outcome, flags and rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ohtrack.i18n import normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.analysis.indicators import IndicatorReport


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def to_text(report: IndicatorReport, lang: str | None = None) -> str:
    """What ``ohtrack indicators`` prints (``lang`` defaults to the report's language)."""
    lang = normalise_lang(lang or report.lang)
    lines = [t("indicators.title", lang, programme=report.programme,
               date=report.as_of.isoformat()), ""]
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
                     "" if latest is None else latest.date.isoformat(), target,
                     "" if r.progress is None else f"{r.progress:.0%}",
                     t(f"indicators.status.{r.status.value}", lang),
                     "" if r.trend is None else t(f"indicators.trend.{r.trend.value}", lang)))
    heads = [t("indicators.col.id", lang), t("indicators.col.name", lang)]
    heads += [t("common.unit", lang)] if with_unit else []
    heads += [t(f"indicators.col.{h}", lang) for h in ("baseline", "impulse", "ambition", "latest",
                                                       "date", "target", "progress", "status",
                                                       "trend")]
    lines.append(table(rows, heads))
    lines += ["", t("indicators.by_outcome", lang)]
    statuses = list(report.counts())
    out_rows = [(o.name, len(o.indicators), *[o.counts[s] for s in statuses])
                for o in report.by_outcome]
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
