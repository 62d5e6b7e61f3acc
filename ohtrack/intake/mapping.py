"""The mapping of a source onto the workbook: which column is which field, which status
word is which lifecycle code, which theme is which outcome; read from and written to a
TOML file a person can read and edit (see ``docs/import.md``).

Columns are named by their header, so the same file works for next month's copy of the
same list: a column it does not name is proposed afresh, a value it does not name gets
the proposed code.
"""

from __future__ import annotations

import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ohtrack.errors import InventoryError
from ohtrack.intake.headers import TARGETS
from ohtrack.intake.rules import ColumnRule
from ohtrack.workbook.contract import VOCABULARIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: A mapping file is at most this big (one for a list of 10,000 columns is well under 1 MB).
MAX_MAPPING_BYTES = 16 << 20
#: The lifecycle codes a status word can be mapped to ("" leaves the status empty).
LIFECYCLE = tuple(VOCABULARIES["status"])
FORMAT_VERSION = 1


@dataclass
class Mapping:
    """How to read one kind of source list into a programme."""

    columns: list[ColumnRule] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)  # source word → lifecycle code or ""
    themes: dict[str, str] = field(default_factory=dict)  # source value → outcome/practice or ""
    date_order: dict[str, str] = field(default_factory=dict)  # column → "day-first"/"month-first"
    sheet: str | None = None  # only this sheet (None: the best, with sheets laid out alike)
    orientation: str | None = None  # rows or columns (None: found)
    header: int | None = None  # 1-based row (or column) of the header (None: found)
    encoding: str | None = None
    separator: str | None = None
    name: str | None = None  # programme name (default: the file name)
    model: str = "ohi-2011"
    language: str | None = None
    source: str | None = None  # the file it was made for
    #: Comments beside values in the TOML file, as (catalogue key, values): the closest
    #: outcomes of a theme, a status word without a code; not read back.
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def suggest(cls, path: str | Path, sheet: str | None = None, model: str = "ohi-2011", *,
                max_memory: int | str | None = None) -> Mapping:
        """The proposed mapping of a source file (see ``ohtrack.intake.propose``); reading it
        may take ``max_memory`` (as in ``import_inventory``)."""
        from ohtrack.intake.propose import suggest

        return suggest(path, cls, sheet=sheet, model=model, max_memory=max_memory)

    def target(self, header: str) -> ColumnRule | None:
        """The rule for a source header, if the mapping names it."""
        for c in self.columns:
            if c.source == header:
                return c
        return None

    def sources(self, target: str) -> list[str]:
        """The source headers mapped to ``target``, in mapping order."""
        return [c.source for c in self.columns if c.target == target]

    # -- TOML ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        """Read a mapping file; ``InventoryError`` naming the file when it is not one."""
        p = Path(path)
        try:
            if not stat.S_ISREG(p.stat().st_mode):  # a pipe would wait, a device never end
                raise InventoryError.make("mapping-not-file", path=str(p))
            with p.open("rb") as fh:
                data = fh.read(MAX_MAPPING_BYTES + 1)
            if len(data) > MAX_MAPPING_BYTES:
                raise InventoryError.make("mapping-too-big", path=str(p),
                                          size=f"{MAX_MAPPING_BYTES >> 20} MB")
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InventoryError(f"{p}: can't be read as a mapping file ({exc})", "mapping-unreadable",
                                 {"path": str(p), "detail": str(exc)}) from None
        return cls.from_toml(text, str(p))

    @classmethod
    def from_toml(cls, text: str, where: str = "mapping") -> Mapping:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InventoryError(f"{where}: not a valid TOML mapping file ({exc})", "mapping-toml",
                                 {"path": where, "detail": str(exc)}) from None
        return _from_dict(data, where)

    def to_toml(self, lang: str | None = None) -> str:
        """The mapping as TOML, with comments (in ``lang``, default the mapping's language)
        that say what each part means."""
        from ohtrack.intake.mapping_file import to_toml

        return to_toml(self, lang or self.language or "nl")

    def save(self, path: str | Path, lang: str | None = None) -> Path:
        """Write the mapping file atomically; only to a ``.toml`` file, so that no list (a
        ``.csv``, an ``.xlsx``) is ever replaced by its mapping."""
        from ohtrack.fileio import write_text_atomic

        if Path(path).suffix.lower() != ".toml":
            raise InventoryError.make("mapping-suffix", path=str(path))
        return write_text_atomic(path, self.to_toml(lang))


def _bad(where: str, detail: str) -> InventoryError:
    return InventoryError(f"{where}: {detail}", "mapping-invalid", {"path": where, "detail": detail})


def _from_dict(data: dict[str, Any], where: str) -> Mapping:
    src = data.get("source", {})
    prog = data.get("programme", {})
    cols = data.get("columns", {})
    if not isinstance(src, dict) or not isinstance(prog, dict) or not isinstance(cols, dict):
        raise _bad(where, "[source], [programme] and [columns] must be tables")
    rules = []
    for header, target in cols.items():
        t = str(target).strip().lower()
        if t not in TARGETS:
            raise _bad(where, f"column {header!r}: unknown target {target!r}; use one of "
                              f"{', '.join(TARGETS)}")
        rules.append(ColumnRule(str(header), t, 1.0, "", "mapping"))
    status = {str(k): str(v).strip().lower() for k, v in data.get("status", {}).items()}
    for word, code in status.items():
        if code and code not in LIFECYCLE:
            raise _bad(where, f"status {word!r}: {code!r} is not one of {', '.join(LIFECYCLE)}")
    orders = {str(k): str(v) for k, v in data.get("dates", {}).items()}
    for column, order in orders.items():
        if order not in ("day-first", "month-first"):
            raise _bad(where, f"dates {column!r}: use day-first or month-first, not {order!r}")
    orientation = src.get("orientation")
    if orientation not in (None, "rows", "columns"):
        raise _bad(where, f"orientation must be rows or columns, not {orientation!r}")
    header = src.get("header")
    if header is not None and (not isinstance(header, int) or header < 1):
        raise _bad(where, f"header must be a row number (1 or more), not {header!r}")
    return Mapping(
        columns=rules, status=status,
        themes={str(k): str(v) for k, v in data.get("themes", {}).items()},
        date_order=orders, sheet=src.get("sheet") or None, orientation=orientation,
        header=header, encoding=src.get("encoding") or None,
        separator=src.get("separator") or None, name=prog.get("name") or None,
        model=str(prog.get("model") or "ohi-2011"), language=prog.get("language") or None,
        source=src.get("file") or None)
