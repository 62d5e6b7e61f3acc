"""Leadership profiles: themes with descriptions, a framework of their own beside the health
models. Built-in examples are data files in ``data/profiles/``; a programme's own profile is
its Profile sheet (``Programme.themes``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable

from ohtrack.errors import UnknownModelError
from ohtrack.frameworks.model import Named


class ProfileTheme(Named):
    """A theme of a leadership profile, named and described in two languages."""


class Profile(Named):
    """A leadership profile: its themes, and where it comes from."""

    source: str = ""
    themes: tuple[ProfileTheme, ...] = ()


def _folder() -> Traversable:
    return resources.files("ohtrack.frameworks") / "data" / "profiles"


def profiles() -> list[str]:
    """Ids of the built-in leadership profiles, sorted."""
    return sorted(p.name[:-5] for p in _folder().iterdir() if p.name.endswith(".json"))


@cache
def profile(profile_id: str) -> Profile:
    """A built-in leadership profile by id (``den-haag``); ``UnknownModelError`` if none."""
    key = profile_id.strip().lower()
    if key not in profiles():
        raise UnknownModelError(
            f"unknown leadership profile {profile_id!r}; built in: {', '.join(profiles())}")
    return Profile.model_validate(json.loads((_folder() / f"{key}.json").read_text("utf-8")))
