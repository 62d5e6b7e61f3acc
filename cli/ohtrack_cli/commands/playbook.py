"""``ohtrack playbook``: the playbook (draaiboek) as Markdown, HTML, Word or PDF."""

from __future__ import annotations

import datetime as dt

import click

from ohtrack_cli.options import as_of_option, lang_option, lenient_option
from ohtrack_cli.output import done, echo, output_lang, read_programme, refuse_overwrite, say


@click.command("playbook")
@click.argument("workbook", required=False,
                type=click.Path(exists=True, dir_okay=False, readable=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="The file to write: .md, .html, .docx or .pdf (the extension picks the format).")
@lang_option()
@click.option("--section", "sections", multiple=True, metavar="NAME",
              help="Only this section (repeat for more); see --list-sections.")
@click.option("--list-sections", is_flag=True, help="List the section names and titles, then stop.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="A folder whose templates (playbook.html.j2, playbook.md.j2, playbook.css, "
                   "the PDF's playbook.typ) replace the shipped ones file by file.")
@click.option("--template", "template", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A Word house style (.docx or .dotx) whose styles, margins, header and footer "
                   "the Word output uses.")
@click.option("--paper", type=click.Choice(["a4", "letter"], case_sensitive=False), default="a4",
              show_default=True, help="Paper size of the Word and PDF pages.")
@click.option("--pseudonymise", "--pseudonymize", "pseudonymise", is_flag=True,
              help="Replace people's names by stable pseudonyms.")
@as_of_option("The report date: every section describes the programme on that day (default: today).")
@lenient_option()
def command(workbook: str | None, output: str | None, lang: str | None, sections: tuple[str, ...],
            list_sections: bool, template_dir: str | None, template: str | None, paper: str,
            pseudonymise: bool,
            as_of: dt.date | None, lenient: bool) -> None:
    """Write the playbook of WORKBOOK: from mission and vision to result and embedding.

    Sections with nothing to show are left out and named in the appendix. Markdown figures
    are written beside the file as PNGs; HTML is one self-contained file; PDF is typeset on
    A4 pages with page numbers. People in the programme's protected roles are never named.

    Example: ohtrack playbook samples/staal-osf2-verbeterteam.xlsx -o draaiboek.html
    """
    from ohtrack.playbooks import FORMATS, SECTIONS, output_format, section_titles
    from ohtrack.playbooks.sections import DUTCH

    if list_sections:
        for sid, title in section_titles(output_lang()):
            dutch = [k for k, v in DUTCH.items() if v == sid]
            echo(f"{sid:<11} {title}" + (f"  ({', '.join(dutch)})" if dutch else ""))
        return
    if workbook is None:
        raise click.UsageError("Missing argument 'WORKBOOK'.")
    if output is None:
        raise click.UsageError("Missing option '-o' / '--output'.")
    if not any(output.lower().endswith(ext) for ext in FORMATS):
        raise click.BadParameter(say("output.playbook_suffix", path=output), param_hint="'-o' / '--output'")
    known = set(SECTIONS) | set(DUTCH)
    for name in sections:
        if name.strip().lower() not in known:
            raise click.BadParameter(say("errors.unknown-section", name=name, sections=", ".join(SECTIONS)),
                                     param_hint="'--section'")
    import ohtrack

    refuse_overwrite([output], [workbook, template_dir, template])
    word = ("docx",) if output_format(output) == "docx" else ()  # python-docx: 0.1-0.3 s
    programme, report = read_programme(workbook, lenient, lang,
                                       meanwhile=("networkx", "ohtrack.playbooks.sections", *word))
    book = ohtrack.playbook(programme, as_of=as_of, lang=output_lang(),
                            sections=list(sections) or None, pseudonymise=pseudonymise,
                            validation=report)
    done(ohtrack.export(book, output, template_dir=template_dir, template=template, paper=paper))
