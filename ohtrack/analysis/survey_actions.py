"""Scores beside initiatives: which low survey scores have someone working on them.

``survey_actions(programme, report)`` takes a scored survey (``ohtrack.survey``) and, per
unit and outcome (and practice) of its latest wave: the score (mean, % favourable), its
change since the wave before, and the initiatives on that outcome in the unit's subtree.
Each is classified:

- ``gap``: a low score and no initiative on it;
- ``in_hand``: a low score with at least one initiative;
- ``fine``: not low;
- ``hidden``: the group is suppressed (no score is shown, so none is judged).

A score is *low* when its % favourable is under ``low`` (default 50): fewer than half of
the answers in the top two points of the scale.

An initiative is on a survey outcome when it names the outcome of the health model that the
survey outcome resolves to (directly, or through one of its practices), or names the survey
outcome or one of its practices in its Survey column; on a practice when it names that
practice (in either). The whole organisation (``*``) counts every initiative; a unit counts
the initiatives of the unit and of every unit below it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.domain.tree import UnitTree
from ohtrack.i18n import format, normalise_lang, t
from ohtrack.index import Index
from ohtrack.text import name_key

if TYPE_CHECKING:
    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.domain import Programme
    from ohtrack.figures.chart import Chart

#: % favourable under which a score is low.
LOW = 50.0
CLASSES = ("gap", "in_hand", "fine", "hidden")


@dataclass
class ActionRow:
    """One unit × outcome (or practice) of the latest wave, with the initiatives on it."""

    unit: str
    unit_name: str
    depth: int
    outcome: str
    practice: str | None
    n: int | None
    mean: float | None
    favourable: float | None
    change: float | None
    hedges_g: float | None
    initiatives: list[str]
    status: str


@dataclass
class SurveyActions:
    """Survey scores beside the initiatives of a programme (see the module's docstring)."""

    lang: str
    wave: str | None
    since: str | None
    low: float
    min_group: int
    outcomes: list[str]
    rows: list[ActionRow] = field(default_factory=list)
    as_of: dt.date | None = None

    def outcome_rows(self) -> list[ActionRow]:
        """The rows of outcomes (no practices)."""
        return [r for r in self.rows if r.practice is None]

    def gaps(self) -> list[ActionRow]:
        """Low scores that nobody works on (outcomes and practices)."""
        return [r for r in self.rows if r.status == "gap"]

    def counts(self) -> dict[str, int]:
        """Outcome rows per class."""
        out = dict.fromkeys(CLASSES, 0)
        for r in self.outcome_rows():
            out[r.status] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {"wave": self.wave, "since": self.since, "low": self.low,
                "min_group": self.min_group, "outcomes": list(self.outcomes),
                "as_of": self.as_of.isoformat() if self.as_of else None,
                "counts": self.counts(), "rows": [asdict(r) for r in self.rows],
                "rule": t("survey_actions.rule", self.lang, low=format.number(self.low, self.lang, 0))}

    def to_text(self, lang: str | None = None) -> str:
        """The low scores with no initiative, and those in hand, as readable text."""
        from ohtrack.analysis.survey_actions_text import to_text

        return to_text(self, lang)

    def figure(self) -> Chart:
        """Unit × outcome: each cell coloured by its class, with the mean and the initiatives."""
        from ohtrack.figures.survey_actions import actions_figure

        return actions_figure(self)


def survey_actions(programme: Programme, report: SurveyReport, *, low: float = LOW,
                   lang: str | None = None) -> SurveyActions:
    """Per unit and outcome (and practice) of the survey's latest wave: the score, its change
    and the initiatives on it in the unit's subtree, classified ``gap`` / ``in_hand`` /
    ``fine`` / ``hidden`` (see the module's docstring). Survey units are matched to the
    programme's units by ID or name; a survey unit the programme doesn't know counts no
    initiative."""
    lang = normalise_lang(lang or report.lang)
    wave = report.waves[-1] if report.waves else None
    since = report.waves[-2] if len(report.waves) > 1 else None
    index = Index(programme, programme.framework)
    tree = UnitTree.build(programme.units)
    org = report.stats.get("organisation", "*")
    on = _initiatives_on(programme, index, tree, report)
    changes = {(c["unit"], c["outcome"]): c for c in report.changes if c["to"] == wave}
    depth = {u["id"]: u["depth"] for u in report.units}
    rows: list[ActionRow] = []
    for r in report.records:
        if r["wave"] != wave:
            continue
        practice = r.get("practice")
        unit = r["unit"]
        pid = index.id("unit", unit) if unit != org else None
        key = (name_key(r["outcome"]), name_key(practice) if practice else None)
        found = on.get(key, {})
        names = sorted(found.get(None if unit == org else pid, set())) if (unit == org or pid) else []
        c = changes.get((unit, r["outcome"]), {}) if practice is None else {}
        hidden = bool(r["suppressed"])
        status = "hidden" if hidden else (
            ("in_hand" if names else "gap") if (r["favourable"] is not None and r["favourable"] < low)
            else "fine")
        rows.append(ActionRow(unit, r["unit_name"], depth.get(unit, 0), r["outcome"], practice,
                              r["n"], r["mean"], r["favourable"], c.get("change"), c.get("hedges_g"),
                              names, status))
    return SurveyActions(lang, wave, since, low, report.min_group, list(report.outcomes), rows,
                         report.as_of)


def _initiatives_on(programme: Programme, index: Index, tree: UnitTree,
                    report: SurveyReport) -> dict[tuple[str, str | None], dict[str | None, set[str]]]:
    """(outcome key, practice key or None) → unit ID (None: the whole organisation) → the
    initiatives on it in the unit's subtree."""
    measures: dict[tuple[str, str | None], tuple[str, str | None]] = {}
    for r in report.records:
        p = r.get("practice")
        measures.setdefault((name_key(r["outcome"]), name_key(p) if p else None), (r["outcome"], p))
    model_outcome = {k: _model_outcome(index, o) for k, (o, _) in measures.items()}
    model_practice = {k: _model_practice(index, p) for k, (_, p) in measures.items() if p}
    out: dict[tuple[str, str | None], dict[str | None, set[str]]] = {k: {} for k in measures}
    for ini in programme.initiatives:
        outcomes = {o.id for o in index.outcomes_of(ini.outcomes, ini.practices)}
        practices = {found[1].id for name in ini.practices if (found := index.practice(name))}
        named = {name_key(n) for n in ini.survey}
        unit = index.id("unit", ini.unit)
        where: list[str | None] = [None, *(tree.ancestors(unit) if unit and unit in tree else [])]
        for key, (_, practice) in measures.items():
            okey, pkey = key
            if practice is None:
                parts = {pk for (ok, pk) in measures if ok == okey and pk}
                hit = (model_outcome[key] in outcomes) or okey in named or bool(parts & named)
            else:
                hit = (model_practice.get(key) in practices) or pkey in named
            if hit:
                for u in where:
                    out[key].setdefault(u, set()).add(ini.id)
    return out


def _model_outcome(index: Index, name: str) -> str | None:
    found = index.outcome(name)
    return found.id if found is not None else None


def _model_practice(index: Index, name: str | None) -> str | None:
    found = index.practice(name) if name else None
    return found[1].id if found is not None else None
