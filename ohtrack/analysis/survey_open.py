"""Open answers: the words people wrote to the survey's open questions.

An item with Type ``open`` on the Items sheet is an open question: its answers are read and
kept as written, never scored. Per wave, question and unit they are counted; the answers
themselves are listed only for groups at or above the threshold, each answer once, under the
smallest such group it belongs to: a unit whose respondents are shown (the same tree rules
as for scores), less the shown units under it, which those rules keep at the threshold or
empty. So no answer can be traced to a smaller group. With ``pseudonymise`` (and a
programme), the names of the programme's people (and e-mail addresses) in the answers are
replaced by their pseudonyms (``ohtrack.privacy``). Open answers go to the xlsx export and
the playbook, never to the console summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.text import name_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.domain import Programme
    from ohtrack.surveys.reader import SurveyData


@dataclass
class OpenAnswers:
    """Counts of open answers per wave, question and unit, and the answers that may be shown."""

    lang: str
    min_group: int
    questions: dict[str, str | None]
    #: One per wave × question × unit with answers: unit, wave, item, count (None if hidden).
    counts: list[dict[str, Any]] = field(default_factory=list)
    #: One per answer shown: unit (the group it is listed under), wave, item, text.
    answers: list[dict[str, Any]] = field(default_factory=list)
    pseudonymised: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {"questions": dict(self.questions), "counts": list(self.counts),
                "answers": list(self.answers), "pseudonymised": self.pseudonymised}


def open_answers(data: SurveyData, report: SurveyReport, programme: Programme | None = None, *,
                 pseudonymise: bool = False, key: str | bytes | None = None) -> OpenAnswers:
    """The open answers of ``data`` as ``report`` (its scores, from the same data) allows
    showing them; see the module's docstring."""
    import pandas as pd

    from ohtrack.surveys.anonymity import suppress_columns
    from ohtrack.surveys.scoring import _wave_text

    out = OpenAnswers(report.lang, report.min_group, dict(data.open_items))
    responses = data.responses
    items = [i for i in data.open_items if i in responses]
    if not items or not len(responses):
        return out
    scrub = _scrubber(programme, report.lang, key) if pseudonymise and programme is not None else None
    out.pseudonymised = scrub is not None
    ids = [u["id"] for u in report.units]  # pre-order
    at = {uid: i for i, uid in enumerate(ids)}
    parent = [at.get(u["parent"], -1) if u["parent"] is not None else -1 for u in report.units]
    by_key = {name_key(u["id"]): i for i, u in enumerate(report.units)}
    by_key.update({name_key(u["name"]): i for i, u in enumerate(report.units)
                   if name_key(u["name"]) not in by_key})
    column = responses["unit"] if "unit" in responses else pd.Series([None] * len(responses))
    node = np.array([0 if v is None or v != v else at.get(str(v), by_key.get(name_key(str(v)), 0))
                     for v in column], dtype=np.int64)
    wave_col = responses["wave"] if "wave" in responses else pd.Series(["1"] * len(responses))
    waves = [_wave_text(v) if v is not None and v == v else None for v in wave_col]
    size = len(ids)
    for wave in report.waves:
        rows = np.array([w == wave for w in waves])
        counts = np.bincount(node[rows], minlength=size)
        total = _roll_up(counts, parent)
        hidden = suppress_columns(parent, total[:, None], report.min_group)[:, 0]
        shown = ~hidden & (total >= report.min_group)
        home = _home(parent, shown)
        for item in items:
            texts = responses[item].to_numpy()
            has = rows & np.array([_text(v) is not None for v in texts])
            per = _roll_up(np.bincount(node[has], minlength=size), parent)
            for i in range(size):
                if per[i]:
                    out.counts.append({"unit": ids[i], "unit_name": report.units[i]["name"],
                                       "wave": wave, "item": item,
                                       "count": int(per[i]) if shown[i] else None})
            for r in np.flatnonzero(has):
                where = home[node[r]]
                if where < 0:
                    continue
                text = str(_text(texts[r]))
                out.answers.append({"unit": ids[where], "unit_name": report.units[where]["name"],
                                    "wave": wave, "item": item, "text": scrub(text) if scrub else text})
    return out


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return text.strip() or None


def _roll_up(counts: np.ndarray, parent: list[int]) -> np.ndarray:
    total = counts.astype(np.int64).copy()
    for i in range(len(parent) - 1, 0, -1):  # pre-order: children after parents
        if parent[i] >= 0:
            total[parent[i]] += total[i]
    return total


def _home(parent: list[int], shown: np.ndarray) -> np.ndarray:
    """Per unit: the nearest shown unit at or above it (-1: none)."""
    home = np.full(len(parent), -1, dtype=np.int64)
    for i in range(len(parent)):  # pre-order: a parent's home is known first
        home[i] = i if shown[i] else (home[parent[i]] if parent[i] >= 0 else -1)
    return home


def _scrubber(programme: Programme, lang: str, key: str | bytes | None) -> Callable[[str], str]:
    from ohtrack.privacy import Pseudonyms
    from ohtrack.privacy.names import NameFinder

    people = programme.people
    aliases = Pseudonyms([p.id for p in people], key, lang)
    other = "[e-mailadres]" if lang == "nl" else "[e-mail address]"
    return NameFinder([(p.id, p.name) for p in people if p.name],
                      [(p.id, p.email) for p in people if p.email], aliases.name, other)
