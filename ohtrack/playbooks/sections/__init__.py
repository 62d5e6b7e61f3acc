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
    learning,
    lessons,
    mission,
    model,
    next_steps,
    people,
    summary,
)
from ohtrack.playbooks.sections.context import Context

#: Section id → builder, in the order of the document.
BUILDERS: dict[str, Callable[[Context], Section]] = {
    "summary": summary.build,
    "mission": mission.build,
    "goals": goals.build,
    "model": model.build,
    "approach": approach.build,
    "people": people.build,
    "learning": learning.build,
    "lessons": lessons.build,
    "indicators": indicators.build,
    "embedding": embedding.build,
    "next_steps": next_steps.build,
    "appendix": appendix.build,
}

#: Dutch names accepted for each section id (``--section aanpak``).
DUTCH: dict[str, str] = {
    "samenvatting": "summary",
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
    "leren": "learning",
    "aandeslag": "next_steps",
    "volgende-stappen": "next_steps",
    "bijlage": "appendix",
}

__all__ = ["BUILDERS", "DUTCH", "Context"]
