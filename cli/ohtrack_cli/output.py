"""Formatting for the CLI: JSON, tables, one-line errors and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click


class Failure(click.ClickException):
    """An error the user can act on: printed as ``Error: …``, exit code 1."""

    exit_code = 1


def run_guarded(fn: Callable[[], Any], ctx: click.Context) -> Any:
    """Run a command; library errors become one ``Error:`` line (traceback with --debug)."""
    from ohtrack.errors import OhtrackError

    debug = bool((ctx.obj or {}).get("debug"))
    try:
        return fn()
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except OhtrackError as exc:
        if debug:
            raise
        raise Failure(_one_line(str(exc))) from None
    except KeyboardInterrupt:
        raise click.exceptions.Exit(130) from None
    except BrokenPipeError:
        # The reader went away (``ohtrack models | head``): stop quietly.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    except (OSError, ValueError, RuntimeError, KeyError, TypeError, AttributeError) as exc:
        if debug:
            raise
        raise Failure(
            f"{_one_line(str(exc)) or type(exc).__name__} (run with --debug for details)"
        ) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def echo_json(data: Any) -> None:
    """Print strict JSON (UTF-8, indented, dates as ISO text, NaN and Infinity as null)."""
    from ohtrack.jsonout import dumps

    click.echo(dumps(data, ensure_ascii=False, indent=2, default=_default))


def _default(obj: Any) -> Any:
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    if hasattr(obj, "value"):
        return obj.value
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    return str(obj)


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain-text table with aligned columns."""
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in cells:
        for i, v in enumerate(r):
            widths[i] = max(widths[i], len(v))
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join([line, sep, *body])


def load_programme(path: str) -> Any:
    """Load a workbook for a command; problems become one ``Error:`` line (exit 1)."""
    import ohtrack

    return ohtrack.load(path)


def refuse_overwrite(outputs: Iterable[str | Path | None], inputs: Iterable[str | Path | None]) -> None:
    """Stop (``Error:`` line, exit 1) before anything is written when an output is an input.

    Every command that writes files calls this first, with all its outputs and inputs.
    """
    from ohtrack.fileio import refuse_overwrite as refuse

    refuse(outputs, inputs)


def store_file(url: str | None) -> Path | None:
    """The SQLite file a history store URL or path stands for (None for a server database)."""
    from ohtrack.history.store import DEFAULT_FILE

    if url is None or "://" not in url:  # a file or a folder, as the user wrote it
        path = Path(url) if url is not None else Path(DEFAULT_FILE)
        return path / DEFAULT_FILE if path.is_dir() else path
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database)
    return None


def err(message: str) -> None:
    click.echo(message, err=True)


def done(path: Any, what: str = "wrote") -> None:
    """Report a written file on stderr, so stdout stays clean for --json."""
    click.echo(f"{what} {path}", err=True)


__all__ = ["Failure", "done", "echo_json", "err", "load_programme", "refuse_overwrite", "run_guarded",
           "store_file", "table"]
