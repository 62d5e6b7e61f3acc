"""The history and the snapshot list as readable text (``ohtrack track history`` / ``list``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ohtrack.i18n import format, normalise_lang, t, tn
from ohtrack.plaintext import table

if TYPE_CHECKING:
    from ohtrack.frameworks import Framework
    from ohtrack.history.store import Snapshot
    from ohtrack.history.timeline import History


def _share(value: Any, lang: str) -> str:
    return format.percent(value, lang, empty="")


def period(hist: History, lang: str) -> str:
    """Which snapshots the history shows: their dates, and the report date if one was given."""
    if not hist.states:
        said = t("history.empty", lang)
    else:
        first, last = (format.date(s.created_at, lang) for s in (hist.states[0], hist.states[-1]))
        said = (t("history.period", lang, first=first, last=last) if first != last
                else tn("history.one_day", len(hist.states), lang, date=first))
    if hist.as_of is not None:
        said += " " + tn("history.as_of", hist.later, lang, date=format.date(hist.as_of, lang))
    return said


def history_text(hist: History, lang: str | None = None) -> str:
    """Statuses per snapshot, status flows, network numbers and indicator series."""
    lang = normalise_lang(lang or hist.lang)
    if not hist.states:
        return period(hist, lang)
    statuses = list(hist.states[0].statuses)  # every status, in life-cycle order
    snap = t("history.col.snapshot", lang)
    lines = [period(hist, lang), "", t("history.statuses", lang)]
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
                 _share((s.network or {}).get("cross_unit_share"), lang)) for s in hist.states]
        lines.append(table(rows, [snap, t("history.col.people", lang), t("history.col.ties", lang),
                                  t("history.col.cross_unit", lang), "%"]))
    lines += _coverage_lines(hist, lang)
    series = hist.indicator_series()
    if series:
        lines += ["", t("history.indicators", lang)]
        names = {k: v.name for s in hist.states for k, v in s.indicators.items()}
        rows = [(k, names.get(k, k), *[format.decimal(v, lang) for _, v in pts])
                for k, pts in series.items()]
        lines.append(table(rows, ["ID", t("history.col.indicator", lang),
                                  *[f"#{s.id}" for s in hist.states]]))
    return "\n".join(lines)


def _model(model_id: str) -> Framework | None:
    from ohtrack.frameworks import available, get

    return get(model_id) if model_id in available() else None


def _coverage_lines(hist: History, lang: str) -> list[str]:
    """Practices covered per snapshot on the newest model, and those of snapshots on another
    model that could not be carried over (named, in the snapshot's own model)."""
    covs = [(s.id, s.coverage) for s in hist.states if s.coverage is not None]
    if not covs:
        return []
    target = covs[-1][1].model
    fw = _model(target)
    total = fw.practice_count if fw is not None else None
    label = fw.name(lang) if fw is not None else target
    rows = []
    for sid, cov in covs:
        own = _model(cov.own_model)
        n = len(cov.practices)
        rows.append((f"#{sid}", own.name(lang) if own is not None else cov.own_model,
                     t("history.covered", lang, n=n, total=total) if total is not None else n))
    lines = ["", t("history.practices", lang, model=label),
             table(rows, [t("history.col.snapshot", lang), t("history.col.model", lang),
                          t("history.col.covered", lang)])]
    for sid, cov in covs:
        if not cov.not_carried:
            continue
        own = _model(cov.own_model)
        names = [found[1].name(lang) if own is not None and (found := own.practice(p)) else p
                 for p in cov.not_carried]
        lines.append(tn("history.not_carried", len(names), lang, id=sid,
                        model=own.name(lang) if own is not None else cov.own_model,
                        target=label, names=", ".join(names)))
    return lines


def snapshots_text(snaps: Sequence[Snapshot], lang: str = "nl") -> str:
    """The snapshot list as a table (what ``ohtrack track list`` prints)."""
    lang = normalise_lang(lang)
    if not snaps:
        return t("history.empty", lang)
    rows = [(s.id, f"{format.date(s.created_at, lang, 'short')} {s.created_at:%H:%M:%S}",
             s.label or "", s.source or "",
             s.programme_name or "", s.counts.get("initiatives", ""), s.counts.get("people", ""),
             s.counts.get("indicators", ""), s.content_hash[:12]) for s in snaps]
    heads = ["id", "created", "label", "source", "programme", "initiatives", "people",
             "indicators", "hash"]
    return table(rows, [t(f"history.col.{h}", lang) for h in heads])
