"""Options shared by several commands, as decorator factories."""

from __future__ import annotations

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
