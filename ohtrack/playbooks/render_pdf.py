"""PDF from a playbook: the HTML document printed by WeasyPrint on A4 pages, page numbers at
the foot, the title at the head, document properties (title, language) set.

The content is the HTML renderer's, so the PDF says exactly what the HTML says; a user's
``--template-dir`` stylesheet applies to both.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ohtrack.playbooks.document import Playbook

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
.running {{ string-set: doc-title content(); display: none; }}
table.fixed {{ table-layout: fixed; width: 100%; }}
.rows {{ margin: .6rem 0 1rem; font-size: 9pt; line-height: 1.35; }}
.rows p {{ margin: 0; padding: .15rem 0; border-bottom: 1px solid #c9d3de; }}
.rows .caption {{ font-style: italic; border: none; }}
"""


def to_pdf(book: Playbook, template_dir: str | Path | None = None, paper: str = "a4") -> bytes:
    """The playbook as PDF bytes (WeasyPrint renders the HTML; no network access)."""
    from ohtrack.playbooks.render_html import to_html

    html = to_html(book, template_dir, fixed_tables=True)
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there, the system's Pango is not
        from ohtrack.errors import OutputError

        raise OutputError.make("playbook_pdf", detail=str(exc)) from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)

    # figures are data URIs; nothing is fetched from a file or the network
    fetcher: Any
    if hasattr(weasyprint, "URLFetcher"):  # WeasyPrint 66 and later
        fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
    else:  # pragma: no cover - older WeasyPrint: a function
        def fetcher(url: str, *args: Any, **kwargs: Any) -> Any:
            if not url.startswith("data:"):
                raise ValueError(f"not fetched: {url}")
            return weasyprint.default_url_fetcher(url, *args, **kwargs)
    doc = weasyprint.HTML(string=html, url_fetcher=fetcher)
    data: bytes = doc.write_pdf(stylesheets=[weasyprint.CSS(string=page_css(book, paper))],
                                pdf_identifier=b"ohtrack", uncompressed_pdf=False)
    return data
