"""Formatting for the CLI: JSON, tables, one-line errors and exit codes."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import click


class Failure(click.ClickException):
    """An error the user can act on: printed as ``Error: …``, exit code 1."""

    exit_code = 1


#: ``ctx.meta`` key set when ``--debug`` was given anywhere on the command line.
DEBUG = "ohtrack.debug"


def debug_requested(ctx: click.Context) -> bool:
    """True when ``--debug`` was given, before or after the command name."""
    return bool(ctx.meta.get(DEBUG))


def run_guarded(fn: Callable[[], Any], ctx: click.Context) -> Any:
    """Run a command: the library's own errors (``OhtrackError``) become one ``Error:`` line,
    exit 1 (with ``--debug`` the traceback first); any other exception is a bug: its traceback
    and a line asking to report it, exit 1."""
    from ohtrack.errors import OhtrackError

    try:
        return fn()
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except OhtrackError as exc:
        if debug_requested(ctx):
            traceback.print_exc(file=sys.stderr)
        raise Failure(_one_line(str(exc)) or type(exc).__name__) from None
    except KeyboardInterrupt:
        raise click.exceptions.Exit(130) from None
    except BrokenPipeError:
        # The reader went away (``ohtrack models | head``): stop quietly.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    except Exception:
        from ohtrack.i18n import t

        traceback.print_exc(file=sys.stderr)
        click.echo(t("output.bug", "en"), err=True)
        raise click.exceptions.Exit(1) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def echo_json(data: Any) -> None:
    """Print JSON (UTF-8, indented, dates as ISO text)."""
    from ohtrack.exports.jsonfile import dumps

    click.echo(dumps(data))


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain-text table with aligned columns (``ohtrack.plaintext.table``)."""
    from ohtrack.plaintext import table as plain

    return plain(rows, headers)


def load_programme(path: str) -> Any:
    """Load a workbook for a command; problems become one ``Error:`` line (exit 1)."""
    import ohtrack

    return ohtrack.load(path)


def err(message: str) -> None:
    click.echo(message, err=True)


def done(path: Any, what: str = "wrote") -> None:
    """Report a written file on stderr, so stdout stays clean for --json."""
    click.echo(f"{what} {path}", err=True)


__all__ = ["Failure", "debug_requested", "done", "echo_json", "err", "load_programme",
           "run_guarded", "table"]
