"""Formatting for the CLI: JSON, tables, one-line errors and exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
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
    """Print JSON (UTF-8, dates as ISO text), indented two levels deep with every record of a
    list on a line of its own: json's fast C encoder writes the records, so a report with
    100,000 people takes seconds (the indenting encoder took minutes and gigabytes)."""
    lines: list[str] = []
    _json_lines(json.JSONEncoder(ensure_ascii=False, default=_default).encode, data, 0, "", lines)
    click.echo("\n".join(lines))


def _json_lines(encode: Callable[[Any], str], value: Any, depth: int, prefix: str,
                lines: list[str]) -> None:
    pad = "  " * depth
    if depth > 1 or not isinstance(value, (dict, list)) or not value:
        lines.append(pad + prefix + encode(value))
        return
    items = list(value.items()) if isinstance(value, dict) else [(None, v) for v in value]
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    lines.append(pad + prefix + opening)
    for i, (key, item) in enumerate(items):
        _json_lines(encode, item, depth + 1, "" if key is None else encode(str(key)) + ": ", lines)
        if i < len(items) - 1:
            lines[-1] += ","
    lines.append(pad + closing)


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


def err(message: str) -> None:
    click.echo(message, err=True)


def done(path: Any, what: str = "wrote") -> None:
    """Report a written file on stderr, so stdout stays clean for --json."""
    click.echo(f"{what} {path}", err=True)


__all__ = ["Failure", "done", "echo_json", "err", "load_programme", "run_guarded", "table"]
