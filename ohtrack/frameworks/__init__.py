"""Health models (OHI-style outcomes and practices, INK, Weisbord six-box, or custom) and
leadership profiles (themes)."""

from ohtrack.frameworks.model import Framework, Outcome, Practice, Resolver
from ohtrack.frameworks.profiles import Profile, ProfileTheme, profile, profiles
from ohtrack.frameworks.registry import available, custom, get

__all__ = ["Framework", "Outcome", "Practice", "Profile", "ProfileTheme", "Resolver", "available",
           "custom", "get", "profile", "profiles"]
