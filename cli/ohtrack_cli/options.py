"""Options shared by several commands, as decorator factories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def workbook_argument(name: str = "workbook") -> Callable[[F], F]:
    """A WORKBOOK argument that must be an existing file (exit 2 if not)."""
    return click.argument(name, type=click.Path(exists=True, dir_okay=False, readable=True))


def json_option() -> Callable[[F], F]:
    return click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")


def lang_option() -> Callable[[F], F]:
    return click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
                        help="Language of the output (default: the workbook's).")


def output_option(flag: str, help: str) -> Callable[[F], F]:
    return click.option(flag, type=click.Path(dir_okay=False, writable=True), default=None,
                        help=help)


class DateType(click.ParamType):
    """A date as ISO ``2022-03-01`` or Dutch ``1-3-2022`` (the workbook's own date rules)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from ohtrack.workbook.cells import CellError, to_date

        try:
            parsed = to_date(value)
        except CellError as exc:
            self.fail(str(exc), param, ctx)
        if parsed is None:
            self.fail("a date is needed", param, ctx)
        return parsed


AS_OF_HELP = "The report date: data after it is ignored (default: today)."


def as_of_option(help: str = AS_OF_HELP) -> Callable[[F], F]:
    """``--as-of DATE``, the same parser for every command."""
    return click.option("--as-of", "as_of", type=DateType(), default=None, help=help)


def level_option() -> Callable[[F], F]:
    """``--level``: one level of the unit tree, as a depth (1 = top units) or a level name."""
    return click.option("--level", default=None, metavar="LEVEL",
                        help="One level of the unit tree: a depth (1 = the top units) or a level "
                             "name from the Units sheet (e.g. dienst).")


def lenient_option() -> Callable[[F], F]:
    """``--lenient``: analyse the valid rows, list the rows with errors that were left out."""
    return click.option("--lenient", is_flag=True,
                        help="Analyse the valid rows and list the rows with errors left out, "
                             "instead of stopping at the first error.")
