"""``ohtrack survey``: scores per unit and wave, with anonymity protection."""

from __future__ import annotations

import click

from ohtrack_cli.options import json_option, lang_option, output_option, workbook_argument
from ohtrack_cli.output import done, echo_json, err, refuse_overwrite, table


@click.command("survey")
@workbook_argument("responses")
@click.option("--programme", "programme", type=click.Path(exists=True, dir_okay=False),
              default=None, help="Programme workbook whose units (and model) to use.")
@click.option("--min-group", type=click.IntRange(min=1), default=5, show_default=True,
              help="Suppress groups with fewer respondents than this.")
@json_option()
@output_option("--xlsx", "Write scores, changes and a heatmap to this Excel file.")
@output_option("--png", "Write the unit × outcome heatmap to this PNG file.")
@lang_option()
def command(responses: str, programme: str | None, min_group: int, as_json: bool,
            xlsx: str | None, png: str | None, lang: str | None) -> None:
    """Score the survey in RESPONSES per unit, wave, outcome and practice.

    Means and % favourable per group, Cronbach's alpha, change between waves (Hedges' g).
    Groups under --min-group respondents, and groups that could be worked out from the
    others, are suppressed. Exits 1 when the file has errors (the scores are still shown).
    """
    import ohtrack

    refuse_overwrite([xlsx, png], [responses, programme])
    report = ohtrack.survey(responses, programme=programme, min_group=min_group, lang=lang)
    if xlsx:
        from ohtrack.surveys.export import write_xlsx

        done(write_xlsx(report, xlsx))
    if png:
        from ohtrack.figures.survey import heatmap_png

        done(heatmap_png(report, png))
    if as_json:
        echo_json(report.to_dict())
    else:
        _print(report)
    raise SystemExit(0 if report.valid else 1)


def _print(report: object) -> None:
    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.i18n import t

    assert isinstance(report, SurveyReport)
    lang = report.lang
    mark = t("survey.suppressed_short", lang)
    for wave in report.waves:
        hm = report.heatmap(wave)
        rows = []
        for u, values, hidden in zip(hm.units, hm.values, hm.hidden):
            rows.append(["  " * u["depth"] + u["name"]] + [
                mark if h else ("" if v is None else f"{v:.2f}") for v, h in zip(values, hidden)])
        click.echo(f"{t('survey.wave', lang)} {wave}")
        click.echo(table(rows, [t("survey.unit", lang), *hm.outcomes]))
        click.echo("")
    s = report.stats
    click.echo(t("survey.summary", lang, respondents=s.get("scored_respondents", 0),
                 units=s.get("units", 0), waves=", ".join(report.waves), min_group=report.min_group,
                 suppressed=s.get("suppressed_groups", 0), groups=s.get("groups", 0)))
    if report.problems:
        errors = sum(1 for p in report.problems if p.severity.value == "error")
        for p in report.problems[:20]:
            err(f"{p.cell or p.sheet or ''}: {p.message} [{p.code}]")
        if len(report.problems) > 20:
            err(f"... {len(report.problems) - 20} more (use --json)")
        err(t("survey.problem_count", lang, errors=errors, warnings=len(report.problems) - errors))
