"""Benchmark: a national organisation. ``validate``, ``map``, ``network`` and the playbook
as a user runs them (a new process each) on generated workbooks of 10,000, 30,000 and
100,000 people (5 relations and 0.2 events per person: 500,000 relations and 20,000
events at 100,000), with the time, the peak memory (max RSS, or the summed PSS of the
process and a forked child where larger) and the growth per step.

Targets (issue 14, target 3): every command finishes at 100,000 people with a peak memory
under 4 GB, and no step 10k -> 30k -> 100k grows faster than (data) x log(data), data =
people + relations + events (with an allowance for timing noise on a shared machine). The
network uses the estimated betweenness (the default at these sizes). Workbooks are
generated once into ``bench/out/`` (git-ignored). Exit code 1 when a target is missed.

    python bench/bench_national.py [--sizes 10000,30000,100000] [--only validate,map]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_network import MEMORY_LIMIT_GB, NOISE, run, workbook  # noqa: E402

COMMANDS: dict[str, list[str]] = {
    "validate": ["validate", "{wb}"],
    "map": ["map", "{wb}", "--json"],
    "network": ["network", "{wb}", "--json"],
    "playbook": ["playbook", "{wb}", "-o", "{out}/draaiboek.html"],
}


def command(name: str, wb: Path, out: Path) -> list[str]:
    script = Path(sys.executable).with_name("ohtrack")
    launch = ([str(script)] if script.exists()
              else [sys.executable, "-c", "from ohtrack_cli.main import cli; cli()"])
    return [*launch, *(a.format(wb=wb, out=out) for a in COMMANDS[name])]


def data_size(people: int) -> int:
    return people + 5 * people + people // 5


def main() -> int:
    import bytecode

    bytecode.ensure()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--only", default=",".join(COMMANDS))
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    names = [n for n in args.only.split(",") if n]
    print(f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load {os.getloadavg()[0]:.1f}; {time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        results: dict[str, list[tuple[int, float, float]]] = {n: [] for n in names}
        for people in sizes:
            wb = workbook(people)
            for name in names:
                try:
                    wall, rss, _ = run(command(name, wb, out))
                except SystemExit as exc:
                    print(f"  {name} at {people:,} people FAILED: {exc}")
                    ok = False
                    continue
                results[name].append((people, wall, rss))
                print(f"  {name:<9} {people:>7,} people: {wall:7.1f} s, peak memory {rss:.2f} GB",
                      flush=True)
        print()
        for name, rows in results.items():
            for (pa, wa, _), (pb, wb_, _) in zip(rows, rows[1:]):
                da, db = data_size(pa), data_size(pb)
                allowed = db * math.log(db) / (da * math.log(da))
                grew = wb_ / wa
                hit = grew <= allowed * NOISE
                ok = ok and hit
                print(f"  {name:<9} {pa:,} -> {pb:,}: time x{grew:.2f} for data x{db / da:.2f} "
                      f"(n log n allows x{allowed:.2f}) -> {'OK' if hit else 'MISSED'}")
            if rows:
                people, wall, rss = rows[-1]
                hit = rss < MEMORY_LIMIT_GB
                ok = ok and hit
                print(f"  {name:<9} peak memory at {people:,} people: {rss:.2f} GB "
                      f"(target < {MEMORY_LIMIT_GB:.0f} GB) -> {'OK' if hit else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
