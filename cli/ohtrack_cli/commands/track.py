"""``ohtrack track``: record snapshots of a programme and show its history."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    found_lang,
    load_programme,
    output_lang,
    refuse_overwrite,
    store_file,
)


def store_option() -> Any:
    return click.option("--store", "store_url", default=None, metavar="URL",
                        help="History store: a SQLite file, a folder, or a SQLAlchemy URL such as "
                             "postgresql://… (default: ./ohtrack-history.sqlite).")


@click.group("track")
def command() -> None:
    """Snapshots of a programme over time, in a history store (SQLite by default)."""


@command.command("add")
@workbook_argument()
@store_option()
@click.option("--label", default=None, help="A label for this snapshot, e.g. 'after MT day'.")
@lenient_option()
@lang_option()
def add(workbook: str, store_url: str | None, label: str | None, lenient: bool,
        lang: str | None) -> None:
    """Record a snapshot of WORKBOOK (nothing is added when it is unchanged)."""
    from pathlib import Path

    import ohtrack
    from ohtrack.history.schema import CURRENT_VERSION
    from ohtrack.i18n import t

    refuse_overwrite([store_file(store_url)], [workbook])
    programme = load_programme(workbook, lenient)  # first: a workbook with errors makes no store
    with ohtrack.open_store(store_url) as store:
        result = store.add(programme, source=Path(workbook).name, label=label)
    if result.migrated:
        err(t("history.migrated", output_lang(), old=result.migrated_from, new=CURRENT_VERSION))
    echo(result.to_text(output_lang()))


def store_lang(store: Any) -> str:
    """The output language for a store: ``--lang``, else its latest programme's."""
    found_lang(store.language())
    return output_lang()


@command.command("list")
@store_option()
@json_option()
@lang_option()
def list_(store_url: str | None, as_json: bool, lang: str | None) -> None:
    """List the snapshots in the store, oldest first."""
    from ohtrack.history import open_store
    from ohtrack.history.text import snapshots_text

    with open_store(store_url, create=False) as store:
        snaps = store.snapshots()
        lang = store_lang(store)
    if as_json:
        echo_json([s.to_dict() for s in snaps])
    else:
        echo(snapshots_text(snaps, lang))


@command.command("history")
@store_option()
@json_option()
@output_option("--png", "Write the history figure as PNG.")
@lang_option()
@as_of_option("The report date: snapshots recorded after it are left out (default: all).")
def history(store_url: str | None, as_json: bool, png: str | None, lang: str | None,
            as_of: dt.date | None) -> None:
    """Initiative status flows, indicator series and network numbers across snapshots."""
    import ohtrack
    from ohtrack.history import open_store

    refuse_overwrite([png], [store_file(store_url)])
    with open_store(store_url, create=False) as store:
        hist = store.history(lang=store_lang(store), as_of=as_of)
    if png:
        done(ohtrack.export(hist, png, fmt="png"))
    if as_json:
        echo_json(hist.to_dict())
    else:
        echo(hist.to_text())
