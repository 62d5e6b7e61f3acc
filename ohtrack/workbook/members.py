"""One part of a workbook's zip, inflated by zlib-ng: what the scans read before calamine.

zlib-ng inflates the same Deflate streams as zlib 2.2–2.4 times as fast (the 78 MB sheet of
the 100,000-initiative bench workbook: 0.08 s against 0.19 s), and the scan of a big sheet
stands between calamine and that sheet. ``open_part`` reads a part as ``ZipFile.open``
does, with the same checks: the local header's name and bounds, the sizes of the central
directory (no byte past ``file_size``) and the CRC at the end (``BadZipFile`` when it
differs). Parts stored, encrypted or compressed otherwise, and zips not opened from a
path, are read by ``ZipFile.open`` itself.
"""

from __future__ import annotations

import struct
import zipfile
from types import TracebackType
from typing import IO, Protocol

try:  # a wheel for every platform we know; zlib itself where there is none
    from zlib_ng import zlib_ng as _zlib
except ImportError:  # pragma: no cover - zlib-ng is a dependency
    import zlib as _zlib  # type: ignore[no-redef]

#: The inflater's error (zlib-ng's stub types it as an instance).
_ERROR: type[Exception] = _zlib.error  # type: ignore[assignment]
#: Compressed bytes read at a time (at most about 1,000 times as much once inflated).
_IN = 64 << 10
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # a local file header (its first 30 bytes)
_UTF8 = 0x800


class Readable(Protocol):
    """What the scans read a part with: ``read(n)``, ``b""`` at the end."""

    def read(self, n: int = -1, /) -> bytes: ...


def open_part(zf: zipfile.ZipFile, name: str) -> IO[bytes] | _Part:
    """The part ``name`` of ``zf`` to read as a file, as ``zf.open(name)`` gives it."""
    info = zf.getinfo(name)
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1 or not zf.filename:
        return zf.open(info)
    return _Part(zf.filename, info)


def read_part(zf: zipfile.ZipFile, name: str) -> bytes:
    """The whole of part ``name`` (``zf.read(name)``)."""
    with open_part(zf, name) as fh:
        return fh.read()


class _Part:
    """A deflated part read from its own file handle, inflated on demand."""

    def __init__(self, path: str, info: zipfile.ZipInfo) -> None:
        self._fh = open(path, "rb")  # noqa: SIM115 - closed by close()
        try:
            start = self._start(info)
        except BaseException:
            self._fh.close()
            raise
        self._fh.seek(start)
        self._left_in = info.compress_size
        self._left_out = info.file_size
        self._expected = info.CRC
        self._name = info.orig_filename
        self._crc = 0
        self._eof = self._left_out <= 0
        self._inflate = _zlib.decompressobj(-15)

    def _start(self, info: zipfile.ZipInfo) -> int:
        """Where the part's data begins, once its local header is found sound."""
        self._fh.seek(info.header_offset)
        header = self._fh.read(_LOCAL.size)
        if len(header) != _LOCAL.size or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile("Bad magic number for file header")
        fields = _LOCAL.unpack(header)
        name_len, extra_len = fields[-2], fields[-1]
        raw = self._fh.read(name_len)
        name = raw.decode("utf-8" if fields[3] & _UTF8 else "cp437", "replace")
        if name != info.orig_filename:
            raise zipfile.BadZipFile(
                f"File name in directory {info.orig_filename!r} and header {raw!r} differ.")
        start = info.header_offset + _LOCAL.size + name_len + extra_len
        end = getattr(info, "_end_offset", None)  # where the next entry begins, if known
        if end is not None and start + info.compress_size > end:
            raise zipfile.BadZipFile(f"Overlapped entries: {info.orig_filename!r} (possible zip bomb)")
        return start

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (all that is left when ``n`` is negative); b"" at the end."""
        want = self._left_out if n is None or n < 0 else min(n, self._left_out)
        parts: list[bytes] = []
        while want > 0 and not self._eof:
            data = self._inflate.unconsumed_tail
            if not data and self._left_in > 0:
                data = self._fh.read(min(self._left_in, _IN))
                if not data:
                    raise EOFError("the part ends before its compressed size")
                self._left_in -= len(data)
            try:
                out = self._inflate.decompress(data, want)[:self._left_out]
            except _ERROR as exc:  # zlib-ng's own error type: said as zipfile's
                raise zipfile.BadZipFile(f"{self._name!r}: {exc}") from None
            self._eof = self._inflate.eof or (self._left_in <= 0 and not self._inflate.unconsumed_tail)
            self._left_out -= len(out)
            want -= len(out)
            self._eof = self._eof or self._left_out <= 0
            self._crc = _zlib.crc32(out, self._crc)
            parts.append(out)
        if self._eof and self._crc != self._expected:
            raise zipfile.BadZipFile(f"Bad CRC-32 for file {self._name!r}")
        return b"".join(parts)

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> _Part:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
