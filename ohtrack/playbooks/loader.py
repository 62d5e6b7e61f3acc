"""The Jinja2 templates shipped in the package, overridden file by file by a user's folder.

Search order for a template name: ``<user>/<lang>/``, ``<user>/``, the package's
``templates/common/`` and ``templates/`` (stylesheets). The shipped templates serve both
languages: their words come from the catalogue (``book.tr(key)``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ohtrack.errors import TemplateError

TEMPLATES = Path(__file__).resolve().parent / "templates"


def user_folders(lang: str, template_dir: str | Path | None) -> list[Path]:
    """Where a user's templates are looked for, first to last: ``<dir>/<lang>/``, ``<dir>/``
    (none without ``template_dir``; a ``TemplateError`` when it is no folder)."""
    if template_dir is None:
        return []
    user = Path(template_dir)
    if not user.is_dir():
        raise TemplateError.make("template.no-folder", path=str(user))
    return [user / lang, user]


def environment(lang: str, template_dir: str | Path | None = None, *, autoescape: bool) -> Any:
    """A Jinja2 environment for one language; ``autoescape`` on for HTML."""
    import jinja2

    paths = user_folders(lang, template_dir)
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(p) for p in paths]),
        jinja2.FileSystemLoader([str(TEMPLATES / "common"), str(TEMPLATES)]),
    ])
    return jinja2.Environment(loader=loader, autoescape=autoescape, keep_trailing_newline=True,
                              trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


def render_template(env: Any, name: str, **values: Any) -> str:
    """Render one template; Jinja errors become ``TemplateError`` with file and line."""
    import jinja2

    try:
        text: str = env.get_template(name).render(**values)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError.make("template.not-found", name=exc.name) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError.make("template.syntax", file=exc.filename or exc.name, line=exc.lineno,
                                 detail=exc.message) from None
    except jinja2.TemplateError as exc:
        raise TemplateError.make("template.error", name=name, detail=str(exc)) from None
    return text


def read_static(env: Any, name: str) -> str:
    """A non-template file (the stylesheet) found through the same search order."""
    import jinja2

    try:
        source, _, _ = env.loader.get_source(env, name)
    except jinja2.TemplateNotFound:
        raise TemplateError.make("template.not-found", name=name) from None
    text: str = source
    return text
