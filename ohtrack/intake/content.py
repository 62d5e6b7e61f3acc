"""What a column's cells hold: dates, numbers, money, colours, names of people, a few
distinct values, codes or long text; used with the header to propose a mapping."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ohtrack.intake.dates import DateProblem, read_date
from ohtrack.intake.values import colour, status_code

#: How many distinct values are looked at per column.
SAMPLE = 120
#: The longest text that may be more than text (a date with a note in brackets, say).
_LONGEST = 200
_MONEY = re.compile(r"\s*[-+]?\s*[£$€]\s*[-+]?[\d.,]+\s*[mkb]?\s*|\s*[-+]?[\d.,]+\s*(eur|euro|usd|gbp)\s*",
                    re.IGNORECASE)
_NUMBER = re.compile(r"\s*[-+]?(\d+([.,]\d+)?|\d{1,3}([.,\s]\d{3})+([.,]\d+)?)\s*%?\s*")
_PERSON = re.compile(r"(?:[A-Z][a-zà-ÿ'’-]+\.?\s+){1,3}(?:(?:van|de|der|den|ter|ten|het|la|le|von)\s+){0,3}"
                     r"[A-Z][a-zà-ÿ'’-]+")
#: Words that make a capitalised name an organisation's, not a person's ("Gemeente Amsterdam",
#: "Ministerie Financiën", "Finance Department"): looked for in lower case.
ORGANISATION_WORDS = frozenset({
    "gemeente", "ministerie", "provincie", "waterschap", "omgevingsdienst", "dienst", "directie",
    "afdeling", "stichting", "vereniging", "bureau", "centrum", "raad", "inspectie", "rijksdienst",
    "universiteit", "hogeschool", "ziekenhuis", "school", "college", "politie", "regio", "team",
    "ministry", "department", "council", "agency", "office", "authority", "board", "service",
    "services", "commission", "university", "hospital", "county", "city", "borough", "trust",
    "group", "division", "unit", "bv", "b.v.", "nv", "n.v.", "ltd", "inc", "gmbh", "plc"})
#: Levels of a priority, risk or impact scale: a column of them rates the work, it names no
#: goal or unit.
LEVELS = frozenset({"high", "medium", "low", "hoog", "middel", "midden", "gemiddeld", "laag",
                    "urgent", "critical", "kritiek", "kritisch", "normal", "normaal", "very high",
                    "very low", "zeer hoog", "zeer laag", "p1", "p2", "p3", "p4", "p5", "h", "m", "l"})
_INITIALS = re.compile(r"[A-Z]{2,4}")
#: An e-mail address, the whole cell: a column of them, or an owner written as one.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z0-9][\w./-]{0,30}")


@dataclass
class Profile:
    """A column at a glance; ``kind`` is the word shown in the mapping table."""

    n: int  # records
    filled: int
    distinct: int
    kind: str  # empty, date, number, money, colour, person, email, status, few, code, text, long text
    share: dict[str, float]
    avg_len: float
    unique: bool

    def fits(self, what: str) -> float:
        return self.share.get(what, 0.0)


def _kind_of(v: Any) -> set[str]:
    """What one cell may be: {"date", "number"} for 44927, {"colour", "status"} for Red."""
    if isinstance(v, (dt.date, dt.datetime)):
        return {"date"}
    if isinstance(v, bool):
        return {"flag"}
    if isinstance(v, (int, float)):
        return {"number", "date"} if 20000 <= v <= 80000 else {"number"}
    s = " ".join(str(v).split())  # runs of spaces as one: no pattern backtracks over them
    if len(s) > _LONGEST:
        return set()  # text: no date, number, name, status or code is this long
    number = _NUMBER.fullmatch(s) is not None
    kinds = {
        "number": number,
        "money": not number and _MONEY.fullmatch(s) is not None,
        "colour": colour(s) is not None,
        "status": status_code(s, ended=False) is not None,
        "email": EMAIL.fullmatch(s) is not None,
        "level": s.lower() in LEVELS,
    }
    try:
        read_date(s)
        kinds["date"] = not number or re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", s) is not None
    except DateProblem as exc:
        kinds["date-ish"] = exc.code != "not-a-date"
    kinds["person"] = not kinds["email"] and len(s) <= 40 and bool(
        _PERSON.fullmatch(s) or ("," in s and _PERSON.search(s))) and ORGANISATION_WORDS.isdisjoint(
        s.lower().replace(",", " ").split())
    found = {k for k, yes in kinds.items() if yes}
    if _CODE.fullmatch(s) and not found - {"number"}:
        found |= {"code"}
    return found


def profile(values: list[Any], empty: int | None = None) -> Profile:
    """The profile of one column's values (blanks are None; ``empty`` counts them if known)."""
    n = len(values)
    filled = n - (values.count(None) if empty is None else empty)
    step = max(1, n // 5000)  # the kinds are judged on an even sample of 5,000 cells
    counts = Counter(values[::step])
    counts.pop(None, None)  # blanks are not looked at (the others keep their order)
    if not filled:
        return Profile(n, 0, 0, "empty", {}, 0.0, False)
    share: Counter[str] = Counter()
    total_len = 0
    for v, c in islice(counts.items(), SAMPLE):
        for k in _kind_of(v):
            share[k] += c
        total_len += len(str(v)) * c
    looked = sum(c for _v, c in islice(counts.items(), SAMPLE))
    shares = {k: c / looked for k, c in share.items()}
    avg = total_len / looked
    sampled = sum(counts.values())
    if len(counts) >= 0.9 * sampled or step == 1:  # (nearly) all distinct: count them all
        distinct = len(set(values)) - (1 if filled < n else 0)
    else:
        distinct = len(counts)
    unique = distinct == filled and filled > 1
    kind = _main_kind(shares, distinct, filled, avg)
    return Profile(n, filled, distinct, kind, shares, avg, unique)


def _main_kind(shares: dict[str, float], distinct: int, filled: int, avg: float) -> str:
    for k in ("date", "money", "number", "colour", "email", "person", "status", "level"):
        if shares.get(k, 0.0) + (shares.get("date-ish", 0.0) if k == "date" else 0.0) >= 0.6 \
                and (k != "date" or shares.get(k, 0.0) >= 0.3):
            return k
    if avg > 100:
        return "long text"
    if distinct <= max(12, filled // 20) and filled >= 2 * distinct:
        return "few values"
    if shares.get("code", 0.0) >= 0.8:
        return "code"
    return "text"
