"""The model map: where a programme's improvement initiatives sit on its health model.

``model_map(programme)`` resolves each initiative's outcomes and practices through the
programme's framework (a practice implies its outcome; an initiative counts once per
outcome), counts initiatives per outcome, practice and unit, finds the gaps, measures the
balance of the spread and words findings a team can act on.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.initiatives import InitiativeReport, initiatives
from ohtrack.analysis.model_map_text import BALANCE_EQUATION
from ohtrack.domain import STATUS_ORDER, Programme
from ohtrack.domain.initiatives import NO_STATUS, status_code
from ohtrack.domain.tree import UnitTree
from ohtrack.i18n import format, normalise_lang, t, tn
from ohtrack.index import Index
from ohtrack.text import name_key

if TYPE_CHECKING:
    import pandas as pd

    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.analysis.survey_actions import SurveyActions
    from ohtrack.figures.chart import Chart

#: The row of initiatives without a (known) unit.
NO_UNIT = "(no unit)"
#: Status codes counted per outcome: the life cycle plus ``none`` for no status.
STATUS_CODES: tuple[str, ...] = (*(s.value for s in STATUS_ORDER), NO_STATUS)
#: How the balance is computed (Pielou's evenness of the outcome counts), as maths and in words.
BALANCE_FORMULA = f"{BALANCE_EQUATION}, {t('modelmap.balance_terms', 'en')}"
#: Balance below LOW reads "uneven", at or above HIGH "even".
BALANCE_LOW = 0.5
BALANCE_HIGH = 0.8
#: At most this many names in one finding.
MAX_NAMES = 5


@dataclass
class OutcomeCoverage:
    """One outcome of the model and the initiatives on it (directly or through a practice)."""

    id: str
    name: str
    name_en: str
    name_nl: str
    group: str | None
    count: int
    initiatives: list[str]
    practices_covered: int
    practices_total: int
    status: dict[str, int]
    #: Learning modules that work on this outcome (Modules sheet, Outcomes column).
    modules: list[str] = field(default_factory=list)


@dataclass
class PracticeCoverage:
    """One practice of the model and the initiatives that name it."""

    id: str
    outcome_id: str
    name: str
    name_en: str
    name_nl: str
    count: int
    initiatives: list[str]


@dataclass
class UnitRow:
    """A row of the unit × outcome matrix: a workbook unit or ``(no unit)``.

    ``count`` is the initiatives on the model in this unit and every unit below it, ``own``
    those of the unit itself; ``balance`` and the matrix row are over the whole subtree.
    """

    id: str
    name: str
    count: int
    balance: float | None
    own: int = 0
    parent: str | None = None
    depth: int = 1


@dataclass
class Gaps:
    """Outcome and practice IDs without an initiative, overall and per unit."""

    outcomes: list[str] = field(default_factory=list)
    practices: list[str] = field(default_factory=list)
    units: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ModelMap:
    """The initiatives of a programme mapped onto its health model.

    ``balance`` is Pielou's evenness of the outcome counts, ``J = H / ln(K)`` with
    ``H = -Σ p_i ln p_i``, ``p_i = n_i / Σ n`` and ``K`` the number of outcomes in the
    model: 0 when every initiative is on one outcome, 1 when they are spread evenly; None
    when nothing is mapped or the model has fewer than two outcomes.
    """

    framework_id: str
    framework_name: str
    lang: str
    programme_name: str
    as_of: dt.date
    #: The level of the unit tree the rows are at (a depth or a level name); None: every unit.
    level: int | str | None
    total: int  # initiatives in the programme
    outcomes: list[OutcomeCoverage]
    practices: list[PracticeCoverage]
    units: list[UnitRow]
    matrix: dict[str, dict[str, int]]  # unit ID → outcome ID → initiatives in its subtree
    own_matrix: dict[str, dict[str, int]]  # unit ID → outcome ID → initiatives of the unit itself
    gaps: Gaps
    balance: float | None
    status_mix: dict[str, int]
    unmapped: list[str]
    findings: list[str]
    #: Units whose whole subtree has no initiative on the model: the topmost of each such subtree.
    empty_units: list[str] = field(default_factory=list)
    #: The initiatives on the report date (overdue, late to start, stopped).
    on_date: InitiativeReport | None = None
    #: Survey scores beside the initiatives (``model_map(..., survey=report)``).
    survey: SurveyActions | None = None

    @property
    def mapped(self) -> int:
        """Number of initiatives with at least one resolvable outcome or practice."""
        return self.total - len(self.unmapped)

    def outcome_names(self) -> dict[str, str]:
        """Outcome ID → its name in the map's language."""
        return {o.id: o.name for o in self.outcomes}

    def unit_labels(self) -> list[str]:
        """Display labels of the units in order; a name shared by two units gets its ID."""
        seen: dict[str, int] = {}
        for u in self.units:
            seen[u.name] = seen.get(u.name, 0) + 1
        return [u.name if seen[u.name] == 1 else f"{u.name} ({u.id})" for u in self.units]

    def to_frame(self) -> pd.DataFrame:
        """The unit × outcome counts as a DataFrame: unit labels as index, outcome names as columns."""
        import pandas as pd

        rows = [[self.matrix[u.id][o.id] for o in self.outcomes] for u in self.units]
        frame = pd.DataFrame(rows, index=pd.Index(self.unit_labels(), name=t("common.unit", self.lang)),
                             columns=[o.name for o in self.outcomes], dtype="int64")
        return frame

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: outcomes, practices, units, matrix, gaps, balance, findings …"""
        names = self.outcome_names()
        practices = {p.id: p for p in self.practices}
        unit_names = {u.id: u.name for u in self.units}
        return {
            "framework": {"id": self.framework_id, "name": self.framework_name},
            "lang": self.lang,
            "programme": self.programme_name,
            "as_of": self.as_of.isoformat(),
            "level": self.level,
            "initiatives": {"total": self.total, "mapped": self.mapped,
                            "unmapped": len(self.unmapped)},
            "outcomes": [asdict(o) for o in self.outcomes],
            "practices": [asdict(p) for p in self.practices],
            "units": [asdict(u) for u in self.units],
            "matrix": [{"unit": u.id, "outcome": o.id, "count": self.matrix[u.id][o.id],
                        "own": self.own_matrix[u.id][o.id]}
                       for u in self.units for o in self.outcomes],
            "empty_units": list(self.empty_units),
            "gaps": {
                "outcomes": [{"id": i, "name": names[i]} for i in self.gaps.outcomes],
                "practices": [{"id": i, "outcome_id": practices[i].outcome_id,
                               "name": practices[i].name} for i in self.gaps.practices],
                "units": [{"unit": u, "name": unit_names[u], "outcomes": list(ids)}
                          for u, ids in self.gaps.units.items()],
            },
            "balance": {"value": self.balance,
                        "formula": f"{BALANCE_EQUATION}, {t('modelmap.balance_terms', self.lang)}",
                        "units": {u.id: u.balance for u in self.units}},
            "status_mix": dict(self.status_mix),
            "on_date": self.on_date.to_dict() if self.on_date is not None else None,
            "findings": list(self.findings),
            "unmapped": list(self.unmapped),
            **({"survey": self.survey.to_dict()} if self.survey is not None else {}),
        }

    def to_text(self, lang: str | None = None) -> str:
        """The map as readable text (what ``ohtrack map`` prints)."""
        from ohtrack.analysis.model_map_text import to_text

        said = self.findings if lang is None or normalise_lang(lang) == self.lang else findings(self, lang)
        text = to_text(self, lang, said)
        return text if self.survey is None else f"{text}\n\n{self.survey.to_text(lang)}"

    def figure(self) -> Chart:
        """The unit × outcome heatmap as a chart (``.svg()``, ``.png()``, ``.savefig()``;
        ``ohtrack.export`` writes it as PNG)."""
        from ohtrack.figures.modelmap import heatmap_figure

        return heatmap_figure(self)


def evenness(counts: Sequence[int], k: int) -> float | None:
    """Pielou's evenness ``H / ln(k)`` of ``counts`` over ``k`` categories (None if undefined)."""
    total = sum(counts)
    if total <= 0 or k < 2:
        return None
    h = -sum((n / total) * math.log(n / total) for n in counts if n > 0)
    return round(min(1.0, max(0.0, h / math.log(k))), 4)


def model_map(programme: Programme, *, as_of: dt.date | None = None, level: int | str | None = None,
              lang: str | None = None, survey: SurveyReport | None = None) -> ModelMap:
    """Map a programme's initiatives onto its health model, on the report date ``as_of``
    (default today).

    Outcomes and practices are resolved by id or English/Dutch name; a practice implies its
    outcome, and an initiative counts once per outcome. Names that don't resolve are ignored
    (``validate`` reports them); initiatives with nothing resolvable are listed in
    ``unmapped``. Units follow the unit tree: each unit counts its own initiatives and those
    of every unit below it. ``level`` (a depth, 1 = the top units, or a level name from the
    Units sheet) maps at one level of the tree: each row is a unit at that level with
    everything below it. ``lang`` (``nl``/``en``) defaults to the programme's language.
    """
    lang = normalise_lang(lang or programme.language)
    as_of = as_of or dt.date.today()
    fw = programme.framework
    index = Index(programme, fw)
    tree = UnitTree.build(programme.units)
    if level is not None:
        level = tree.resolve_level(level)
    outcome_ids = [o.id for o in fw.outcomes]
    by_outcome: dict[str, list[str]] = {o: [] for o in outcome_ids}
    by_practice: dict[str, list[str]] = {p.id: [] for _, p in fw.iter_practices()}
    status_by_outcome = {o: dict.fromkeys(STATUS_CODES, 0) for o in outcome_ids}
    status_mix = dict.fromkeys(STATUS_CODES, 0)
    own: dict[str, dict[str, int]] = {u: dict.fromkeys(outcome_ids, 0) for u in tree.order}
    own_count: dict[str, int] = dict.fromkeys(tree.order, 0)
    hits: list[tuple[str, set[str]]] = []  # (unit or NO_UNIT, outcomes) per mapped initiative
    unmapped: list[str] = []
    for ini in programme.initiatives:
        status = status_code(ini.status)
        status_mix[status] += 1
        hit_outcomes = {o.id for o in index.outcomes_of(ini.outcomes, ini.practices)}
        if not hit_outcomes:
            unmapped.append(ini.id)
            continue
        unit = index.id("unit", ini.unit) or NO_UNIT
        if unit not in own:
            own[unit] = dict.fromkeys(outcome_ids, 0)
            own_count[unit] = 0
        own_count[unit] += 1
        hits.append((unit, hit_outcomes))
        for oid in hit_outcomes:
            by_outcome[oid].append(ini.id)
            status_by_outcome[oid][status] += 1
            own[unit][oid] += 1
        for name in ini.practices:
            found = index.practice(name)
            if found is not None and ini.id not in by_practice[found[1].id]:
                by_practice[found[1].id].append(ini.id)
    modules: dict[str, list[str]] = {o: [] for o in outcome_ids}
    for module in programme.modules:
        for o in index.outcomes_of(module.outcomes):
            modules[o.id].append(module.id)
    rows = _rows(tree, level, NO_UNIT in own)
    matrix = {r: dict.fromkeys(outcome_ids, 0) for r in rows}
    count = dict.fromkeys(rows, 0)
    for unit, outcomes in hits:
        for r in _rows_of(tree, unit, level):
            count[r] += 1
            for oid in outcomes:
                matrix[r][oid] += 1
    if level is not None:  # a unit off the level (above it) is a row only for its own work
        rows = [r for r in rows if r == NO_UNIT or count[r] or _on_level(tree, r, level)]
    outcomes_ = [
        OutcomeCoverage(
            id=o.id, name=o.name(lang), name_en=o.name_en, name_nl=o.name_nl, group=o.group,
            count=len(by_outcome[o.id]), initiatives=by_outcome[o.id],
            practices_covered=sum(1 for p in o.practices if by_practice[p.id]),
            practices_total=len(o.practices), status=status_by_outcome[o.id],
            modules=modules[o.id])
        for o in fw.outcomes
    ]
    practices = [
        PracticeCoverage(id=p.id, outcome_id=o.id, name=p.name(lang), name_en=p.name_en,
                         name_nl=p.name_nl, count=len(by_practice[p.id]),
                         initiatives=by_practice[p.id])
        for o, p in fw.iter_practices()
    ]
    k = len(outcome_ids)
    unit_rows = [UnitRow(id=r, name=tree.name.get(r, t("common.no_unit", lang)), count=count[r],
                         balance=evenness(list(matrix[r].values()), k),
                         own=own_count.get(r, 0) if level is None else count[r],
                         parent=tree.parent.get(r) if level is None else None,
                         depth=tree.depth.get(r, 1)) for r in rows]
    gaps = Gaps(
        outcomes=[o.id for o in outcomes_ if o.count == 0],
        practices=[p.id for p in practices if p.count == 0],
        units={u.id: [o for o in outcome_ids if matrix[u.id][o] == 0] for u in unit_rows},
    )
    own_rows = {r: own.get(r, dict.fromkeys(outcome_ids, 0)) if level is None else matrix[r] for r in rows}
    empty = [r for r in rows if r != NO_UNIT and count[r] == 0
             and (level is not None or tree.parent.get(r) is None or count[tree.parent[r] or ""] > 0)]
    result = ModelMap(
        framework_id=fw.id, framework_name=fw.name(lang), lang=lang,
        programme_name=programme.name, as_of=as_of, level=level, total=len(programme.initiatives),
        outcomes=outcomes_, practices=practices, units=unit_rows, matrix=matrix,
        own_matrix=own_rows, gaps=gaps, balance=evenness([o.count for o in outcomes_], k),
        status_mix=status_mix, unmapped=unmapped, findings=[], empty_units=empty,
        on_date=initiatives(programme, as_of=as_of, lang=lang))
    result.findings = findings(result)
    if survey is not None:
        from ohtrack.analysis.survey_actions import survey_actions

        result.survey = survey_actions(programme, survey, lang=lang)
    return result


def _rows(tree: UnitTree, level: int | str | None, no_unit: bool) -> list[str]:
    """The map's rows: every unit in tree order, or the units at ``level``; then ``(no unit)``."""
    if level is None:
        rows = list(tree.order)
    else:
        rows = list(dict.fromkeys(r for r in tree.group_by_level(tree.order, level) if r))
    return [*rows, NO_UNIT] if no_unit else rows


def _on_level(tree: UnitTree, uid: str, level: int | str) -> bool:
    if isinstance(level, int):
        return tree.depth.get(uid) == level
    return name_key(tree.level_name.get(uid) or "") == name_key(level)


def _rows_of(tree: UnitTree, unit: str, level: int | str | None) -> list[str]:
    """The rows an initiative of ``unit`` counts in: its unit and every unit above it, or
    the one unit at ``level`` it belongs to."""
    if unit == NO_UNIT:
        return [NO_UNIT]
    if level is None:
        return tree.ancestors(unit)
    row = tree.at_level(unit, level)
    return [row] if row else [NO_UNIT]


def join_names(names: Sequence[str], lang: str) -> str:
    """Names as a sentence lists them, at most MAX_NAMES, then "and 1,248 more"
    (``ohtrack.i18n.format.listing``)."""
    return format.listing(names, lang, MAX_NAMES)


def findings(mm: ModelMap, lang: str | None = None) -> list[str]:
    """Plain sentences about the map, most important first (default: in the map's language)."""
    lang = lang or mm.lang
    out: list[str] = []
    if mm.mapped == 0:
        out.append(t("modelmap.nothing_mapped", lang))
    else:
        out += [t("modelmap.outcome_gap", lang, outcome=o.name) if not o.modules else
                tn("modelmap.outcome_gap_modules", len(o.modules), lang, outcome=o.name,
                   modules=join_names(o.modules, lang))
                for o in mm.outcomes if o.count == 0]
        out += _share_findings(mm, lang)
        if mm.balance is not None:
            level = ("low" if mm.balance < BALANCE_LOW
                     else "high" if mm.balance >= BALANCE_HIGH else "mid")
            out.append(t(f"modelmap.balance_{level}", lang, value=format.number(mm.balance, lang)))
        out += _unit_findings(mm, lang)
        covered = sum(1 for p in mm.practices if p.count)
        if mm.practices and covered < len(mm.practices):
            out.append(t("modelmap.practices_covered", lang, covered=covered,
                         total=len(mm.practices)))
        out += _status_findings(mm.outcomes, lang)
    if mm.on_date is not None:
        out += mm.on_date.findings() if lang == mm.on_date.lang else replace(mm.on_date, lang=lang).findings()
    if len(mm.unmapped) == 1:
        out.append(t("modelmap.unmapped_one", lang, ids=mm.unmapped[0]))
    elif mm.unmapped:
        out.append(t("modelmap.unmapped_many", lang, count=len(mm.unmapped),
                     ids=join_names(mm.unmapped, lang)))
    return out


def _share_findings(mm: ModelMap, lang: str) -> list[str]:
    """Outcomes that at least half of all initiatives address (when the model has a choice)."""
    if len(mm.outcomes) < 2 or mm.total < 2:
        return []
    out = []
    for o in sorted(mm.outcomes, key=lambda o: -o.count):
        if o.count * 2 < mm.total:
            break
        if o.count == mm.total:
            out.append(t("modelmap.share_all", lang, outcome=o.name))
        elif o.count * 2 == mm.total:
            out.append(t("modelmap.share_half", lang, outcome=o.name))
        else:
            out.append(t("modelmap.share_many", lang, outcome=o.name, count=o.count,
                         total=mm.total))
    return out


def _unit_findings(mm: ModelMap, lang: str) -> list[str]:
    """Units with gaps on the model, and units with no initiative in their whole subtree
    (each such subtree said once, by its topmost unit)."""
    out: list[str] = []
    k = len(mm.outcomes)
    counts = {u.id: u.count for u in mm.units}
    children: dict[str | None, list[str]] = {}
    for u in mm.units:
        children.setdefault(u.parent, []).append(u.id)
    for u in mm.units:
        missing = len(mm.gaps.units.get(u.id, []))
        if u.id == NO_UNIT or not u.count or not missing:
            continue
        # A unit whose initiatives all come from one unit below it: that unit says it.
        if u.own == 0 and [counts[c] for c in children.get(u.id, []) if counts[c]] == [u.count]:
            continue
        out.append(t("modelmap.unit_gaps", lang, unit=u.name, missing=missing, total=k))
    names = {u.id: u.name for u in mm.units}
    empty = [names[u] for u in mm.empty_units]
    below = _below(mm, mm.empty_units[0]) if len(empty) == 1 else 0
    if below:
        out.append(t("modelmap.unit_empty_tree", lang, unit=empty[0], below=below))
    elif len(empty) == 1:
        out.append(t("modelmap.unit_empty", lang, unit=empty[0]))
    elif empty:
        tree = any(_below(mm, u) for u in mm.empty_units)
        out.append(t("modelmap.units_empty_tree" if tree else "modelmap.units_empty", lang,
                     count=len(empty), units=join_names(empty, lang)))
    return out


def _below(mm: ModelMap, top: str) -> int:
    """How many of the map's units are below ``top`` in the unit tree."""
    children: dict[str | None, list[str]] = {}
    for u in mm.units:
        children.setdefault(u.parent, []).append(u.id)
    n, stack = 0, list(children.get(top, []))
    while stack:
        n += 1
        stack.extend(children.get(stack.pop(), []))
    return n


def _status_findings(outcomes: Sequence[OutcomeCoverage], lang: str) -> list[str]:
    """Outcomes whose initiatives have all not started yet, or have all been stopped."""
    out = []
    for o in outcomes:
        status: Mapping[str, int] = o.status
        if not o.count:
            continue
        if status["idea"] + status["planned"] == o.count:
            key = "modelmap.not_started_one" if o.count == 1 else "modelmap.not_started"
            out.append(t(key, lang, outcome=o.name, count=o.count))
        elif status["stopped"] == o.count:
            out.append(t("modelmap.all_stopped", lang, outcome=o.name))
    return out


__all__ = [
    "BALANCE_EQUATION", "BALANCE_FORMULA", "NO_UNIT", "STATUS_CODES", "Gaps", "ModelMap",
    "OutcomeCoverage", "PracticeCoverage", "UnitRow", "evenness", "findings",
    "join_names", "model_map",
]
