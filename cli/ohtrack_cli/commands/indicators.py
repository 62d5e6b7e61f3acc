"""``ohtrack indicators``: each indicator from baseline to impulse to ambition."""

from __future__ import annotations

import datetime as dt

import click

from ohtrack_cli.options import (
    as_of_option,
    json_option,
    lang_option,
    lenient_option,
    output_option,
    workbook_argument,
)
from ohtrack_cli.output import done, echo, echo_json, load_programme, refuse_overwrite


@click.command("indicators")
@workbook_argument()
@json_option()
@output_option("--png", "Write the figure (each indicator's path against its targets) as PNG.")
@lang_option()
@as_of_option("The report date (2022-07-01 or 1-7-2022); measurements after it are left out. "
              "Default: today.")
@lenient_option()
def command(workbook: str, as_json: bool, png: str | None, lang: str | None,
            as_of: dt.date | None, lenient: bool) -> None:
    """Indicators of WORKBOOK: targets, latest value, progress, status and trend.

    The rules for the target in force, progress, on/off track and trend are printed with
    the result. Indicators without measurements or targets are flagged.
    """
    import ohtrack

    refuse_overwrite([png], [workbook])
    report = ohtrack.indicators(load_programme(workbook, lenient, lang), as_of=as_of, lang=lang)
    if png:
        done(ohtrack.export(report, png, fmt="png"))
    if as_json:
        echo_json(report.to_dict())
    else:
        echo(report.to_text())
