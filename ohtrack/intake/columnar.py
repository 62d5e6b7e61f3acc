"""A text table read column by column by pyarrow's CSV reader, and its rows on demand.

pyarrow reads a regular file (every row as wide as the first) in C, on every core, and
gives it column by column, as the table is analysed. Its reading is the csv module's
(quotes, doubled quotes, line ends ``\\n``, ``\\r\\n`` and ``\\r``, line breaks inside quoted
cells) except that an empty line gives a row of empty cells rather than no cells: both are
a blank row. A file it can't read so (rows of different widths, an unclosed quote) is
read row by row by the csv module instead. Each column is read dictionary-encoded, so the
cells of one value share one string object (per block of the file).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any, overload

#: Bytes pyarrow reads at a time (and the unit it shares out among threads).
_BLOCK = 1 << 20
#: Below this size the csv module is as fast: no pyarrow.
MIN_BYTES = 256 * 1024


def read_columns(text: str, data: bytes | memoryview | None, sep: str) -> list[list[str]] | None:
    """The cells of CSV ``text`` column by column, all text; None when not regular.

    ``data`` is the text's UTF-8 bytes when at hand (the file itself), else they are made;
    bytes that are no UTF-8 make it None (the text was read with replacement characters).
    """
    first = next(csv.reader(io.StringIO(text[:65536], newline=""), delimiter=sep), None)
    if not first or len(first) < 2:
        return None
    import pyarrow as pa
    import pyarrow.csv as pc

    names = [f"c{i}" for i in range(len(first))]
    text_type = pa.dictionary(pa.int32(), pa.string())  # each chunk's distinct values once
    try:
        table = pc.read_csv(
            pa.py_buffer(data if data is not None else text.encode("utf-8")),
            read_options=pc.ReadOptions(column_names=names, block_size=_BLOCK),
            parse_options=pc.ParseOptions(delimiter=sep, newlines_in_values=True,
                                          ignore_empty_lines=False),
            convert_options=pc.ConvertOptions(column_types=dict.fromkeys(names, text_type),
                                              strings_can_be_null=False,
                                              quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return [_pylist(table.column(i)) for i in range(table.num_columns)]


def _pylist(column: Any) -> list[str]:
    """One dictionary-encoded column's cells as Python strings: each chunk's distinct values
    made once and shared by their cells (a status, a department: a few objects, not one a
    cell), which is faster to make and makes every later pass over the column faster."""
    import numpy as np

    values: list[str] = []  # every chunk's dictionary, one after the other
    parts = []  # each chunk's indices into ``values``
    in_order = True  # every cell a value of its own, in the dictionary's order (IDs, titles)
    for chunk in column.chunks:
        idx = chunk.indices
        # the indices' buffer as it is (Array.to_numpy would import pandas)
        at = np.frombuffer(idx.buffers()[1], dtype=np.int32, count=len(idx), offset=idx.offset * 4)
        in_order = in_order and len(chunk.dictionary) == len(at) and bool(
            (at == np.arange(len(at), dtype=np.int32)).all())
        parts.append(at + len(values) if values else at)
        values += chunk.dictionary.to_pylist()
    if in_order:
        return values  # the dictionaries are the cells
    return np.array(values, dtype=object)[np.concatenate(parts)].tolist()


class ColumnRows(Sequence[list[Any]]):
    """The rows of a table kept column by column, each made (as a list) when asked for."""

    def __init__(self, columns: list[list[Any]]) -> None:
        self.columns = columns
        self._n = len(columns[0]) if columns else 0

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> list[Any]: ...
    @overload
    def __getitem__(self, i: slice) -> list[list[Any]]: ...
    def __getitem__(self, i: int | slice) -> list[Any] | list[list[Any]]:
        if isinstance(i, slice):
            return list(map(list, zip(*(c[i] for c in self.columns))))
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return [c[i] for c in self.columns]

    def __iter__(self) -> Iterator[list[Any]]:
        return map(list, zip(*self.columns))

    def columns_from(self, start: int) -> list[list[Any]]:
        """Every column from row ``start`` on."""
        return [c[start:] for c in self.columns]
