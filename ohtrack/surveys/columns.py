"""Answers as typed columns, fast: a sheet's rows (python-calamine) or a CSV file (pandas,
where pyarrow can't read it: ``textfile``).

A survey of a million rows must not cost more than reading it. Rows from a sheet are
turned into one object grid, then column by column into floats where every cell is a number
or blank (the usual case, done in whole-array steps); a column with any other cell (text,
a date, TRUE/FALSE) stays as the cells were, so ``score_frame`` can report each of them at
its cell. The answers become one float block (the layout pandas keeps), so neither reading
nor scoring needs a second copy of them.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ohtrack.workbook import cells

if TYPE_CHECKING:
    import pandas as pd

#: The fields of a response row besides the answers.
FIELDS = ("respondent", "unit", "wave")


def label(value: Any) -> str | None:
    """A cell as an ID or wave label (``12``, ``12.0`` and ``"12.0"`` alike); a date without
    a time as ``2021-03-01``."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    return cells.to_id(value)


def factorize(column: Any) -> tuple[np.ndarray, Any]:
    """``pd.factorize`` (blank cells: code -1). Text held as Python strings is factorized as
    its object array: a pandas string column makes a pass of its own for the blanks first,
    as long as the factorizing itself."""
    import pandas as pd

    dtype = getattr(column, "dtype", None)
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "python":
        column = column.to_numpy(dtype=object)
    return pd.factorize(column, use_na_sentinel=True)


def _labels(column: Any) -> tuple[np.ndarray, np.ndarray]:
    """Labels of an ID column (each distinct cell converted once) and its blank mask."""
    codes, uniques = factorize(column)
    texts = label_table(uniques)
    none = np.array([t is None for t in texts], dtype=bool)
    return texts[codes], none[codes]  # code -1 (None or NaN cells) takes the None at the end


def label_table(uniques: Any) -> np.ndarray:
    """The label of each distinct cell, then None (for code -1)."""
    values = list(uniques)
    if any(issubclass(kind, dt.datetime) for kind in set(map(type, values))):
        converted = [label(u) for u in values]
    else:  # then ``label`` is ``to_id``: converted in bulk (a million IDs: 5 s less)
        converted = cells.convert_column(cells.to_id, values)[0]
    return np.array([*converted, None], dtype=object)


def _none(cells_: np.ndarray) -> np.ndarray:
    """Where an object array holds None (or NaN)."""
    import pandas as pd

    return np.asarray(pd.isna(cells_), dtype=bool)


def _numbers(column: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """A column as floats (NaN = blank) when every cell is a number, a number written as
    text, or blank; else None (the cells stay for ``numeric_answers``). And the blank mask.
    Three passes over the cells at most: their types, the blanks, the conversion."""
    kinds = set(map(type, column))
    if kinds <= {float, int}:
        return column.astype(float), np.zeros(len(column), dtype=bool)
    blank = column == ""
    if type(None) in kinds:
        blank |= _none(column)
    if kinds <= {float, int, str, type(None)}:  # no TRUE/FALSE, dates or times
        values = np.full(len(column), np.nan)
        try:
            values[~blank] = column[~blank].astype(float)
        except (ValueError, TypeError):  # text that is no number, "3,5", spaces only
            pass
        else:
            if not (np.isnan(values) & ~blank).any():  # no "nan" written as text
                return values, blank
    return None, (np.array([cells.is_empty(v) for v in column]) if str in kinds else blank)


def frame_from_rows(rows: Sequence[Sequence[Any]], fields: dict[str, int], items: dict[str, int],
                    first_row: int) -> tuple[pd.DataFrame, np.ndarray]:
    """The responses of a sheet's rows under its header, and the Excel row of each.

    ``fields`` and ``items`` map a field or item to its position in a row; ``first_row`` is
    the 1-based row of ``rows[0]``. Rows where every cell is blank are left out. Cells are
    visited in row order, as the reader made them (several times faster than by column).
    """
    import itertools

    positions = [*fields.values(), *items.values()]
    width = max([p + 1 for p in positions] + [len(r) for r in rows] + [0])
    grid = np.empty((len(rows), width), dtype=object)
    if rows and all(len(r) == width for r in rows):
        grid[:] = rows
    else:
        grid.fill("")
        for i, r in enumerate(rows):
            grid[i, :len(r)] = r
    kinds = set(map(type, itertools.chain.from_iterable(rows)))
    blank = grid == ""
    if type(None) in kinds:
        blank |= _none(grid)
    labels: dict[str, np.ndarray] = {}
    for name, pos in fields.items():
        labels[name], blank[:, pos] = _labels(grid[:, pos])
    names = list(items)
    answers = _answer_block(grid, blank, [items[i] for i in names], kinds)
    raw: dict[str, np.ndarray] = {}
    if answers is None:  # some cell is no number: column by column, keeping those as they are
        answers = np.full((len(rows), len(names)), np.nan)
        for j, name in enumerate(names):
            col = np.ascontiguousarray(grid[:, items[name]])
            values, blank[:, items[name]] = _numbers(col)
            if values is None:
                col[blank[:, items[name]]] = None
                raw[name] = col
            else:
                answers[:, j] = values
    keep = ~blank.all(axis=1)
    del grid
    return _frame(labels, answers, names, raw, keep), np.flatnonzero(keep) + first_row


def _answer_block(grid: np.ndarray, blank: np.ndarray, cols: list[int],
                  kinds: set[type]) -> np.ndarray | None:
    """The answer columns as one respondents × items float array (NaN = blank), or None when
    some cell is neither a number nor blank (nor a number written as text)."""
    if not kinds <= {float, int, str, type(None)}:  # TRUE/FALSE, dates or times somewhere
        return None
    if cols and cols == list(range(cols[0], cols[0] + len(cols))):  # side by side: a view
        sub, empty = grid[:, cols[0]:cols[0] + len(cols)], blank[:, cols[0]:cols[0] + len(cols)]
    else:  # in row order, so the cells are read in memory order
        sub, empty = np.ascontiguousarray(grid[:, cols]), np.ascontiguousarray(blank[:, cols])
    sub[empty] = np.nan  # the grid is ours to change
    try:
        values = sub.astype(float)
    except (ValueError, TypeError):
        return None
    if (np.isnan(values) & ~empty).any():  # "nan" written as text
        return None
    return values


def _frame(labels: dict[str, np.ndarray], answers: np.ndarray, names: list[str],
           raw: dict[str, np.ndarray], keep: np.ndarray) -> pd.DataFrame:
    """Fields, then the answers as one float block (plus object columns for mixed ones)."""
    import pandas as pd

    numeric = [j for j, name in enumerate(names) if name not in raw]
    block = answers if keep.all() else answers[keep]
    if len(numeric) < len(names):
        block = block[:, numeric]
    frame = pd.DataFrame(block, columns=[names[j] for j in numeric], copy=False)
    for at, fld in enumerate(FIELDS):
        frame.insert(at, fld, pd.Series(labels[fld][keep], dtype=object) if fld in labels else None)
    for fld, col in labels.items():  # attributes (role, location …)
        if fld not in FIELDS:
            frame[fld] = pd.Series(col[keep], dtype=object)
    for name, col in raw.items():
        frame[name] = pd.Series(col[keep], dtype=object)
    return frame


def text_format(path: Path) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV file: UTF-8 (with or without BOM) or Windows-1252; the
    delimiter the header line holds most of among ``;``, ``,`` and tab (Dutch Excel writes ``;``)."""
    if not path.is_file():
        raise ValueError("no such file")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            with path.open(encoding=encoding, newline="") as fh:
                head = fh.readline()
                fh.read(1 << 20)  # decoding errors usually show within the first megabyte
        except UnicodeDecodeError:
            continue
        if not head.strip():
            raise ValueError("the first line (the header) is empty")
        return encoding, max(";,\t", key=head.count)
    raise ValueError("not readable as UTF-8 or Windows-1252 text")


def text_header(path: Path) -> list[str]:
    """The header row of a CSV file, cell by cell."""
    encoding, sep = text_format(path)
    with path.open(encoding=encoding, newline="") as fh:
        return next(csv.reader(fh, delimiter=sep))


def frame_by_pandas(path: Path, encoding: str, sep: str, fields: dict[str, int],
                    items: dict[str, int]) -> tuple[pd.DataFrame, np.ndarray]:
    """The responses in a CSV file (header in line 1, ``encoding`` and ``sep`` as
    ``text_format`` found them) and the line of each, read by pandas' C parser: answers
    straight into numbers, as floats (a decimal comma when ``;`` separates), IDs as text
    (``007`` stays ``007``); lines with every used cell blank are left out. The reading of
    a file pyarrow can't read (``textfile.frame_from_text``)."""
    import pandas as pd

    by_pos = {pos: name for name, pos in {**fields, **items}.items()}
    frame = pd.read_csv(path, sep=sep, decimal="," if sep == ";" else ".", encoding=encoding,
                        header=None, skiprows=1, usecols=sorted(by_pos), skip_blank_lines=False,
                        dtype={pos: object for pos in fields.values()}, engine="c",
                        keep_default_na=False, na_values=[""])
    frame.columns = [by_pos[int(c)] for c in frame.columns]
    for item in items:  # whole numbers as floats too, as a sheet's answers are
        if pd.api.types.is_integer_dtype(frame[item].dtype):
            frame[item] = frame[item].astype(float)
    coded = {fld: factorize(frame[fld].to_numpy()) for fld in fields}  # blank: code -1
    maybe = np.ones(len(frame), dtype=bool)  # blank lines: first the IDs, then the rest of those
    for codes, _ in coded.values():
        maybe &= codes < 0
    blank = np.zeros(len(frame), dtype=bool)
    blank[maybe] = frame.loc[maybe].isna().all(axis=1).to_numpy()
    if blank.any():
        frame = frame.loc[~blank].reset_index(drop=True)
    for fld, (codes, uniques) in coded.items():
        frame[fld] = pd.Series(label_table(uniques)[codes[~blank] if blank.any() else codes], dtype=object)
    for at, fld in enumerate(FIELDS):
        column = frame.pop(fld) if fld in frame else None
        frame.insert(at, fld, column)
    return frame, np.flatnonzero(~blank) + 2
