"""``ohtrack network``: the stakeholder and learning network, its brokers and findings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from ohtrack_cli.options import json_option, lang_option, workbook_argument
from ohtrack_cli.output import done, echo_json, table

#: Findings listed in the text output before "… and N more" (--json has them all).
SHOWN_FINDINGS = 40
SHOWN_BROKERS = 10


class DateType(click.ParamType):
    """A date as ISO ``2022-03-01`` or Dutch ``1-3-2022``."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        from ohtrack.workbook.cells import CellError, to_date

        try:
            parsed = to_date(value)
        except CellError as exc:
            self.fail(str(exc), param, ctx)
        if parsed is None:
            self.fail("a date is needed", param, ctx)
        return parsed


@click.command("network")
@workbook_argument()
@json_option()
@click.option("--compare", "compare_with", type=click.Path(exists=True, dir_okay=False),
              help="An older workbook: show ties gained and lost, people joined and left.")
@click.option("--as-of", "as_of", type=DateType(), default=None,
              help="The network as it stood on DATE (relations' Since/Until, events' dates).")
@click.option("--compare-as-of", "compare_as_of", type=DateType(), default=None,
              help="Compare with the network on DATE (of --compare's workbook, or this one).")
@click.option("--export", "exports", multiple=True, type=click.Path(dir_okay=False),
              help="Write OUT.graphml, .gexf, .json (node-link), .xlsx (Kumu) or .png; repeatable.")
@click.option("--pseudonymise", "--pseudonymize", "pseudonymise", is_flag=True,
              help="Replace names with stable pseudonyms in the output and every export.")
@click.option("--exact/--estimate", default=None,
              help="Betweenness exact (also on a large network) or estimated with a proven bound "
                   "(also on a small one); by default exact unless the network is too large.")
@lang_option()
def command(workbook: str, as_json: bool, compare_with: str | None, as_of: dt.date | None,
            compare_as_of: dt.date | None, exports: tuple[str, ...], pseudonymise: bool,
            exact: bool | None, lang: str | None) -> None:
    """The network of WORKBOOK: ties from relations, groups, learning events and initiatives;
    brokers, isolated people, cross-unit ties, communities, lesson reach, event realisation,
    incomplete groups, and plain-language findings.
    """
    from ohtrack.analysis.network import network_report

    report = network_report(workbook, as_of=as_of, compare_with=compare_with,
                            compare_as_of=compare_as_of, pseudonymise=pseudonymise, lang=lang,
                            exports=exports, exact=exact)
    for path in report.written:
        done(path)
    if as_json:
        echo_json(report.to_dict())
        return
    net = report.network
    click.echo(_text(net))
    if report.comparison is not None:
        click.echo("")
        click.echo("\n".join(report.comparison.lines(net.lang)))


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def _text(net: Any) -> str:
    from ohtrack.analysis.network_build import MAX_TIE_SIZE
    from ohtrack.analysis.network_metrics import betweenness_text
    from ohtrack.i18n import t

    lang = net.lang
    s = net.summary()
    title = t("network.title", lang, name=net.programme.info.name)
    if net.as_of:
        title += f" ({t('network.as_of', lang, date=net.as_of.isoformat())})"
    how = betweenness_text(net.betweenness_method, net.betweenness_backend, net.betweenness_sample,
                           net.betweenness_bound, lang)
    density = "-" if s["density"] is None else f"{s['density']:.3f}"
    rows = [(t("network.people", lang), s["people"]), (t("network.ties", lang), s["ties"]),
            (t("network.cross_unit", lang), f"{s['cross_unit_ties']} ({_pct(s['cross_unit_share'])})"),
            (t("network.isolated", lang), s["isolated"]), (t("network.peripheral", lang), s["peripheral"]),
            (t("network.communities_label", lang), s["communities"]), (t("network.density", lang), density),
            (t("network.betweenness", lang), how)]
    if s["plenary_without_ties"]:
        rows.append((t("network.plenary", lang),
                     t("network.plenary_value", lang, n=s["plenary_without_ties"], size=MAX_TIE_SIZE)))
    lines = [title, "=" * len(title)]
    width = max(len(str(k)) for k, _ in rows)
    lines += [f"{k.ljust(width)}  {v}" for k, v in rows]
    brokers = net.brokers(SHOWN_BROKERS)
    if brokers:
        lines += ["", t("network.brokers", lang)]
        lines.append(table([(net.person_label(v), net.unit_label(net.unit_of.get(v)), net.degree[v],
                             f"{b:.3f}") for v, b in brokers],
                           [t("network.person", lang), t("network.unit", lang), t("network.degree", lang),
                            t("network.betweenness", lang)]))
    if net.units["units"]:
        lines += ["", t("network.units", lang)]
        lines.append(table([(net.unit_label(u["unit"]), u["people"], u["ties"], u["cross_unit_ties"],
                             _pct(u["cross_unit_share"])) for u in net.units["units"]],
                           [t("network.unit", lang), t("network.people", lang), t("network.ties", lang),
                            t("network.cross_unit", lang), t("network.share", lang)]))
    if net.lessons:
        lines += ["", t("network.lessons", lang)]
        lines.append(table([(x["lesson"], x["shared_with"], f"{x['reach']} ({_pct(x['reach_share'])})",
                             x["units_reached"]) for x in net.lessons],
                           [t("network.lesson", lang), t("network.shared_with", lang),
                            t("network.reach", lang), t("network.units_reached", lang)]))
    total = net.events["total"]
    if total["total"]:
        lines += ["", f"{t('network.events', lang)}: {t('network.events_line', lang, **total)}"]
    if net.findings:
        lines += ["", t("network.findings", lang)]
        lines += [f"- {f['message']}" for f in net.findings[:SHOWN_FINDINGS]]
        if len(net.findings) > SHOWN_FINDINGS:
            lines.append(t("network.more", lang, count=len(net.findings) - SHOWN_FINDINGS))
    return "\n".join(lines)
