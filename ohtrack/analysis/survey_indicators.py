"""Survey-fed indicators: an indicator whose measurements are a survey's scores per wave.

An indicator names its source in the Survey source column: a survey outcome (``Leiderschap``),
or a practice (``Leiderschap / Ondersteunend leiderschap``, or the practice alone when its
name is unique), in the indicator's unit (none: the whole organisation). Its value per wave
is the group's % favourable when the indicator's Scale is ``%``, else its mean. The same
anonymity rules hold as in the survey report: a suppressed group gives no value, and the
result says so (``reason``). A wave is dated by its label (see ``ohtrack.analysis.survey``);
a wave whose label is no date gives no measurement either.

``with_survey(programme, report)`` is the programme with these measurements added, for
``ohtrack.indicators`` and the playbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.domain.measures import Measurement
from ohtrack.i18n import t
from ohtrack.index import Index
from ohtrack.text import name_key

if TYPE_CHECKING:
    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.domain import Indicator, Programme

#: Why a wave gives an indicator no value.
REASONS = ("suppressed", "no-respondents", "unknown-source", "unknown-unit", "undated")


@dataclass
class SurveyValue:
    """One indicator in one wave: its value, or None and the reason."""

    indicator: str
    unit: str
    wave: str
    date: dt.date | None
    value: float | None
    n: int | None
    reason: str | None = None


@dataclass
class SurveyMeasurements:
    """Every survey-fed indicator's value per wave (see the module's docstring)."""

    lang: str
    source: str | None
    values: list[SurveyValue] = field(default_factory=list)

    def measurements(self) -> list[Measurement]:
        """The values as Measurements records (values given and dated only)."""
        return [Measurement(indicator=v.indicator, date=v.date, value=v.value,
                            source=t("survey_indicators.source", self.lang, wave=v.wave),
                            note=t("survey_indicators.note", self.lang, n=v.n))
                for v in self.values if v.value is not None and v.date is not None]

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape: one entry per indicator and wave."""
        return {"source": self.source,
                "values": [{**asdict(v), "date": v.date.isoformat() if v.date else None}
                           for v in self.values]}


def survey_measurements(programme: Programme, report: SurveyReport) -> SurveyMeasurements:
    """The values of the programme's survey-fed indicators per wave of ``report``."""
    from ohtrack.analysis.survey import wave_date

    index = Index(programme, programme.framework)
    out = SurveyMeasurements(report.lang, report.source)
    org = report.stats.get("organisation", "*")
    records = {(r["unit"], name_key(r["outcome"]), name_key(r["practice"]) if r.get("practice") else None,
                r["wave"]): r for r in report.records}
    measures = {(k[1], k[2]): (r["outcome"], r.get("practice")) for k, r in records.items()}
    for ind in programme.indicators:
        if not ind.survey:
            continue
        key = _measure(ind.survey, measures, index)
        unit = _unit(ind, index, report, org)
        for wave in report.waves:
            value = SurveyValue(ind.id, unit or "", wave, wave_date(wave), None, None)
            rec = records.get((unit, *key, wave)) if key is not None and unit is not None else None
            if key is None:
                value.reason = "unknown-source"
            elif unit is None:
                value.reason = "unknown-unit"
            elif rec is None:
                value.reason = "no-respondents"
            elif rec["suppressed"]:
                value.reason = "suppressed"
            elif value.date is None:
                value.reason = "undated"
            else:
                percent = "%" in (ind.scale or "")
                value.value = rec["favourable"] if percent else rec["mean"]
                value.n = rec["n"]
            out.values.append(value)
    return out


def with_survey(programme: Programme, report: SurveyReport) -> Programme:
    """``programme`` with the measurements of its survey-fed indicators added."""
    added = survey_measurements(programme, report).measurements()
    return programme.model_copy(update={"measurements": [*programme.measurements, *added]})


def _measure(source: str, measures: dict[tuple[str, str | None], tuple[str, str | None]],
             index: Index) -> tuple[str, str | None] | None:
    """The (outcome key, practice key) of a Survey source: ``Outcome``, ``Outcome / Practice``
    or a practice whose name is unique; names as the survey has them, or as the model does."""
    parts = [p.strip() for p in source.split("/")]
    wanted = (name_key(parts[0]), name_key(parts[1]) if len(parts) > 1 else None)
    if wanted in measures:
        return wanted
    if len(parts) == 1:
        alone = [k for k in measures if k[1] == wanted[0]]
        if len(alone) == 1:
            return alone[0]
    model = _model_key(parts, index)
    matches = [k for k, (o, p) in measures.items() if model is not None and _model_key(
        [o, *([p] if p else [])], index) == model]
    return matches[0] if len(matches) == 1 else None


def _model_key(parts: list[str], index: Index) -> tuple[str, str | None] | None:
    """The model IDs of an outcome (and practice), if the model knows them."""
    if len(parts) > 1:
        found = index.practice(parts[1])
        return (found[0].id, found[1].id) if found is not None else None
    outcome = index.outcome(parts[0])
    if outcome is not None:
        return outcome.id, None
    practice = index.practice(parts[0])
    return (practice[0].id, practice[1].id) if practice is not None else None


def _unit(ind: Indicator, index: Index, report: SurveyReport, org: str) -> str | None:
    """The survey unit of an indicator: its unit by ID or name, the organisation if none."""
    if not ind.unit:
        return org
    ids = {u["id"] for u in report.units}
    uid = index.id("unit", ind.unit) or ind.unit
    if uid in ids:
        return uid
    unit = index.unit(uid)
    names = {name_key(u["name"]): u["id"] for u in report.units}
    for name in (uid, ind.unit, getattr(unit, "name", None)):
        if name and name_key(name) in names:
            return names[name_key(name)]
    return None
