"""The model map: where a programme's improvement initiatives sit on its health model.

``model_map(programme)`` resolves each initiative's outcomes and practices through the
programme's framework (a practice implies its outcome; an initiative counts once per
outcome), counts initiatives per outcome, practice and unit, finds the gaps, measures the
balance of the spread and words findings a team can act on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.analysis.model_map_text import BALANCE_EQUATION, fmt_number
from ohtrack.domain import STATUS_ORDER, Programme
from ohtrack.i18n import normalise_lang, t

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

#: The row of initiatives without a (known) unit.
NO_UNIT = "(no unit)"
#: Status codes counted per outcome: the life cycle plus ``unknown`` for no status.
STATUS_CODES: tuple[str, ...] = (*(s.value for s in STATUS_ORDER), "unknown")
#: How the balance is computed (Pielou's evenness of the outcome counts), as maths and in words.
BALANCE_FORMULA = (
    f"{BALANCE_EQUATION}, n_i = initiatives on outcome i, K = number of outcomes in the model"
)
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
    """A row of the unit × outcome matrix: a workbook unit or ``(no unit)``."""

    id: str
    name: str
    count: int  # initiatives in this unit that are on the model
    balance: float | None


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
    total: int  # initiatives in the programme
    outcomes: list[OutcomeCoverage]
    practices: list[PracticeCoverage]
    units: list[UnitRow]
    matrix: dict[str, dict[str, int]]  # unit ID → outcome ID → initiatives
    gaps: Gaps
    balance: float | None
    status_mix: dict[str, int]
    unmapped: list[str]
    findings: list[str]

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
            "initiatives": {"total": self.total, "mapped": self.mapped,
                            "unmapped": len(self.unmapped)},
            "outcomes": [asdict(o) for o in self.outcomes],
            "practices": [asdict(p) for p in self.practices],
            "units": [asdict(u) for u in self.units],
            "matrix": [{"unit": u.id, "outcome": o.id, "count": self.matrix[u.id][o.id]}
                       for u in self.units for o in self.outcomes],
            "gaps": {
                "outcomes": [{"id": i, "name": names[i]} for i in self.gaps.outcomes],
                "practices": [{"id": i, "outcome_id": practices[i].outcome_id,
                               "name": practices[i].name} for i in self.gaps.practices],
                "units": [{"unit": u, "name": unit_names[u], "outcomes": list(ids)}
                          for u, ids in self.gaps.units.items()],
            },
            "balance": {"value": self.balance, "formula": BALANCE_FORMULA,
                        "units": {u.id: u.balance for u in self.units}},
            "status_mix": dict(self.status_mix),
            "findings": list(self.findings),
            "unmapped": list(self.unmapped),
        }

    def to_text(self, lang: str | None = None) -> str:
        """The map as readable text (what ``ohtrack map`` prints)."""
        from ohtrack.analysis.model_map_text import to_text

        said = self.findings if lang is None or normalise_lang(lang) == self.lang else findings(self, lang)
        return to_text(self, lang, said)

    def figure(self) -> Figure:
        """The unit × outcome heatmap as a matplotlib figure (``ohtrack.export`` writes PNG)."""
        from ohtrack.figures.modelmap import heatmap_figure

        return heatmap_figure(self)


def evenness(counts: Sequence[int], k: int) -> float | None:
    """Pielou's evenness ``H / ln(k)`` of ``counts`` over ``k`` categories (None if undefined)."""
    total = sum(counts)
    if total <= 0 or k < 2:
        return None
    h = -sum((n / total) * math.log(n / total) for n in counts if n > 0)
    return round(min(1.0, max(0.0, h / math.log(k))), 4)


def model_map(programme: Programme, *, lang: str | None = None) -> ModelMap:
    """Map a programme's initiatives onto its health model.

    Outcomes and practices are resolved by id or English/Dutch name; a practice implies its
    outcome, and an initiative counts once per outcome. Names that don't resolve are ignored
    (``validate`` reports them); initiatives with nothing resolvable are listed in
    ``unmapped``. ``lang`` (``nl``/``en``) defaults to the programme's language.
    """
    lang = normalise_lang(lang or programme.language)
    fw = programme.framework
    resolver = fw.resolver()
    outcome_ids = [o.id for o in fw.outcomes]
    by_outcome: dict[str, list[str]] = {o: [] for o in outcome_ids}
    by_practice: dict[str, list[str]] = {p.id: [] for _, p in fw.iter_practices()}
    status_by_outcome = {o: dict.fromkeys(STATUS_CODES, 0) for o in outcome_ids}
    status_mix = dict.fromkeys(STATUS_CODES, 0)
    units = [(u.id, u.name) for u in programme.units]
    matrix: dict[str, dict[str, int]] = {u: dict.fromkeys(outcome_ids, 0) for u, _ in units}
    unit_count: dict[str, int] = {u: 0 for u, _ in units}
    unmapped: list[str] = []
    unit_of: dict[str | None, str] = {}  # unit reference as written → unit ID or NO_UNIT

    for ini in programme.initiatives:
        status = ini.status.value if ini.status is not None else "unknown"
        status_mix[status] += 1
        hit_outcomes: set[str] = set()
        hit_practices: set[str] = set()
        for name in ini.outcomes:
            outcome = resolver.outcome(name)
            if outcome is not None:
                hit_outcomes.add(outcome.id)
        for name in ini.practices:
            found = resolver.practice(name)
            if found is not None:
                hit_outcomes.add(found[0].id)
                hit_practices.add(found[1].id)
        if not hit_outcomes:
            unmapped.append(ini.id)
            continue
        if ini.unit not in unit_of:
            unit_of[ini.unit] = programme.unit_id(ini.unit) or NO_UNIT
        unit = unit_of[ini.unit]
        if unit not in matrix:
            matrix[unit] = dict.fromkeys(outcome_ids, 0)
            unit_count[unit] = 0
        unit_count[unit] += 1
        for oid in hit_outcomes:
            by_outcome[oid].append(ini.id)
            status_by_outcome[oid][status] += 1
            matrix[unit][oid] += 1
        for pid in hit_practices:
            by_practice[pid].append(ini.id)

    if NO_UNIT in matrix:
        units.append((NO_UNIT, t("common.no_unit", lang)))
    outcomes = [
        OutcomeCoverage(
            id=o.id, name=o.name(lang), name_en=o.name_en, name_nl=o.name_nl, group=o.group,
            count=len(by_outcome[o.id]), initiatives=by_outcome[o.id],
            practices_covered=sum(1 for p in o.practices if by_practice[p.id]),
            practices_total=len(o.practices), status=status_by_outcome[o.id])
        for o in fw.outcomes
    ]
    practices = [
        PracticeCoverage(id=p.id, outcome_id=o.id, name=p.name(lang), name_en=p.name_en,
                         name_nl=p.name_nl, count=len(by_practice[p.id]),
                         initiatives=by_practice[p.id])
        for o, p in fw.iter_practices()
    ]
    k = len(outcome_ids)
    unit_rows = [UnitRow(id=u, name=name, count=unit_count[u],
                         balance=evenness(list(matrix[u].values()), k)) for u, name in units]
    gaps = Gaps(
        outcomes=[o.id for o in outcomes if o.count == 0],
        practices=[p.id for p in practices if p.count == 0],
        units={u.id: [o for o in outcome_ids if matrix[u.id][o] == 0] for u in unit_rows},
    )
    result = ModelMap(
        framework_id=fw.id, framework_name=fw.name(lang), lang=lang,
        programme_name=programme.name, total=len(programme.initiatives), outcomes=outcomes,
        practices=practices, units=unit_rows, matrix=matrix, gaps=gaps,
        balance=evenness([o.count for o in outcomes], k), status_mix=status_mix,
        unmapped=unmapped, findings=[])
    result.findings = findings(result)
    return result


def join_names(names: Sequence[str], lang: str) -> str:
    """Names joined with commas, at most MAX_NAMES of them, then "and N more"."""
    shown = ", ".join(names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += " " + t("modelmap.and_more", lang, count=len(names) - MAX_NAMES)
    return shown


def findings(mm: ModelMap, lang: str | None = None) -> list[str]:
    """Plain sentences about the map, most important first (default: in the map's language)."""
    lang = lang or mm.lang
    out: list[str] = []
    if mm.mapped == 0:
        out.append(t("modelmap.nothing_mapped", lang))
    else:
        out += [t("modelmap.outcome_gap", lang, outcome=o.name) for o in mm.outcomes if o.count == 0]
        out += _share_findings(mm, lang)
        if mm.balance is not None:
            level = ("low" if mm.balance < BALANCE_LOW
                     else "high" if mm.balance >= BALANCE_HIGH else "mid")
            out.append(t(f"modelmap.balance_{level}", lang, value=fmt_number(mm.balance, lang)))
        out += _unit_findings(mm, lang)
        covered = sum(1 for p in mm.practices if p.count)
        if mm.practices and covered < len(mm.practices):
            out.append(t("modelmap.practices_covered", lang, covered=covered,
                         total=len(mm.practices)))
        out += _status_findings(mm.outcomes, lang)
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
    """Units with gaps on the model, and units without any initiative."""
    out: list[str] = []
    empty = [u.name for u in mm.units if u.id != NO_UNIT and u.count == 0]
    k = len(mm.outcomes)
    for u in mm.units:
        missing = len(mm.gaps.units.get(u.id, []))
        if u.id != NO_UNIT and u.count and missing:
            out.append(t("modelmap.unit_gaps", lang, unit=u.name, missing=missing, total=k))
    if len(empty) == 1:
        out.append(t("modelmap.unit_empty", lang, unit=empty[0]))
    elif empty:
        out.append(t("modelmap.units_empty", lang, count=len(empty),
                     units=join_names(empty, lang)))
    return out


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
    "OutcomeCoverage", "PracticeCoverage", "UnitRow", "evenness", "findings", "fmt_number",
    "join_names", "model_map",
]
