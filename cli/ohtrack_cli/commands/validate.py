"""``ohtrack validate``: every problem of a workbook, by sheet and cell."""

from __future__ import annotations

import click

from ohtrack_cli.options import json_option, workbook_argument
from ohtrack_cli.output import Failure, echo_json, table


@click.command("validate")
@workbook_argument()
@json_option()
@click.option("--warnings/--no-warnings", default=True, help="Also list warnings.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the messages (default: the workbook's, else nl; --json: en).")
def command(workbook: str, as_json: bool, warnings: bool, lang: str | None) -> None:
    """Check WORKBOOK and list every problem with its sheet, cell and code.

    Exits 0 when the workbook is valid (warnings allowed), 1 when it has errors or
    can't be read.
    """
    import ohtrack
    from ohtrack.i18n import normalise_lang, t

    report = ohtrack.validate(workbook)
    unreadable = [p for p in report.problems if p.code == "unreadable-file"]
    if unreadable and not as_json:  # "Error: <file>: <reason>" on stderr, exit 1
        raise Failure(unreadable[0].text(lang) if lang else unreadable[0].message)
    if as_json:
        echo_json(report.to_dict(lang))
    else:
        lang = lang or normalise_lang(str(report.stats.get("language") or "nl"))
        n_err, n_warn = len(report.errors), len(report.warnings)
        verdict = t("problems.cli.valid" if report.valid else "problems.cli.not-valid", lang)
        click.echo(t("problems.cli.verdict", lang, path=workbook, verdict=verdict, errors=n_err,
                     warnings=n_warn,
                     errors_word=t("problems.cli.error" if n_err == 1 else "problems.cli.errors", lang),
                     warnings_word=t("problems.cli.warning" if n_warn == 1 else "problems.cli.warnings",
                                     lang)))
        shown = [p for p in report.problems if warnings or p.severity.value == "error"]
        if shown:
            rows = [(p.cell or p.sheet or p.file or "", t(f"problems.severity.{p.severity.value}", lang),
                     p.code, p.text(lang)) for p in shown]
            click.echo(table(rows, t("problems.cli.headers", lang).split("|")))
    raise SystemExit(0 if report.valid else 1)
