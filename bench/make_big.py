"""Generate a big, valid ohtrack workbook for the speed benchmarks.

Default: 100,000 initiatives, 2,000 people, 200 units, plus goals, relations, groups,
events, indicators, measurements and lessons, written with openpyxl's write-only mode.
With ``--network PEOPLE``: a network workbook (``make_network``) of that many people in
units of 200, with ``--relations`` and ``--events`` (default 5 and 0.2 per person).
Write the files into ``bench/out/`` (git-ignored); they are never committed.

Usage: python bench/make_big.py [OUT.xlsx] [--initiatives N]
       python bench/make_big.py OUT.xlsx --network 100000 [--relations N --events N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

OUTCOMES = ["Direction", "Leadership", "Culture and climate", "Accountability", "Coordination and control",
            "Capabilities", "Motivation", "External orientation", "Innovation and learning"]
PRACTICES = ["Shared vision", "Strategic clarity", "Employee involvement", "Open and trusting",
             "Role clarity", "Performance contracts", "Talent acquisition", "Customer focus"]
STATUSES = ["idee", "gepland", "lopend", "afgerond", "geborgd", "gestopt"]


def make(path: Path, initiatives: int = 100_000, people: int = 2_000, units: int = 200,
         seed: int = 7) -> Path:
    """Write the workbook and return its path."""
    from openpyxl import Workbook

    rnd = random.Random(seed)
    wb = Workbook(write_only=True)

    ws = wb.create_sheet("Programma")
    for row in (["Veld", "Waarde"], ["naam", "Benchmark programma"], ["organisatie", "Bench BV"],
                ["model", "ohi-2011"], ["nulmeting_jaar", 2021], ["impuls_jaar", 2022],
                ["ambitie_jaar", 2025], ["taal", "nl"]):
        ws.append(row)

    ws = wb.create_sheet("Eenheden")
    ws.append(["ID", "Naam", "Bovenliggend"])
    for u in range(units):
        ws.append([f"U{u:03d}", f"Afdeling {u}", None if u == 0 else f"U{(u - 1) // 5:03d}"])

    ws = wb.create_sheet("Personen")
    ws.append(["ID", "Naam", "Rol", "Eenheid", "Leidinggevende", "Email", "Tags"])
    for p in range(people):
        ws.append([f"P{p:04d}", f"Persoon {p}", rnd.choice(["voorman", "jobcoach", "medewerker"]),
                   f"U{rnd.randrange(units):03d}", None if p < 10 else f"P{rnd.randrange(p):04d}",
                   f"p{p}@example.org", "team; ploeg"])

    goals = 500
    ws = wb.create_sheet("Doelen")
    ws.append(["ID", "Titel", "Niveau", "Bovenliggend", "Eigenaar", "Uitkomsten"])
    for g in range(goals):
        ws.append([f"G{g:03d}", f"Doel {g}", "jaarplan" if g else "concern",
                   None if g == 0 else f"G{(g - 1) // 4:03d}", f"P{rnd.randrange(people):04d}",
                   rnd.choice(OUTCOMES)])

    ws = wb.create_sheet("Verbetertrajecten")
    ws.append(["ID", "Titel", "Eenheid", "Eigenaar", "Status", "Uitkomsten", "Praktijken", "Doel",
               "Start", "Einde", "Deelnemers", "Omschrijving", "Impact", "Budget"])
    base = dt.datetime(2021, 1, 1)
    for i in range(initiatives):
        start = base + dt.timedelta(days=rnd.randrange(700))
        ws.append([i + 1, f"Verbetertraject {i}", f"U{rnd.randrange(units):03d}",
                   f"P{rnd.randrange(people):04d}", rnd.choice(STATUSES),
                   "; ".join(rnd.sample(OUTCOMES, 2)), rnd.choice(PRACTICES),
                   f"G{rnd.randrange(goals):03d}", start, start + dt.timedelta(days=90),
                   f"P{rnd.randrange(people):04d}; P{rnd.randrange(people):04d}",
                   "Een korte omschrijving van het traject", rnd.randrange(1, 5),
                   rnd.randrange(1000, 50_000)])

    ws = wb.create_sheet("Relaties")
    ws.append(["Van", "Naar", "Type", "Sinds", "Gewicht"])
    for r in range(5_000):
        a, b = rnd.sample(range(people), 2)
        ws.append([f"P{a:04d}", f"P{b:04d}", rnd.choice(["coacht", "adviseert", "werkt samen"]),
                   base + dt.timedelta(days=r % 365), 1])

    ws = wb.create_sheet("Groepen")
    ws.append(["Groep", "Type", "Persoon", "Rol"])
    for g in range(300):
        for role in ("voorman", "jobcoach", "kandidaat"):
            ws.append([f"T{g:03d}", "driehoek", f"P{rnd.randrange(people):04d}", role])

    ws = wb.create_sheet("Leermomenten")
    ws.append(["ID", "Titel", "Type", "Groep", "Datum", "Status", "Aanwezigen", "Verbetertraject"])
    for e in range(2_000):
        ws.append([f"E{e:04d}", f"Leercirkel {e}", "leercirkel", f"T{e % 300:03d}",
                   base + dt.timedelta(days=e % 700), "gehouden",
                   f"P{rnd.randrange(people):04d}; P{rnd.randrange(people):04d}",
                   rnd.randrange(1, initiatives + 1)])

    ws = wb.create_sheet("Indicatoren")
    ws.append(["ID", "Naam", "Eenheid", "Uitkomst", "Richting", "Schaal", "Nulmeting", "Impuls",
               "Ambitie"])
    for k in range(50):
        ws.append([f"K{k:02d}", f"Indicator {k}", f"U{k:03d}", rnd.choice(OUTCOMES), "hoger", "%",
                   50, 60, 80])

    ws = wb.create_sheet("Metingen")
    ws.append(["Indicator", "Datum", "Waarde", "Bron"])
    for m in range(5_000):
        ws.append([f"K{m % 50:02d}", base + dt.timedelta(days=7 * (m // 50)), rnd.randrange(40, 90),
                   "enquête"])

    ws = wb.create_sheet("Leerervaringen")
    ws.append(["ID", "Datum", "Verbetertraject", "Auteur", "Wat zien we", "Wat zegt dit",
               "Wat doen we ermee", "Uitkomst"])
    for x in range(1_000):
        ws.append([f"L{x:04d}", base + dt.timedelta(days=x % 700), rnd.randrange(1, initiatives + 1),
                   f"P{rnd.randrange(people):04d}", "We zien", "Het zegt", "We doen",
                   rnd.choice(OUTCOMES)])
    wb.save(path)
    return path


RELATION_TYPES = ("adviseert", "werkt samen", "coacht", "rapporteert aan")


def network_sheets(people: int, relations: int, events: int, seed: int = 1) -> dict[str, list[list[object]]]:
    """The sheets of a network workbook for ``bench_network``, row by row (header first).

    Units of 200 people; 80 % of the relations inside a unit (no pair and type twice, no
    self-ties); one learning group of 8 per 20 people, from one unit; events round-robin over
    the groups (70 % held with 80 % of the members, 20 % planned, 10 % cancelled); one
    initiative of 8 random people per 50 people.
    """
    rng = random.Random(seed)
    n_units = max(1, people // 200)
    out: dict[str, list[list[object]]] = {
        "Programma": [["Veld", "Waarde"], ["naam", "Netwerk benchmark"], ["model", "ohi-2011"],
                      ["taal", "nl"]],
        "Eenheden": [["ID", "Naam"], *([f"U{u}", f"Afdeling {u}"] for u in range(n_units))],
        "Personen": [["ID", "Naam", "Rol", "Eenheid"],
                     *([f"P{i}", f"Persoon {i}", rng.choice(("voorman", "jobcoach", "kandidaat", "manager")),
                        f"U{i % n_units}"] for i in range(people))],
    }
    by_unit: list[list[int]] = [list(range(u, people, n_units)) for u in range(n_units)]
    seen: set[tuple[int, int, str]] = set()
    rels: list[list[object]] = [["Van", "Naar", "Type"]]
    while len(rels) <= relations:
        a = rng.randrange(people)
        b = rng.choice(by_unit[a % n_units]) if rng.random() < 0.8 else rng.randrange(people)
        kind = rng.choice(RELATION_TYPES)
        key = (min(a, b), max(a, b), kind) if kind == "werkt samen" else (a, b, kind)  # symmetric
        if b != a and key not in seen:
            seen.add(key)
            rels.append([f"P{a}", f"P{b}", kind])
    out["Relaties"] = rels
    groups = [rng.sample(by_unit[g % n_units], min(8, len(by_unit[g % n_units])))
              for g in range(max(1, people // 20))]
    out["Groepen"] = [["Groep", "Type", "Persoon", "Rol"],
                      *([f"G{g}", "leergroep", f"P{m}", None] for g, ms in enumerate(groups) for m in ms)]
    start = dt.date(2022, 1, 1)
    evs: list[list[object]] = [["ID", "Type", "Groep", "Datum", "Status", "Aanwezigen"]]
    for e in range(events):
        members = groups[e % len(groups)]
        status = rng.choices(("gehouden", "gepland", "geannuleerd"), (0.7, 0.2, 0.1))[0]
        went = [f"P{m}" for m in members if rng.random() < 0.8] if status == "gehouden" else []
        evs.append([f"E{e}", "intervisie", f"G{e % len(groups)}", start + dt.timedelta(days=e % 700),
                    status, "; ".join(went) or None])
    out["Leermomenten"] = evs
    inis: list[list[object]] = [["ID", "Titel", "Eigenaar", "Deelnemers"]]
    for i in range(max(1, people // 50)):
        parts = rng.sample(range(people), 8)
        inis.append([f"I{i}", f"Traject {i}", f"P{parts[0]}", "; ".join(f"P{p}" for p in parts[1:])])
    out["Verbetertrajecten"] = inis
    return out


def make_network(path: Path, people: int, relations: int | None = None, events: int | None = None,
                 seed: int = 1) -> Path:
    """Write a network workbook (see ``network_sheets``) and return its path."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    sheets = network_sheets(people, 5 * people if relations is None else relations,
                            people // 5 if events is None else events, seed)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="bench/big.xlsx")
    ap.add_argument("--initiatives", type=int, default=100_000)
    ap.add_argument("--network", type=int, metavar="PEOPLE", help="write a network workbook instead")
    ap.add_argument("--relations", type=int)
    ap.add_argument("--events", type=int)
    args = ap.parse_args()
    t = time.perf_counter()
    if args.network:
        path = make_network(Path(args.out), args.network, args.relations, args.events)
    else:
        path = make(Path(args.out), initiatives=args.initiatives)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
