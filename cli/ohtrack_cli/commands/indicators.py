"""``ohtrack indicators``: each indicator from baseline to impulse to ambition."""

from __future__ import annotations

import datetime as dt

import click

from ohtrack_cli.options import json_option, lang_option, output_option, workbook_argument
from ohtrack_cli.output import done, echo_json, load_programme


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

    report = ohtrack.indicators(load_programme(workbook), as_of=as_of.date() if as_of else None,
                                lang=lang)
    if png:
        done(ohtrack.export(report, png, fmt="png"))
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(report.to_text())
