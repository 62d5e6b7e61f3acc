"""A workbook re-saved by LibreOffice (as .ods and back to .xlsx) loads as the same programme."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import ohtrack
from tests.conftest import SAMPLES, libreoffice

SOFFICE = libreoffice("calc")


def _convert(tmp_path: Path, source: Path, target: str, outdir: Path) -> Path:
    outdir.mkdir(exist_ok=True)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    target, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True, timeout=180)
    out = outdir / f"{source.stem}.{target}"
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice Calc (soffice) is not installed")
def test_a_sample_resaved_by_libreoffice_loads_the_same(tmp_path: Path) -> None:
    source = tmp_path / "staal.xlsx"
    shutil.copy(SAMPLES / "staal-osf2-verbeterteam.xlsx", source)
    ods = _convert(tmp_path, source, "ods", tmp_path / "ods")
    back = _convert(tmp_path, ods, "xlsx", tmp_path / "xlsx")
    original = ohtrack.load(source)
    for path in (ods, back):
        assert ohtrack.validate(path).problems == []
        assert ohtrack.load(path) == original
