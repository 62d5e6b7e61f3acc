"""``ohtrack survey``: scores per unit and wave, with anonymity protection."""

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
from ohtrack_cli.output import (
    done,
    echo,
    echo_json,
    err,
    load_programme,
    output_lang,
    refuse_overwrite,
)


@click.command("survey")
@workbook_argument("responses")
@click.option("--programme", "programme", type=click.Path(exists=True, dir_okay=False),
              default=None, help="Programme workbook whose units (and model) to use.")
@click.option("--answers", "answers", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The answers in this CSV file instead of the Responses sheet (large surveys).")
@click.option("--min-group", type=click.IntRange(min=1), default=5, show_default=True,
              help="Suppress groups with fewer respondents than this.")
@click.option("--cuts", is_flag=True, default=False,
              help="Also cut the scores by the Attributes sheet's columns (role, location …) and "
                   "show the participation rate (Invited sheet).")
@click.option("--drivers", type=click.Choice(["practice", "item", "outcome"]),
              help="Also show what goes with each outcome: its practices, its items or the other "
                   "outcomes, as Shapley shares of R² (association, not cause).")
@click.option("--pseudonymise", is_flag=True, default=False,
              help="Replace the names of the --programme's people in open answers by pseudonyms.")
@click.option("--benchmark", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A benchmark file (other organisations' % favourable per outcome): its quartiles "
                   "and each unit's place among them.")
@click.option("--benchmark-exclude", multiple=True,
              help="Leave out the benchmark rows with this name or code (e.g. a median row).")
@json_option()
@output_option("--xlsx", "Write scores, changes and a heatmap to this Excel file.")
@output_option("--png", "Write the unit × outcome heatmap of every wave to this PNG file.")
@output_option("--cell-report", "Write the private validation report (every problem at its cell, "
               "single answers included; never to be shared) to this Excel file.")
@lang_option("Language of the output (default: the programme workbook's, else nl).")
@as_of_option("The report date: waves dated after it are left out (a wave is dated by its label: "
              "2022, 2022-03 or a date; default: today).")
@lenient_option()
def command(responses: str, programme: str | None, answers: str | None, min_group: int,
            cuts: bool, drivers: str | None, pseudonymise: bool, benchmark: str | None,
            benchmark_exclude: tuple[str, ...], as_json: bool, xlsx: str | None,
            png: str | None,
            cell_report: str | None, lang: str | None, as_of: dt.date | None, lenient: bool) -> None:
    """Score the survey in RESPONSES per unit, wave, outcome and practice.

    Means and % favourable per group, Cronbach's alpha, change between waves (Hedges' g).
    Groups under --min-group respondents, and groups that could be worked out from the
    others, are suppressed. Exits 1 when the file has errors (the scores are still shown).
    """
    import ohtrack

    refuse_overwrite([xlsx, png, cell_report], [responses, programme, answers, benchmark])
    prog = (load_programme(programme, lenient, lang, meanwhile=("pandas",))  # for the answers
            if programme is not None else None)
    data = ohtrack.load_survey(responses, answers)
    report = ohtrack.survey(data, prog, min_group=min_group, as_of=as_of, lang=output_lang(),
                            cuts=cuts, pseudonymise=pseudonymise)
    if xlsx:
        done(ohtrack.export(report, xlsx, fmt="xlsx"))
    if png:
        done(ohtrack.export(report, png, fmt="png"))
    if cell_report:
        from ohtrack.exports.survey_xlsx import write_cell_report

        done(write_cell_report(report, cell_report))
    driven = (ohtrack.survey_drivers(data, prog, by=drivers, min_group=min_group, as_of=as_of,
                                     lang=output_lang()) if drivers else None)
    placed = (ohtrack.survey_benchmark(report, ohtrack.load_benchmark(benchmark, benchmark_exclude))
              if benchmark else None)
    if as_json:
        echo_json({**report.to_dict(), **({"drivers": driven.to_dict()} if driven else {}),
                   **({"benchmark": placed.to_dict()} if placed else {})})
    else:
        echo(report.to_text())
        for extra in (driven, placed):
            if extra is not None:
                echo("\n" + extra.to_text())
        problems = report.problems_text()
        if problems:
            err(problems)
    raise SystemExit(0 if report.valid else 1)
