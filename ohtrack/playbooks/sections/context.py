"""What every section builder needs: the programme, the language, lookups and the analyses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ohtrack.domain import Event, Initiative, Programme
from ohtrack.frameworks import Framework
from ohtrack.frameworks.model import Outcome
from ohtrack.i18n import format as fmt
from ohtrack.i18n import has, t, tn
from ohtrack.report import Report

if TYPE_CHECKING:
    from ohtrack.analysis.indicators import IndicatorReport
    from ohtrack.analysis.initiatives import InitiativeReport
    from ohtrack.analysis.learning import LearningReport
    from ohtrack.analysis.model_map import ModelMap
    from ohtrack.analysis.network import Network
    from ohtrack.figures.chart import Chart
    from ohtrack.index import Index
    from ohtrack.playbooks.document import Figure


#: The widest PNG of a document's figure, in pixels: about 220 dpi across the 16 cm an A4 page
#: shows it in (Word), sharp in print.
MAX_FIGURE_PX = 1400


@dataclass
class Context:
    """The inputs of one playbook, with cached lookups shared by all section builders."""

    programme: Programme
    lang: str
    validation: Report | None = None
    pseudonymised: bool = False
    #: The report date: every analysis describes the programme on this day.
    as_of: dt.date = field(default_factory=dt.date.today)
    #: Filled by ``ohtrack.playbook`` before the appendix is built.
    omitted: list[Any] = field(default_factory=list)
    #: IDs of people in the programme's protected roles: never named (see ``privacy``).
    protected: frozenset[str] = frozenset()
    #: What the privacy appendix reports: protected people, threshold, what was generalised.
    privacy: dict[str, Any] = field(default_factory=dict)

    def figure(self, chart: Chart, caption: str, alt: str = "", *, dpi: int = 110) -> Figure:
        """A figure block of ``chart`` (kept as SVG; a PNG at ``dpi`` is rendered when a
        format needs one)."""
        from ohtrack.figures.chart import PX_PER_INCH
        from ohtrack.playbooks.document import Figure

        # at most a page wide when shown: no sharper PNG than that (fewer pixels to render)
        dpi = max(50, min(dpi, int(MAX_FIGURE_PX * PX_PER_INCH / max(chart.width, 1.0))))
        return Figure(chart.svg(), caption, alt, dpi=dpi)

    def tr(self, key: str, **values: Any) -> str:
        """A playbook text (``key`` without the ``playbook.`` prefix) in this language."""
        return t(f"playbook.{key}", self.lang, **values)

    def trn(self, key: str, n: int, **values: Any) -> str:
        """The singular or plural playbook text (``key.one`` / ``key.many``) for ``n``."""
        return tn(f"playbook.{key}", n, self.lang, **values)

    # --- people and units -------------------------------------------------
    @cached_property
    def _people(self) -> dict[str, str]:
        """ID → name, with the ID when two people share a name (``text.display_names``)."""
        from ohtrack.text import display_names

        return display_names((p.id, p.name) for p in self.programme.people)

    @cached_property
    def _people_by_name(self) -> dict[str, str]:
        from ohtrack.text import name_key

        return {name_key(p.name): p.name for p in self.programme.people if p.name}

    def person(self, ref: str | None) -> str:
        """A person's display name from an ID (or a name as written); '' for nobody.
        Someone in a protected role is shown by their role only (``een kandidaat``)."""
        if not ref:
            return ""
        if self.protected:
            record = self.index.person(ref)
            if record is not None and record.id in self.protected:
                return self.tr("privacy.someone")
        if ref in self._people:
            return self._people[ref]
        from ohtrack.text import name_key

        key = name_key(ref)
        found = self._people_by_name.get(key)
        if found is not None:
            return found
        if self.pseudonymised:  # someone not in People: a pseudonym all the same
            from ohtrack.privacy import pseudonym

            return pseudonym(ref, lang=self.lang)
        return ref

    def people(self, refs: list[str]) -> str:
        return ", ".join(self.person(r) for r in refs)

    @cached_property
    def index(self) -> Index:
        """The programme's one resolver of references (units, people, roles)."""
        from ohtrack.index import Index

        return Index(self.programme)

    @cached_property
    def _units(self) -> dict[str, str]:
        return {u.id: u.name for u in self.programme.units}

    def unit(self, ref: str | None) -> str:
        """A unit's name from an ID or name as written; '' for none."""
        if not ref:
            return ""
        uid = self.index.id("unit", ref)
        return self._units.get(uid, ref) if uid else ref

    @cached_property
    def person_unit(self) -> dict[str, str]:
        """Person ID → unit ID (or the unit as written)."""
        found = self.index.person_units()
        return {p.id: found.get(p.id) or p.unit for p in self.programme.people if p.unit}

    # --- the health model -------------------------------------------------
    @cached_property
    def framework(self) -> Framework:
        return self.programme.framework

    @cached_property
    def _resolver(self) -> Any:
        return self.framework.resolver()

    def outcome(self, name: str | None) -> Outcome | None:
        """The model outcome an outcome or practice name refers to, if any."""
        if not name:
            return None
        o: Outcome | None = self._resolver.outcome(name)
        if o is not None:
            return o
        hit = self._resolver.practice(name)
        return hit[0] if hit is not None else None

    def practice(self, name: str) -> tuple[Outcome, Any] | None:
        """The (outcome, practice) a practice name refers to, if any."""
        hit: tuple[Outcome, Any] | None = self._resolver.practice(name)
        return hit

    def initiative_outcomes(self, init: Initiative) -> tuple[list[Outcome], list[str]]:
        """The model outcomes an initiative works on (outcomes and practices' outcomes, model
        order) and the names it gives that are not in the model."""
        found: dict[str, Outcome] = {}
        unknown: list[str] = []
        for name in init.outcomes:
            o = self._resolver.outcome(name)
            if o is None:
                unknown.append(name)
            else:
                found[o.id] = o
        for name in init.practices:
            hit = self._resolver.practice(name)
            if hit is None:
                unknown.append(name)
            else:
                found[hit[0].id] = hit[0]
        order = {o.id: i for i, o in enumerate(self.framework.outcomes)}
        return sorted(found.values(), key=lambda o: order[o.id]), unknown

    def outcome_name(self, o: Outcome) -> str:
        return o.name(self.lang)

    # --- words ------------------------------------------------------------
    def label(self, vocab: str, code: object) -> str:
        """A vocabulary code (status, event type …) in this language; other words as written."""
        if code is None:
            return ""
        value = str(getattr(code, "value", code))
        key = f"playbook.{vocab}.{value}"
        try:
            return t(key, self.lang)
        except KeyError:
            return value

    def date(self, d: dt.date | None, style: str = "short") -> str:
        """A date as people in this language write it (``ohtrack.i18n.format.date``): short
        ``1-3-2022`` / ``2022-03-01`` in tables, ``long`` ``1 maart 2022`` in sentences."""
        return fmt.date(d, self.lang, style)

    def number(self, x: float | int | None) -> str:
        """A number without needless decimals, with a decimal comma in Dutch."""
        return fmt.decimal(x, self.lang)

    def count(self, n: int) -> str:
        """A whole number as the language writes it: ``1.104`` in Dutch, ``1,104`` in English."""
        return fmt.integer(n, self.lang)

    def status_counts(self, counts: dict[str, int]) -> str:
        """Initiatives per status (``InitiativeReport.counts``: in lifecycle order), counted as
        the language writes numbers: ``5 ideeën, 1.104 gepland, 28 lopend, 3 (geen status)``."""
        parts = [self.trn(f"status_count.{s}", n) if has(f"playbook.status_count.{s}.one")
                 else f"{self.count(n)} {self.label('status', s)}" for s, n in counts.items()
                 if n and s != "none"]
        if counts.get("none"):
            parts.append(f"{self.count(counts['none'])} {self.tr('no_status')}")
        return ", ".join(parts)

    # --- the analyses, computed once per playbook ------------------------
    @cached_property
    def model_map(self) -> ModelMap:
        from ohtrack.analysis.model_map import model_map

        return model_map(self.programme, as_of=self.as_of, lang=self.lang)

    @cached_property
    def network(self) -> Network:
        from ohtrack.analysis.network import network

        return network(self.programme, as_of=self.as_of, lang=self.lang)

    @cached_property
    def indicators(self) -> IndicatorReport:
        from ohtrack.analysis.indicators import indicators

        return indicators(self.programme, as_of=self.as_of, lang=self.lang)

    @cached_property
    def initiative_report(self) -> InitiativeReport:
        """Each initiative on the report date: overdue, late to start, stopped (issue 9)."""
        from ohtrack.analysis.initiatives import initiatives

        found = self.model_map.on_date
        return found if found is not None else initiatives(self.programme, as_of=self.as_of, lang=self.lang)

    @cached_property
    def learning(self) -> LearningReport | None:
        """The learning programme on the report date (None: no routes or modules)."""
        if not (self.programme.routes or self.programme.modules):
            return None
        from ohtrack.analysis.learning import learning

        return learning(self.programme, as_of=self.as_of, lang=self.lang)

    @cached_property
    def network_start(self) -> dict[str, Any] | None:
        """Ties and cross-unit ties at the end of the baseline year (None: no such year before
        the report date): read off the network's monthly growth, not computed again."""
        year = self.programme.info.baseline_year
        if year is None or dt.date(year, 12, 31) >= self.as_of or not self.programme.people:
            return None
        month = f"{year:04d}-12"
        for record in self.network.growth():
            if record["month"] == month:
                return {"ties": record["ties"], "cross_unit_ties": record["cross_unit_ties"]}
        from ohtrack.analysis.network import network  # the year ends before the first dated tie

        return network(self.programme, as_of=dt.date(year, 12, 31), lang=self.lang).summary()

    def model_map_at(self, level: int | str | None) -> ModelMap:
        """The model map at one level of the unit tree (for a heat map readable at 30+ units)."""
        from ohtrack.analysis.model_map import model_map

        return model_map(self.programme, as_of=self.as_of, lang=self.lang, level=level)

    @cached_property
    def event_status(self) -> dict[str, str]:
        """Event ID → ``planned``/``held``/``cancelled`` on the report date, as the network
        analysis reads it (no status: held when attendees are listed; dated after the report
        date: still planned, whatever it says)."""
        from ohtrack.analysis.network_build import event_status

        return {e.id: event_status(e, self.as_of).value for e in self.programme.events}

    def overdue_event(self, event: Event) -> bool:
        """A planned event whose date is before the report date (``network_time.overdue``)."""
        from ohtrack.analysis.network_time import overdue

        return overdue(event, self.as_of)
