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
def command(workbook: str, as_json: bool, xlsx: str | None, png: str | None,
            as_of: dt.date | None, level: str | None, lenient: bool, lang: str | None) -> None:
    """Map the initiatives in WORKBOOK onto its health model.

    Per outcome: how many initiatives address it (a practice counts for its outcome too)
    and how many of its practices are covered; the gaps overall and per unit; the balance
    of the spread (Pielou's evenness, 0 = all on one outcome, 1 = evenly spread); and
    findings to act on. Exits 1 when the workbook can't be loaded.
    """
    import ohtrack

    refuse_overwrite([xlsx, png], [workbook])
    mm = ohtrack.model_map(load_programme(workbook, lenient, lang), as_of=as_of, level=level, lang=lang)
    if xlsx:
        done(ohtrack.export(mm, xlsx, fmt="xlsx"))
    if png:
        done(ohtrack.export(mm, png, fmt="png"))
    if as_json:
        echo_json(mm.to_dict())
    else:
        echo(mm.to_text())
