"""Writing output files atomically: a temp file beside the target, then a rename.

This is the one place that writes outputs. Any ``OSError`` while writing (a full disk, no
permission, a folder that vanished) becomes one ``OutputError`` naming the file; the old
file stays as it was and no temp file is left behind. ``refuse_overwrite`` stops an output
that would overwrite an input before anything is written.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ohtrack.errors import OutputError
from ohtrack.i18n.errors import os_reason

PathLike = str | Path | None


def refuse_overwrite(outputs: Iterable[PathLike], inputs: Iterable[PathLike]) -> None:
    """Raise ``OutputError`` (one line) if an output is one of the inputs, or inside an input
    folder: compared after resolving symbolic links, and by device and inode where both exist
    (hard links, case-insensitive file systems). ``None`` entries are skipped.

    Call it with every file a command writes and every file or folder it reads, before
    anything is written.
    """
    ins = [(Path(i), Path(i).resolve()) for i in inputs if i is not None and str(i) != ""]
    for out in outputs:
        if out is None or str(out) == "":
            continue
        o = Path(out)
        resolved = o.resolve()
        for given, real in ins:
            if same_file(o, given, resolved, real):
                raise OutputError.make("is_input", output=str(o), input=str(given))
            if real.is_dir() and resolved.is_relative_to(real):
                raise OutputError.make("in_input_folder", output=str(o), input=str(given))


def same_file(a: str | Path, b: str | Path, a_resolved: Path | None = None,
              b_resolved: Path | None = None) -> bool:
    """True when the paths name one file: equal after resolving symbolic links, or the same
    device and inode where both exist (hard links, case-insensitive file systems)."""
    try:
        if (a_resolved or Path(a).resolve()) == (b_resolved or Path(b).resolve()):
            return True
    except OSError:  # a loop of links: compare what exists
        pass
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): not the same file
        return False


def output_folder(target: str | Path, *, lang: str = "en") -> Path:
    """The folder ``target`` is written into; ``OutputError`` (one line) when there is none,
    so that a long job can refuse its output before it starts."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        error = OutputError.make("no_folder", path=str(target), folder=str(folder))
        raise OutputError(error.text(lang), error.reason, error.params)
    return folder


@contextlib.contextmanager
def atomic_path(target: str | Path, *, lang: str = "en") -> Iterator[Path]:
    """Yield a temp path in the target's folder; on success it replaces the target."""
    target = Path(target)
    folder = output_folder(target, lang=lang)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, _mode_for(target))
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def _mode_for(target: Path) -> int:
    """The existing file's mode, or what a plain ``open()`` would give (0666 less umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(target: str | Path, write: Callable[[Path], object], *, lang: str = "en") -> Path:
    """Call ``write(tmp)`` and move the result into place; raise ``OutputError`` on I/O failure."""
    try:
        with atomic_path(target, lang=lang) as tmp:
            write(tmp)
    except OSError as exc:
        error = OutputError.make("cant_write", path=str(target), **os_reason(exc))
        raise OutputError(error.text(lang), error.reason, error.params) from exc
    return Path(target)


def write_text_atomic(target: str | Path, text: str, *, lang: str = "en") -> Path:
    """Write text (UTF-8) atomically."""
    return write_atomic(target, lambda p: p.write_text(text, encoding="utf-8"), lang=lang)


def write_bytes_atomic(target: str | Path, data: bytes, *, lang: str = "en") -> Path:
    """Write bytes atomically."""
    return write_atomic(target, lambda p: p.write_bytes(data), lang=lang)


def write_workbook_atomic(target: str | Path, workbook: Any, *, lang: str = "en") -> Path:
    """Save an openpyxl workbook atomically.

    The workbook is zipped in memory first and written in one go: a full disk then fails
    cleanly, without openpyxl's half-written zip file complaining later when collected.
    """
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_bytes_atomic(target, buffer.getvalue(), lang=lang)
