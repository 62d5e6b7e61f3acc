"""``ohtrack validate``: every problem of a workbook, by sheet and cell."""

from __future__ import annotations

import click

from ohtrack_cli.options import json_option, lang_option, workbook_argument
from ohtrack_cli.output import Failure, echo, echo_json, found_lang, output_lang


@click.command("validate")
@workbook_argument()
@json_option()
@click.option("--warnings/--no-warnings", default=True, help="Also list warnings.")
@click.option("--each", is_flag=True,
              help="Every warning on a line of its own (more than three of one kind in one column "
                   "are one line otherwise; --json always lists every one).")
@lang_option("Language of the messages, text and --json (default: the workbook's, else nl).")
def command(workbook: str, as_json: bool, warnings: bool, each: bool, lang: str | None) -> None:
    """Check WORKBOOK and list every problem with its sheet, cell and code.

    Every error has a line of its own; warnings of one kind in one column are one line at
    their first cell, "(and 1,252 more cells)", unless --each.

    Exits 0 when the workbook is valid (warnings allowed), 1 when it has errors or
    can't be read.
    """
    import ohtrack

    report = ohtrack.validate(workbook)
    found_lang(report.stats.get("language"))
    lang = output_lang()
    unreadable = [p for p in report.problems if p.code == "unreadable-file"]
    if unreadable and not as_json:  # "Fout: <file>: <reason>" on stderr, exit 1
        raise Failure(unreadable[0].text(lang), lang)
    if as_json:
        echo_json(report.to_dict(lang))
    else:
        echo(report.to_text(lang, warnings=warnings, each=each))
    raise SystemExit(0 if report.valid else 1)
