"""The structure of a health model: outcomes, each with practices, named in two languages."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from ohtrack.text import name_key


class Named(BaseModel):
    """Something a framework names in two languages: an id, names and descriptions."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    name_en: str
    name_nl: str
    description_en: str = ""
    description_nl: str = ""

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def description(self, lang: str = "en") -> str:
        return self.description_nl if lang == "nl" else self.description_en


class Practice(Named):
    """A management practice that drives an outcome."""


class Outcome(Named):
    """An outcome (dimension, area, box) of the model and its practices."""

    group: str | None = None
    practices: tuple[Practice, ...] = ()


class Framework(Named):
    """A health model: its outcomes and practices; only structure, no vendor scoring."""

    #: Where the model comes from (English) and the same in Dutch.
    source: str = ""
    source_nl: str = ""
    groups: dict[str, dict[str, str]] = Field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()

    def source_in(self, lang: str = "en") -> str:
        """Where the model comes from, in ``lang`` (the English text when there is no Dutch)."""
        return (self.source_nl or self.source) if lang == "nl" else self.source

    def iter_practices(self) -> Iterator[tuple[Outcome, Practice]]:
        """Every (outcome, practice) pair in model order."""
        for o in self.outcomes:
            for p in o.practices:
                yield o, p

    @property
    def practice_count(self) -> int:
        return sum(len(o.practices) for o in self.outcomes)

    def _outcome_index(self) -> dict[str, Outcome]:
        idx: dict[str, Outcome] = {}
        for o in self.outcomes:
            for key in (o.id, o.name_en, o.name_nl):
                idx.setdefault(name_key(key), o)
        return idx

    def _practice_index(self) -> dict[str, tuple[Outcome, Practice]]:
        idx: dict[str, tuple[Outcome, Practice]] = {}
        for o, p in self.iter_practices():
            for key in (p.id, p.name_en, p.name_nl):
                idx.setdefault(name_key(key), (o, p))
        return idx

    def outcome(self, name: str) -> Outcome | None:
        """The outcome with this id or English/Dutch name (loosely matched), if any."""
        return self._outcome_index().get(name_key(name))

    def practice(self, name: str) -> tuple[Outcome, Practice] | None:
        """The practice with this id or name and the outcome it belongs to, if any."""
        return self._practice_index().get(name_key(name))

    def resolver(self) -> Resolver:
        """A fast, reusable name lookup for many calls."""
        return Resolver(self)


class Resolver:
    """Cached name → outcome / practice lookups for one framework."""

    def __init__(self, framework: Framework) -> None:
        self.framework = framework
        self._outcomes = framework._outcome_index()
        self._practices = framework._practice_index()

    def outcome(self, name: str) -> Outcome | None:
        return self._outcomes.get(name_key(name))

    def practice(self, name: str) -> tuple[Outcome, Practice] | None:
        return self._practices.get(name_key(name))
