"""``ohtrack track``: record snapshots of a programme and show its history."""

from __future__ import annotations

from typing import Any

import click

from ohtrack_cli.options import json_option, lang_option, output_option, workbook_argument
from ohtrack_cli.output import done, echo_json, err, refuse_overwrite, store_file, table


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
def add(workbook: str, store_url: str | None, label: str | None) -> None:
    """Record a snapshot of WORKBOOK (nothing is added when it is unchanged)."""
    from ohtrack.history import record
    from ohtrack.history.schema import CURRENT_VERSION
    from ohtrack.i18n import t

    refuse_overwrite([store_file(store_url)], [workbook])
    result = record(workbook, store_url, label=label)
    lang = result.language
    if result.migrated_from and result.migrated_from < CURRENT_VERSION:
        err(t("history.migrated", lang, old=result.migrated_from, new=CURRENT_VERSION))
    if result.added:
        click.echo(t("history.added", lang, id=result.snapshot.id, source=result.snapshot.source))
    else:
        click.echo(t("history.unchanged", lang, id=result.unchanged_since))


def result_lang(store: Any) -> str:
    return str(store.language())


@command.command("list")
@store_option()
@json_option()
@lang_option()
def list_(store_url: str | None, as_json: bool, lang: str | None) -> None:
    """List the snapshots in the store, oldest first."""
    from ohtrack.history import open_store
    from ohtrack.i18n import t

    with open_store(store_url, create=False) as store:
        snaps = store.snapshots()
        lang = lang or result_lang(store)
    if as_json:
        echo_json([s.to_dict() for s in snaps])
        return
    if not snaps:
        click.echo(t("history.empty", lang))
        return
    rows = [(s.id, f"{s.created_at:%Y-%m-%d %H:%M:%S}", s.label or "", s.source or "",
             s.programme_name or "", s.counts.get("initiatives", ""), s.counts.get("people", ""),
             s.counts.get("indicators", ""), s.content_hash[:12]) for s in snaps]
    heads = ["id", "created", "label", "source", "programme", "initiatives", "people",
             "indicators", "hash"]
    click.echo(table(rows, [t(f"history.col.{h}", lang) for h in heads]))


@command.command("history")
@store_option()
@json_option()
@output_option("--png", "Write the history figure as PNG.")
@lang_option()
def history(store_url: str | None, as_json: bool, png: str | None, lang: str | None) -> None:
    """Initiative status flows, indicator series and network numbers across snapshots."""
    from ohtrack.history import open_store

    refuse_overwrite([png], [store_file(store_url)])
    with open_store(store_url, create=False) as store:
        hist = store.history(lang=lang)
    if png:
        hist.save_png(png)
        done(png)
    if as_json:
        echo_json(hist.to_dict())
    else:
        click.echo(render_text(hist))


def render_text(hist: Any) -> str:
    """The history as plain text: statuses per snapshot, flows, network, indicators."""
    from ohtrack.history.timeline import STATUSES
    from ohtrack.i18n import t

    lang = hist.lang
    if not hist.states:
        return t("history.empty", lang)
    snap = t("history.col.snapshot", lang)
    lines = [t("history.statuses", lang)]
    rows = [(f"#{s.id}", s.label or "", *[s.statuses[k] for k in STATUSES]) for s in hist.states]
    lines.append(table(rows, [snap, t("history.col.label", lang),
                              *[t(f"history.status.{k}", lang) for k in STATUSES]]))
    if hist.transitions:
        lines += ["", t("history.flows", lang)]
    for tr in hist.transitions:
        lines.append(f"  #{tr.from_snapshot} → #{tr.to_snapshot}:")
        if not tr.flows:
            lines.append(f"    {t('history.no_flows', lang)}")
        for f in tr.flows:
            a = (t("history.new", lang) if f.from_status is None
                 else t(f"history.status.{f.from_status}", lang))
            b = (t("history.removed", lang) if f.to_status is None
                 else t(f"history.status.{f.to_status}", lang))
            lines.append(f"    {a} → {b}: {f.count} ({', '.join(f.initiatives)})")
    if hist.network_available:
        lines += ["", t("history.network_title", lang)]
        rows = [(f"#{s.id}", *[(s.network or {}).get(k) for k in ("people", "ties", "cross_unit_ties")],
                 _share((s.network or {}).get("cross_unit_share"))) for s in hist.states]
        lines.append(table(rows, [snap, t("history.col.people", lang), t("history.col.ties", lang),
                                  t("history.col.cross_unit", lang), "%"]))
    series = hist.indicator_series()
    if series:
        lines += ["", t("history.indicators", lang)]
        names = {k: v.name for s in hist.states for k, v in s.indicators.items()}
        rows = [(k, names.get(k, k), *["" if v is None else f"{v:g}" for _, v in pts])
                for k, pts in series.items()]
        lines.append(table(rows, ["ID", t("history.col.indicator", lang),
                                  *[f"#{s.id}" for s in hist.states]]))
    return "\n".join(lines)


def _share(value: Any) -> str:
    return "" if value is None else f"{value:.0%}"
