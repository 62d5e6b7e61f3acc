"""The learning programme of a programme: ``ohtrack.learning(programme)``.

Routes and modules with who enrolled, completed or withdrew; progress per person, route,
unit and group (modules and hours done, required modules missing, electives chosen);
attendance against enrolment; credentials checked against the programme's rules, with
contact persons per candidate; the learning groups (how mixed, which new ties across units);
the leadership profile per group and unit, shown only above the anonymity threshold; and
findings in plain words. Results only: nothing is read or written. See docs/learning.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.analysis import learning_progress as lp
from ohtrack.analysis.learning_credentials import credentials_report
from ohtrack.analysis.learning_enrol import Enrolments
from ohtrack.analysis.learning_profile import MIN_GROUP, ProfileReport, profile_report
from ohtrack.domain import Programme
from ohtrack.i18n import normalise_lang
from ohtrack.index import Index

if TYPE_CHECKING:
    import pandas as pd

#: Version of the ``to_dict`` layout; raised only when a key changes meaning.
SCHEMA_VERSION = 1
#: The tables ``to_frame`` can give.
TABLES = ("progress", "routes", "modules", "units", "groups", "candidates", "trainers",
          "learning_groups", "profile")


@dataclass
class LearningReport:
    """Everything a playbook section on the learning programme needs (see the module docstring).

    ``on`` is the date credentials and contact persons are judged on (``as_of``, else today).
    Profile ``cells`` hold group and unit means only, never a person's score.
    """

    programme: str
    as_of: dt.date | None
    on: dt.date
    lang: str
    min_group: int
    mix_level: int | str
    routes: list[dict[str, Any]]
    modules: list[dict[str, Any]]
    progress: list[lp.PersonRoute]
    units: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    participation: dict[str, dict[str, Any]]
    credentials: dict[str, Any]
    learning_groups: list[dict[str, Any]]
    profile: ProfileReport
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON, stable English keys; messages in the report's language."""
        return {
            "schema": SCHEMA_VERSION, "programme": self.programme,
            "as_of": self.as_of.isoformat() if self.as_of else None, "on": self.on.isoformat(),
            "language": self.lang, "min_group": self.min_group, "mix_level": self.mix_level,
            "routes": self.routes, "modules": self.modules,
            "progress": [x.to_dict() for x in self.progress], "units": self.units,
            "groups": self.groups, "participation": self.participation,
            "credentials": self.credentials, "learning_groups": self.learning_groups,
            "profile": self.profile.to_dict(), "findings": self.findings,
        }

    def to_frame(self, table: str = "progress") -> pd.DataFrame:
        """One of ``TABLES`` as a DataFrame (default: progress per person and route).

        ``profile`` has the shown cells only (group and unit means, never a person's score).
        """
        import pandas as pd

        if table not in TABLES:
            raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
        rows: list[dict[str, Any]]
        if table == "progress":
            rows = [x.to_dict() for x in self.progress]
        elif table == "candidates":
            rows = self.credentials["candidates"]
        elif table == "trainers":
            rows = self.credentials["trainers"]
        elif table == "profile":
            rows = [c.to_dict() for c in self.profile.cells if c.shown]
        else:
            rows = getattr(self, table)
        return pd.DataFrame(rows)


def learning(programme: Programme, *, as_of: dt.date | None = None, lang: str | None = None,
             min_group: int = MIN_GROUP, mix_level: int | str | None = None) -> LearningReport:
    """The learning programme as it stood on ``as_of`` (default: everything in the workbook).

    ``min_group`` is the anonymity threshold of the profile scores (as in surveys); groups
    are judged on how they mix units at ``mix_level`` of the unit tree (a depth, 1 being the
    top, or a level name; 0: people's own units; None: the first level with more than one
    unit). ``lang`` (``nl``/``en``, default the workbook's) sets the findings' language.
    """
    from ohtrack.analysis.learning_findings import findings
    from ohtrack.analysis.network_build import build
    from ohtrack.analysis.network_metrics import group_ties, realisation
    from ohtrack.analysis.unit_levels import first_branching_level, unit_at_level
    from ohtrack.domain.tree import UnitTree

    lang = normalise_lang(lang or programme.info.language)
    enrolments = Enrolments(programme)
    progress = lp.progress(programme, as_of, enrolments)
    units = {pid: [u] for pid, u in Index(programme).person_units().items() if u}
    member_of: dict[str, list[str]] = {}
    for g in programme.groups:
        for m in g.members:
            member_of.setdefault(m.person, []).append(g.id)
    on = as_of or dt.date.today()
    people = realisation(programme, as_of)["people"]
    participation = {p: {k: rec[k] for k in ("events_expected", "events_attended_expected",
                                             "attendance_rate")}
                     for p, rec in sorted(people.items()) if rec["events_expected"]}
    tree = UnitTree.build(programme.units)
    mix_level = first_branching_level(tree) if mix_level is None else mix_level
    mix_units = unit_at_level(programme, mix_level or None, tree)
    ties = {x["group"]: x for x in group_ties(programme, build(programme, as_of).relations_graph, mix_units)}
    report = LearningReport(
        programme=programme.info.name, as_of=as_of, on=on, lang=lang, min_group=min_group,
        mix_level=mix_level, routes=lp.route_summaries(programme, progress),
        modules=lp.module_summaries(programme, as_of, enrolments), progress=progress,
        units=lp.by_key(progress, units, "unit"), groups=lp.by_key(progress, member_of, "group"),
        participation=participation,
        credentials=credentials_report(programme, on, enrolments),
        learning_groups=_learning_groups(programme, mix_units, ties),
        profile=profile_report(programme, min_group))
    report.findings = findings(report, programme)
    return report


def _learning_groups(programme: Programme, unit_of: dict[str, str | None],
                     ties: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Per learning group: size, units mixed, same-unit pairs, preference fit, new ties."""
    from ohtrack.analysis.learning_groups import score

    pref_of = {p.id: p.learning_preference for p in programme.people}
    out = []
    for g in programme.groups:
        if g.id not in ties:
            continue
        members = [m.person for m in g.members]
        s = score([members], pref_of, unit_of)
        tie = ties[g.id]
        out.append({"group": g.id, "members": len(members),
                    "units": len({unit_of.get(p) for p in members} - {None}),
                    "same_unit_pairs": s.same_unit_pairs, "pairs": s.pairs, "mixing": s.mixing,
                    "fit": s.fit, "start": tie["start"], "cross_unit_pairs": tie["cross_unit_pairs"],
                    "cross_unit_ties": tie["cross_unit_ties"],
                    "new_cross_unit_ties": tie["new_cross_unit_ties"]})
    return out


__all__ = ["TABLES", "LearningReport", "learning"]
