"""Benchmark: composing 200 managers into learning groups of 8, as a user runs it.

A generated workbook with 200 managers in 30 directorates (under one municipality), each
with one of four learning preferences. Target: the whole process
``ohtrack groups compose WB --size 8 -o NEW.xlsx --json`` (start-up, reading, solving,
writing) under 30 seconds, better than a random grouping on both fit and mixing, and the
same groups on a second run. Exits 1 when a target is missed.

    python bench/bench_compose.py [--people 200 --directorates 30 --limit 30]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ohtrack
from ohtrack.domain import Initiative, Person, Programme, ProgrammeInfo, Unit

PREFERENCES = ("reflecteren", "doen en uitproberen", "uitwisselen", "verdiepen")


def generate(people: int, directorates: int, seed: int = 1) -> Programme:
    """Managers spread unevenly over directorates, preferences drawn at random."""
    rng = random.Random(seed)
    units = [Unit(id="ORG", name="Gemeente")]
    units += [Unit(id=f"D{k:02d}", name=f"Directie {k}", parent="ORG") for k in range(directorates)]
    weights = [rng.uniform(0.5, 2.0) for _ in range(directorates)]
    persons = [Person(id=f"M{i:03d}", name=f"Manager {i}", unit=rng.choices(units[1:], weights)[0].id,
                      tags=["manager"], learning_preference=rng.choice(PREFERENCES))
               for i in range(people)]
    return Programme(info=ProgrammeInfo(name="Bench compose", language="en"), units=units, people=persons,
                     initiatives=[Initiative(id="I1", title="Leadership", outcomes=["Direction"])])


def run(workbook: Path, out: Path) -> tuple[float, dict[str, object]]:
    """Seconds for the whole command, and its JSON."""
    script = Path(sys.executable).parent / "ohtrack"  # the installed console script
    args = ["groups", "compose", str(workbook), "--size", "8", "--people", "manager", "-o", str(out),
            "--json"]
    command = [str(script), *args] if script.exists() else [
        sys.executable, "-c", f"import sys; sys.argv = ['ohtrack', *{args!r}]; "
        "from ohtrack_cli.main import main; main()"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"compose failed ({done.returncode}): {done.stderr}")
    return seconds, json.loads(done.stdout)


def main() -> int:
    import bytecode

    bytecode.ensure()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--directorates", type=int, default=30)
    parser.add_argument("--limit", type=float, default=30.0, help="seconds the whole run may take")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workbook = ohtrack.save(generate(args.people, args.directorates), folder / "managers.xlsx")
        seconds, data = run(workbook, folder / "groups.xlsx")
        again, second = run(workbook, folder / "again.xlsx")
    solver, score, rand = data["solver"], data["score"], data["random"]
    assert isinstance(solver, dict) and isinstance(score, dict) and isinstance(rand, dict)
    same = [g["members"] for g in data["groups"]] == [g["members"] for g in second["groups"]]  # type: ignore[index, union-attr]
    print(f"{args.people} people, {args.directorates} directorates, groups of 8: "
          f"{len(data['groups'])} groups")  # type: ignore[arg-type]
    print(f"whole process: {seconds:.2f} s (second run {again:.2f} s), target < {args.limit:.0f} s")
    print(f"solver: {solver['name']}, {solver['status']}, objective {solver['objective']:.0f}, "
          f"bound {solver['bound']:.0f}, gap {solver['gap']:.4f}, "
          f"solve {solver['wall_time']:.2f} s ({solver['deterministic_time']:.2f} deterministic)")
    print(f"fit: {score['fit']:.3f} composed vs {rand['fit']:.3f} random (mean of {data['random_runs']})")
    print(f"mixing (pairs from different directorates): {score['mixing']:.3f} composed vs "
          f"{rand['mixing']:.3f} random; same-directorate pairs {score['same_unit_pairs']} vs "
          f"{rand['same_unit_pairs']:.1f}")
    print(f"reproducible: {'yes' if same else 'NO'}")
    ok = (seconds < args.limit and again < args.limit and same
          and score["fit"] > rand["fit"] and score["mixing"] > rand["mixing"])
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
