"""The playbook opened the way users open it: HTML in headless Chromium, Word in LibreOffice.

Skipped (with the reason shown) only where the program is not installed.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import ohtrack
from ohtrack.playbooks import Playbook, playbook, render
from tests.conftest import SAMPLES, libreoffice
from tests.test_playbook import LONG_WORD, NASTY, rich_programme

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
SOFFICE = libreoffice("writer")


@pytest.fixture(scope="module")
def book() -> Playbook:
    return playbook(rich_programme(lang="nl"))


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--enable-logging=stderr", "--v=0",
           "--virtual-time-budget=5000", *extra, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_in_chromium_has_every_heading_and_no_console_errors(book: Playbook, tmp_path: Path) -> None:
    page = render(book, tmp_path / "draaiboek.html")
    run = _chromium(tmp_path, page.as_uri(), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if "CONSOLE" in line or "Refused to" in line]
    assert console == []
    dom = run.stdout
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", dom)
    assert headings == ["Inhoud"] + [s.title for s in book.sections]
    assert "<script" not in dom  # the user's <script> stayed text
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert LONG_WORD in dom.replace("<wbr>", "")  # long words only get break opportunities


#: What Chromium logs on stderr for a script error or a console message of the page.
CONSOLE_ERROR = ("Uncaught", "ERROR:CONSOLE", ":CONSOLE(", "Refused to")


#: The sample programmes (the survey files beside them have no playbook).
PROGRAMMES = sorted(p.name for p in SAMPLES.glob("*.xlsx") if not p.stem.endswith("-enquete")) or ["(none)"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("sample", PROGRAMMES)
def test_every_sample_playbook_shows_in_chromium_without_console_errors(sample: str, tmp_path: Path) -> None:
    workbook = SAMPLES / sample
    if not workbook.exists():
        pytest.skip("no sample workbooks in samples/")
    book = ohtrack.playbook(ohtrack.load(workbook), as_of=dt.date(2024, 6, 1))
    page = render(book, tmp_path / "draaiboek.html")
    run = _chromium(tmp_path, page.as_uri(), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    errors = [line for line in run.stderr.splitlines() if any(m in line for m in CONSOLE_ERROR)]
    assert errors == []
    headings = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", run.stdout)]
    assert headings[1:] == [html.escape(s.title, quote=False).replace("&#x27;", "'") for s in book.sections]
    assert run.stdout.count("<img ") == len(book.figures())


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_images_load_in_chromium(book: Playbook, tmp_path: Path) -> None:
    html = render(book, tmp_path / "draaiboek.html").read_text(encoding="utf-8")
    # a copy that may run one script of ours: it marks the page when every image decoded
    probe = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    script = ("<script>window.addEventListener('load', function () {"
              "var imgs = Array.prototype.slice.call(document.images);"
              "document.body.setAttribute('data-images', imgs.length + ':' + imgs.filter(function (i) {"
              "return i.complete && i.naturalWidth > 0; }).length); });</script>")
    probe = probe.replace("</body>", script + "</body>")
    copy = tmp_path / "probe.html"
    copy.write_text(probe, encoding="utf-8")
    run = _chromium(tmp_path, copy.as_uri(), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    n = len(book.figures())
    assert n == 4 and f'data-images="{n}:{n}"' in run.stdout  # every figure decoded


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_screenshot_renders(book: Playbook, tmp_path: Path) -> None:
    page = render(book, tmp_path / "draaiboek.html")
    shot = tmp_path / "shot.png"
    run = _chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1200,1600")
    assert run.returncode == 0, run.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def _soffice(tmp_path: Path, source: Path, target: str) -> subprocess.CompletedProcess[str]:
    assert SOFFICE is not None
    profile = (tmp_path / "lo-profile").as_uri()
    cmd = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
           "--outdir", str(tmp_path / "out"), str(source)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_docx_converts_in_libreoffice_with_every_section(book: Playbook, tmp_path: Path) -> None:
    doc = render(book, tmp_path / "draaiboek.docx")
    run = _soffice(tmp_path, doc, "pdf")
    assert run.returncode == 0, run.stderr
    pdf = tmp_path / "out" / "draaiboek.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    run = _soffice(tmp_path, doc, "txt:Text (encoded):UTF8")
    assert run.returncode == 0, run.stderr
    text = (tmp_path / "out" / "draaiboek.txt").read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    for section in book.sections:
        assert lines.count(section.title) >= 1, section.title
        assert f"{book.sections.index(section) + 1}. {section.title}" in lines  # the contents
    assert f"Missie: Veilig werken. {NASTY}" in lines
    assert f"Begin klein {NASTY}" in text
