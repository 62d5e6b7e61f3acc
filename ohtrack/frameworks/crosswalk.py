"""Crosswalks between two versions of a health model (OHI 2011 ↔ OHI 2024): which outcomes
and practices correspond, on a cited basis, and which have no counterpart. Data files in
``data/crosswalks/``; nothing is guessed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any

from ohtrack.errors import UnknownModelError


@dataclass(frozen=True)
class Pair:
    """One correspondence: ``source`` in the from-model is ``target`` in the to-model.

    For a practice, ``source_outcome`` and ``target_outcome`` are the outcomes it belongs to
    on either side (they differ when the practice moved); ``basis`` is a key of
    ``Crosswalk.bases``.
    """

    source: str
    target: str
    basis: str
    source_outcome: str | None = None
    target_outcome: str | None = None


@dataclass(frozen=True)
class Carried:
    """Practices of one model carried onto another: what they became and what could not be."""

    #: Practice ids of the target model, in the order first reached, once each.
    practices: tuple[str, ...]
    #: Practice ids of the source model with no counterpart (kept, in their order).
    not_carried: tuple[str, ...]


@dataclass(frozen=True)
class Crosswalk:
    """The correspondence between model ``source_model`` and model ``target_model``.

    Works in either direction: ``practice(id)`` maps a practice of ``source_model`` forward,
    ``practice_back(id)`` one of ``target_model`` back; ``unmatched_source`` are the
    practices of ``source_model`` without a counterpart, ``unmatched_target`` those of
    ``target_model`` (new in it). ``reversed()`` is the same crosswalk the other way round.
    """

    source_model: str
    target_model: str
    outcomes: tuple[Pair, ...]
    practices: tuple[Pair, ...]
    unmatched_source: tuple[str, ...]
    unmatched_target: tuple[str, ...]
    #: basis key → {"en": …, "nl": …}: why a pair holds.
    bases: dict[str, dict[str, str]]
    #: The published sources the crosswalk rests on.
    sources: tuple[str, ...] = ()

    def outcome(self, outcome_id: str) -> str | None:
        """The ``target_model`` outcome of this ``source_model`` outcome, if any."""
        return next((p.target for p in self.outcomes if p.source == outcome_id), None)

    def practice(self, practice_id: str) -> str | None:
        """The ``target_model`` practice of this ``source_model`` practice (None: unmatched)."""
        return next((p.target for p in self.practices if p.source == practice_id), None)

    def practice_back(self, practice_id: str) -> str | None:
        """The ``source_model`` practice of this ``target_model`` practice (None: unmatched)."""
        return next((p.source for p in self.practices if p.target == practice_id), None)

    def pair(self, practice_id: str) -> Pair | None:
        """The pair of this ``source_model`` practice, with its outcomes and basis."""
        return next((p for p in self.practices if p.source == practice_id), None)

    def basis(self, key: str, lang: str = "en") -> str:
        """Why a pair of basis ``key`` holds, in ``lang``."""
        texts = self.bases.get(key, {})
        return texts.get("nl" if lang == "nl" else "en", key)

    def carry(self, practice_ids: Iterable[str]) -> Carried:
        """Practices of ``source_model`` as practices of ``target_model``; those without a
        counterpart are listed in ``not_carried``, never dropped silently."""
        to: list[str] = []
        lost: list[str] = []
        for pid in practice_ids:
            target = self.practice(pid)
            if target is None:
                if pid not in lost:
                    lost.append(pid)
            elif target not in to:
                to.append(target)
        return Carried(tuple(to), tuple(lost))

    def reversed(self) -> Crosswalk:
        """The same correspondence from ``target_model`` to ``source_model``."""
        def flip(p: Pair) -> Pair:
            return Pair(p.target, p.source, p.basis, p.target_outcome, p.source_outcome)

        return Crosswalk(self.target_model, self.source_model,
                         tuple(flip(p) for p in self.outcomes), tuple(flip(p) for p in self.practices),
                         self.unmatched_target, self.unmatched_source, self.bases, self.sources)

    def to_dict(self) -> dict[str, Any]:
        """Stable JSON: both models, the pairs with their basis, the unmatched."""
        return {"from": self.source_model, "to": self.target_model, "sources": list(self.sources),
                "outcomes": [{"from": p.source, "to": p.target, "basis": p.basis} for p in self.outcomes],
                "practices": [{"from": p.source, "to": p.target, "from_outcome": p.source_outcome,
                               "to_outcome": p.target_outcome, "basis": p.basis} for p in self.practices],
                "unmatched_from": list(self.unmatched_source),
                "unmatched_to": list(self.unmatched_target)}


def _folder() -> Traversable:
    return resources.files("ohtrack.frameworks") / "data" / "crosswalks"


@cache
def _files() -> tuple[dict[str, Any], ...]:
    """The crosswalk data files, read once (they are package data)."""
    paths = sorted((f for f in _folder().iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    return tuple(json.loads(f.read_text("utf-8")) for f in paths)


def crosswalks() -> list[tuple[str, str]]:
    """The (from, to) model pairs that have a crosswalk file (each also works reversed)."""
    return [(d["from"], d["to"]) for d in _files()]


def counterparts(model_id: str) -> list[str]:
    """The models that ``model_id`` has a crosswalk with (either direction)."""
    own = model_id.strip().lower()
    return [b if a == own else a for a, b in crosswalks() if own in (a, b)]


def has_crosswalk(from_id: str, to_id: str) -> bool:
    """Whether ``crosswalk(from_id, to_id)`` has data (either direction)."""
    a, b = from_id.strip().lower(), to_id.strip().lower()
    return a != b and b in counterparts(a)


@cache
def crosswalk(from_id: str, to_id: str) -> Crosswalk:
    """The crosswalk from built-in model ``from_id`` to ``to_id`` (``ohi-2011`` → ``ohi-2024``
    or back), read from its cited data file; ``UnknownModelError`` when there is none.

    >>> cw = crosswalk("ohi-2011", "ohi-2024")
    >>> cw.practice("shared-vision"), cw.practice("customer-focus")
    ('shared-vision', None)
    >>> crosswalk("ohi-2024", "ohi-2011").practice("common-purpose") is None
    True
    """
    a, b = from_id.strip().lower(), to_id.strip().lower()
    for d in _files():
        if (d["from"], d["to"]) in ((a, b), (b, a)):
            cw = _build(d)
            return cw if cw.source_model == a else cw.reversed()
    raise UnknownModelError.make("unknown-crosswalk", source=from_id, target=to_id,
                                 pairs=", ".join(f"{x} → {y}" for x, y in crosswalks()))


def _build(d: dict[str, Any]) -> Crosswalk:
    return Crosswalk(
        source_model=d["from"], target_model=d["to"],
        outcomes=tuple(Pair(p["from"], p["to"], p["basis"]) for p in d["outcomes"]),
        practices=tuple(Pair(p["from"], p["to"], p["basis"], p["from_outcome"], p["to_outcome"])
                        for p in d["practices"]),
        unmatched_source=tuple(d["unmatched_from"]), unmatched_target=tuple(d["unmatched_to"]),
        bases={k: dict(v) for k, v in d["bases"].items()}, sources=tuple(d["sources"]))
