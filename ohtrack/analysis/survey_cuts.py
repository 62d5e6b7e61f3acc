"""Cuts by respondent attributes and the participation rate.

Extra columns of Responses declared on the survey's Attributes sheet (role, tenure,
location …) cut the outcome scores: for the whole organisation and within every unit, per
wave. Anonymity holds across units and cuts (``ohtrack.surveys.cuts``): a cut cell is shown
only when no group of fewer than the threshold can be worked out from everything shown, the
unit scores of the survey report included. Practices are not cut.

Participation: with the Invited sheet, a unit's rate per wave is its respondents over the
people invited (its own count, else the sum of its units' when each of them has one); shown
only where the unit's scores are (the rate and the invited count would give n away).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.i18n import format, normalise_lang, t
from ohtrack.plaintext import table
from ohtrack.text import name_key

if TYPE_CHECKING:
    import pandas as pd

    from ohtrack.surveys.reader import SurveyData
    from ohtrack.surveys.scoring import Scores


@dataclass
class CutReport:
    """Outcome scores per unit × attribute value × wave, and the participation rate."""

    lang: str
    min_group: int
    waves: list[str]
    attributes: list[str]
    records: list[dict[str, Any]] = field(default_factory=list)
    participation: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (numbers of suppressed cells are None)."""
        return {"attributes": list(self.attributes), "records": list(self.records),
                "participation": list(self.participation)}

    def to_text(self, lang: str | None = None) -> str:
        """The latest wave's cuts for the whole organisation, and the participation."""
        lang = normalise_lang(lang or self.lang)
        lines: list[str] = []
        wave = self.waves[-1] if self.waves else None
        mark = t("survey.suppressed_short", lang)
        for attribute in self.attributes:
            recs = [r for r in self.records if r["attribute"] == attribute and r["unit"] == "*"
                    and r["wave"] == wave]
            values = list(dict.fromkeys(r["value"] for r in recs))
            outcomes = list(dict.fromkeys(r["outcome"] for r in recs))
            at = {(r["outcome"], r["value"]): r for r in recs}
            rows = [[o] + [mark if at[(o, v)]["suppressed"] else format.number(at[(o, v)]["mean"], lang)
                           if (o, v) in at else "" for v in values] for o in outcomes]
            if rows:
                lines += [t("survey_cuts.title", lang, attribute=attribute, wave=wave),
                          table(rows, [t("survey.outcome", lang), *values]), ""]
        shown = [p for p in self.participation if p["wave"] == wave and p["rate"] is not None]
        if shown:
            lines += [t("survey_cuts.participation", lang, wave=wave),
                      table([["  " * p["depth"] + p["unit_name"], format.integer(p["respondents"], lang),
                              format.integer(p["invited"], lang), format.percent(p["rate"], lang)]
                             for p in shown],
                            [t("survey.unit", lang), t("survey.n", lang), t("survey_cuts.invited", lang),
                             t("survey_cuts.rate", lang)]), ""]
        if not self.attributes and not self.participation:
            lines.append(t("survey_cuts.none", lang))
        return "\n".join(lines).rstrip()


def cut_report(responses: pd.DataFrame, items: pd.DataFrame, scores: Scores, data: SurveyData,
               lang: str) -> CutReport:
    """Cuts and participation of scored responses (``scores`` from ``score_frame`` on the same
    ``responses`` and ``items``)."""
    import pandas as pd

    from ohtrack.surveys.cuts import protect
    from ohtrack.surveys.scoring import score_frame

    tree, waves, k = scores.tree, scores.waves, scores.min_group
    node, wave, keep = _respondents(responses, scores)
    names = [t("survey.organisation", lang) if i == 0 else tree.names[i] for i in range(len(tree))]
    report = CutReport(lang, k, list(waves), list(data.attributes.values()))
    columns = [c for c in data.attributes if c in responses]
    coded: list[tuple[np.ndarray, list[str]]] = []
    for column in columns:
        codes, uniques = pd.factorize(responses[column], use_na_sentinel=True)
        coded.append((np.asarray(codes), [str(v) for v in uniques]))
    if coded:
        values = np.stack([c for c, _ in coded], axis=1)
        levels = [len(labels) for _, labels in coded]
        order = tree.preorder()
        sub_scores = {}
        for a, (codes, labels) in enumerate(coded):
            for v in range(len(labels)):
                mask = keep & (codes == v)
                sub_scores[(a, v)] = score_frame(
                    responses[mask].reset_index(drop=True), items, _copy(tree), min_group=1)
        for mi, meas in enumerate(scores.measures):
            if meas.practice is not None:
                continue
            answered = _answered(responses, items, meas.items)
            for w, label in enumerate(waves):
                sel = keep & answered & (wave == w)
                known = ~scores.suppressed[mi, :, w] & (scores.n[mi, :, w] > 0)
                cells = protect(tree.parent, node[sel], values[sel], levels, known, k)
                for a, (_, labels) in enumerate(coded):
                    for v, value in enumerate(labels):
                        s = sub_scores[(a, v)]
                        wi = s.waves.index(label) if label in s.waves else None
                        for u in order:
                            n = int(s.n[mi, u, wi]) if wi is not None and u < s.n.shape[1] else 0
                            if n == 0:
                                continue
                            hidden = not (cells.published[a][u, v] and n >= k)
                            report.records.append({
                                "unit": tree.ids[u], "unit_name": names[u], "wave": label,
                                "attribute": report.attributes[a], "value": value,
                                "outcome": meas.outcome, "n": None if hidden else n,
                                "mean": None if hidden else float(s.mean()[mi, u, wi]),
                                "favourable": None if hidden else _pct(
                                    float(s.favourable_share()[mi, u, wi])),
                                "suppressed": hidden})
    report.participation = _participation(data, scores, node, wave, keep, names)
    return report


def _pct(share: float) -> float | None:
    return None if np.isnan(share) else float(share) * 100.0


def _copy(tree: Any) -> Any:
    from ohtrack.surveys.tree import UnitTree

    return UnitTree(list(tree.ids), list(tree.names), list(tree.parent), list(tree.depth))


def _respondents(responses: pd.DataFrame, scores: Scores) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's unit (tree index) and wave (index, -1 none), and the rows that are scored
    (a wave, and not a repeat of a respondent in that wave)."""
    import pandas as pd

    from ohtrack.surveys.scoring import _wave_text

    lookup = scores.tree.lookup()
    if "unit" in responses:
        codes, uniques = pd.factorize(responses["unit"], use_na_sentinel=True)
        mapping = np.array([lookup.get(str(u), lookup.get(name_key(str(u)), 0)) for u in uniques] + [0],
                           dtype=np.int64)
        node = mapping[codes]
    else:
        node = np.zeros(len(responses), dtype=np.int64)
    if "wave" in responses and not responses["wave"].isna().all():
        rank = {w: i for i, w in enumerate(scores.waves)}
        wave = np.array([rank.get(_wave_text(v), -1) if v is not None and v == v else -1
                         for v in responses["wave"]], dtype=np.int64)
    else:
        wave = np.zeros(len(responses), dtype=np.int64)
    keep = wave >= 0
    if "respondent" in responses:
        ids = responses["respondent"].astype(object).where(responses["respondent"].notna(), None)
        repeat = pd.Series(list(zip(ids, wave))).duplicated(keep="first").to_numpy() & ids.notna().to_numpy()
        keep &= ~repeat
    return node, wave, keep


def _answered(responses: pd.DataFrame, items: pd.DataFrame, names: tuple[str, ...]) -> np.ndarray:
    """Rows with at least one valid answer (a number on the item's scale) to ``names``."""
    import pandas as pd

    out = np.zeros(len(responses), dtype=bool)
    scale = items.set_index(items["item"].astype(str))
    for item in names:
        x = pd.to_numeric(responses[item], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        lo, hi = (float(scale.loc[item, "min"]),  # type: ignore[arg-type]
                  float(scale.loc[item, "max"]))  # type: ignore[arg-type]
        out |= (x >= lo) & (x <= hi)
    return out


def _participation(data: SurveyData, scores: Scores, node: np.ndarray, wave: np.ndarray,
                   keep: np.ndarray, names: list[str]) -> list[dict[str, Any]]:
    if not data.invited:
        return []
    tree = scores.tree
    size, W = len(tree), len(scores.waves)
    lookup = tree.lookup()
    counts = np.bincount(node[keep] * W + wave[keep], minlength=size * W).reshape(size, W)
    for i in reversed(tree.preorder()):
        if tree.parent[i] >= 0:
            counts[tree.parent[i]] += counts[i]
    children: list[list[int]] = [[] for _ in range(size)]
    for i, p in enumerate(tree.parent):
        if p >= 0:
            children[p].append(i)
    published = np.asarray(((~scores.suppressed) & (scores.n > 0)).any(axis=0))  # units × waves
    out = []
    for w, label in enumerate(scores.waves):
        given: dict[int, int] = {}
        for every_wave in (True, False):  # a count for this wave overrides one for every wave
            for (unit, at), count in data.invited.items():
                idx = lookup.get(unit, lookup.get(name_key(unit)))
                if idx is not None and (at is None) == every_wave and (at is None or at == label):
                    given[idx] = count
        invited: dict[int, int | None] = {}
        for i in reversed(tree.preorder()):
            kids = [c for c in children[i] if counts[c, w] > 0]
            whole = counts[i, w] == sum(int(counts[c, w]) for c in kids)  # nobody directly in i
            if i in given:
                invited[i] = given[i]
            elif kids and whole and all(invited.get(c) is not None for c in kids):
                invited[i] = sum(int(invited[c] or 0) for c in kids)
            else:
                invited[i] = None
        for i in tree.preorder():
            n, inv = int(counts[i, w]), invited.get(i)
            if inv is None and n == 0:
                continue
            shown = bool(published[i, w]) and inv is not None and inv > 0
            out.append({"unit": tree.ids[i], "unit_name": names[i], "depth": tree.depth[i],
                        "wave": label, "invited": inv,
                        "respondents": n if shown else None,
                        "rate": n / inv if shown and inv else None})
    return out
