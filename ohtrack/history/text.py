"""The history and the snapshot list as readable text (``ohtrack track history`` / ``list``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ohtrack.i18n import normalise_lang, t
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.history.store import Snapshot
    from ohtrack.history.timeline import History


def _share(value: Any) -> str:
    return "" if value is None else f"{value:.0%}"


def history_text(hist: History, lang: str | None = None) -> str:
    """Statuses per snapshot, status flows, network numbers and indicator series."""
    lang = normalise_lang(lang or hist.lang)
    if not hist.states:
        return t("history.empty", lang)
    statuses = list(hist.states[0].statuses)  # every status, in life-cycle order
    snap = t("history.col.snapshot", lang)
    lines = [t("history.statuses", lang)]
    rows = [(f"#{s.id}", s.label or "", *[s.statuses[k] for k in statuses]) for s in hist.states]
    lines.append(table(rows, [snap, t("history.col.label", lang),
                              *[t(f"history.status.{k}", lang) for k in statuses]]))
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
            lines.append("    " + t("history.flow", lang, a=a, b=b, count=f.count,
                                    ids=", ".join(f.initiatives)))
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


def snapshots_text(snaps: Sequence[Snapshot], lang: str = "nl") -> str:
    """The snapshot list as a table (what ``ohtrack track list`` prints)."""
    lang = normalise_lang(lang)
    if not snaps:
        return t("history.empty", lang)
    rows = [(s.id, f"{s.created_at:%Y-%m-%d %H:%M:%S}", s.label or "", s.source or "",
             s.programme_name or "", s.counts.get("initiatives", ""), s.counts.get("people", ""),
             s.counts.get("indicators", ""), s.content_hash[:12]) for s in snaps]
    heads = ["id", "created", "label", "source", "programme", "initiatives", "people",
             "indicators", "hash"]
    return table(rows, [t(f"history.col.{h}", lang) for h in heads])
