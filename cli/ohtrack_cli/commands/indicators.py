"""``ohtrack indicators``: each indicator from baseline to impulse to ambition."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from ohtrack_cli.options import json_option, lang_option, output_option, workbook_argument
from ohtrack_cli.output import done, echo_json, load_programme, refuse_overwrite, table


@click.command("indicators")
@workbook_argument()
@json_option()
@output_option("--png", "Write the figure (each indicator's path against its targets) as PNG.")
@lang_option()
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Report date (YYYY-MM-DD); measurements after it are left out. Default: today.")
def command(workbook: str, as_json: bool, png: str | None, lang: str | None,
            as_of: dt.datetime | None) -> None:
    """Indicators of WORKBOOK: targets, latest value, progress, status and trend.

    The rules for the target in force, progress, on/off track and trend are printed with
    the result. Indicators without measurements or targets are flagged.
    """
    import ohtrack

    refuse_overwrite([png], [workbook])
    report = ohtrack.indicators(load_programme(workbook), as_of=as_of.date() if as_of else None,
                                lang=lang)
    if png:
        report.save_png(png)
        done(png)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(render_text(report))


def render_text(report: Any) -> str:
    """The report as plain text: a table, the roll-up by outcome, flags and rules."""
    from ohtrack.i18n import t

    lang = report.lang
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
    lines += [f"  - {text}" for text in report.rules.values()]
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
