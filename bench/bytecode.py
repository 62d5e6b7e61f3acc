"""The project's modules compiled to bytecode before anything is timed, as ``pip install``
does when it installs the package.

Where ``PYTHONDONTWRITEBYTECODE`` is set (as on the development VM) and the package is
installed in editable mode, nothing writes ``__pycache__``: every process would compile
ohtrack's modules from source again (0.15 s for ``import ohtrack.intake``, 0.5 s for a
playbook), while the libraries it is compared with (pandas, python-calamine's wrapper) were
compiled when pip installed them. Compiling ours once makes the comparison the one a user's
installation gives.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ensure() -> None:
    """Compile ``ohtrack`` and the CLI to ``__pycache__`` (only what changed)."""
    for package in (ROOT / "ohtrack", ROOT / "cli"):
        compileall.compile_dir(package, quiet=1)
