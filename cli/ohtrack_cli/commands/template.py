"""``ohtrack template``: write an empty workbook to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from ohtrack_cli.options import lang_option
from ohtrack_cli.output import Failure, done, say


def _models() -> list[str]:
    from ohtrack.frameworks import available

    return [*available(), "custom"]


def _profiles() -> list[str]:
    from ohtrack.frameworks.profiles import profiles

    return profiles()


@click.command("template")
@click.argument("out", type=click.Path(dir_okay=False, writable=True), required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="The file to write (the same as OUT, as the other commands take it).")
@click.option("--model", type=click.Choice(_models(), case_sensitive=False), default="ohi-2011",
              show_default=True, help="Health model of the programme ('custom': fill the Model sheet).")
@lang_option("Language of the sheet names, headers and help.", default="nl")
@click.option("--profile", type=click.Choice(_profiles(), case_sensitive=False), default=None,
              help="Fill the Profile sheet with the themes of a built-in leadership profile.")
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def command(out: str | None, output: str | None, model: str, lang: str, profile: str | None,
            force: bool) -> None:
    """Write OUT.xlsx (or -o OUT.xlsx): every sheet with Dutch or English headers, a help note on each
    header, drop-downs for statuses, types and the model's outcomes and practices, and an
    instructions sheet first; with --profile, the leadership profile's themes filled in.
    """
    import ohtrack

    if out and output and Path(out) != Path(output):
        raise click.UsageError(say("output.two_outputs", out=out, output=output))
    out = out or output
    if not out:
        raise click.UsageError(say("output.no_output"))
    if Path(out).exists() and not force:
        raise Failure(say("output.exists", path=out))
    done(ohtrack.write_template(out, model=model.lower(), lang=lang,
                                profile=profile.lower() if profile else None))
