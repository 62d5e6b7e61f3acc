"""Benchmark: ``ohtrack network --json`` as a user runs it (a new process), from 10,000 to
100,000 people, against igraph's exact betweenness alone on the same graph.

Targets (issue 14):

- 2: the report for 10,000 people / 50,000 relations / 2,000 events within 0.5x the time of
  igraph's exact betweenness alone on the same graph (a process that reads the graph's ties
  and computes it), whole-process timings, medians of paired runs; and the same top-10
  brokers as the exact computation.
- 3: 100,000 people / 500,000 relations / 20,000 events finishes with a peak memory (max
  RSS of the process) under 4 GB; the time of each step 10k -> 30k -> 100k grows no faster
  than (data) x log(data), data = people + ties, for the same betweenness method.

Workbooks are generated once into ``bench/out/`` (git-ignored) by ``bench/make_big.py``.
Exit code 1 when a target is missed.

    /work/venv/bin/python bench/bench_network.py [--runs 3] [--sizes 10000,30000,100000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
MEMORY_LIMIT_GB = 4.0
TARGET_RATIO = 0.5
#: Allowance for timing noise on a shared machine when checking growth against n log n.
NOISE = 1.25

BASELINE = """
import json, sys, numpy as np, igraph as ig
data = np.load(sys.argv[1])
nodes, edges = data["nodes"], data["edges"]
g = ig.Graph(n=len(nodes), edges=edges.tolist())
raw = np.asarray(g.betweenness(directed=False))
n = len(nodes)
values = raw * 2.0 / ((n - 1) * (n - 2))
order = sorted(range(n), key=lambda i: (-values[i], str(nodes[i])))[:10]
print(json.dumps([str(nodes[i]) for i in order]))
"""


def workbook(people: int) -> Path:
    """The generated network workbook for ``people`` (5 relations, 0.2 events per person)."""
    path = OUT / f"network-{people}.xlsx"
    if not path.exists():
        sys.path.insert(0, str(HERE))
        from make_big import make_network

        t = time.perf_counter()
        make_network(path, people)
        print(f"generated {path.name} in {time.perf_counter() - t:.0f} s", flush=True)
    return path


def edge_file(wb: Path) -> Path:
    """The people graph's ties as node indices (for the baseline process)."""
    path = wb.with_suffix(".edges.npz")
    if not path.exists():
        import numpy as np

        import ohtrack
        from ohtrack.analysis.network_build import build

        g = build(ohtrack.load(wb)).people_graph
        nodes = list(g.nodes)
        index = {v: i for i, v in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=np.int64)
        np.savez(path, nodes=np.array(nodes), edges=edges)
    return path


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux ``/proc``)."""
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    out += _tree(int(child))
    except OSError:
        pass
    return out


def _pss(pid: int) -> int:
    """The proportional set size of one process in bytes (shared pages split among sharers)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak memory in GB, stdout) of one process. The peak is the larger of the
    process's max RSS and the peak of the summed PSS of it and its children (sampled every
    0.1 s), so work done in a forked second process counts too."""
    import threading

    with tempfile.TemporaryFile() as out:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        peak = [0]
        done = threading.Event()

        def watch() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], sum(_pss(p) for p in _tree(proc.pid)))

        watcher = threading.Thread(target=watch, daemon=True)
        if os.path.exists("/proc/self/smaps_rollup"):
            watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        done.set()
        if watcher.is_alive():
            watcher.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()}")
        out.seek(0)
        return wall, max(usage.ru_maxrss / 1024**2, peak[0] / 1024**3), out.read().decode()


def ohtrack_cmd(wb: Path, *flags: str) -> list[str]:
    """The ``ohtrack`` console script beside this Python (as a user runs it)."""
    script = Path(sys.executable).with_name("ohtrack")
    launch = ([str(script)] if script.exists()
              else [sys.executable, "-c", "from ohtrack_cli.main import cli; cli()"])
    return [*launch, "network", str(wb), "--json", *flags]


def top10(report: str) -> list[str]:
    people = json.loads(report)["people"]
    ranked = sorted(people, key=lambda p: (-p["betweenness"], p["id"]))
    return [p["id"] for p in ranked[:10]]


def target_2(runs: int) -> bool:
    wb = workbook(10_000)
    edges = edge_file(wb)
    base_cmd = [sys.executable, "-c", BASELINE, str(edges)]
    timings: dict[str, list[float]] = {"baseline": [], "default": [], "estimate": []}
    memory: dict[str, float] = {}
    tops: dict[str, list[str]] = {}
    cmds = {"baseline": base_cmd, "default": ohtrack_cmd(wb), "estimate": ohtrack_cmd(wb, "--estimate")}
    methods: dict[str, str] = {}
    for i in range(runs):  # paired: each round runs all three, in a rotating order
        names = list(cmds)[i % 3:] + list(cmds)[:i % 3]
        for name in names:
            wall, rss, out = run(cmds[name])
            timings[name].append(wall)
            memory[name] = max(memory.get(name, 0.0), rss)
            if name == "baseline":
                tops[name] = json.loads(out)
            else:
                tops[name] = top10(out)
                methods[name] = json.loads(out)["betweenness"]["method"]
        print(f"  round {i + 1}: " + ", ".join(f"{k} {v[-1]:.1f} s" for k, v in timings.items()), flush=True)
    base = statistics.median(timings["baseline"])
    ok = True
    print(f"\nTarget 2: 10,000 people / 50,000 relations / 2,000 events, {runs} paired runs, whole process")
    print(f"  igraph exact betweenness alone: median {base:.1f} s, peak memory {memory['baseline']:.2f} GB")
    for name in ("default", "estimate"):
        med = statistics.median(timings[name])
        paired = statistics.median(r / b for r, b in zip(timings[name], timings["baseline"]))
        same = tops[name] == tops["baseline"]
        overlap = len(set(tops[name]) & set(tops["baseline"]))
        hit = med / base <= TARGET_RATIO and same
        ok = ok and hit
        print(f"  ohtrack network --json{' --estimate' if name == 'estimate' else ''} ({methods[name]}): "
              f"median {med:.1f} s, {med / base:.2f}x (median of paired ratios {paired:.2f}x; target "
              f"<= {TARGET_RATIO}x), peak memory {memory[name]:.2f} GB; top-10 brokers "
              f"{'equal to exact' if same else f'{overlap} of 10 in the exact top 10'} -> "
              f"{'OK' if hit else 'MISSED'}")
    print(f"  exact top 10: {', '.join(tops['baseline'])}")
    print(f"  estimate top 10: {', '.join(tops['estimate'])}")
    return ok


def target_3(sizes: list[int]) -> bool:
    print(f"\nTarget 3: ohtrack network --json at {', '.join(f'{s:,}' for s in sizes)} people "
          "(5 relations and 0.2 events per person), one run each, whole process")
    rows: list[dict[str, Any]] = []
    for people in sizes:
        wb = workbook(people)
        for flags in (("--estimate",),) if people != sizes[0] else ((), ("--estimate",)):
            wall, rss, out = run(ohtrack_cmd(wb, *flags))
            s = json.loads(out)["summary"]
            rows.append({"people": people, "flags": flags, "wall": wall, "rss": rss, "ties": s["ties"],
                         "method": s["betweenness_method"], "sample": s["betweenness_sample"]})
            del out, s
            r = rows[-1]
            print(f"  {people:>7,} people, {r['ties']:>7,} ties, betweenness {r['method']:<9} "
                  f"{'(default)' if not flags else '(--estimate)'}: {wall:6.1f} s, peak memory {rss:.2f} GB",
                  flush=True)
    ok = True
    est = [r for r in rows if r["method"] == "estimated"]
    for a, b in zip(est, est[1:]):
        da, db = a["people"] + a["ties"], b["people"] + b["ties"]
        allowed = db * math.log(db) / (da * math.log(da))
        grew = b["wall"] / a["wall"]
        hit = grew <= allowed * NOISE
        ok = ok and hit
        print(f"  {a['people']:,} -> {b['people']:,}: time x{grew:.2f} for data x{db / da:.2f} "
              f"(n log n allows x{allowed:.2f}) -> {'OK' if hit else 'MISSED'}")
    big = rows[-1]
    hit = big["rss"] < MEMORY_LIMIT_GB
    print(f"  peak memory at {big['people']:,} people: {big['rss']:.2f} GB "
          f"(target < {MEMORY_LIMIT_GB:.0f} GB) -> {'OK' if hit else 'MISSED'}")
    return ok and hit


def main() -> int:
    import bytecode

    bytecode.ensure()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--only", choices=("2", "3"))
    args = ap.parse_args()
    import igraph
    import numpy

    print(f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"igraph {igraph.__version__}, numpy {numpy.__version__}, load {os.getloadavg()[0]:.1f}; "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    ok2 = target_2(args.runs) if args.only != "3" else True
    ok3 = target_3([int(x) for x in args.sizes.split(",")]) if args.only != "2" else True
    return 0 if ok2 and ok3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
