"""The playbook ("draaiboek"): from mission and vision to result and embedding, with tips.

``ohtrack.playbook(programme)`` builds a document model (``Playbook``: ordered ``Section``
objects of blocks); ``ohtrack.export(book, "draaiboek.html")`` writes it as Markdown, HTML or
Word (``render`` here does the same)::

    book = ohtrack.playbook(programme, lang="nl", pseudonymise=True)
    book.drop("people")
    ohtrack.export(book, "draaiboek.docx")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ohtrack.domain import Programme
from ohtrack.errors import OutputError, TemplateError, UnknownSectionError
from ohtrack.i18n import normalise_lang, t
from ohtrack.playbooks.document import (
    Block,
    BulletList,
    Figure,
    Heading,
    Item,
    Note,
    Omission,
    Paragraph,
    Playbook,
    Section,
    Table,
    Tip,
)
from ohtrack.progress import step
from ohtrack.report import Report

if TYPE_CHECKING:
    from ohtrack.playbooks.sections.context import Context

#: Section ids in document order (``--section`` accepts these and their Dutch names).
SECTIONS: tuple[str, ...] = ("summary", "mission", "goals", "model", "approach", "people", "learning",
                             "lessons", "indicators", "embedding", "next_steps", "appendix")
#: Sections that start on a new page when printed (after the summary, and the appendix).
NEW_PAGE = frozenset({"mission", "appendix"})

#: With ``pseudonymise``, every role/unit combination counts at least this many people.
ANONYMITY_THRESHOLD = 5

#: Output formats by file extension.
FORMATS: dict[str, str] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                           ".docx": "docx", ".pdf": "pdf"}


def section_id(name: str) -> str:
    """The section id for an id or Dutch name (``aanpak`` → ``approach``), any case."""
    from ohtrack.playbooks.sections import DUTCH

    key = name.strip().lower()
    found = key if key in SECTIONS else DUTCH.get(key)
    if found is None:
        raise UnknownSectionError.make("unknown-section", name=name, sections=", ".join(SECTIONS))
    return found


def section_titles(lang: str = "nl") -> list[tuple[str, str]]:
    """``(id, title)`` of every section in document order, in a language."""
    return [(s, t(f"playbook.section.{s}", normalise_lang(lang))) for s in SECTIONS]


def playbook(programme: Programme, *, as_of: dt.date | None = None, lang: str | None = None,
             sections: list[str] | None = None, pseudonymise: bool = False,
             validation: Report | None = None) -> Playbook:
    """Build the playbook of a programme.

    ``as_of`` is the report date (default today): every section describes the programme on
    that day. ``lang`` defaults to the workbook's language; ``sections`` (ids or Dutch names) picks and
    keeps the document order; ``pseudonymise`` replaces people's names by stable pseudonyms;
    ``validation`` (the workbook's ``Report``) lists its warnings in the appendix. Sections
    with nothing to show are left out and listed in ``Playbook.omitted`` with a note.
    """
    from ohtrack.playbooks.sections import Context

    language = normalise_lang(lang or programme.info.language)
    wanted = {section_id(s) for s in sections} if sections else set(SECTIONS)
    from ohtrack.playbooks.privacy import generalise, protected_people

    protected = protected_people(programme)
    privacy: dict[str, object] = {"protected": len(protected), "pseudonymised": pseudonymise,
                                  "threshold": ANONYMITY_THRESHOLD}
    if pseudonymise or protected:
        from ohtrack.privacy import pseudonymise as _pseudonymise

        programme = _pseudonymise(programme, lang=language, people=None if pseudonymise else protected)
        if pseudonymise:
            changed = generalise(programme, ANONYMITY_THRESHOLD, t("playbook.privacy.role", language))
            privacy |= {"roles": changed.roles, "units": changed.units}
    ctx = Context(programme, language, validation=validation, pseudonymised=pseudonymise,
                  as_of=as_of or dt.date.today(), privacy=privacy)
    book = Playbook(title=f"{t('playbook.title', language)}: {programme.info.name}", lang=language,
                    subtitle=programme.info.organisation, as_of=ctx.as_of)
    with step("progress.playbook", total=len(wanted)) as advance:
        _build_sections(book, ctx, wanted, advance)
    return book


def _build_sections(book: Playbook, ctx: Context, wanted: set[str],
                    advance: Callable[[int], None]) -> None:
    from ohtrack.playbooks.sections import BUILDERS

    language = ctx.lang
    for sid in SECTIONS:
        if sid not in wanted or sid == "appendix":
            continue
        advance(1)
        section = BUILDERS[sid](ctx)
        section.new_page = sid in NEW_PAGE
        if not section.empty and sid != "summary":
            section.note = _data_note(ctx, sid)
        if section.empty:
            book.omitted.append(Omission(sid, section.title, t(f"playbook.empty.{sid}", language)))
        else:
            book.sections.append(section)
    ctx.omitted = book.omitted
    if "appendix" in wanted:
        advance(1)
        appendix = BUILDERS["appendix"](ctx)
        appendix.new_page = True
        book.sections.append(appendix)


def _data_note(ctx: Context, sid: str) -> str:
    """``Stand per 1 juni 2024; de gegevens lopen tot 3 april 2024.`` for one section."""
    from ohtrack.playbooks.sections.appendix import section_date

    day = section_date(ctx, sid)
    as_of = ctx.date(ctx.as_of, "long")
    if day is None:
        return ctx.tr("data_note", as_of=as_of)
    return ctx.tr("data_note_date", as_of=as_of, date=ctx.date(day, "long"))


def output_format(path: str | Path, fmt: str | None = None) -> str:
    """``md``, ``html``, ``docx`` or ``pdf`` from ``fmt`` or the file's extension."""
    if fmt is not None:
        value = fmt.lower().lstrip(".")
        value = {"markdown": "md", "htm": "html", "word": "docx"}.get(value, value)
        if value in FORMATS.values():
            return value
        raise OutputError.make("playbook_format", fmt=fmt)
    found = FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise OutputError.make("playbook_suffix", path=str(path))
    return found


def render(playbook: Playbook, path: str | Path, fmt: str | None = None,
           template_dir: str | Path | None = None, template: str | Path | None = None,
           paper: str = "a4") -> Path:
    """Write the playbook to ``path`` as Markdown, HTML, Word or PDF (format from the extension).

    Markdown figures are written beside the file as PNGs; HTML is one self-contained file;
    PDF is typeset by Typst on A4 pages with page numbers.
    ``template_dir`` overrides the shipped templates file by file (Markdown, HTML; the PDF's
    layout ``playbook.typ``);
    ``template`` is a Word house style (.docx/.dotx: its styles, page, margins, header and
    footer); ``paper`` is ``a4`` (default) or ``letter`` for Word and PDF.
    """
    from ohtrack.fileio import write_bytes_atomic, write_text_atomic

    kind = output_format(path, fmt)
    target = Path(path)
    with step("progress.playbook_layout"):
        if kind == "md":
            from ohtrack.playbooks.render_md import write_markdown

            return write_markdown(playbook, target, template_dir)
        if kind == "html":
            from ohtrack.playbooks.render_html import to_html

            return write_text_atomic(target, to_html(playbook, template_dir), lang=playbook.lang)
        if kind == "pdf":
            from ohtrack.playbooks.render_pdf import to_pdf

            return write_bytes_atomic(target, to_pdf(playbook, template_dir, paper), lang=playbook.lang)
        from ohtrack.playbooks.render_docx import to_docx

        return write_bytes_atomic(target, to_docx(playbook, template, paper), lang=playbook.lang)


def to_markdown(book: Playbook, template_dir: str | Path | None = None) -> str:
    """The playbook as one Markdown string (figures as data URIs)."""
    from ohtrack.playbooks.render_md import to_markdown as _md

    return _md(book, template_dir)


def to_html(book: Playbook, template_dir: str | Path | None = None) -> str:
    """The playbook as one self-contained HTML string."""
    from ohtrack.playbooks.render_html import to_html as _html

    return _html(book, template_dir)


def to_docx(book: Playbook, template: str | Path | None = None, paper: str = "a4") -> bytes:
    """The playbook as the bytes of a .docx file (``template``: a house-style .docx/.dotx)."""
    from ohtrack.playbooks.render_docx import to_docx as _docx

    return _docx(book, template, paper)


def to_pdf(book: Playbook, template_dir: str | Path | None = None, paper: str = "a4") -> bytes:
    """The playbook as the bytes of a PDF: typeset on A4 pages with page numbers."""
    from ohtrack.playbooks.render_pdf import to_pdf as _pdf

    return _pdf(book, template_dir, paper)


__all__ = [
    "FORMATS",
    "SECTIONS",
    "Block",
    "BulletList",
    "Figure",
    "Heading",
    "Item",
    "Note",
    "Omission",
    "Paragraph",
    "Playbook",
    "Section",
    "Table",
    "TemplateError",
    "Tip",
    "UnknownSectionError",
    "output_format",
    "playbook",
    "render",
    "section_id",
    "section_titles",
    "to_docx",
    "to_html",
    "to_markdown",
    "to_pdf",
]
