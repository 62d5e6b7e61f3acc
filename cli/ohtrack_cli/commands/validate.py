"""``ohtrack validate``: every problem of a workbook, by sheet and cell."""

from __future__ import annotations

import click

from ohtrack_cli.options import json_option, workbook_argument
from ohtrack_cli.output import Failure, echo_json, table


@click.command("validate")
@workbook_argument()
@json_option()
@click.option("--warnings/--no-warnings", default=True, help="Also list warnings.")
def command(workbook: str, as_json: bool, warnings: bool) -> None:
    """Check WORKBOOK and list every problem with its sheet, cell and code.

    Exits 0 when the workbook is valid (warnings allowed), 1 when it has errors or
    can't be read.
    """
    import ohtrack

    report = ohtrack.validate(workbook)
    unreadable = [p for p in report.problems if p.code == "unreadable-file"]
    if unreadable and not as_json:
        raise Failure(unreadable[0].message)  # "Error: <file>: <reason>" on stderr, exit 1
    if as_json:
        echo_json(report.to_dict())
    else:
        n_err, n_warn = len(report.errors), len(report.warnings)
        verdict = "valid" if report.valid else "not valid"
        click.echo(f"{workbook}: {verdict} ({n_err} errors, {n_warn} warnings)")
        shown = [p for p in report.problems if warnings or p.severity.value == "error"]
        if shown:
            rows = [(p.cell or p.sheet or p.file or "", p.severity.value, p.code, p.message)
                    for p in shown]
            click.echo(table(rows, ["where", "severity", "code", "message"]))
    raise SystemExit(0 if report.valid else 1)
