"""``ohtrack map``: where the initiatives sit on the health model: coverage, gaps, balance."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ohtrack_cli.options import json_option, lang_option, output_option, workbook_argument
from ohtrack_cli.output import done, echo_json, load_programme, refuse_overwrite, table

if TYPE_CHECKING:
    from ohtrack.analysis.model_map import ModelMap

#: Width of the longest bar in the text summary.
BAR_WIDTH = 24


@click.command("map")
@workbook_argument()
@json_option()
@output_option("--xlsx", "Also write the map as an Excel workbook with a heatmap.")
@output_option("--png", "Also draw the unit × outcome heatmap as a PNG.")
@lang_option()
def command(workbook: str, as_json: bool, xlsx: str | None, png: str | None,
            lang: str | None) -> None:
    """Map the initiatives in WORKBOOK onto its health model.

    Per outcome: how many initiatives address it (a practice counts for its outcome too)
    and how many of its practices are covered; the gaps overall and per unit; the balance
    of the spread (Pielou's evenness, 0 = all on one outcome, 1 = evenly spread); and
    findings to act on. Exits 1 when the workbook can't be loaded.
    """
    from ohtrack.analysis.model_map import model_map

    refuse_overwrite([xlsx, png], [workbook])
    mm = model_map(load_programme(workbook), lang=lang)
    if xlsx:
        done(mm.to_xlsx(xlsx))
    if png:
        done(mm.to_png(png))
    if as_json:
        echo_json(mm.to_dict())
    else:
        click.echo(summary(mm))


def summary(mm: ModelMap) -> str:
    """The map as readable text: outcomes with bars, gaps, unit matrix, balance, findings."""
    from ohtrack.analysis.model_map import BALANCE_EQUATION, fmt_number
    from ohtrack.i18n import t

    lang = mm.lang
    top = max((o.count for o in mm.outcomes), default=0) or 1
    rows = [(n, o.name, o.count, f"{o.practices_covered}/{o.practices_total}",
             "█" * round(BAR_WIDTH * o.count / top)) for n, o in enumerate(mm.outcomes, start=1)]
    lines = [f"{t('modelmap.title', lang)}: {mm.programme_name} ({mm.framework_name})",
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
        return t("modelmap.balance_none", lang) if value is None else fmt_number(value, lang)

    if mm.units:
        # Unit × outcome counts, outcomes numbered as in the table above; "·" marks a gap.
        matrix = [(label, *[mm.matrix[u.id][o.id] or "·" for o in mm.outcomes], u.count,
                   number(u.balance)) for label, u in zip(mm.unit_labels(), mm.units)]
        heads = [t("common.unit", lang), *[str(n) for n in range(1, len(mm.outcomes) + 1)],
                 t("modelmap.count", lang), t("modelmap.balance", lang)]
        lines += ["", t("modelmap.matrix", lang), table(matrix, heads)]
    lines += ["", t("modelmap.balance_line", lang, value=number(mm.balance),
                    formula=BALANCE_EQUATION, k=len(mm.outcomes))]
    if mm.findings:
        lines += ["", t("modelmap.findings", lang), *(f"  - {f}" for f in mm.findings)]
    return "\n".join(lines)
