"""One locale: every command on every Dutch sample says nothing in English and writes every
number the Dutch way; with ``--lang en`` the other way round.

Each command runs in this process (click's CliRunner): text and ``--json`` output, the
``Error:`` line of a file that can't be written, and the files commands write (xlsx cells read
back, the Markdown, HTML and Word playbook's text, the text of every figure). A sentence of
the other language is any catalogue text of a few words that differs between the languages,
with its placeholders as wildcards; a number written the other way is a decimal point in
Dutch (``0.394``) or a decimal comma in English (``0,394``).
"""

from __future__ import annotations

import html.parser
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ohtrack.i18n import catalogues
from ohtrack_cli.main import cli
from tests.conftest import SAMPLES

#: The Dutch programme samples, and each survey file with the programme it belongs to.
PROGRAMMES = ("gemeente-blended-leren", "gemeente-pitstop-managers", "productielocatie-mt",
              "sociaal-werkbedrijf-driehoek", "staal-osf2-verbeterteam")
SURVEYS = {"gemeente-pitstop-enquete": "gemeente-pitstop-managers",
           "sociaal-werkbedrijf-enquete": "sociaal-werkbedrijf-driehoek"}
#: A report date inside the samples' years, and one after them (today's default).
AS_OF = "2023-06-30"
#: Catalogue texts with at least this many words are sentences to look for.
WORDS = 2

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A decimal point between digits (``0.394``), not in dates, versions (``0.1.0``), IDs
#: (``V1.2``) or Dutch thousands (``1.263``).
_POINT = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?![\w.])")
_COMMA = re.compile(r"(?<![\w.,])(\d+),(\d+)(?![\w,]|\.\d)")


@cache
def sentences(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every catalogue text in ``lang`` of at least ``WORDS`` words that the other language
    says differently: (its longest literal part, a pattern with the placeholders as wildcards)."""
    out = []
    for key, entry in catalogues().items():
        text, other = entry.get(lang), entry.get("nl" if lang == "en" else "en")
        if not text or text == other:
            continue
        chunks = [c for c in _PLACEHOLDER.split(text) if c.strip()]
        if len(_WORD.findall(" ".join(chunks))) < WORDS:
            continue
        body = r"[^\n]*?".join(re.escape(c) for c in chunks)
        start = r"(?<!\w)" if re.match(r"\w", chunks[0]) else ""
        end = r"(?!\w)" if re.search(r"\w$", chunks[-1]) else ""
        pattern = re.compile(start + body + end)
        out.append((max(chunks, key=len), pattern, key))
    return tuple((needle, pattern) for needle, pattern, _ in out)


def foreign(text: str, lang: str, said: bool = True) -> list[str]:
    """The sentences of the other language (``said``), and the numbers written the other way,
    in ``text``."""
    other = "en" if lang == "nl" else "nl"
    found = [m.group().strip() for needle, pattern in (sentences(other) if said else ()) if needle in text
             for m in [pattern.search(text)] if m]
    for m in (_POINT if lang == "nl" else _COMMA).finditer(text):
        whole, part = m.groups()
        thousands = whole[0] != "0" and len(whole) <= 3 and len(part) == 3
        if not thousands:
            found.append(m.group())
    return found


class _Text(html.parser.HTMLParser):
    """The text of an HTML page a reader sees: no styles, no scripts; alt and title texts."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("style", "script")
        self.parts += [v for k, v in attrs if k in ("alt", "title") and v]

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def file_text(path: Path) -> str:
    """What a reader of a written file sees."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path)
        parts = list(wb.sheetnames)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        parts.append(cell.value)
                    if cell.comment is not None:
                        parts.append(cell.comment.text)
        return "\n".join(parts)
    if suffix == ".html":
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        return "\n".join(parser.parts)
    if suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([doc.core_properties.title or "", *parts])
    if suffix == ".json":
        return "\n".join(strings(json.loads(path.read_text(encoding="utf-8"))))
    return path.read_text(encoding="utf-8")


#: JSON keys whose values are sentences for people (the other values are codes, names, data).
SENTENCE_KEYS = frozenset({"message", "text", "findings", "rules", "summary", "note", "title"})


def strings(data: Any, sentences: bool = False, key: str | None = None) -> Iterator[str]:
    """The string values in JSON data (keys are English on purpose); with ``sentences``
    only those under a key of ``SENTENCE_KEYS`` (values elsewhere are codes and data)."""
    if isinstance(data, dict):
        for k, value in data.items():
            yield from strings(value, sentences, k)
    elif isinstance(data, list):
        for value in data:
            yield from strings(value, sentences, key)
    elif isinstance(data, str) and (not sentences or key in SENTENCE_KEYS):
        yield data


def figure_text(fig: Any) -> str:
    """Every text of a chart: titles, labels, legends, ticks."""
    return "\n".join(p for p in fig.texts() if p)


@pytest.fixture
def figures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every chart drawn (for a PNG, an SVG in a document, a test)."""
    from ohtrack.figures.chart import Chart

    drawn: list[str] = []
    svg = Chart.svg

    def recording(self: Chart) -> str:
        drawn.append(figure_text(self))
        return svg(self)

    monkeypatch.setattr(Chart, "svg", recording)
    return drawn


class Said:
    """Everything the commands of one test said and wrote, checked at the end."""

    def __init__(self, tmp: Path, lang: str) -> None:
        self.tmp, self.lang, self.seen = tmp, lang, 0
        self.found: list[tuple[str, str]] = []

    def report(self) -> str:
        """What was found, once per place and text."""
        return "\n".join(sorted({f"{where}: {text}" for where, text in self.found}))

    def run(self, *args: str, code: int | None = 0) -> str:
        extra = ["--lang", "en"] if self.lang == "en" else []
        result = CliRunner().invoke(cli, [*args, *extra], catch_exceptions=False)
        where = " ".join(a.replace(str(self.tmp) + "/", "") for a in args)
        assert code is None or result.exit_code == code, (where, result.output)
        if "--json" in args:
            data = json.loads(result.stdout)
            self.check(f"ohtrack {where}", "\n".join(strings(data, sentences=True)) + "\n" + result.stderr)
            self.check(f"ohtrack {where}", "\n".join(strings(data)), sentences=False)
        else:
            self.check(f"ohtrack {where}", result.stdout + "\n" + result.stderr)
        return result.stdout

    def file(self, path: Path) -> None:
        assert path.exists(), path
        self.check(path.name, file_text(path))

    def check(self, where: str, text: str, sentences: bool = True) -> None:
        self.seen += 1
        found = foreign(text.replace(str(self.tmp), ""), self.lang, sentences)
        self.found += [(where, f) for f in found]

    def out(self, name: str) -> str:
        return str(self.tmp / name)


def _initiatives_sheet(path: str) -> str:
    """The name of a workbook's Initiatives sheet, in whichever language it has."""
    from openpyxl import load_workbook

    from ohtrack.workbook.contract import find_sheet

    names = load_workbook(path, read_only=True).sheetnames
    return next(n for n in names if (spec := find_sheet(n)) is not None and spec.key == "initiatives")


def _programme_commands(say: Said, name: str) -> None:
    wb = str(SAMPLES / f"{name}.xlsx")
    for command in ("validate", "map", "network", "indicators"):
        say.run(command, wb)
        say.run(command, wb, "--json")
    say.run("map", wb, "--as-of", AS_OF, "--level", "1")
    say.run("map", wb, "--xlsx", say.out("map.xlsx"), "--png", say.out("map.png"))
    say.run("network", wb, "--as-of", AS_OF, "--compare", wb, "--compare-as-of", "2022-01-01")
    say.run("network", wb, "--export", say.out("kumu.xlsx"), "--export", say.out("net.png"))
    say.run("indicators", wb, "--as-of", AS_OF, "--png", say.out("ind.png"))
    say.run("map", wb, "--xlsx", say.out("no-such-folder/map.xlsx"), code=1)
    # Word's text comes from the same document as the others: one sample is enough for its labels.
    for suffix in (".md", ".html", ".docx") if name == "staal-osf2-verbeterteam" else (".md", ".html"):
        say.run("playbook", wb, "-o", say.out(f"draaiboek{suffix}"), "--as-of", AS_OF)
        say.file(say.tmp / f"draaiboek{suffix}")
    say.run("playbook", "--list-sections")
    store = say.out("history.sqlite")
    say.run("track", "add", wb, "--store", store, "--label", "start")
    say.run("track", "list", "--store", store)
    say.run("track", "history", "--store", store, "--png", say.out("history.png"))
    say.run("track", "history", "--store", store, "--json", "--as-of", "2000-01-01")
    say.run("import", wb, "-o", say.out("refused.xlsx"), code=1)  # already a workbook: said so
    sheet = _initiatives_sheet(wb)  # its list of initiatives, imported as any list is
    say.run("import", wb, "--sheet", sheet, "-o", say.out("inventaris.xlsx"))
    say.run("import", wb, "--sheet", sheet, "--json")
    if name == "gemeente-blended-leren":  # the sample with learning routes and preferences
        say.run("groups", "compose", wb, "-o", say.out("groepen.xlsx"), "--time-limit", "0.5")
        say.run("groups", "compose", wb, "-o", say.out("groepen.xlsx"), "--time-limit", "0.5", "--json")
    for written in ("map.xlsx", "kumu.xlsx", "inventaris.xlsx"):
        say.file(say.tmp / written)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", PROGRAMMES)
def test_programme_commands_speak_one_language(name: str, lang: str, tmp_path: Path,
                                               figures: list[str]) -> None:
    say = Said(tmp_path, lang)
    _programme_commands(say, name)
    for n, text in enumerate(figures, start=1):
        say.check(f"figure {n}", text)
    assert len(figures) >= 5 and say.seen > 20
    assert not say.found, say.report()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", sorted(SURVEYS))
def test_survey_and_other_commands_speak_one_language(name: str, lang: str, tmp_path: Path,
                                                      figures: list[str]) -> None:
    say = Said(tmp_path, lang)
    survey, programme = str(SAMPLES / f"{name}.xlsx"), str(SAMPLES / f"{SURVEYS[name]}.xlsx")
    say.run("survey", survey, "--programme", programme)
    say.run("survey", survey, "--programme", programme, "--json", "--as-of", "2022-12-31")
    say.run("survey", survey, "--xlsx", say.out("survey.xlsx"), "--png", say.out("survey.png"))
    say.file(tmp_path / "survey.xlsx")
    say.run("validate", survey, code=1)
    say.run("models")
    say.run("models", "ink")
    say.run("template", say.out("leeg.xlsx"))
    say.file(tmp_path / "leeg.xlsx")
    say.run("template", say.out("leeg.xlsx"), code=1)  # exists already
    for n, text in enumerate(figures, start=1):
        say.check(f"figure {n}", text)
    assert len(figures) == 1
    assert not say.found, say.report()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_problems_and_errors_speak_one_language(lang: str, tmp_path: Path) -> None:
    """A Dutch sample with mistakes: validate's table and JSON, load's Error: line."""
    from openpyxl import load_workbook

    wb = load_workbook(SAMPLES / "staal-osf2-verbeterteam.xlsx")
    ws = wb["Verbetertrajecten"]
    ws["E2"], ws["I3"], ws["C4"], ws["F5"] = "loopt", "31-2-2023", "Sectie Converter", "Cultuur en klimat"
    broken = tmp_path / "kapot.xlsx"
    wb.save(broken)
    say = Said(tmp_path, lang)
    table = say.run("validate", str(broken), code=1)
    say.run("validate", str(broken), "--json", code=1)
    say.run("map", str(broken), code=1)
    allowed = ("idee, gepland, lopend, afgerond, geborgd, gestopt" if lang == "nl"
               else "idea, planned, active, done, embedded, stopped")
    assert allowed in table and ("bedoelt u" if lang == "nl" else "did you mean") in table
    assert not say.found, say.report()


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("balans 0,92 op 1 maart 2022 (versie 0.1.0, 1.263 banden, ID V1.2)", "nl", []),
    ("tussenpositie 0.16", "nl", ["0.16"]),
    ("balance 0.92, 1,263 ties", "en", []),
    ("balance 0,92", "en", ["0,92"]),
    ("Gijs staat aan de rand van het netwerk, ver van de kern", "en",
     ["staat aan de rand van het netwerk, ver van de kern"]),
    ("Gijs is on the edge of the network, far from its core", "nl",
     ["is on the edge of the network, far from its core"]),
])
def test_what_counts_as_the_other_language(text: str, lang: str, found: list[str]) -> None:
    assert foreign(text, lang) == found
