"""``ohtrack.survey``: scores per unit, wave, outcome and practice, with anonymity protection.

``ohtrack.load_survey(path)`` (``ohtrack.surveys.reader``) reads the file;
``survey(data, programme)`` scores it and touches no file.

The report date: a wave is dated by its label: a date (``2022-03-01``, ``1-3-2022``), a
month (``2022-03``: its first day) or a year (``2022``: 1 January). Waves dated after the
report date are left out; a wave whose label is no date (``voorjaar``) is always scored.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.i18n import normalise_lang, t
from ohtrack.report import Problem, Severity

if TYPE_CHECKING:
    import pandas as pd

    from ohtrack.analysis.survey_cuts import CutReport
    from ohtrack.analysis.survey_open import OpenAnswers
    from ohtrack.domain import Programme
    from ohtrack.figures.chart import Chart
    from ohtrack.surveys.reader import SurveyData
    from ohtrack.surveys.scoring import Scores

#: Keys that hold numbers in a score record; all None when the group is suppressed.
NUMBERS = ("n", "mean", "sd", "favourable")
RULES = ("rule_reversed", "rule_excluded", "rule_mean", "rule_favourable", "rule_alpha",
         "rule_effect", "rule_suppression")


@dataclass
class Heatmap:
    """A unit × outcome grid of means for one wave; ``hidden`` marks suppressed cells."""

    wave: str
    units: list[dict[str, Any]]
    outcomes: list[str]
    values: list[list[float | None]]
    hidden: list[list[bool]]


@dataclass
class SurveyReport:
    """A scored survey: one record per unit × wave × outcome (and practice), reliability,
    changes between waves and every problem found in the file.

    Records of suppressed groups have ``suppressed: True`` and no numbers (None).
    ``favourable`` is a percentage (0-100); the unit ``*`` is the whole organisation.
    """

    source: str | None
    lang: str
    min_group: int
    waves: list[str]
    outcomes: list[str]
    units: list[dict[str, Any]]
    records: list[dict[str, Any]]
    alpha: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    #: The report date; waves dated after it are left out (see the module's docstring).
    as_of: dt.date | None = None
    #: Waves dated after the report date, left out.
    later_waves: list[str] = field(default_factory=list)
    #: Waves whose label is no date (scored whatever the report date).
    undated_waves: list[str] = field(default_factory=list)
    #: The private validation report: answer problems by cell, naming single answers (and
    #: respondent IDs). In no shared output; ``ohtrack survey --cell-report FILE`` writes it.
    cell_problems: list[Problem] = field(default_factory=list, repr=False)
    #: Cuts by respondent attributes and the participation rate (``survey(..., cuts=True)``).
    cuts: CutReport | None = None
    #: Answers to open questions (xlsx and JSON only, never the text summary).
    open: OpenAnswers | None = None

    @property
    def valid(self) -> bool:
        """True when the file had no errors (warnings such as missing answers allowed)."""
        return not any(p.severity is Severity.ERROR for p in self.problems)

    def rules(self) -> list[str]:
        """The scoring and anonymity rules, in the report's language."""
        return [t(f"survey.{r}", self.lang, min_group=self.min_group) for r in RULES]

    def outcome_records(self, wave: str | None = None) -> list[dict[str, Any]]:
        """Outcome records (no practices), optionally of one wave."""
        return [r for r in self.records if "practice" not in r and (wave is None or r["wave"] == wave)]

    def heatmap(self, wave: str | None = None) -> Heatmap:
        """Mean per unit × outcome for a wave (default: the latest), units in tree order;
        None where a group is suppressed (then ``hidden`` is True) or has no respondents."""
        wave = wave or (self.waves[-1] if self.waves else "")
        cells = {(r["unit"], r["outcome"]): r for r in self.outcome_records(wave)}
        rows = [u for u in self.units if any((u["id"], o) in cells for o in self.outcomes)]
        values = [[(cells[(u["id"], o)]["mean"] if (u["id"], o) in cells else None)
                   for o in self.outcomes] for u in rows]
        hidden = [[bool(cells.get((u["id"], o), {}).get("suppressed")) for o in self.outcomes]
                  for u in rows]
        return Heatmap(wave, rows, list(self.outcomes), values, hidden)

    def to_frame(self) -> pd.DataFrame:
        """The score records as a DataFrame (one row per unit × wave × outcome or practice)."""
        import pandas as pd

        columns = ["unit", "unit_name", "wave", "outcome", "practice", "n", "mean", "sd",
                   "favourable", "suppressed"]
        return pd.DataFrame(self.records, columns=columns)

    def to_text(self, lang: str | None = None) -> str:
        """The heatmap per wave and a summary as readable text (``ohtrack survey``'s stdout)."""
        from ohtrack.analysis.survey_text import to_text

        return to_text(self, lang)

    def problems_text(self, lang: str | None = None) -> str:
        """The file's problems, one a line, and their count (``ohtrack survey``'s stderr)."""
        from ohtrack.analysis.survey_text import problems_text

        return problems_text(self, lang)

    def figure(self, wave: str | None = None) -> Chart:
        """The unit × outcome heatmap of a wave (default: every wave side by side) as a chart."""
        from ohtrack.figures.survey import heatmap_figure

        return heatmap_figure(self, wave)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {
            "source": self.source, "as_of": self.as_of.isoformat() if self.as_of else None,
            "valid": self.valid, "min_group": self.min_group, "waves": self.waves,
            "later_waves": self.later_waves, "undated_waves": self.undated_waves,
            "outcomes": self.outcomes, "units": self.units,
            "records": self.records, "alpha": self.alpha, "changes": self.changes,
            "problems": [p.to_dict(self.lang) for p in self.problems], "stats": self.stats,
            "rules": self.rules(),
            **({"cuts": self.cuts.to_dict()} if self.cuts is not None else {}),
            **({"open": self.open.to_dict()} if self.open is not None else {}),
        }


def survey(data: SurveyData, programme: Programme | None = None, *, min_group: int = 5,
           as_of: dt.date | None = None, lang: str | None = None, cuts: bool = False,
           pseudonymise: bool = False) -> SurveyReport:
    """Score a loaded survey (``ohtrack.load_survey(path)``) per unit and wave.

    The unit tree comes from the file's Units sheet, else from ``programme``, else every
    unit is a top unit; ``programme`` also spells outcomes and practices as its health model
    does. Groups under ``min_group`` respondents, and groups that could be worked out from
    others, are suppressed. Waves dated after ``as_of`` (default today) are left out (a wave
    is dated by its label, see the module's docstring). ``lang`` defaults to the programme's
    language (else Dutch). ``cuts``: also the scores cut by the Attributes sheet's columns
    and the participation rate (``ohtrack.analysis.survey_cuts``), in ``SurveyReport.cuts``.
    Answers to open questions are in ``SurveyReport.open`` (``ohtrack.analysis.survey_open``);
    ``pseudonymise`` replaces the programme's people's names in them.
    """
    from ohtrack.surveys.reader import SurveyData, UnitNode
    from ohtrack.surveys.scoring import score_frame

    if not isinstance(data, SurveyData):
        raise TypeError(t("survey.not_data", "en", what=type(data).__name__))
    if min_group < 1:
        raise ValueError("min_group must be at least 1")
    language = normalise_lang(lang or (programme.language if programme is not None else None))
    source = str(data.path) if data.path is not None else None
    problems = list(data.problems)
    items = data.items
    if programme is not None:
        items = _resolve_names(items, programme, language, data.positions.item_rows, problems)
    units = data.units
    if units is None and programme is not None:
        units = [UnitNode(u.id, u.name, u.parent) for u in programme.units]
    as_of = as_of or dt.date.today()
    responses, positions, later, undated = _up_to(data, as_of)
    scores = score_frame(responses, items, units, min_group=min_group, positions=positions)
    problems.extend(scores.problems)
    problems = [p if p.file else p.model_copy(update={"file": source}) for p in problems]
    report = build_report(scores, source, language, problems)
    report.cell_problems = [p if p.file else p.model_copy(update={"file": source})
                            for p in [*data.problems, *scores.cell_problems]]
    report.as_of, report.later_waves = as_of, later
    report.undated_waves = [w for w in report.waves if w in undated]
    if cuts:
        from ohtrack.analysis.survey_cuts import cut_report

        report.cuts = cut_report(responses, items, scores, data, language)
    if data.open_items:
        from dataclasses import replace

        from ohtrack.analysis.survey_open import open_answers

        report.open = open_answers(replace(data, responses=responses), report, programme,
                                   pseudonymise=pseudonymise)
    return report


_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


def wave_date(label: object) -> dt.date | None:
    """The date a wave's label stands for: a date, a month (its first day) or a year
    (1 January); None for a label that is no date."""
    from ohtrack.workbook.cells import CellError, to_date

    text = str(label).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]  # a year read as a number
    m = _YEAR_MONTH.fullmatch(text)
    if m:
        month = int(m[2] or 1)
        return dt.date(int(m[1]), month, 1) if 1 <= month <= 12 else None
    try:
        return to_date(text)
    except CellError:
        return None


def _up_to(data: SurveyData, as_of: dt.date) -> tuple[Any, Any, list[str], set[str]]:
    """The responses of waves on or before ``as_of`` (with their positions), the waves left
    out and the labels that are no date."""
    from dataclasses import replace

    responses = data.responses
    if "wave" not in responses or not len(responses):
        return responses, data.positions, [], set()
    labels = [w for w in dict.fromkeys(responses["wave"]) if w is not None and w == w]
    dates = {w: wave_date(w) for w in labels}
    later = [str(w) for w in labels if (d := dates[w]) is not None and d > as_of]
    undated = {str(w) for w in labels if dates[w] is None}
    if not later:
        return responses, data.positions, [], undated
    keep = ~responses["wave"].isin([w for w in labels if str(w) in later]).to_numpy()
    rows = [r for r, k in zip(data.positions.rows, keep) if k]
    return (responses[keep].reset_index(drop=True), replace(data.positions, rows=rows),
            sorted(later, key=lambda w: dates[w] or as_of), undated)


def _resolve_names(items: Any, prog: Programme, lang: str, where: dict[str, str],
                   problems: list[Problem]) -> Any:
    """Outcome and practice names as the programme's health model spells them."""
    from ohtrack.surveys.reader import said, survey_problem

    resolver = prog.framework.resolver()
    items = items.copy()
    for i, row in items.iterrows():
        outcome = resolver.outcome(str(row["outcome"]))
        cell = where.get(str(row["item"]))
        sheet = cell.split("!")[0] if cell else None
        if outcome is None:
            problems.append(survey_problem(
                "unknown-outcome", said("unknown-outcome", outcome=row["outcome"], item=row["item"],
                                        model=prog.framework.id),
                severity=Severity.WARNING, sheet=sheet, cell=cell))
            continue
        items.at[i, "outcome"] = outcome.name(lang)
        if row["practice"] is not None and str(row["practice"]).strip():
            found = resolver.practice(str(row["practice"]))
            if found is not None and found[0].id == outcome.id:
                items.at[i, "practice"] = found[1].name(lang)
            elif found is None and (other := _other_version(str(row["practice"]), prog)):
                problems.append(survey_problem(
                    code="practice-not-carried",
                    params=said("practice-not-carried", practice=row["practice"], item=row["item"],
                                source=other, model=prog.framework.id),
                    severity=Severity.WARNING, sheet=sheet, cell=cell))
    return items


def _other_version(practice: str, prog: Programme) -> str | None:
    """The id of the other version of the programme's model (OHI 2011 ↔ 2024) that has this
    practice without a counterpart in the programme's model (None: no such version)."""
    from ohtrack.frameworks import counterparts, crosswalk, get

    own = prog.framework.id
    for other in counterparts(own):
        found = get(other).practice(practice)
        if found is not None and crosswalk(other, own).practice(found[1].id) is None:
            return other
    return None


def build_report(scores: Scores, source: str | None, lang: str,
                 problems: list[Problem] | None = None) -> SurveyReport:
    """Turn scored sums into records, changes and reliability (numbers of suppressed groups
    left out)."""
    from ohtrack.surveys.tree import ORGANISATION

    tree = scores.tree
    order = tree.preorder()
    names = [t("survey.organisation", lang) if i == 0 else tree.names[i] for i in range(len(tree))]
    units = [{"id": tree.ids[i], "name": names[i],
              "parent": tree.ids[tree.parent[i]] if tree.parent[i] >= 0 else None,
              "depth": tree.depth[i]} for i in order]
    mean, fav, sd = scores.mean(), scores.favourable_share(), scores.sd()
    records: list[dict[str, Any]] = []
    suppressed_groups = groups = 0
    for mi, meas in enumerate(scores.measures):
        for i in order:
            for w, wave in enumerate(scores.waves):
                n = int(scores.n[mi, i, w])
                if n == 0:
                    continue
                rec: dict[str, Any] = {"unit": tree.ids[i], "unit_name": names[i], "wave": wave,
                                       "outcome": meas.outcome}
                if meas.practice is not None:
                    rec["practice"] = meas.practice
                hidden = bool(scores.suppressed[mi, i, w])
                groups += 1
                suppressed_groups += hidden
                rec.update({"n": None if hidden else n,
                            "mean": None if hidden else float(mean[mi, i, w]),
                            "sd": None if hidden or n < 2 or meas.practice is not None
                            else float(sd[mi, i, w]),
                            "favourable": None if hidden else _pct(fav[mi, i, w]),
                            "suppressed": hidden})
                records.append(rec)
    changes = _changes(scores, order, names)
    outcomes = [m.outcome for m in scores.measures if m.practice is None]
    stats = dict(scores.stats)
    stats.update({"groups": groups, "suppressed_groups": suppressed_groups,
                  "organisation": ORGANISATION})
    report = SurveyReport(source, lang, scores.min_group, list(scores.waves), outcomes, units,
                          records, list(scores.alpha), changes, list(problems or []), stats)
    report.cell_problems = list(scores.cell_problems)
    return report


def _pct(share: float) -> float | None:
    return None if math.isnan(share) else float(share) * 100.0


def _changes(scores: Scores, order: list[int], names: list[str]) -> list[dict[str, Any]]:
    """Change of each outcome per unit between consecutive waves, with Hedges' g."""
    out: list[dict[str, Any]] = []
    mean, fav, sd = scores.mean(), scores.favourable_share(), scores.sd()
    tree = scores.tree
    for mi, meas in enumerate(scores.measures):
        if meas.practice is not None:
            continue
        for i in order:
            for w in range(1, len(scores.waves)):
                n1, n2 = int(scores.n[mi, i, w - 1]), int(scores.n[mi, i, w])
                if not n1 or not n2:
                    continue
                hidden = bool(scores.suppressed[mi, i, w - 1] or scores.suppressed[mi, i, w])
                rec: dict[str, Any] = {"unit": tree.ids[i], "unit_name": names[i],
                                       "outcome": meas.outcome, "from": scores.waves[w - 1],
                                       "to": scores.waves[w], "suppressed": hidden}
                if hidden:
                    rec.update({"n_from": None, "n_to": None, "mean_from": None, "mean_to": None,
                                "change": None, "favourable_change": None, "hedges_g": None})
                else:
                    m1, m2 = float(mean[mi, i, w - 1]), float(mean[mi, i, w])
                    f1, f2 = _pct(fav[mi, i, w - 1]), _pct(fav[mi, i, w])
                    rec.update({"n_from": n1, "n_to": n2, "mean_from": m1, "mean_to": m2,
                                "change": m2 - m1,
                                "favourable_change": None if f1 is None or f2 is None else f2 - f1,
                                "hedges_g": hedges_g(m1, float(sd[mi, i, w - 1]), n1,
                                                     m2, float(sd[mi, i, w]), n2)})
                out.append(rec)
    return out


def hedges_g(m1: float, s1: float, n1: int, m2: float, s2: float, n2: int) -> float | None:
    """Hedges' g of the change m1 → m2: Cohen's d with the pooled SD, times 1 - 3/(4(n1+n2)-9)."""
    if n1 + n2 < 3 or n1 < 1 or n2 < 1:
        return None
    v1 = 0.0 if n1 < 2 or math.isnan(s1) else s1 * s1
    v2 = 0.0 if n2 < 2 or math.isnan(s2) else s2 * s2
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    if pooled == 0:
        return None
    return (m2 - m1) / pooled * (1 - 3 / (4 * (n1 + n2) - 9))
