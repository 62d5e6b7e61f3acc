"""Health models (OHI-style outcomes and practices, INK, Weisbord six-box, or custom) and
leadership profiles (themes)."""

from ohtrack.frameworks.crosswalk import (
    Carried,
    Crosswalk,
    Pair,
    counterparts,
    crosswalk,
    crosswalks,
    has_crosswalk,
)
from ohtrack.frameworks.model import Framework, Outcome, Practice, Resolver
from ohtrack.frameworks.profiles import Profile, ProfileTheme, profile, profiles
from ohtrack.frameworks.registry import available, custom, get

__all__ = ["Carried", "Crosswalk", "Framework", "Outcome", "Pair", "Practice", "Profile", "ProfileTheme",
           "Resolver", "available", "counterparts", "crosswalk", "crosswalks", "custom", "get",
           "has_crosswalk", "profile", "profiles"]
