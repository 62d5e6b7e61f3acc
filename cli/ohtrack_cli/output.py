"""Formatting for the CLI: the output language, JSON, tables, one-line errors and exit codes.

Everything the CLI prints goes through ``echo`` (or ``echo_json``, ``err``, ``Failure``), which
escapes what a terminal would act on instead of show (``printable``): a cell holding
``\\x1b]0;pwned\\x07`` can't retitle the terminal, ``\\x1b[2J`` can't clear it.

The language of everything a command says is ``--lang`` when given, else the language of
the workbook it read (``taal``/``language`` on the Programme sheet), else Dutch; it is kept
in ``ctx.meta`` so that ``Error:`` lines and "wrote …" lines are said in it too.
"""

from __future__ import annotations

import re
import sys
import traceback
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import click

#: What a terminal acts on instead of showing: C0 controls but tab and line feed (a carriage
#: return or a backspace overwrites what was shown), DEL, C1 controls (``\x9b`` starts a
#: command too), the bidirectional embeddings, overrides and isolates that reorder what is
#: shown, and lone surrogates (which no terminal encoding holds).
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print: what a terminal would act on is shown escaped, as Python writes
    it (``\\x1b``, ``\\r``, ``\\u202e``); everything else is kept.

    >>> printable("a\\x1b[2Jb\\tc")
    'a\\\\x1b[2Jb\\tc'
    """
    return _TERMINAL.sub(lambda m: repr(m.group())[1:-1], text)


def _json_printable(text: str) -> str:
    """JSON text safe to print: the same characters as JSON escapes (``\\u001b``), the same value."""
    return _TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(text: object = "", err: bool = False) -> None:
    """Print a line (to stderr with ``err``), escaped with ``printable``."""
    click.echo(printable(str(text)), err=err)


class Failure(click.ClickException):
    """An error the user can act on: one line, ``Fout: …`` (``Error: …`` in English) in
    ``lang`` (default: the output's language when raised), exit code 1."""

    exit_code = 1

    def __init__(self, message: str, lang: str | None = None) -> None:
        super().__init__(message)
        self.lang = lang or output_lang()

    def format_message(self) -> str:
        return printable(self.message)

    def show(self, file: IO[Any] | None = None) -> None:
        from ohtrack.i18n import t

        click.echo(t("output.error", self.lang, message=self.format_message()), file=file,
                   err=file is None)


#: ``ctx.meta`` key set when ``--debug`` was given anywhere on the command line.
DEBUG = "ohtrack.debug"
#: ``ctx.meta`` keys: the language asked for with ``--lang``, and the one the input has.
LANG_ASKED = "ohtrack.lang.asked"
LANG_FOUND = "ohtrack.lang.found"


def ask_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--lang``'s callback: remember the language asked for (errors are said in it too)."""
    if value:
        ctx.meta[LANG_ASKED] = value
    return value


def found_lang(lang: str | None) -> None:
    """Note the language of the input just read (used unless ``--lang`` was given)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and lang:
        from ohtrack.i18n import normalise_lang

        ctx.meta[LANG_FOUND] = normalise_lang(lang)


def output_lang(ctx: click.Context | None = None) -> str:
    """The language of the output: ``--lang``, else the input's, else Dutch."""
    ctx = ctx or click.get_current_context(silent=True)
    meta = ctx.meta if ctx is not None else {}
    return str(meta.get(LANG_ASKED) or meta.get(LANG_FOUND) or "nl")


def debug_requested(ctx: click.Context) -> bool:
    """True when ``--debug`` was given, before or after the command name."""
    return bool(ctx.meta.get(DEBUG))


def progress_wanted(args: Sequence[str], stdout: Any = None, stderr: Any = None) -> bool:
    """Show progress bars only to a person at a terminal: stdout and stderr both terminals,
    and neither ``--json`` nor ``--quiet`` among the arguments."""
    if "--json" in args or "--quiet" in args or "-q" in args:
        return False
    out, err = stdout or sys.stdout, stderr or sys.stderr
    return all(getattr(s, "isatty", lambda: False)() for s in (out, err))


def show_progress(args: Sequence[str]) -> Any:
    """A context in which the library's long steps draw a bar on stderr (``ohtrack.progress``),
    when ``progress_wanted``; otherwise a context that changes nothing."""
    import contextlib

    if not progress_wanted(args):
        return contextlib.nullcontext()
    from ohtrack.progress import reporting, tqdm_reporter

    return reporting(tqdm_reporter(lang=output_lang))


def run_guarded(fn: Callable[[], Any], ctx: click.Context) -> Any:
    """Run a command: the library's own errors (``OhtrackError``) become one ``Fout:`` line
    (``Error:`` in English; in ``--lang``, else the input's, else the error's own guess),
    exit 1 (with ``--debug`` the traceback first); any other exception is a bug: its traceback
    and a line asking to report it, exit 1."""
    from ohtrack.errors import OhtrackError

    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return fn()
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except OhtrackError as exc:
        if debug_requested(ctx):
            echo(traceback.format_exc().rstrip("\n"), err=True)
        lang = output_lang(ctx)
        if LANG_ASKED not in ctx.meta and LANG_FOUND not in ctx.meta:  # the error's own guess
            report = getattr(exc, "report", None)
            lang = str(exc.params.get("lang") or getattr(report, "stats", {}).get("language") or lang)
        raise Failure(_one_line(exc.text(lang)) or type(exc).__name__, lang) from None
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

        echo(traceback.format_exc().rstrip("\n"), err=True)
        echo(t("output.bug", output_lang(ctx)), err=True)
        raise click.exceptions.Exit(1) from None


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """A Python warning on stderr, escaped like everything else (a font's "Glyph 27 (ESC)
    missing" quotes the character)."""
    echo(warnings.formatwarning(message, category, filename, lineno, line).rstrip("\n"), err=True)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def echo_json(data: Any) -> None:
    """Print strict JSON (UTF-8, dates as ISO text, NaN and Infinity as null), indented two
    levels deep with every record of a list on a line of its own (``jsonout.dumps_lines``: a
    report of 100,000 people takes seconds, not minutes and gigabytes)."""
    from ohtrack import jsonout
    from ohtrack.exports.jsonfile import _default

    click.echo(_json_printable(jsonout.dumps_lines(data, default=_default, ensure_ascii=False)))


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain-text table with aligned columns (``ohtrack.plaintext.table``)."""
    from ohtrack.plaintext import table as plain

    return plain(rows, headers)


def load_programme(path: str, lenient: bool = False, lang: str | None = None, *,
                   meanwhile: Sequence[str] = ()) -> Any:
    """Load a workbook for a command; problems become one ``Error:`` line (exit 1). The
    workbook's language becomes the output's unless ``--lang`` was given.

    ``lenient``: the rows with errors are left out and listed on stderr instead.
    ``meanwhile``: modules the command needs next (see ``read_programme``).
    """
    return read_programme(path, lenient, lang, meanwhile=meanwhile)[0]


def _read(path: str, meanwhile: Sequence[str]) -> Any:
    """``ohtrack.read(path)``, in a second process while ``meanwhile`` is imported here."""
    import importlib

    import ohtrack

    if not meanwhile:
        return ohtrack.read(path)
    from ohtrack import background

    pending = background.start(ohtrack.read, path, key="progress.read")
    for name in (*meanwhile, "ohtrack.domain"):  # the domain's classes: to take the result in
        importlib.import_module(name)
    return pending.result()


#: Left-out rows listed one by one before "… and N more".
SHOWN_LEFT_OUT = 20


def read_programme(path: str, lenient: bool = False, lang: str | None = None, *,
                   meanwhile: Sequence[str] = ()) -> tuple[Any, Any]:
    """``(programme, report)`` of a workbook for a command (see ``load_programme``).

    With ``meanwhile`` (modules the command needs next: networkx, pandas, openpyxl …) the
    workbook is read in a second process where one may run (``ohtrack.background``) while
    those are imported here: a team's workbook takes about as long to read as a big
    library takes to import. The result is the same; without a second process it is read here.
    """
    import ohtrack
    from ohtrack.i18n import normalise_lang, t, tn

    result = _read(path, meanwhile)
    found_lang(result.report.stats.get("language"))
    if not lenient or result.programme is None:
        if result.programme is None or not result.report.valid:
            ohtrack.load(path)  # raises the one-line error naming the first problem
        return result.programme, result.report
    programme, left_out = result.valid_part()
    language = normalise_lang(lang or output_lang())
    if left_out:
        err(tn("output.left_out", len(left_out), language, path=path))
        for x in left_out[:SHOWN_LEFT_OUT]:
            err(f"  {x.problem.place}: {x.problem.text(language)} [{x.problem.code}]")
        if len(left_out) > SHOWN_LEFT_OUT:
            err("  " + t("output.left_out_more", language, n=len(left_out) - SHOWN_LEFT_OUT))
    return programme, result.report


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


def say(key: str, **values: Any) -> str:
    """A catalogue text in the output language."""
    from ohtrack.i18n import t

    return t(key, output_lang(), **values)


def err(message: str) -> None:
    """Print a line on stderr (escaped, see ``echo``)."""
    echo(message, err=True)


def done(path: Any) -> None:
    """Report a written file on stderr (in the output language), so stdout stays clean for --json."""
    echo(say("output.wrote", path=path), err=True)


__all__ = ["Failure", "ask_lang", "debug_requested", "done", "echo", "echo_json", "err", "found_lang",
           "load_programme", "output_lang", "printable", "read_programme", "refuse_overwrite",
           "run_guarded", "say", "store_file", "table"]
