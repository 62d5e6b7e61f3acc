"""PDF from a playbook: the HTML document printed by WeasyPrint on A4 pages, page numbers at
the foot, the title at the head, document properties (title, language) set.

The content is the HTML renderer's, so the PDF says exactly what the HTML says; a user's
``--template-dir`` stylesheet applies to both. A long playbook is printed in two parts at
the same time where a second process may run (``ohtrack.playbooks.pdf_parts``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import Any

from ohtrack.playbooks import pdf_parts
from ohtrack.playbooks.document import Playbook
from ohtrack.playbooks.pdf_parts import Printed

#: Page size names WeasyPrint understands, by our paper names.
_SIZES = {"a4": "A4", "letter": "letter"}


def page_css(book: Playbook, paper: str = "a4") -> str:
    """The paged-media rules added to the stylesheet: size, margins, running head, page numbers."""
    size = _SIZES.get(paper.lower(), "A4")
    page = book.tr("page_of", page="\" counter(page) \"", pages="\" counter(pages) \"")
    return f"""
@page {{ size: {size}; margin: 22mm 20mm 20mm 20mm;
  @top-right {{ content: string(doc-title); font-size: 8pt; color: #5b6775; }}
  @bottom-right {{ content: "{page}"; font-size: 8pt; color: #5b6775; }} }}
@page :first {{ @top-right {{ content: none; }} }}
.running {{ string-set: doc-title content(); display: block !important; visibility: hidden;
  height: 0; margin: 0; overflow: hidden; }}
table.fixed {{ table-layout: fixed; width: 100%; }}
.rows {{ margin: .6rem 0 1rem; font-size: 9pt; line-height: 1.35; }}
.rows p {{ margin: 0; padding: .15rem 0; border-bottom: 1px solid #c9d3de; }}
.rows .caption {{ font-style: italic; border: none; }}
"""


def to_pdf(book: Playbook, template_dir: str | Path | None = None, paper: str = "a4", *,
           parts: bool | None = None) -> bytes:
    """The playbook as PDF bytes (WeasyPrint renders the HTML; no network access).

    ``parts``: print the document in two parts at the same time (``None``: when it is long
    enough to gain from it and a second process may run; ``True``: whenever it has two
    chapters, in a second process where one may run; ``False``: whole).
    """
    from ohtrack import background
    from ohtrack.playbooks.render_html import to_html

    book.rasterise()
    html = to_html(book, template_dir, fixed_tables=True, raster_figures=True)
    css = page_css(book, paper)  # WeasyPrint is first imported where it prints: in both processes
    split = None
    if parts is not False and (parts or background.can_fork()):
        split = pdf_parts.split(html, minimum=0 if parts else pdf_parts.MIN_SPLIT)
    if split is not None:
        joined = _in_parts(html, css, *split)
        if joined is not None:
            return joined
    return print_html(html, css).pdf


def _in_parts(html: str, css: str, first: pdf_parts.Part, second: pdf_parts.Part) -> bytes | None:
    """The two parts printed at the same time (the second in a second process where one may
    run), the furniture laid out as soon as the second part's page count is known (while its
    pages are still being drawn), and joined; ``None`` when they don't fit together."""
    import multiprocessing
    import time

    from ohtrack import background

    laid_out: Any = multiprocessing.RawValue("i", -1)  # the second part's pages, once laid out
    pending = background.start(print_html, second.html, css, pdf_parts.NO_FURNITURE, laid_out,
                               key="progress.playbook_layout")
    printed_first = print_html(first.html, css, pdf_parts.NO_FURNITURE)
    while laid_out.value < 0 and pending.running():
        time.sleep(0.01)
    pages = printed_first.pages + (laid_out.value if laid_out.value >= 0 else pending.result().pages)
    layer = print_html(pdf_parts.furniture(html, pages), css, pdf_parts.ONLY_FURNITURE)
    try:
        return pdf_parts.join([(printed_first, first), (pending.result(), second)], layer.pdf)
    except pdf_parts.Mismatch:
        return None


def print_html(html: str, css: str, extra: str = "", laid_out: Any = None) -> Printed:
    """``html`` laid out and drawn by WeasyPrint with the stylesheets ``css`` and ``extra``;
    only data URIs are fetched (figures), nothing from a file or the network. ``laid_out``
    (a shared ``multiprocessing`` value) gets the page count as soon as the pages are laid
    out, before they are drawn."""
    weasyprint = _weasyprint()
    fetcher: Any
    if hasattr(weasyprint, "URLFetcher"):  # WeasyPrint 66 and later
        fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
    else:  # pragma: no cover - older WeasyPrint: a function
        def fetcher(url: str, *args: Any, **kwargs: Any) -> Any:
            if not url.startswith("data:"):
                raise ValueError(f"not fetched: {url}")
            return weasyprint.default_url_fetcher(url, *args, **kwargs)
    document = weasyprint.HTML(string=html, url_fetcher=fetcher).render(
        stylesheets=[weasyprint.CSS(string=sheet) for sheet in (css, extra) if sheet])
    if laid_out is not None:
        laid_out.value = len(document.pages)
    data: bytes = document.write_pdf(pdf_identifier=b"ohtrack", uncompressed_pdf=False)
    return Printed(data, len(document.pages))


def _weasyprint() -> ModuleType:
    """WeasyPrint, quiet; an ``OutputError`` when it or the system's Pango is missing."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there, the system's Pango is not
        from ohtrack.errors import OutputError

        raise OutputError.make("playbook_pdf", detail=str(exc)) from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return weasyprint
