"""The network as readable text: headline numbers, brokers, units, lessons, events, findings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.analysis.network import Network
    from ohtrack.analysis.network_compare import NetworkComparison

#: Findings listed before "… and N more" (``to_dict`` has them all).
SHOWN_FINDINGS = 40
SHOWN_BROKERS = 10


def betweenness_text(method: str, backend: str, sample: int | None, bound: dict[str, Any] | None,
                     lang: str) -> str:
    """How betweenness was computed, in words: exact, sampled, or estimated with its bound."""
    if bound is not None:
        early = bound.get("stopped_early")
        key = "network.betweenness_estimated_early" if early else "network.betweenness_estimated"
        return t(key, lang, sample=format.integer(bound["sample"], lang),
                 sample_max=format.integer(bound.get("sample_max") or bound["sample"], lang),
                 epsilon=format.decimal(bound["epsilon"], lang),
                 confidence=format.percent(1 - bound["delta"], lang, 1 if bound["delta"] < 0.01 else 0))
    if method == "sampled":
        return t("network.betweenness_sampled", lang, sample=format.integer(sample, lang))
    return t("network.betweenness_exact", lang, backend=backend)


def to_text(net: Network, lang: str | None = None) -> str:
    """What ``ohtrack network`` prints (``lang`` defaults to the network's language)."""
    from ohtrack.analysis.network_build import MAX_TIE_SIZE
    from ohtrack.analysis.network_findings import findings
    from ohtrack.analysis.network_time import planned_apart
    from ohtrack.analysis.network_words import sessions_besides

    lang = normalise_lang(lang or net.lang)

    def _pct(x: float | None) -> str:
        return format.percent(x, lang)

    s = net.summary()
    title = t("network.title", lang, name=net.programme.info.name)
    if net.as_of:
        title += f" ({t('network.as_of', lang, date=format.date(net.as_of, lang))})"
    how = betweenness_text(net.betweenness_method, net.betweenness_backend, net.betweenness_sample,
                           net.betweenness_bound, lang)
    density = format.number(s["density"], lang, 3, empty="-")
    from ohtrack.analysis.network_compare import level_words

    where = level_words(net.level, lang)
    cross_label = (t("network.cross_unit", lang) if net.level is None
                   else t("network.ties_between", lang, where=where))
    def n(v: int) -> str:
        return format.integer(v, lang)

    rows = [(t("network.people", lang), n(s["people"])), (t("network.ties", lang), n(s["ties"])),
            (cross_label, f"{n(s['cross_unit_ties'])} ({_pct(s['cross_unit_share'])})"),
            (t("network.outside_tie", lang), n(s["people_with_outside_tie"])),
            (t("network.isolated", lang), n(s["isolated"])),
            (t("network.peripheral", lang), n(s["peripheral"])),
            (t("network.core", lang), t("network.core_value", lang, n=s["core"], k=s["core_k"])
             if s["ties"] else "-"),  # without ties there is no core to speak of
            (t("network.communities_label", lang), n(s["communities"])),
            (t("network.density", lang), density),
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
        lines.append(table([(net.person_label(v), net.unit_label(net.unit_of.get(v)), n(net.degree[v]),
                             format.number(b, lang, 3)) for v, b in brokers],
                           [t("network.person", lang), t("network.unit", lang), t("network.degree", lang),
                            t("network.betweenness", lang)]))
    if net.layers:
        lines += ["", t("network.layers", lang), layers_table(net, lang)]
    if net.units["units"]:
        lines += ["", t("network.units", lang)]
        lines.append(table([(net.unit_label(u["unit"]), n(u["people"]), n(u["ties"]), n(u["cross_unit_ties"]),
                             _pct(u["cross_unit_share"])) for u in net.units["units"]],
                           [t("network.unit", lang), t("network.people", lang), t("network.ties", lang),
                            t("network.cross_unit", lang), t("network.share", lang)]))
    if net.lessons:
        lines += ["", t("network.lessons", lang)]
        lines.append(table([(x["lesson"], n(x["shared_with"]), f"{n(x['reach'])} ({_pct(x['reach_share'])})",
                             n(x["units_reached"])) for x in net.lessons],
                           [t("network.lesson", lang), t("network.shared_with", lang),
                            t("network.reach", lang), t("network.units_reached", lang)]))
    total = net.events["total"]
    if total["total"]:
        ahead, passed = planned_apart(net.programme.events, net.as_of)
        late = sum(passed.values())
        due = total["total"] - sum(ahead.values())  # as the group finding counts them
        line = t("network.events_line", lang, held=total["held"], total=due)
        line += sessions_besides(total["cancelled"], late, total["planned"] - late, lang)
        lines += ["", f"{t('network.events', lang)}: {line}"]
    said = net.findings if lang == net.lang else findings(net, lang)
    if said:
        lines += ["", t("network.findings", lang)]
        lines += [f"{f['rank']}. {f['message']}" for f in said[:SHOWN_FINDINGS]]
        if len(said) > SHOWN_FINDINGS:
            lines.append(t("network.more", lang, count=len(said) - SHOWN_FINDINGS))
        lines += ["", t("network.appendix", lang)]
        lines += [appendix_line(f, lang) for f in said[:SHOWN_FINDINGS]]
    return "\n".join(lines)


def appendix_line(f: dict[str, Any], lang: str, numbered: bool = True) -> str:
    """``3. <method in words>: <the finding's numbers>``: how a finding was found (without
    its rank when not ``numbered``)."""
    from ohtrack.analysis.network_words import method_text
    from ohtrack.i18n import has

    numbers = [f"{t(f'network.data.{k}', lang)} {_value(v, lang)}" for k, v in f["data"].items()
               if isinstance(v, (int, float)) and not isinstance(v, bool) and has(f"network.data.{k}")]
    text = method_text(f["method"], lang)
    line = text + (f" ({'; '.join(numbers)})" if numbers else "")
    return f"{f['rank']}. {line}" if numbered else line


def _value(v: float, lang: str) -> str:
    return format.integer(v, lang) if float(v).is_integer() else format.number(v, lang, 3)


def layers_table(net: Network, lang: str) -> str:
    """One row per relation type (in the language's words; a type of the workbook's own as
    written): directed or not, ties, density, reciprocity, most sought."""
    from ohtrack.workbook.contract import vocab_label

    rows = []
    for lay in net.layers:
        top = lay.get("most_sought") or []
        rows.append((vocab_label("relation_type", lay["type"], lang),
                     t("network.yes" if lay["directed"] else "network.no", lang),
                     format.integer(lay["ties"], lang),
                     format.number(lay["density"], lang, 3, empty="-"),
                     format.percent(lay.get("reciprocity"), lang) if lay["directed"] else "-",
                     ", ".join(f"{net.person_label(x['person'])} ({format.integer(x['in_degree'], lang)})"
                               for x in top[:2])
                     or "-"))
    heads = ["network.layer", "network.directed", "network.ties", "network.density", "network.reciprocity",
             "network.sought"]
    return table(rows, [t(h, lang) for h in heads])


def comparison_text(cmp: NetworkComparison, lang: str | None = None) -> str:
    """The comparison in plain words, one line per fact."""
    return "\n".join(cmp.lines(lang))
