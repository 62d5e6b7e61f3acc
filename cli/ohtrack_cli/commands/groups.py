"""``ohtrack groups compose``: learning groups composed by preference and mixed across units."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ohtrack_cli.options import json_option, lang_option, workbook_argument
from ohtrack_cli.output import Failure, done, echo, echo_json, load_programme, say


class MixLevel(click.ParamType):
    """A level of the unit tree: a depth (1 is the top), a level name, or ``own`` (0)."""

    name = "LEVEL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> int | str | None:
        if value is None or isinstance(value, int):
            return value
        text = str(value).strip()
        if text.lower() in ("own", "eigen"):
            return 0
        if text.lstrip("-").isdigit():
            if int(text) < 0:
                self.fail(say("errors.cli.negative-level"), param, ctx)
            return int(text)
        return text


class Pair(click.ParamType):
    """Two people, as ``A,B`` (IDs or names)."""

    name = "A,B"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        parts = [p.strip() for p in str(value).split(",")]
        if len(parts) != 2 or not all(parts):
            self.fail(say("errors.cli.not-a-pair", value=str(value)), param, ctx)
        return parts[0], parts[1]


@click.group("groups")
def command() -> None:
    """Learning groups: compose them from the people of a route or tag."""


@command.command("compose")
@workbook_argument()
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The copy of the workbook to write, with the groups on its Groups sheet (.xlsx).")
@click.option("--size", type=click.IntRange(min=2), default=8, show_default=True,
              help="Group size; groups may be one smaller or larger.")
@click.option("--people", default=None,
              help="A route (ID or name) or a tag: whom to group (default everyone).")
@click.option("--preference", default=None,
              help="The People column with the learning preference (default: Leervoorkeur).")
@click.option("--mix-level", type=MixLevel(), default=None,
              help="Mix across the units at this level of the unit tree: a depth (1 is the top), a "
                   "level name of the Units sheet, or 'own' (default: the first level with more "
                   "than one unit).")
@click.option("--together", type=Pair(), multiple=True,
              help="Two people who must be in one group; repeatable.")
@click.option("--apart", type=Pair(), multiple=True,
              help="Two people who must not share a group; repeatable.")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Deterministic time the solver may use (about seconds).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the solver and the random baseline.")
@click.option("--prefix", default="LG", show_default=True, help="Group IDs: PREFIX01, PREFIX02 …")
@click.option("--replace", is_flag=True, help="Replace groups of the workbook that have the same IDs.")
@json_option()
@lang_option()
def compose(workbook: str, output: str, size: int, people: str | None, preference: str | None,
            mix_level: int | str | None, together: tuple[tuple[str, str], ...],
            apart: tuple[tuple[str, str], ...], time_limit: float, seed: int, prefix: str,
            replace: bool, as_json: bool, lang: str | None) -> None:
    """Compose learning groups of SIZE (± 1) from WORKBOOK and write them into a copy, OUTPUT:
    as many people as possible share their group's learning preference, and as few pairs as
    possible come from the same unit. Prints how the groups fit and mix against a random
    grouping, and the solver's objective, bound and gap. WORKBOOK is never changed.
    """
    import ohtrack
    from ohtrack.analysis.learning_groups import compose_groups, taken_by_prefix
    from ohtrack.fileio import same_file
    from ohtrack.i18n import t

    # OR-Tools takes about as long to import as a team's workbook takes to read: both at once
    programme = load_programme(workbook, meanwhile=("ortools.sat.python.cp_model",))
    lang = lang or programme.info.language
    if same_file(output, workbook):
        raise Failure(t("learning.error.output_is_input", lang, path=output), lang)
    if Path(output).suffix.lower() != ".xlsx":
        raise Failure(t("learning.error.output_suffix", lang, path=output), lang)
    taken = [] if replace else taken_by_prefix(programme, prefix)
    if taken:  # before the solver's seconds, not after
        from ohtrack.i18n.format import listing

        raise Failure(t("learning.error.group_taken_cli", lang, ids=listing(taken, lang)), lang)
    composition = compose_groups(programme, size=size, people=people, preference=preference,
                                 mix_level=mix_level, must_together=together, must_apart=apart,
                                 time_limit=time_limit, seed=seed, prefix=prefix, lang=lang)
    written = ohtrack.save(composition.apply(programme, replace=replace), output,
                           lang=programme.info.language)
    done(written)
    if as_json:
        echo_json(composition.to_dict())
    else:
        echo(composition.to_text(lang))
