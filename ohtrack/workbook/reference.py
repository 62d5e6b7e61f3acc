"""The workbook reference page (``docs/workbook.md``), generated from the contract.

``markdown()`` renders every sheet, column, alias, kind, reference and vocabulary of
``ohtrack.workbook.contract`` and of the survey file (``ohtrack.surveys.contract``), in English
and Dutch. After changing a contract run ``python -m ohtrack.workbook.reference >
docs/workbook.md``; a test fails while the page is out of date.

The tables are data: add an entry to ``COLUMN_TABLE`` (or ``SHEET_FACTS``) to show a new
contract attribute. The words are in ``ohtrack.i18n.reference`` and ``ohtrack.i18n.template``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence

from ohtrack.i18n import t
from ohtrack.i18n.problems import TEXTS as _WORDS
from ohtrack.surveys import contract as survey_contract
from ohtrack.text import name_key
from ohtrack.workbook.contract import (
    OPEN_VOCABULARIES,
    TEMPLATE_SHEETS,
    VOCABULARIES,
    Column,
    Sheet,
    entity_sheet,
    sheet,
    sheets,
)
from ohtrack.workbook.template import column_note

LANGS = ("en", "nl")
#: Filling-in rules shown from the template's instructions (``template.rule.<name>``).
RULES = ("multi", "dates", "ids", "headers", "roles")



def _both(sheet: Sheet) -> str:
    return sheet.en if sheet.en == sheet.nl else f"{sheet.en} / {sheet.nl}"


def _code(words: Iterable[str]) -> str:
    return ", ".join(f"`{w}`" for w in words)


def _aliases(col: Column) -> str:
    shown = {name_key(col.en), name_key(col.nl)}
    extra = [n for n in (col.field, *col.aliases) if name_key(n) not in shown]
    return _code(dict.fromkeys(extra))


def _refers(col: Column) -> str:
    ref = col.ref
    if ref is None:
        return ""
    if col.targets:
        return ", ".join(_both(entity_sheet(e)) for e in col.targets)
    if ref in ("outcome", "practice"):
        return f"{ref} ({t('reference.ref.model', 'en')} / {t('reference.ref.model', 'nl')})"
    return ref


def _kind(col: Column) -> str:
    return f"`{col.kind}` (`{col.vocab}`)" if col.vocab else f"`{col.kind}`"


#: The columns of each sheet's table: (heading key in ``ohtrack.i18n.reference``, cell).
COLUMN_TABLE: tuple[tuple[str, Callable[[Sheet, Column], str]], ...] = (
    ("reference.col.en", lambda s, c: f"**{c.en}**"),
    ("reference.col.nl", lambda s, c: f"**{c.nl}**"),
    ("reference.col.aliases", lambda s, c: _aliases(c)),
    ("reference.col.kind", lambda s, c: _kind(c)),
    ("reference.col.required", lambda s, c: _yes() if c.required else ""),
    ("reference.col.refers", lambda s, c: _refers(c)),
    ("reference.col.limits", lambda s, c: _limits(c)),
    ("reference.col.personal", lambda s, c: _personal(c)),
    ("reference.col.help_en", lambda s, c: column_note(s, c, "en")),
    ("reference.col.help_nl", lambda s, c: column_note(s, c, "nl")),
)

#: Lines about a sheet above its table, in both languages: (condition, text key).
SHEET_FACTS: tuple[tuple[Callable[[Sheet], bool], str], ...] = (
    (lambda s: s.shape == "fields", "reference.shape.fields"),
    (lambda s: s.shape == "table", "reference.shape.table"),
    (lambda s: s.shape == "members", "reference.shape.members"),
)


def _num(x: float | None) -> str:
    return "…" if x is None else (f"{int(x)}" if float(x).is_integer() else f"{x}")


def _limits(col: Column) -> str:
    if col.minimum is None and col.maximum is None:
        return ""
    return f"{_num(col.minimum)} – {_num(col.maximum)}"


def _personal(col: Column) -> str:
    if col.personal is None:
        return ""
    key = f"reference.personal.{col.personal}"
    return f"{t(key, 'en')} · {t(key, 'nl')}"


def _entity(sheet: Sheet, lang: str) -> str:
    """What one record of the sheet is, and the columns it is known by."""
    if not sheet.entity or not sheet.id_field:
        return ""
    id_col = sheet.column(sheet.id_field).header(lang)
    name = f" / {sheet.column(sheet.name_field).header(lang)}" if sheet.name_field else ""
    word = t(f"problems.word.{sheet.entity}", lang) if f"problems.word.{sheet.entity}" in _WORDS \
        else sheet.entity
    return t("reference.entity", lang, entity=word, id=f"`{id_col}`", name=name and f"{name}")


def _yes() -> str:
    return f"{t('reference.yes', 'en')} · {t('reference.yes', 'nl')}"


def _md(text: str) -> str:
    """Text safe in Markdown: ``<`` would start an HTML tag."""
    return text.replace("<", "\\<")


def _cell(text: str) -> str:
    return _md(" ".join(text.split()).replace("|", "\\|"))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |",
             "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def _heading_both(key: str) -> str:
    en, nl = t(key, "en"), t(key, "nl")
    return en if en == nl else f"{en} · {nl}"


def _para(key: str, **values: object) -> list[str]:
    """A paragraph in English, then the Dutch one as a quote."""
    return [_md(t(key, "en", **values)), "", "> " + _md(t(key, "nl", **values)), ""]


def _anchor(title: str) -> str:
    keep = "".join(ch for ch in title.lower() if ch.isalnum() or ch in " -")
    return keep.strip().replace(" ", "-")


def _sheet_section(sheet: Sheet, facts: Sequence[tuple[Callable[[Sheet], bool], str]] = SHEET_FACTS,
                   level: str = "###") -> list[str]:
    state = "reference.required_sheet" if sheet.required else "reference.optional_sheet"
    out = [f"{level} {_both(sheet)} ({t(state, 'en')} · {t(state, 'nl')})", ""]
    names = [sheet.en, sheet.nl, *sheet.aliases]
    out += [t("reference.sheet_names", "en", names=_code(dict.fromkeys(names))), ""]
    purpose_en = sheet.help_en or _template_purpose(sheet, "en")
    purpose_nl = sheet.help_nl or _template_purpose(sheet, "nl")
    if purpose_en:
        out += [purpose_en, "", f"> {purpose_nl}", ""]
    for applies, key in facts:
        if applies(sheet):
            out += _para(key)
    if _entity(sheet, "en"):
        out += [_md(_entity(sheet, "en")), "", "> " + _md(_entity(sheet, "nl")), ""]
    heads = [_heading_both(k) for k, _ in COLUMN_TABLE]
    out += _table(heads, ([cell(sheet, c) for _, cell in COLUMN_TABLE] for c in sheet.columns))
    return [*out, ""]


def _template_purpose(sheet: Sheet, lang: str) -> str:
    try:
        return t(f"template.sheet.{sheet.key}", lang)
    except KeyError:
        return ""


def _kinds(sheets: Sequence[Sheet]) -> list[str]:
    used = dict.fromkeys(c.kind for s in sheets for c in s.columns)
    yes = _code(sorted(survey_contract.YES))
    rows = [[f"`{k}`", t(f"reference.kind.{k}", "en", yes=yes), t(f"reference.kind.{k}", "nl", yes=yes)]
            for k in used]
    heads = [_heading_both("reference.col.kind"), t("reference.col.en", "en"), t("reference.col.nl", "nl")]
    return [f"## {_heading_both('reference.kinds')}", "", *_table(heads, rows), ""]


def _vocabularies(sheets: Sequence[Sheet]) -> list[str]:
    out = [f"## {_heading_both('reference.vocabularies')}", ""]
    for vocab, codes in VOCABULARIES.items():
        users = [f"{s.en}.{c.en}" for s in sheets for c in s.columns if c.vocab == vocab]
        kind = "open" if vocab in OPEN_VOCABULARIES else "closed"
        out += [f"### `{vocab}`", ""]
        out += _para(f"reference.vocab.{kind}")
        if users:
            out += [f"{_heading_both('reference.col.used_by')}: {', '.join(users)}.", ""]
        heads = [_heading_both("reference.col.code"), t("reference.col.en", "en"),
                 t("reference.col.nl", "nl"), _heading_both("reference.col.words")]
        rows = []
        for code, words in codes.items():
            other = [w for w in words[2:] if w not in (code, *words[:2])]
            rows.append([f"`{code}`", words[0], words[1] if len(words) > 1 else "", _code(other)])
        out += [*_table(heads, rows), ""]
    return out


def markdown() -> str:
    """The whole reference page as Markdown."""
    required = " and ".join(f"**{_both(s)}**" for s in sheets() if s.required)
    required_nl = " en ".join(f"**{_both(s)}**" for s in sheets() if s.required)
    title = _heading_both("reference.title")
    out = [f"# {title}", "", f"<!-- {t('reference.generated', 'en')} -->", ""]
    out += [t("reference.intro", "en", required=required), "",
            "> " + t("reference.intro", "nl", required=required_nl), ""]
    out += _para("reference.names")
    out += _para("reference.template_sheets", names=_code(sorted(TEMPLATE_SHEETS)))
    sections = [_heading_both("reference.rules"), _heading_both("reference.sheets"),
                _heading_both("reference.kinds"), _heading_both("reference.vocabularies"),
                _heading_both("reference.surveys")]
    out += [f"## {_heading_both('reference.contents')}", ""]
    out += [f"- [{s}](#{_anchor(s)})" for s in sections] + [""]
    out += [f"## {sections[0]}", ""]
    for rule in RULES:
        label = f"{t(f'template.rule.{rule}_label', 'en')} · {t(f'template.rule.{rule}_label', 'nl')}"
        programme = sheet("programme")
        out += [f"- **{label}**: {_md(t(f'template.rule.{rule}', 'en', programme=programme.en))}",
                f"  > {_md(t(f'template.rule.{rule}', 'nl', programme=programme.nl))}"]
    out += ["", f"## {sections[1]}", ""]
    for spec in sheets():
        out += _sheet_section(spec)
    survey_sheets = survey_contract.SHEETS
    out += _kinds([*sheets(), *survey_sheets])
    out += _vocabularies(sheets())
    out += [f"## {sections[4]}", ""]
    out += _para("reference.surveys_intro")
    out += _para("reference.survey_items")
    for spec in survey_sheets:
        out += _sheet_section(spec, facts=())
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main() -> int:
    """Print the page (``python -m ohtrack.workbook.reference > docs/workbook.md``)."""
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
