"""``ohtrack import``: an existing list of improvement work (any layout) into a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ohtrack_cli.options import json_option, lang_option, workbook_argument
from ohtrack_cli.output import Failure, echo, echo_json, err, found_lang, output_lang, say, table

if TYPE_CHECKING:
    from collections.abc import Callable

    from ohtrack.report import Problem

#: How many problems the text output lists (``--json`` lists them all).
SHOWN = 25


@click.command("import")
@workbook_argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="The workbook to write (.xlsx).")
@click.option("--suggest", is_flag=True,
              help="Print the proposed mapping and write it as a TOML file to edit.")
@click.option("--mapping", "mapping_file", type=click.Path(exists=True, dir_okay=False),
              default=None, help="Apply an (edited) mapping file.")
@click.option("--mapping-out", type=click.Path(dir_okay=False), default=None,
              help="Where --suggest writes the mapping (default: SOURCE-NAME.mapping.toml here).")
@click.option("--force", is_flag=True, help="Let --suggest replace an existing mapping file.")
@click.option("--sheet", default=None, help="Import only this sheet.")
@click.option("--model", default=None, help="Health model (default: the mapping's, else ohi-2011).")
@json_option()
@lang_option("Language of the output, text and --json (default: the list's, else nl).")
def command(source: str, output: str | None, suggest: bool, mapping_file: str | None,
            mapping_out: str | None, force: bool, sheet: str | None, model: str | None,
            as_json: bool, lang: str | None) -> None:
    """Import SOURCE (xlsx, xls, ods, csv, tsv in any layout) as a programme workbook.

    Finds the table (header row, transposed tables, several sheets), maps its columns and
    values onto the workbook (--suggest shows the mapping and writes it to edit; --mapping
    applies it) and writes -o PROGRAMME.xlsx. Every problem names its place in SOURCE.
    Exits 0 when the workbook is valid, 1 when the file is no list or rows keep errors.
    """
    from ohtrack.fileio import refuse_overwrite
    from ohtrack.i18n import t
    from ohtrack.intake import import_inventory
    from ohtrack.intake.api import check_output

    if output is None and not suggest and not as_json:
        raise click.UsageError(say("intake.usage.output"))
    if output is not None:
        check_output(Path(source), output)
    target = Path(mapping_out or f"{Path(source).stem}.mapping.toml")
    # neither the workbook nor the mapping file written may be the list or the mapping read
    refuse_overwrite([output, target if suggest else None], [source, mapping_file])
    result = import_inventory(source, mapping_file, sheet=sheet, model=model)
    found_lang(result.mapping.language)
    out_lang = output_lang()
    if suggest and target.exists() and not force:
        raise Failure(t("intake.error.mapping-exists", out_lang, path=str(target)), out_lang)
    if as_json:
        echo_json(result.to_dict(out_lang))
    else:
        from ohtrack.intake.summary import mapping_rows

        echo("\n".join(result.summary(out_lang)))
        if suggest:
            echo("")
            echo(table(mapping_rows(result.mapping, out_lang),
                       t("intake.headers", out_lang).split("|")))
        from ohtrack.intake.problems import place_text, problem_text
        from ohtrack.report import more_places

        groups = _grouped(result.problems, lambda p: problem_text(p, "en"))
        shown = _shown([ps[0] for ps in groups.values()])
        if shown:
            echo("")
            rows = [(place_text(p, out_lang) + more_places(len(groups[id(p)]) - 1, out_lang),
                     t(f"intake.severity.{p.severity.value}", out_lang), problem_text(p, out_lang))
                    for p in shown]
            echo(table(rows, t("intake.problem-headers", out_lang).split("|")))
            left = len(result.problems) - sum(len(groups[id(p)]) for p in shown)
            if left:
                echo(t("intake.summary.more", out_lang, n=left))
    if suggest:
        result.mapping.save(target)
        err(t("intake.summary.mapping", out_lang, path=str(target), source=source))
    if output is not None:
        written = result.save(output, result.mapping.language)
        err(t("intake.summary.wrote", out_lang, path=str(written)))
    raise SystemExit(0 if result.valid else 1)


def _grouped(problems: list[Problem], text: Callable[[Problem], str]) -> dict[int, list[Problem]]:
    """The problems that say the same of the same column (``'Started' is no date`` in 24 rows)
    as one: by the ``id`` of the first of them, in source order."""
    from ohtrack.lists import grouped

    runs = grouped(problems, lambda p: (p.code, p.severity, p.file, p.sheet, p.column, text(p)))
    return {id(run[0]): run for run in runs}


def _shown(problems: list[Problem]) -> list[Problem]:
    """The first ``SHOWN`` problems in source order, every error among them: an error is
    never hidden behind warnings that came before it in the file."""
    if len(problems) <= SHOWN:
        return problems
    errors = [i for i, p in enumerate(problems) if p.severity.value == "error"][:SHOWN]
    others = [i for i, p in enumerate(problems) if p.severity.value != "error"]
    return [problems[i] for i in sorted(errors + others[:SHOWN - len(errors)])]
