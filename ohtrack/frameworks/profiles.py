"""Leadership profiles: themes with descriptions, a framework of their own beside the health
models. Built-in examples are data files in ``data/profiles/``; a programme's own profile is
its Profile sheet (``Programme.themes``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable

from pydantic import BaseModel, ConfigDict

from ohtrack.errors import UnknownModelError


class ProfileTheme(BaseModel):
    """A theme of a leadership profile, named and described in two languages."""

    model_config = ConfigDict(frozen=True)

    id: str
    name_en: str
    name_nl: str
    description_en: str = ""
    description_nl: str = ""

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def description(self, lang: str = "en") -> str:
        return self.description_nl if lang == "nl" else self.description_en


class Profile(BaseModel):
    """A leadership profile: its themes, and where it comes from."""

    model_config = ConfigDict(frozen=True)

    id: str
    name_en: str
    name_nl: str
    description_en: str = ""
    description_nl: str = ""
    source: str = ""
    themes: tuple[ProfileTheme, ...] = ()

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en


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
