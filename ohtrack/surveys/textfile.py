"""A CSV file of responses read by pyarrow's CSV reader: in C, on every core, column by column.

Its reading is that of pandas' C parser in ``columns.frame_by_pandas`` (quotes, doubled
quotes, line ends ``\\n``, ``\\r\\n`` and ``\\r``, line breaks inside quoted cells, an empty
line as a row of blank cells), and so is what it gives: the same frame, the same line of each
row. Answers are read as small whole numbers (int8: a survey's answers and codes such as 99
fit) and written as floats straight into one block, the layout pandas keeps; a file with
other numbers (``4,5``, ``1000``) is read again with answers as floats (a decimal comma when
``;`` separates). IDs are read as text and dictionary-encoded: each distinct ID is
converted once, and the column is made by one take from its codes.

``frame_from_text`` reads the file so, and by pandas (``columns.frame_by_pandas``) where
``frame_by_arrow`` gives None because pyarrow can't read it so:
rows of different widths (pandas pads a short row with blanks), an answer that is no number
(text, ``3.5`` where a decimal comma is written, ``TRUE``, spaces: pandas keeps that column's
cells as text for ``score_frame`` to report at their cells), a number pyarrow reads and pandas
does not (``nan``, ``inf``), text that is no UTF-8 where UTF-8 was found, or an empty file.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

#: Bytes pyarrow reads at a time (and the unit it shares out among threads).
_BLOCK = 1 << 20
#: The value in pyarrow's message about a cell it could not convert.
_INVALID = re.compile(r"invalid value '(.*)'$", re.DOTALL)


def frame_from_text(path: Path, fields: dict[str, int],
                    items: dict[str, int]) -> tuple[pd.DataFrame, np.ndarray]:
    """The responses in a CSV file (header in line 1) and the line of each: answers as
    floats (a decimal comma when ``;`` separates), IDs as text (``007`` stays ``007``); lines
    with every used cell blank are left out. ``fields`` and ``items`` map a field or item to
    its position in a row."""
    from ohtrack.surveys.columns import frame_by_pandas, text_format

    encoding, sep = text_format(path)
    read = frame_by_arrow(path, encoding, sep, fields, items)
    return read if read is not None else frame_by_pandas(path, encoding, sep, fields, items)


def frame_by_arrow(path: Path, encoding: str, sep: str, fields: dict[str, int],
                   items: dict[str, int]) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The responses in a CSV file (header in line 1) and the line of each, as
    ``columns.frame_by_pandas`` gives them; None when pyarrow can't read the file so."""
    import pyarrow as pa

    table = _read(path, encoding, sep, fields, items, pa.int8())
    if isinstance(table, str):  # some answer is no small whole number
        table = _read(path, encoding, sep, fields, items, pa.float64()) if _number(table, sep) else None
    if not isinstance(table, pa.Table):
        return None
    return _frame(table, fields, items)


def _read(path: Path, encoding: str, sep: str, fields: dict[str, int], items: dict[str, int],
          answer: pa.DataType) -> pa.Table | str | None:
    """The used columns (named ``f<position>``); the cell pyarrow could not convert to
    ``answer``, or None when it can't read the file at all."""
    import pyarrow as pa
    import pyarrow.csv as pc

    types = {**{f"f{p}": pa.string() for p in fields.values()}, **{f"f{p}": answer for p in items.values()}}
    try:
        return pc.read_csv(
            path,
            read_options=pc.ReadOptions(skip_rows=1, autogenerate_column_names=True, block_size=_BLOCK,
                                        encoding="utf8" if encoding == "utf-8-sig" else encoding),
            parse_options=pc.ParseOptions(delimiter=sep, newlines_in_values=_quoted(path),
                                          ignore_empty_lines=False),
            convert_options=pc.ConvertOptions(
                column_types=types, include_columns=sorted(types, key=lambda n: int(n[1:])),
                null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=True,
                decimal_point="," if sep == ";" else "."))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowKeyError, pa.ArrowTypeError,
            UnicodeDecodeError) as exc:
        found = _INVALID.search(str(exc)) if "conversion error" in str(exc) else None
        return found.group(1) if found else None


def _quoted(path: Path) -> bool:
    """Whether the file has a quote: only then can a cell hold a line break, which makes
    pyarrow split the file among threads more slowly (0.4 s of 2 for 400 MB; the scan 0.15 s)."""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 24):
            if b'"' in chunk:
                return True
    return False


def _number(text: str, sep: str) -> bool:
    """Whether a cell pyarrow could not read as int8 is a finite number (so worth reading
    the answers as floats): ``3.5`` is none where a decimal comma is written."""
    if sep == ";" and "." in text:
        return False
    try:
        return bool(np.isfinite(float(text.replace(",", ".") if sep == ";" else text)))
    except ValueError:
        return False


def _frame(table: pa.Table, fields: dict[str, int],
           items: dict[str, int]) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The frame of ``columns.frame_by_pandas`` from the columns pyarrow read."""
    import pandas as pd

    from ohtrack.surveys.columns import FIELDS, label_table

    size = table.num_rows
    names = sorted(items, key=items.__getitem__)
    block = _empty((size, len(names)))  # its transpose: pandas' block, no copy
    with ThreadPoolExecutor(2) as pool:  # the answers written while the IDs are coded
        written = pool.map(lambda j: _answers(table.column(f"f{items[names[j]]}"), block[:, j]),
                           range(len(names)))
        coded = {fld: _codes(table.column(f"f{pos}")) for fld, pos in fields.items()}
        if not all(written):
            return None  # a number pandas reads as text
    maybe = np.ones(size, dtype=bool)  # blank lines: first the IDs, then the answers of those
    for codes, _ in coded.values():
        maybe &= codes < 0
    blank = np.zeros(size, dtype=bool)
    blank[maybe] = np.isnan(block[maybe]).all(axis=1)
    keep = ~blank
    if blank.any():
        block = block[keep].copy(order="F")
    frame = pd.DataFrame(block, columns=names, copy=False)
    labels = {fld: label_table(uniques)[codes[keep] if blank.any() else codes]
              for fld, (codes, uniques) in coded.items()}
    at = 0
    for fld in FIELDS:  # then the attributes where they stand among the items
        frame.insert(at, fld, pd.Series(labels[fld], dtype=object) if fld in labels else None)
        at += 1
    order = sorted([*fields.items(), *items.items()], key=lambda kv: kv[1])
    for i, (name, _) in enumerate([kv for kv in order if kv[0] not in FIELDS]):
        if name in fields:
            frame.insert(at + i, name, pd.Series(labels[name], dtype=object))
    return frame, np.flatnonzero(keep) + 2


def _codes(column: pa.ChunkedArray) -> tuple[np.ndarray, Any]:
    """``pd.factorize`` of a text column (blank cells: code -1): codes and distinct values."""
    import pyarrow as pa
    import pyarrow.compute as pcmp

    encoded = pcmp.dictionary_encode(column)  # one dictionary for every chunk
    if encoded.num_chunks == 0:
        return np.zeros(0, dtype=np.intp), np.array([], dtype=object)
    indices = pa.chunked_array([c.indices for c in encoded.chunks], type=pa.int32()).combine_chunks()
    codes = indices.fill_null(-1).to_numpy().astype(np.intp, copy=False)
    return codes, encoded.chunk(0).dictionary.to_numpy(zero_copy_only=False)


def _empty(shape: tuple[int, int]) -> np.ndarray:
    """A float array in column order, in ordinary pages: numpy asks for huge pages for
    large arrays, and a kernel that defragments memory for them on first touch (the default
    ``defrag=madvise``) spends seconds more on 1.4 GB than the writing takes."""
    try:
        from numpy._core import multiarray

        setter = getattr(multiarray, "_set_madvise_hugepage")  # noqa: B009 (private, maybe gone)
    except (ImportError, AttributeError):
        return np.empty(shape, order="F")
    before = setter(False)
    try:
        return np.empty(shape, order="F")
    finally:
        setter(before)


def _answers(column: pa.ChunkedArray, out: np.ndarray) -> bool:
    """Write an answer column into ``out`` as floats (NaN = blank); False when a number was
    read that pandas keeps as text (``nan``, ``inf``)."""
    import pyarrow as pa

    start = 0
    for chunk in column.chunks:
        n = len(chunk)
        valid, data = chunk.buffers()
        part = out[start:start + n]
        kind = chunk.type.to_pandas_dtype()
        part[:] = np.frombuffer(data, dtype=kind, count=chunk.offset + n)[chunk.offset:]
        if chunk.null_count:
            bits = np.unpackbits(np.frombuffer(valid, dtype=np.uint8), count=chunk.offset + n,
                                 bitorder="little")[chunk.offset:]
            part[bits == 0] = np.nan
        start += n
    if not pa.types.is_floating(column.type):
        return True  # whole numbers: finite
    return bool(np.isfinite(out).sum() == len(out) - column.null_count)
