"""``ohtrack network``: the stakeholder and learning network, its brokers and findings."""

from __future__ import annotations

import datetime as dt

import click

from ohtrack_cli.options import (
    DateType,
    as_of_option,
    json_option,
    lang_option,
    lenient_option,
    level_option,
    workbook_argument,
)
from ohtrack_cli.output import done, echo, echo_json, load_programme, refuse_overwrite


@click.command("network")
@workbook_argument()
@json_option()
@click.option("--compare", "compare_with", type=click.Path(exists=True, dir_okay=False),
              help="An older workbook: show ties gained and lost, people joined and left.")
@as_of_option("The network as it stood on DATE (relations' Since/Until, events' dates; default: "
              "today).")
@click.option("--compare-as-of", "compare_as_of", type=DateType(), default=None,
              help="Compare with the network on DATE (of --compare's workbook, or this one).")
@click.option("--export", "exports", multiple=True, type=click.Path(dir_okay=False),
              help="Write OUT.graphml, .gexf, .json (node-link), .xlsx (Kumu) or .png; repeatable.")
@click.option("--pseudonymise", "--pseudonymize", "pseudonymise", is_flag=True,
              help="Replace names with stable pseudonyms in the output and every export.")
@click.option("--exact/--estimate", default=None,
              help="Betweenness exact (also on a large network) or estimated with a proven bound "
                   "(also on a small one); by default exact unless the network is too large.")
@level_option()
@click.option("--growth", "growth_png", type=click.Path(dir_okay=False), default=None,
              help="Draw the ties and cross-unit ties per month as a PNG.")
@lenient_option()
@lang_option()
def command(workbook: str, as_json: bool, compare_with: str | None, as_of: dt.date | None,
            compare_as_of: dt.date | None, exports: tuple[str, ...], pseudonymise: bool,
            exact: bool | None, level: str | None, growth_png: str | None, lenient: bool,
            lang: str | None) -> None:
    """The network of WORKBOOK: ties from relations, groups, learning events and initiatives;
    brokers, isolated people, cross-unit ties (at --level of the unit tree), communities,
    lesson reach, event realisation, incomplete groups, the growth of ties per month, and
    plain-language findings.
    """
    import ohtrack
    from ohtrack.analysis.network import Network
    from ohtrack.exports import writer

    refuse_overwrite([*exports, growth_png], [workbook, compare_with])
    for target in exports:
        writer(Network, target)  # a bad name fails before any work
    programme = load_programme(workbook, lenient, lang,
                               meanwhile=("networkx", "ohtrack.analysis.network"))
    old = load_programme(compare_with, lenient, lang) if compare_with is not None else None
    if old is None and compare_as_of is not None:
        old = programme
    if pseudonymise:  # the same (secret, stored) key for both sides: their pseudonyms agree
        programme = ohtrack.pseudonymise(programme)
        old = ohtrack.pseudonymise(old) if old is not None else None
    if growth_png is not None:
        writer(Network, growth_png, "png")
    net = ohtrack.network(programme, as_of=as_of or dt.date.today(), lang=lang, exact=exact, level=level)
    comparison = None
    if old is not None:
        then = compare_as_of or dt.date.today()
        old_net = ohtrack.network(old, as_of=then, lang=net.lang, exact=exact, level=level)
        comparison = ohtrack.compare_networks(old_net, net)
    from ohtrack.exports import export_all

    written = export_all(net, list(exports))  # PNGs rendered aside while the others are written
    if growth_png is not None:
        from ohtrack.exports.png import write_png

        written.append(write_png(net.growth_figure(), growth_png, lang=net.lang))
    for path in written:
        done(path)
    if as_json:
        echo_json({**net.to_dict(), "compare": comparison.to_dict() if comparison else None,
                   "exports": [str(p) for p in written]})
        return
    echo(net.to_text())
    if comparison is not None:
        echo("")
        echo(comparison.to_text(net.lang))
