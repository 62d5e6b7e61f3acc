"""One column's rule in a mapping: the target it is mapped to, how sure, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ColumnRule:
    """One source column: the target it is mapped to, how sure, and what its cells hold."""

    source: str
    target: str  # a field of TARGETS, or "custom"
    confidence: float = 1.0
    kind: str = ""  # what the cells hold (date, money, few values …)
    why: str = ""  # header, content, header+content, mapping (from a file), new
