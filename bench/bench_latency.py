"""How long each command takes on the case samples, run as a user runs it: a new process.

Every command on every case sample, figures and exports included, should take at most
1.0 s wall time on the development machine; the playbook at most 1.0 s as HTML and 1.5 s as
Word or PDF. Each command runs REPEAT times (interleaved with the others); the median
counts. The table lists every command with its target; the script exits 1 when one is
missed.

Usage: python bench/bench_latency.py [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CASES = ["staal-osf2-verbeterteam", "sociaal-werkbedrijf-driehoek", "gemeente-pitstop-managers",
         "gemeente-blended-leren", "productielocatie-mt"]
SURVEYS = {"gemeente-pitstop-managers": "gemeente-pitstop-enquete",
           "sociaal-werkbedrijf-driehoek": "sociaal-werkbedrijf-enquete"}
#: Target wall time (seconds) by command kind.
TARGET = 1.0
TARGET_DOCUMENT = 1.5
REPEAT = 3


def commands(out: Path) -> list[tuple[str, float, list[str]]]:
    """``(label, target, argv)`` for every command on every case sample."""
    ohtrack = [str(Path(sys.executable).parent / "ohtrack")]  # the console script users run
    rows: list[tuple[str, float, list[str]]] = []
    for case in CASES:
        wb = str(SAMPLES / f"{case}.xlsx")
        o = out / case
        o.mkdir(parents=True, exist_ok=True)
        rows += [
            (f"validate {case}", TARGET, [*ohtrack, "validate", wb]),
            (f"map {case}", TARGET, [*ohtrack, "map", wb]),
            (f"map --png --xlsx {case}", TARGET,
             [*ohtrack, "map", wb, "--png", str(o / "map.png"), "--xlsx", str(o / "map.xlsx")]),
            (f"network {case}", TARGET, [*ohtrack, "network", wb]),
            (f"network --export png,gexf {case}", TARGET,
             [*ohtrack, "network", wb, "--export", str(o / "net.png"), "--export", str(o / "net.gexf")]),
            (f"indicators --png {case}", TARGET,
             [*ohtrack, "indicators", wb, "--png", str(o / "ind.png")]),
            (f"playbook .html {case}", TARGET, [*ohtrack, "playbook", wb, "-o", str(o / "pb.html")]),
            (f"playbook .docx {case}", TARGET_DOCUMENT,
             [*ohtrack, "playbook", wb, "-o", str(o / "pb.docx")]),
            (f"playbook .pdf {case}", TARGET_DOCUMENT,
             [*ohtrack, "playbook", wb, "-o", str(o / "pb.pdf")]),
        ]
        if case in SURVEYS:
            sv = str(SAMPLES / f"{SURVEYS[case]}.xlsx")
            rows.append((f"survey --png {case}", TARGET,
                         [*ohtrack, "survey", sv, "--programme", wb, "--png", str(o / "sv.png")]))
    rows.append(("template", TARGET, [*ohtrack, "template", str(out / "t.xlsx"), "--force"]))
    rows.append(("models ohi-2011", TARGET, [*ohtrack, "models", "ohi-2011"]))
    return rows


def run(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: problems found (exit code of a sample with warnings)
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode()[-500:]}")
    return took


def main() -> int:
    import bytecode

    bytecode.ensure()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=REPEAT)
    ap.add_argument("--only", default=None, help="Only commands whose label contains this text.")
    args = ap.parse_args()
    out = Path(tempfile.mkdtemp(prefix="ohtrack-latency-"))
    try:
        rows = [r for r in commands(out) if args.only is None or args.only in r[0]]
        times: dict[str, list[float]] = {label: [] for label, _, _ in rows}
        for _ in range(args.repeat):
            for label, _target, argv in rows:
                times[label].append(run(argv))
        missed = 0
        width = max(len(label) for label, _, _ in rows)
        print(f"{'command':<{width}}  median   target")
        for label, target, _ in rows:
            median = statistics.median(times[label])
            ok = median <= target
            missed += not ok
            print(f"{label:<{width}}  {median:5.2f} s  {target:.1f} s{'' if ok else '  TOO SLOW'}")
        print(f"{len(rows) - missed} of {len(rows)} within target")
        return 1 if missed else 0
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
