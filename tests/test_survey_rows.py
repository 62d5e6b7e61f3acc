"""The fast row sums and minima give exactly what numpy's unbuffered ufunc.at gives."""

from __future__ import annotations

import numpy as np
import pytest

from ohtrack.surveys.rows import add_rows, min_rows


@pytest.mark.parametrize("seed", range(20))
def test_add_and_min_rows_equal_ufunc_at(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size, cols, k = int(rng.integers(1, 30)), int(rng.integers(1, 6)), int(rng.integers(0, 80))
    index = rng.integers(0, size, k)
    rows = rng.integers(-50, 50, (k, cols))
    for sign, ufunc in ((1, np.add), (-1, np.subtract)):
        want = rng.integers(0, 9, (size, cols))
        got = want.copy()
        ufunc.at(want, index, rows)
        add_rows(got, index, rows, sign=sign)
        assert np.array_equal(got, want)
    want = np.full((size, cols), 10**9)
    got = want.copy()
    np.minimum.at(want, index, rows)
    min_rows(got, index, rows)
    assert np.array_equal(got, want)
    flags = rows > 0  # booleans count as 0 and 1
    want, got = np.zeros((size, cols), dtype=np.int64), np.zeros((size, cols), dtype=np.int64)
    np.add.at(want, index, flags)
    add_rows(got, index, flags)
    assert np.array_equal(got, want)
    flat_want, flat_got = np.zeros(size * cols, dtype=np.int64), np.zeros((size, cols), dtype=np.int64)
    flat_index = rng.integers(0, size * cols, k)
    np.add.at(flat_want, flat_index, rows[:, 0])
    add_rows(flat_got.reshape(-1), flat_index, rows[:, 0])  # through a view, as scoring does
    assert np.array_equal(flat_got.reshape(-1), flat_want)
