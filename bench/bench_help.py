"""Start-up speed: ``ohtrack --help`` against ``python -c "import click"``, in the same run.

Both run as fresh subprocesses with the same interpreter; best of 10 each. The target is
``ohtrack --help`` within 2x of importing click alone. Also lists any heavy module that
``import ohtrack_cli.main`` or ``import ohtrack`` pulls in (there should be none).
Exits 1 if over the target or if a heavy module is imported.

Usage: python bench/bench_help.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

TARGET = 2.0
REPEAT = 10
HEAVY = ("pandas", "numpy", "networkx", "openpyxl", "matplotlib", "jinja2", "docx", "sqlalchemy",
         "pydantic", "python_calamine", "ohtrack.workbook")


def best_of(cmd: list[str], repeat: int = REPEAT) -> float:
    """The fastest wall-clock time of ``repeat`` runs of a command, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return min(times)


def heavy_imports(statement: str) -> list[str]:
    """Heavy modules loaded by a Python statement, in a fresh interpreter."""
    probe = (f"import sys; {statement}; "
             f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    return out.stdout.split()


def main() -> int:
    import bytecode

    bytecode.ensure()
    py = sys.executable
    script = Path(py).parent / "ohtrack"  # the installed console script, if there is one
    help_cmd = [str(script), "--help"] if script.exists() else [
        py, "-c", "import sys; sys.argv = ['ohtrack', '--help']; from ohtrack_cli.main import main; main()"]
    base = best_of([py, "-c", "import click"])
    ours = best_of(help_cmd)
    ratio = ours / base
    print(f"python -c 'import click' : {base * 1000:.0f} ms (best of {REPEAT})")
    print(f"ohtrack --help           : {ours * 1000:.0f} ms (best of {REPEAT})")
    print(f"ratio {ratio:.2f}x (target <= {TARGET}x): {'OK' if ratio <= TARGET else 'TOO SLOW'}")
    bad = False
    for stmt in ("import ohtrack_cli.main", "import ohtrack"):
        heavy = heavy_imports(stmt)
        print(f"{stmt!r} imports: {', '.join(heavy) or 'nothing heavy'}")
        bad = bad or bool(heavy)
    return 0 if ratio <= TARGET and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
