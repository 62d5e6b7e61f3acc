"""A workbook part inflated by zlib-ng reads as ``ZipFile.open`` reads it, checks included."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from ohtrack.workbook.members import open_part, read_part

TEXT = b"<sheetData>" + b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i)
                                 for i in range(1, 20_001)) + b"</sheetData>"


def _zip(path: Path, data: bytes = TEXT, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", data)
        zf.writestr("xl/worksheets/empty.xml", b"")
    return path


def test_reads_as_zipfile_does_in_any_chunks(tmp_path: Path) -> None:
    p = _zip(tmp_path / "a.xlsx")
    with zipfile.ZipFile(p) as zf:
        assert read_part(zf, "xl/worksheets/sheet1.xml") == zf.read("xl/worksheets/sheet1.xml") == TEXT
        assert read_part(zf, "xl/worksheets/empty.xml") == b""
        with open_part(zf, "xl/worksheets/sheet1.xml") as fh:
            pieces = []
            while chunk := fh.read(7_777):
                assert len(chunk) <= 7_777
                pieces.append(chunk)
        assert b"".join(pieces) == TEXT
        assert len(pieces) == -(-len(TEXT) // 7_777)  # every read but the last is full


def test_stored_parts_are_read_by_zipfile(tmp_path: Path) -> None:
    p = _zip(tmp_path / "s.xlsx", method=zipfile.ZIP_STORED)
    with zipfile.ZipFile(p) as zf, open_part(zf, "xl/worksheets/sheet1.xml") as fh:
        assert isinstance(fh, zipfile.ZipExtFile)
        assert fh.read() == TEXT


def _patch(path: Path, old: bytes, new: bytes, nth: int = 0) -> None:
    raw = path.read_bytes()
    at = -1
    for _ in range(nth + 1):
        at = raw.index(old, at + 1)
    path.write_bytes(raw[:at] + new + raw[at + len(old):])


def test_a_changed_byte_fails_the_crc(tmp_path: Path) -> None:
    p = _zip(tmp_path / "c.xlsx", data=b"A" * 1000 + b"B")
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    _patch(p, info.CRC.to_bytes(4, "little"), (info.CRC ^ 1).to_bytes(4, "little"), nth=1)  # the directory's
    with zipfile.ZipFile(p) as zf:
        with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
            zf.read("xl/worksheets/sheet1.xml")
        with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
            read_part(zf, "xl/worksheets/sheet1.xml")


def test_a_header_naming_another_part_is_refused(tmp_path: Path) -> None:
    p = _zip(tmp_path / "n.xlsx")
    _patch(p, b"xl/worksheets/sheet1.xml", b"xl/worksheets/sheet9.xml")  # the local header's name
    with zipfile.ZipFile(p) as zf, pytest.raises(zipfile.BadZipFile, match="differ"):
        read_part(zf, "xl/worksheets/sheet1.xml")


def test_no_byte_past_the_directorys_size(tmp_path: Path) -> None:
    """A directory that says the part is smaller than its stream: both stop at that size
    (and the CRC of the shorter text does not match)."""
    p = _zip(tmp_path / "z.xlsx")
    with zipfile.ZipFile(p) as zf:
        size = zf.getinfo("xl/worksheets/sheet1.xml").file_size
    _patch(p, size.to_bytes(4, "little"), (1000).to_bytes(4, "little"), nth=1)
    with zipfile.ZipFile(p) as zf:
        for read in (zf.read, lambda name: read_part(zf, name)):
            with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
                read("xl/worksheets/sheet1.xml")
        with open_part(zf, "xl/worksheets/sheet1.xml") as fh:
            assert len(fh.read(600)) == 600
            with pytest.raises(zipfile.BadZipFile):
                fh.read(600)


def test_damaged_data_is_a_bad_zip_not_a_zlib_ng_error(tmp_path: Path) -> None:
    """zlib-ng raises its own error type; it comes out as ``BadZipFile``, which the reader
    says in one line (as zipfile's ``zlib.error``)."""
    p = _zip(tmp_path / "d.xlsx", data=os.urandom(200_000) + TEXT)
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    raw = bytearray(p.read_bytes())
    start = info.header_offset + 30 + len(info.filename)
    raw[start + 100:start + info.compress_size - 100] = b"\xff" * (info.compress_size - 200)
    p.write_bytes(bytes(raw))
    with zipfile.ZipFile(p) as zf, pytest.raises(zipfile.BadZipFile, match=r"sheet1\.xml"):
        read_part(zf, "xl/worksheets/sheet1.xml")


def test_a_damaged_sheet_is_one_line_from_read_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from ohtrack.errors import WorkbookError
    from ohtrack.workbook.source import read_workbook

    wb = Workbook()
    ws = wb.active
    for i in range(1, 30_001):
        ws.append([f"row {i} " + "x" * (i % 50), i, i * 0.5])
    p = tmp_path / "big.xlsx"
    wb.save(p)
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size > 128 << 10  # scanned fast, through zlib-ng
    raw = bytearray(p.read_bytes())
    start = info.header_offset + 30 + len(info.filename)
    mid = start + info.compress_size // 2
    raw[mid:mid + 4096] = b"\xff" * 4096
    p.write_bytes(bytes(raw))
    with pytest.raises(WorkbookError) as err:
        read_workbook(p)
    assert "\n" not in str(err.value) and "big.xlsx" in str(err.value)
