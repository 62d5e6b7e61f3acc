"""One builder per playbook section, in document order: ``build(ctx) -> Section``."""

from __future__ import annotations

from collections.abc import Callable

from ohtrack.playbooks.document import Section
from ohtrack.playbooks.sections import (
    appendix,
    approach,
    embedding,
    goals,
    indicators,
    lessons,
    mission,
    model,
    people,
)
from ohtrack.playbooks.sections.context import Context

#: Section id → builder, in the order of the document.
BUILDERS: dict[str, Callable[[Context], Section]] = {
    "mission": mission.build,
    "goals": goals.build,
    "model": model.build,
    "approach": approach.build,
    "people": people.build,
    "lessons": lessons.build,
    "indicators": indicators.build,
    "embedding": embedding.build,
    "appendix": appendix.build,
}

#: Dutch names accepted for each section id (``--section aanpak``).
DUTCH: dict[str, str] = {
    "missie": "mission",
    "doelen": "goals",
    "gezondheidsmodel": "model",
    "aanpak": "approach",
    "mensen": "people",
    "netwerk": "people",
    "lessen": "lessons",
    "leerervaringen": "lessons",
    "indicatoren": "indicators",
    "borging": "embedding",
    "bijlage": "appendix",
}

__all__ = ["BUILDERS", "DUTCH", "Context"]
