"""Reading a benchmark file: the scores of other organisations, one row each.

A CSV (``;``, ``,`` or tab; UTF-8 or Windows-1252) or xlsx file (its first sheet) with a row
per organisation: a name column (``Organisation``/``Organisatie``/``Name``/``Naam``, else
the first column) and one column per outcome or theme, holding % favourable (``77%`` or
``77``). Columns that are mostly not numbers (codes, groups) are left out, and so are rows
whose name or code is in ``exclude`` (e.g. a published median row).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ohtrack.errors import WorkbookError
from ohtrack.text import name_key

if TYPE_CHECKING:
    import pandas as pd

NAME_COLUMNS = {name_key(n) for n in ("organisation", "organisatie", "organization", "name", "naam")}


@dataclass
class Benchmark:
    """Scores per organisation (rows) and column (outcome or theme), % favourable."""

    source: str | None
    organisations: list[str]
    columns: list[str]
    scores: np.ndarray  # organisations × columns, NaN = none
    excluded: list[str] = field(default_factory=list)


def load_benchmark(path: str | Path, exclude: Iterable[str] = ()) -> Benchmark:
    """Read a benchmark file (see the module's docstring); ``WorkbookError`` if unreadable."""
    import pandas as pd

    p = Path(path)
    try:
        if p.suffix.lower() in (".xlsx", ".xlsm"):
            from ohtrack.workbook.source import read_workbook

            sheet = next(iter(read_workbook(p).sheets.values()))
            rows = [list(r) for r in sheet.rows if any(v not in (None, "") for v in r)]
            frame = pd.DataFrame(rows[1:], columns=[str(h) for h in rows[0]])
        else:
            from ohtrack.surveys.columns import text_format

            encoding, sep = text_format(p)
            frame = pd.read_csv(p, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    except (OSError, ValueError, StopIteration, IndexError) as exc:
        raise WorkbookError.make("answers", path=str(p), detail=str(exc)) from None
    return benchmark_from_frame(frame, str(p), exclude)


def benchmark_from_frame(frame: pd.DataFrame, source: str | None = None,
                         exclude: Iterable[str] = ()) -> Benchmark:
    """A benchmark from a DataFrame laid out as the file is."""
    import pandas as pd

    headers = [str(c) for c in frame.columns]
    name_col = next((h for h in headers if name_key(h) in NAME_COLUMNS), headers[0])
    skip = {name_key(e) for e in exclude}
    text = frame.astype(str)
    out = text.apply(lambda c: pd.to_numeric(c.str.strip().str.rstrip("%").str.replace(",", "."),
                                             errors="coerce"))
    numeric = [h for h, c in zip(headers, frame.columns) if h != name_col
               and out[c].notna().sum() >= max(1, 0.5 * (text[c].str.strip() != "").sum())]
    dropped = np.array([any(name_key(v) in skip for v in row) for row in text.to_numpy()], dtype=bool)
    used = [c for h, c in zip(headers, frame.columns) if h in numeric]
    keep = ~dropped & out[used].notna().any(axis=1).to_numpy()
    names = text[name_col].to_numpy()
    return Benchmark(source, [str(n) for n in names[keep]], numeric,
                     out.loc[keep, used].to_numpy(float), [str(n) for n in names[dropped]])
