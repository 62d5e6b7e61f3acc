"""Problems and reports: what validation and analyses hand back instead of raising."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    import pandas as pd

_CELL = re.compile(r"([A-Z]{1,3})(\d+)")


class Severity(str, Enum):
    """How bad a problem is: errors make a workbook invalid, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


class Problem(BaseModel):
    """One thing wrong with the input, with its place in the workbook."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    message: str
    severity: Severity = Severity.ERROR
    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None
    column: str | None = None
    #: The values the message is made of (plain str/int/float), to render it in any language.
    params: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _row_and_column_from_cell(cls, data: Any) -> Any:
        """A cell like ``Initiatives!F12`` also gives row 12 and column F when not set."""
        if isinstance(data, dict) and data.get("cell") and (
                data.get("row") is None or data.get("column") is None):
            m = _CELL.fullmatch(str(data["cell"]).rsplit("!", 1)[-1])
            if m:
                data = {**data}
                data.setdefault("column", None)
                data.setdefault("row", None)
                data["column"] = data["column"] or m[1]
                data["row"] = data["row"] or int(m[2])
        return data

    @property
    def place(self) -> str:
        """The most precise place known: ``Initiatives!F12``, a sheet, or the file."""
        if self.cell:
            return self.cell
        if self.sheet and self.row:
            return f"{self.sheet}!{self.row}:{self.row}"
        return self.sheet or self.file or ""

    def __hash__(self) -> int:
        return hash((self.code, self.message, self.severity, self.file, self.sheet, self.cell,
                     self.row, self.column))

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` (``nl`` or ``en``) from the catalogue ``ohtrack.i18n.problems``;
        ``message`` itself when no template (filled with ``params``) gives it in English."""
        lang = lang.strip().lower()[:2]
        if lang == "en":
            return self.message
        from ohtrack.i18n.problems import render

        try:
            if render(self.code, self.params, "en") != self.message:
                return self.message  # made elsewhere (e.g. surveys), not from the catalogue
            return render(self.code, self.params, lang) or self.message
        except (KeyError, IndexError, ValueError):
            return self.message

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-ready dict with the documented keys; the message in ``lang`` when given."""
        return {
            "sheet": self.sheet,
            "cell": self.cell,
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.text(lang) if lang else self.message,
        }

    def __str__(self) -> str:
        where = self.place
        prefix = f"{self.file}: " if self.file else ""
        return f"{prefix}{where}: {self.message} [{self.code}]" if where else self.message


class Report(BaseModel):
    """The outcome of a validation: valid or not, every problem, and counts."""

    model_config = ConfigDict(defer_build=True)

    problems: list[Problem] = Field(default_factory=list)
    stats: dict[str, Any] = Field(default_factory=dict)
    source: str | None = None

    @property
    def valid(self) -> bool:
        """True when no problem is an error (warnings allowed)."""
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        """The problems that make the workbook invalid."""
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        """The problems that do not."""
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def add(self, problem: Problem) -> None:
        """Add one problem."""
        self.problems.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        """Add several problems."""
        self.problems.extend(problems)

    def flatten(self, keys: Sequence[str] = ("cell", "code")) -> list[list[Any]]:
        """Problems as lists of the named fields, for compact test assertions."""
        out = []
        for p in self.problems:
            d = p.to_dict()
            out.append([d[k] for k in keys])
        return out

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The documented JSON shape: ``{"valid", "problems", "stats"}``.

        Messages are English unless ``lang`` (``nl``/``en``) is given.
        """
        return {
            "valid": self.valid,
            "problems": [p.to_dict(lang) for p in self.problems],
            "stats": dict(self.stats),
        }

    def to_frame(self) -> pd.DataFrame:
        """Problems as a pandas DataFrame, for filtering and grouping."""
        import pandas as pd

        cols = ["sheet", "cell", "row", "column", "code", "severity", "message"]
        return pd.DataFrame([p.to_dict() for p in self.problems], columns=cols)

    def to_text(self, lang: str | None = None, *, warnings: bool = True, each: bool = False) -> str:
        """The verdict and a table of the problems (what ``ohtrack validate`` prints).

        ``lang`` defaults to the workbook's language; ``warnings=False`` lists errors only.
        Every error has a line of its own; more than ``GROUP_FROM`` warnings of one code in one
        column are one line, at the first of their places, "(and 1,252 more cells)", unless
        ``each`` (``to_dict`` always lists every one).
        """
        from ohtrack.i18n import normalise_lang, t
        from ohtrack.i18n.problems import counts
        from ohtrack.plaintext import table

        lang = normalise_lang(lang or str(self.stats.get("language") or "nl"))
        verdict = t("problems.cli.valid" if self.valid else "problems.cli.not-valid", lang)
        lines = [t("problems.cli.verdict", lang, path=self.source or "", verdict=verdict,
                   counts=counts(len(self.errors), len(self.warnings), lang))]
        shown = [p for p in self.problems if warnings or p.severity is Severity.ERROR]
        runs = [[p] for p in shown] if each else _warnings_together(shown)
        if runs:
            rows = [(run_place(run, lang), t(f"problems.severity.{run[0].severity.value}", lang),
                     run[0].code, run[0].text(lang)) for run in runs]
            lines.append(table(rows, t("problems.cli.headers", lang).split("|")))
        return "\n".join(lines)

    def runs(self) -> list[list[Problem]]:
        """The problems as ``to_text`` shows them: each error alone, more than ``GROUP_FROM``
        warnings of one code in one column together, at the first of them (``run_place``)."""
        return _warnings_together(list(self.problems))


def run_place(run: list[Problem], lang: str) -> str:
    """Where a run of problems is: the first's place, "(and 1,252 more cells)" after it."""
    p = run[0]
    return p.place + more_places(len(run) - 1, lang, cells=bool(p.cell))


def more_places(n: int, lang: str, *, cells: bool = True) -> str:
    """`` (and 1,252 more cells)`` (or rows) after the place of a problem that stands for
    ``n`` more; ``""`` for none."""
    from ohtrack.i18n import tn

    return f" {tn('problems.cli.more-cells' if cells else 'problems.cli.more-rows', n, lang)}" if n else ""


#: More warnings of one code in one column than this are shown as one line.
GROUP_FROM = 3


def _warnings_together(problems: list[Problem]) -> list[list[Problem]]:
    """Each problem alone, in order, but the warnings of one code, sheet and column (or of
    one sheet's rows, without a column) together where there are more than ``GROUP_FROM`` of
    them, at the place of the first."""
    from ohtrack.lists import grouped

    runs = grouped(problems, lambda p: (
        (p.code, p.sheet, p.column) if p.severity is Severity.WARNING and p.sheet else id(p)))
    big = {id(run[0]): run for run in runs if len(run) > GROUP_FROM}
    inside = {id(p) for run in big.values() for p in run[1:]}
    return [big.get(id(p), [p]) for p in problems if id(p) not in inside]
