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
from pathlib import Path

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
from ohtrack.report import Report

#: Section ids in document order (``--section`` accepts these and their Dutch names).
SECTIONS: tuple[str, ...] = ("mission", "goals", "model", "approach", "people", "lessons",
                             "indicators", "embedding", "appendix")

#: Output formats by file extension.
FORMATS: dict[str, str] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                           ".docx": "docx"}


def section_id(name: str) -> str:
    """The section id for an id or Dutch name (``aanpak`` → ``approach``), any case."""
    from ohtrack.playbooks.sections import DUTCH

    key = name.strip().lower()
    found = key if key in SECTIONS else DUTCH.get(key)
    if found is None:
        raise UnknownSectionError(f"unknown section {name!r}; choose from: {', '.join(SECTIONS)}")
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
    from ohtrack.playbooks.sections import BUILDERS, Context

    language = normalise_lang(lang or programme.info.language)
    wanted = {section_id(s) for s in sections} if sections else set(SECTIONS)
    if pseudonymise:
        from ohtrack.index import resolve_references
        from ohtrack.privacy import pseudonymise as _pseudonymise

        programme = programme.model_copy(deep=True)
        resolve_references(programme)  # a person written by name gets their pseudonym too
        programme = _pseudonymise(programme, lang=language)
    ctx = Context(programme, language, validation=validation, pseudonymised=pseudonymise,
                  as_of=as_of or dt.date.today())
    book = Playbook(title=f"{t('playbook.title', language)}: {programme.info.name}", lang=language,
                    subtitle=programme.info.organisation)
    for sid in SECTIONS:
        if sid not in wanted or sid == "appendix":
            continue
        section = BUILDERS[sid](ctx)
        if section.empty:
            book.omitted.append(Omission(sid, section.title, t(f"playbook.empty.{sid}", language)))
        else:
            book.sections.append(section)
    ctx.omitted = book.omitted
    if "appendix" in wanted:
        book.sections.append(BUILDERS["appendix"](ctx))
    return book


def output_format(path: str | Path, fmt: str | None = None) -> str:
    """``md``, ``html`` or ``docx`` from ``fmt`` or the file's extension."""
    if fmt is not None:
        value = fmt.lower().lstrip(".")
        value = {"markdown": "md", "htm": "html", "word": "docx"}.get(value, value)
        if value in FORMATS.values():
            return value
        raise OutputError(f"unknown playbook format {fmt!r}; use md, html or docx")
    found = FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise OutputError(f"{path}: unknown playbook format; name the file .md, .html or .docx")
    return found


def render(playbook: Playbook, path: str | Path, fmt: str | None = None,
           template_dir: str | Path | None = None) -> Path:
    """Write the playbook to ``path`` as Markdown, HTML or Word (format from the extension).

    Markdown figures are written beside the file as PNGs; HTML is one self-contained file.
    ``template_dir`` overrides the shipped Jinja2 templates file by file (Markdown, HTML).
    """
    from ohtrack.fileio import write_bytes_atomic, write_text_atomic

    kind = output_format(path, fmt)
    target = Path(path)
    if kind == "md":
        from ohtrack.playbooks.render_md import write_markdown

        return write_markdown(playbook, target, template_dir)
    if kind == "html":
        from ohtrack.playbooks.render_html import to_html

        return write_text_atomic(target, to_html(playbook, template_dir), lang=playbook.lang)
    from ohtrack.playbooks.render_docx import to_docx

    return write_bytes_atomic(target, to_docx(playbook), lang=playbook.lang)


def to_markdown(book: Playbook, template_dir: str | Path | None = None) -> str:
    """The playbook as one Markdown string (figures as data URIs)."""
    from ohtrack.playbooks.render_md import to_markdown as _md

    return _md(book, template_dir)


def to_html(book: Playbook, template_dir: str | Path | None = None) -> str:
    """The playbook as one self-contained HTML string."""
    from ohtrack.playbooks.render_html import to_html as _html

    return _html(book, template_dir)


def to_docx(book: Playbook) -> bytes:
    """The playbook as the bytes of a .docx file."""
    from ohtrack.playbooks.render_docx import to_docx as _docx

    return _docx(book)


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
]
