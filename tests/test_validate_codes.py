"""Every problem code the code base can emit is documented in docs/problem-codes.md."""

from __future__ import annotations

import re
from pathlib import Path

from ohtrack.workbook.contract import sheets
from tests.conftest import ROOT

DOC = ROOT / "docs" / "problem-codes.md"
#: Ways a code is written where a problem is made: ``code="x"``, ``CellError("x", …)``,
#: ``sheet_problem("x", …)`` / ``sink.add("x", …)`` / ``add_mask("x", …)`` (or ``add_masks``),
#: and the checker's ``self.add(sheet, index, field, "x", …)``.
PATTERNS = [
    r'\bcode="([a-z0-9-]+)"',
    r'\bCellError\(\s*"([a-z0-9-]+)"',
    r'(?:\bsheet_problem|\.add|\.add_masks?|\._problem|\.problem)\(\s*"([a-z0-9-]+)"',
    r'\bself\.add\((?:[^,()"]+,\s*|"[^"]*",\s*){3}"([a-z0-9-]+)"',
]
SHEET_KEYS = {s.key for s in sheets()}


def reference_codes() -> set[str]:
    """The checker's ``unknown-<ref>`` codes: one per kind of reference the contract declares."""
    return {f"unknown-{c.ref.replace('_', '-')}" for s in sheets() for c in s.columns
            if c.ref and s.model is not None}


def emitted_codes() -> dict[str, set[str]]:
    """Code → the source files that can emit it."""
    codes: dict[str, set[str]] = {}
    for path in sorted((ROOT / "ohtrack").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found = {m for p in PATTERNS for m in re.findall(p, text)} - SHEET_KEYS
        if path.name == "checks.py" and path.parent.name == "workbook":
            found |= reference_codes()
        for code in found:
            codes.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    return codes


def documented_codes() -> dict[str, str]:
    """Code → severity column, from the tables of docs/problem-codes.md."""
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$",
                      DOC.read_text(encoding="utf-8"), re.M)
    return {code: severity.strip() for code, severity, _meaning, _fix in rows}


def test_every_emitted_code_is_documented() -> None:
    emitted = emitted_codes()
    documented = documented_codes()
    missing = {c: sorted(f) for c, f in emitted.items() if c not in documented}
    assert missing == {}


def test_every_documented_code_is_emitted() -> None:
    stale = sorted(set(documented_codes()) - set(emitted_codes()))
    assert stale == []


def test_documented_codes_are_unique_and_have_a_severity() -> None:
    rows = re.findall(r"^\| `([a-z0-9-]+)` \|", DOC.read_text(encoding="utf-8"), re.M)
    assert len(rows) == len(set(rows))
    assert all(s.startswith(("error", "warning")) for s in documented_codes().values())


def test_the_scan_finds_the_reader_codes() -> None:
    emitted = emitted_codes()
    for code in ("unreadable-file", "missing-sheet", "formula-without-value", "only-id",
                 "invalid-date", "unknown-person", "unknown-person-or-unit", "cycle",
                 "duplicate-id", "years-out-of-order"):
        assert code in emitted, code
    assert "units" not in emitted and "initiatives" not in emitted


def test_codes_seen_in_fixtures_are_documented(tmp_path: Path) -> None:
    import ohtrack
    from tests.fixtures.make_fixtures import FIXTURES

    documented = documented_codes()
    seen = set()
    for make in FIXTURES.values():
        seen |= {p.code for p in ohtrack.validate(make(tmp_path)).problems}
    assert seen <= set(documented)
    assert len(seen) == 24
