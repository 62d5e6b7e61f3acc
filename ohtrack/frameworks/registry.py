"""Built-in health models (one JSON file each) and custom models from a workbook."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from ohtrack.errors import UnknownModelError
from ohtrack.frameworks.model import Framework, Outcome, Practice
from ohtrack.text import name_key


def available() -> list[str]:
    """Ids of the built-in models, sorted."""
    files = resources.files("ohtrack.frameworks") / "data"
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".json"))


@cache
def get(model_id: str) -> Framework:
    """A built-in model by id (``ohi-2011``, ``ohi-2024``, ``ink``, ``weisbord``)."""
    key = model_id.strip().lower()
    if key not in available():
        raise UnknownModelError.make("unknown-model", model=model_id, models=", ".join(available()))
    data = (resources.files("ohtrack.frameworks") / "data" / f"{key}.json").read_text("utf-8")
    return shipped(json.loads(data))


def shipped(data: dict[str, Any]) -> Framework:
    """A model from one of the package's own JSON files, made without validating it (the
    tests validate every file, and that the two give the same model): building the
    validator would cost every command more than the rest of loading."""
    outcomes = tuple(
        Outcome.model_construct(**{**o, "practices": tuple(
            Practice.model_construct(**p) for p in o.get("practices", ()))})
        for o in data.get("outcomes", ()))
    return Framework.model_construct(**{**data, "outcomes": outcomes})


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "x"


def custom(rows: Iterable[tuple[str, str | None, str | None]], name: str | None = None) -> Framework:
    """A model from ``(outcome, practice, description)`` rows, as on the Model sheet.

    Outcomes keep their first-seen order; a row without a practice only names the outcome.
    Names are used for both languages; the model is called ``name`` (default "Custom model" /
    "Eigen model").
    """
    order: list[str] = []
    outcomes: dict[str, dict[str, object]] = {}
    for outcome, practice, description in rows:
        okey = name_key(outcome)
        if okey not in outcomes:
            order.append(okey)
            outcomes[okey] = {"name": outcome.strip(), "desc": "", "practices": []}
        entry = outcomes[okey]
        practices = entry["practices"]
        assert isinstance(practices, list)
        if practice and practice.strip():
            if all(name_key(p.name_en) != name_key(practice) for p in practices):
                practices.append(
                    Practice(
                        id=_slug(practice),
                        name_en=practice.strip(),
                        name_nl=practice.strip(),
                        description_en=description or "",
                        description_nl=description or "",
                    )
                )
        elif description and not entry["desc"]:
            entry["desc"] = description
    built = []
    for okey in order:
        e = outcomes[okey]
        n = str(e["name"])
        built.append(
            Outcome(
                id=_slug(n),
                name_en=n,
                name_nl=n,
                description_en=str(e["desc"]),
                description_nl=str(e["desc"]),
                practices=tuple(e["practices"]),  # type: ignore[arg-type]
            )
        )
    return Framework(id="custom", name_en=name or "Custom model", name_nl=name or "Eigen model",
                     outcomes=tuple(built))
