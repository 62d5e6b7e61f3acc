"""The summary of an import and its JSON form, in Dutch or English."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ohtrack.i18n import t, tn
from ohtrack.i18n.format import count, integer, number
from ohtrack.intake.mapping import Mapping
from ohtrack.intake.problems import full_text, place_text, problem_text
from ohtrack.text import clip

if TYPE_CHECKING:
    from ohtrack.intake.api import ImportResult

_SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "|"}
_SEP_NL = {",": "komma", ";": "puntkomma", "\t": "tab", "|": "|"}


def mapping_rows(mapping: Mapping, lang: str) -> list[tuple[str, str, str, str, str]]:
    """The mapping as table rows: source column, target, confidence, why, what the cells hold."""
    rows = []
    for c in mapping.columns:
        why = ", ".join(t(f"intake.why.{w.strip()}", lang) for w in c.why.split(",") if w.strip())
        rows.append((clip(c.source, 60), t(f"intake.target.{c.target}", lang),
                     number(c.confidence, lang) if c.target != "custom" else "",
                     why, t(f"intake.kind.{c.kind}", lang) if c.kind else ""))
    return rows


def summary_lines(r: ImportResult, lang: str) -> list[str]:
    info = r.layout
    c = r.counts

    def n(x: int) -> str:
        return integer(x, lang)

    sheets = info.get("sheets") or []
    where = (t("intake.summary.where.sheets", lang, sheets=", ".join(f"'{s}'" for s in sheets))
             if sheets else t("intake.summary.where.file", lang))
    layout = t(f"intake.summary.layout.{info.get('orientation', 'rows')}", lang,
               header=info.get("header"))
    lines = [t("intake.summary.read", lang, path=r.source, rows=n(c.rows), where=where,
               layout=layout)]
    if info.get("encoding"):
        seps = _SEP_NL if lang == "nl" else _SEPARATORS
        lines.append("  " + t("intake.summary.text", lang, encoding=info["encoding"],
                              separator=seps.get(info.get("separator") or ",", info.get("separator"))))
    skipped = info.get("skipped") or []
    if skipped:
        lines.append("  " + t("intake.summary.skipped", lang, sheets="; ".join(
            f"'{s['sheet']}' ({t('intake.skip.' + s['reason'], lang)})" for s in skipped)))
    lines.append("  " + t("intake.summary.columns", lang, mapped=n(c.columns_mapped),
                          custom=n(c.columns_custom)))
    lines.append("  " + t("intake.summary.values", lang, mapped=n(c.values_mapped),
                          generated=n(c.values_generated), empty=n(c.values_empty),
                          custom=n(c.values_custom)))
    lines.append("  " + t("intake.summary.made", lang, initiatives=n(len(r.programme.initiatives)),
                          units=n(c.units), people=n(c.people), goals=n(c.goals)))
    if r.programme.initiatives:  # what the model map will show, and how to put more on it
        on_model = sum(1 for i in r.programme.initiatives if i.outcomes or i.practices)
        open_themes = sum(1 for v in r.mapping.themes.values() if not v)
        lines.append("  " + t("intake.summary.on-model", lang, n=n(on_model),
                              total=n(len(r.programme.initiatives)), model=r.mapping.model or "")
                     + (" " + tn("intake.summary.themes-open", open_themes, lang)
                        if open_themes and on_model < len(r.programme.initiatives) else ""))
    if c.merged:
        lines.append("  " + t("intake.summary.merged", lang, n=n(c.merged)))
    if info.get("numbered_empty"):
        lines.append("  " + t("intake.summary.numbered", lang, n=n(info["numbered_empty"])))
    if c.rules:
        lines.append("  " + t("intake.summary.dates", lang, rules=", ".join(
            f"{t('intake.rule.' + rule, lang)} {n(k)}" for rule, k in c.rules.most_common())))
    lines.append("  " + t("intake.summary.problems", lang, **{
        what: count(len(found), t(f"intake.word.{what[:-1]}", lang), t(f"intake.word.{what}", lang),
                    lang)
        for what, found in (("errors", r.errors), ("warnings", r.warnings))}))
    return lines


def to_dict(r: ImportResult, lang: str) -> dict[str, Any]:
    c = r.counts
    return {
        "valid": r.valid,
        "source": r.source,
        "layout": r.layout,
        "counts": {"rows": c.rows, "initiatives": len(r.programme.initiatives),
                   "columns_mapped": c.columns_mapped, "columns_custom": c.columns_custom,
                   "values_mapped": c.values_mapped, "values_generated": c.values_generated,
                   "values_empty": c.values_empty, "values_custom": c.values_custom,
                   "units": c.units, "people": c.people, "goals": c.goals,
                   "merged": c.merged, "date_rules": dict(c.rules)},
        "mapping": [{"source": m.source, "target": m.target, "confidence": m.confidence,
                     "why": m.why, "kind": m.kind} for m in r.mapping.columns],
        "problems": [{"file": p.file, "sheet": p.sheet, "row": p.row, "column": p.column,
                      "cell": p.params.get("ref"), "record_column": p.params.get("record_at"),
                      "code": p.code, "severity": p.severity.value,
                      "place": place_text(p, lang), "message": problem_text(p, lang),
                      "text": full_text(p, lang)} for p in r.problems],
    }
