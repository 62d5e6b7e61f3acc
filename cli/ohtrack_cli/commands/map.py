"""``ohtrack map``: where the initiatives sit on the health model: coverage, gaps, balance."""

from __future__ import annotations

import datetime as dt

import click

from ohtrack_cli.options import (
    as_of_option,
    json_option,
    lang_option,
    lenient_option,
    level_option,
    output_option,
    workbook_argument,
)
from ohtrack_cli.output import done, echo, echo_json, load_programme, refuse_overwrite


@click.command("map")
@workbook_argument()
@json_option()
@output_option("--xlsx", "Also write the map as an Excel workbook with a heatmap.")
@output_option("--png", "Also draw the unit × outcome heatmap as a PNG.")
@as_of_option()
@level_option()
@lenient_option()
@lang_option()
@click.option("--survey", "survey", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A survey file: its scores beside the initiatives (low scores with no "
                   "initiative are named).")
@click.option("--min-group", type=click.IntRange(min=1), default=5, show_default=True,
              help="With --survey: suppress groups with fewer respondents than this.")
def command(workbook: str, as_json: bool, xlsx: str | None, png: str | None,
            as_of: dt.date | None, level: str | None, lenient: bool, lang: str | None,
            survey: str | None, min_group: int) -> None:
    """Map the initiatives in WORKBOOK onto its health model.

    Per outcome: how many initiatives address it (a practice counts for its outcome too)
    and how many of its practices are covered; the gaps overall and per unit; the balance
    of the spread (Pielou's evenness, 0 = all on one outcome, 1 = evenly spread); and
    findings to act on. With --survey, the survey's latest scores per unit and outcome beside
    the initiatives in each unit's subtree: low and nobody on it, low and in hand, fine.
    Exits 1 when the workbook can't be loaded.
    """
    import ohtrack
    from ohtrack.exports import export_all

    refuse_overwrite([xlsx, png], [workbook, survey])
    programme = load_programme(workbook, lenient, lang, meanwhile=("openpyxl",) if xlsx else ())
    scored = None
    if survey is not None:
        scored = ohtrack.survey(ohtrack.load_survey(survey), programme, min_group=min_group,
                                as_of=as_of, lang=lang)
    mm = ohtrack.model_map(programme, as_of=as_of, level=level, lang=lang, survey=scored)
    targets = [(xlsx, "xlsx")] if xlsx else []
    targets += [(png, "png")] if png else []
    for path in export_all(mm, targets):  # the PNG rendered aside while the workbook is written
        done(path)
    if as_json:
        echo_json(mm.to_dict())
    else:
        echo(mm.to_text())
