"""The playbook's document model: ordered sections of blocks that every renderer understands.

A ``Playbook`` is plain data. Reorder, drop or add sections in Python before rendering::

    book = ohtrack.playbook(programme)
    book.drop("people")
    book.move("lessons", 0)
    book.sections.append(Section("extra", "Our own chapter", [Paragraph("…")]))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ohtrack.text import safe_text

if TYPE_CHECKING:
    from ohtrack.background import Pending


def clean(text: object) -> str:
    """User text made safe for every format (``ohtrack.text.safe_text``): line breaks as ``\\n``,
    what XML and Word can't hold (NUL, ESC …) shown as U+FFFD."""
    return safe_text(text)


@dataclass
class Paragraph:
    """A paragraph of plain text (never markup); newlines are kept as line breaks."""

    text: str
    #: An optional bold lead-in, e.g. ``"Mission"`` for ``Mission: …``.
    label: str | None = None

    def __post_init__(self) -> None:
        self.text = clean(self.text)
        self.label = clean(self.label) if self.label is not None else None


@dataclass
class Heading:
    """A sub-heading inside a section (level 2 under the section's level 1, or 3 below that)."""

    text: str
    level: int = 2

    def __post_init__(self) -> None:
        self.text = clean(self.text)


@dataclass
class Item:
    """One bullet, optionally with nested bullets (a tree, e.g. the goal cascade)."""

    text: str
    children: list[Item] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = clean(self.text)


@dataclass
class BulletList:
    """A bullet list; items may nest."""

    items: list[Item]

    @classmethod
    def of(cls, texts: list[str]) -> BulletList:
        """A flat list from plain strings."""
        return cls([Item(t) for t in texts])


@dataclass
class Table:
    """A table of plain-text cells, with a header row and an optional caption."""

    headers: list[str]
    rows: list[list[str]]
    caption: str | None = None

    def __post_init__(self) -> None:
        self.headers = [clean(h) for h in self.headers]
        self.rows = [[clean(c) for c in row] for row in self.rows]
        self.caption = clean(self.caption) if self.caption is not None else None

    def filled(self, keep: int = 1) -> Table:
        """This table without the columns no row fills (an imported register with no owners,
        nothing on the model yet); the first ``keep`` stay whatever they hold."""
        cols = [j for j in range(len(self.headers))
                if j < keep or any(j < len(r) and r[j].strip() for r in self.rows)]
        return Table([self.headers[j] for j in cols], [[r[j] for j in cols] for r in self.rows],
                     self.caption)


@dataclass
class Figure:
    """A chart (its SVG) with a caption and alternative text; ``png`` is it rendered at
    ``dpi`` (made once, when a format needs a raster: Word, Markdown)."""

    svg: str
    caption: str
    alt: str = ""
    dpi: int = 110
    _png: bytes | None = field(default=None, repr=False, compare=False)
    #: The PNG while a second process renders it (``Playbook.rasterise``).
    _drawing: Pending[bytes] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.caption = clean(self.caption)
        self.alt = clean(self.alt or self.caption)

    @property
    def png(self) -> bytes:
        if self._png is None:
            if self._drawing is not None:
                self._png, self._drawing = self._drawing.result(), None
            else:
                from ohtrack.figures.chart import render_png

                self._png = render_png(self.svg, self.dpi)
        return self._png


@dataclass
class Tip:
    """A practical tip, set apart from the text."""

    text: str
    #: Who or what the tip comes from (e.g. the initiative), shown after it.
    source: str | None = None

    def __post_init__(self) -> None:
        self.text = clean(self.text)
        self.source = clean(self.source) if self.source is not None else None


@dataclass
class Note:
    """A remark in smaller print: caveats, findings, things to check."""

    text: str

    def __post_init__(self) -> None:
        self.text = clean(self.text)


Block = Paragraph | Heading | BulletList | Table | Figure | Tip | Note


@dataclass
class Section:
    """A chapter of the playbook: an id (for ``--section`` and anchors), a title and blocks."""

    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    #: Start the chapter on a new page when printed (the summary, the chapter after it, appendices).
    new_page: bool = False
    #: A line under the title: the report date and how far the chapter's data runs.
    note: str | None = None

    def __post_init__(self) -> None:
        self.title = clean(self.title)

    def add(self, *blocks: Block) -> Section:
        """Append blocks; returns the section for chaining."""
        self.blocks.extend(blocks)
        return self

    @property
    def empty(self) -> bool:
        """True when the section has no blocks (it is then left out and named in the appendix)."""
        return not self.blocks


@dataclass
class Omission:
    """A section left out because the workbook has nothing for it, and why."""

    id: str
    title: str
    note: str


@dataclass
class Playbook:
    """The whole document: title, language, ordered sections and the sections left out."""

    title: str
    lang: str
    sections: list[Section] = field(default_factory=list)
    omitted: list[Omission] = field(default_factory=list)
    subtitle: str | None = None
    created: dt.date = field(default_factory=dt.date.today)
    #: The report date: the day the document describes the programme on (None: not said).
    as_of: dt.date | None = None

    def tr(self, key: str, **values: Any) -> str:
        """A playbook text (``key`` without the ``playbook.`` prefix) in the document's
        language, dates in ``values`` written as the language does (``1 maart 2022``)."""
        from ohtrack.i18n import t
        from ohtrack.i18n.format import date

        said = {k: date(v, self.lang) if isinstance(v, dt.date) else v for k, v in values.items()}
        return t(f"playbook.{key}", self.lang, **said)

    @property
    def made(self) -> str:
        """``Gemaakt op 2 december 2026 met ohtrack; het beschrijft het programma per …``."""
        if self.as_of is None or self.as_of == self.created:
            return self.tr("made", date=self.created)
        return self.tr("made_as_of", date=self.created, as_of=self.as_of)

    def __post_init__(self) -> None:
        self.title = clean(self.title)
        self.subtitle = clean(self.subtitle) if self.subtitle is not None else None

    @property
    def ids(self) -> list[str]:
        """Section ids in document order."""
        return [s.id for s in self.sections]

    def section(self, id: str) -> Section:
        """The section with this id (``KeyError`` if it is not in the document)."""
        for s in self.sections:
            if s.id == id:
                return s
        raise KeyError(id)

    def drop(self, id: str) -> Section:
        """Remove a section and return it."""
        s = self.section(id)
        self.sections.remove(s)
        return s

    def move(self, id: str, index: int) -> None:
        """Move a section to a new position (0 = first)."""
        s = self.drop(id)
        self.sections.insert(index, s)

    def figures(self) -> list[Figure]:
        """Every figure in document order."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]

    def rasterise(self) -> None:
        """Start rendering the PNGs a format needs (Word, Markdown) in second processes,
        where ``background.can_fork`` allows, all at once: the document is built meanwhile and
        each ``figure.png`` waits for its own."""
        from ohtrack import background
        from ohtrack.figures.chart import render_png

        for f in self.figures():
            if f._png is None and f._drawing is None:
                f._drawing = background.start(render_png, f.svg, f.dpi, key="progress.playbook")
