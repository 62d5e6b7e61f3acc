"""The secret key behind pseudonyms: kept outside every export, stable across runs.

Pseudonyms are a keyed hash (HMAC-SHA256) of a person's ID. Anyone who knows the key can
link a pseudonym back to an ID, so the key is a random secret kept in a file of its own
(made on first use, readable by its owner only), never derived from the programme and
never written into an output. ``OHTRACK_KEY_FILE`` chooses the file; by default it is
``ohtrack/pseudonym.key`` in the user's configuration folder.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from ohtrack.errors import OutputError

#: Environment variable naming the key file.
KEY_ENV = "OHTRACK_KEY_FILE"
KEY_BYTES = 32


def key_path() -> Path:
    """Where the pseudonym key lives: ``$OHTRACK_KEY_FILE``, else the user's config folder."""
    named = os.environ.get(KEY_ENV)
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "ohtrack" / "pseudonym.key"


def _create(p: Path) -> bytes:
    """A new random key in ``p``, readable by its owner only; if another process made one
    at the same moment, that one."""
    text = secrets.token_hex(KEY_BYTES)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_key(p, create=False)
    except OSError as exc:
        raise OutputError(f"{p}: can't write the pseudonym key ({exc.strerror or exc})") from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text + "\n")
    return bytes.fromhex(text)


def load_key(path: str | Path | None = None, *, create: bool = True) -> bytes:
    """The secret key in ``path`` (default ``key_path()``), made on first use when ``create``."""
    p = Path(path) if path is not None else key_path()
    try:
        text = p.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        if not create:
            raise OutputError(f"{p}: no pseudonym key file") from None
        return _create(p)
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"{p}: can't read the pseudonym key ({exc})") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise OutputError(f"{p}: not a pseudonym key (expected {2 * KEY_BYTES} hex digits)") from None
    if len(key) < 16:
        raise OutputError(f"{p}: the pseudonym key is too short")
    return key
