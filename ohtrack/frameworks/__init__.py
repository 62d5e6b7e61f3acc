"""Health models: OHI-style outcomes and practices, INK, Weisbord six-box, or custom."""

from ohtrack.frameworks.model import Framework, Outcome, Practice, Resolver
from ohtrack.frameworks.registry import available, custom, get

__all__ = ["Framework", "Outcome", "Practice", "Resolver", "available", "custom", "get"]
