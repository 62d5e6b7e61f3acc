"""Messages of the library's errors: ``OhtrackError.reason`` → ``errors.<reason>``.

``WorkbookError`` reasons are the ``problems.unreadable-file.<reason>`` templates,
``OutputError`` reasons the ``output.<reason>`` ones; every other error's template is here.
``message(error, lang)`` says an error in Dutch or English; ``os_reason(exc)`` gives what the
operating system said (a full disk, no permission …) in both.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ohtrack.errors import InvalidWorkbookError, OhtrackError

TEXTS: dict[str, dict[str, str]] = {
    # -- the unit tree ----------------------------------------------------------------------
    "errors.unknown-level.depth": {
        "en": "level {level}: the unit tree has levels 1 to {deepest}",
        "nl": "niveau {level}: de boom van eenheden heeft niveaus 1 tot en met {deepest}"},
    "errors.unknown-level.name": {"en": "no unit level {level!r}; the Units sheet names: {names}",
                                  "nl": "geen niveau {level!r}; het blad Eenheden noemt: {names}"},
    "errors.unknown-level.none": {"en": "no unit level {level!r}; the Units sheet names no levels "
                                        "(fill its Level column, or give a depth such as 2)",
                                  "nl": "geen niveau {level!r}; het blad Eenheden noemt geen niveaus "
                                        "(vul de kolom Niveau, of geef een diepte zoals 2)"},
    # -- workbooks and models ---------------------------------------------------------------
    "errors.invalid-workbook": {"en": "{path}: {problem}", "nl": "{path}: {problem}"},
    "errors.invalid-workbook.more": {
        "en": "{path}: {problem} (and {more} more; run 'ohtrack validate')",
        "nl": "{path}: {problem} (en nog {more}; draai 'ohtrack validate')"},
    "errors.invalid-workbook.unread": {"en": "the workbook could not be read",
                                       "nl": "de werkmap kon niet worden gelezen"},
    "errors.unknown-model": {"en": "unknown health model {model!r}; built in: {models}",
                             "nl": "onbekend gezondheidsmodel {model!r}; ingebouwd: {models}"},
    "errors.custom-without-model": {
        "en": "model is 'custom' but the workbook has no Model sheet",
        "nl": "het model is 'custom', maar de werkmap heeft geen blad Model"},
    "errors.unknown-crosswalk": {
        "en": "no crosswalk from {source!r} to {target!r}; available: {pairs}",
        "nl": "geen vertaaltabel van {source!r} naar {target!r}; beschikbaar: {pairs}"},
    "errors.unknown-profile": {"en": "unknown leadership profile {profile!r}; built in: {profiles}",
                               "nl": "onbekend leiderschapsprofiel {profile!r}; ingebouwd: {profiles}"},
    "errors.memory-budget.positive": {"en": "a memory budget must be positive, not {value}",
                                      "nl": "een geheugenbudget moet positief zijn, niet {value}"},
    "errors.memory-budget.size": {
        "en": "{source}: {value!r} is not a memory size such as 2G, 512M or 800000000",
        "nl": "{source}: {value!r} is geen geheugengrootte zoals 2G, 512M of 800000000"},
    # -- the history store ------------------------------------------------------------------
    "errors.store.bad-url": {"en": "{url}: not a database URL", "nl": "{url}: geen database-URL"},
    "errors.store.missing": {
        "en": "{path}: no history store here (run 'ohtrack track add' first)",
        "nl": "{path}: hier is geen geschiedenisopslag (draai eerst 'ohtrack track add')"},
    "errors.store.no-folder": {"en": "{path}: folder {folder} does not exist",
                               "nl": "{path}: map {folder} bestaat niet"},
    "errors.store.database": {"en": "{url}: the database says: {detail}",
                              "nl": "{url}: de database meldt: {detail}"},
    "errors.store.no-snapshot": {"en": "{url}: no snapshot {id}", "nl": "{url}: geen momentopname {id}"},
    "errors.store.damaged": {
        "en": "{store}: snapshot {id} is damaged and can't be read ({reason})",
        "nl": "{store}: momentopname {id} is beschadigd en kan niet worden gelezen ({reason})"},
    "errors.store.not-ohtrack": {
        "en": "the database has a 'snapshots' table but no ohtrack schema version; it is not an "
              "ohtrack history store",
        "nl": "de database heeft een tabel 'snapshots' maar geen schemaversie van ohtrack; het is "
              "geen geschiedenisopslag van ohtrack"},
    "errors.store.empty": {
        "en": "no ohtrack history in this database yet (run 'ohtrack track add')",
        "nl": "deze database heeft nog geen geschiedenis van ohtrack (draai 'ohtrack track add')"},
    "errors.store.newer": {
        "en": "the store has schema version {found}, newer than this ohtrack understands "
              "({current}); upgrade ohtrack",
        "nl": "de opslag heeft schemaversie {found}, nieuwer dan deze ohtrack begrijpt ({current}); "
              "werk ohtrack bij"},
    "errors.store.bad-json": {
        "en": "snapshot {id}: the stored programme is not valid JSON; the store was left at schema "
              "version 1",
        "nl": "momentopname {id}: het bewaarde programma is geen geldige JSON; de opslag is op "
              "schemaversie 1 gebleven"},
    # -- playbook ---------------------------------------------------------------------------
    "errors.template.no-folder": {"en": "{path}: template folder does not exist",
                                  "nl": "{path}: de map met sjablonen bestaat niet"},
    "errors.template.not-found": {"en": "template {name} not found",
                                  "nl": "sjabloon {name} niet gevonden"},
    "errors.template.syntax": {"en": "{file}: line {line}: {detail}",
                               "nl": "{file}: regel {line}: {detail}"},
    "errors.template.error": {"en": "template {name}: {detail}", "nl": "sjabloon {name}: {detail}"},
    "errors.template.word": {"en": "{path}: not a Word document or template ({detail})",
                             "nl": "{path}: geen Word-document of -sjabloon ({detail})"},
    "errors.unknown-section": {"en": "unknown section {name!r}; choose from: {sections}",
                               "nl": "onbekend hoofdstuk {name!r}; kies uit: {sections}"},
    # -- surveys ----------------------------------------------------------------------------
    "errors.min-group": {"en": "min_group must be at least 1, not {value}",
                         "nl": "min_group moet minstens 1 zijn, niet {value}"},
    # -- the command line ---------------------------------------------------------------------
    "errors.cli.negative-level": {"en": "the level can't be negative",
                                  "nl": "het niveau kan niet negatief zijn"},
    "errors.cli.not-a-pair": {"en": "{value!r} is not two people written as A,B",
                              "nl": "{value!r} zijn geen twee personen geschreven als A,B"},
    # -- what the operating system said (``os_reason``) -------------------------------------
    "errors.os.ENOSPC": {"en": "no space left on device", "nl": "geen ruimte meer op de schijf"},
    "errors.os.EDQUOT": {"en": "disk quota exceeded", "nl": "schijfquotum overschreden"},
    "errors.os.EACCES": {"en": "permission denied", "nl": "geen toestemming"},
    "errors.os.EPERM": {"en": "operation not permitted", "nl": "handeling niet toegestaan"},
    "errors.os.ENOENT": {"en": "no such file or folder", "nl": "bestand of map bestaat niet"},
    "errors.os.EROFS": {"en": "read-only file system", "nl": "alleen-lezen bestandssysteem"},
    "errors.os.EISDIR": {"en": "is a folder", "nl": "is een map"},
    "errors.os.ENOTDIR": {"en": "not a folder", "nl": "is geen map"},
    "errors.os.EEXIST": {"en": "file exists", "nl": "bestand bestaat al"},
    "errors.os.ENAMETOOLONG": {"en": "file name too long", "nl": "bestandsnaam te lang"},
    "errors.os.EMFILE": {"en": "too many open files", "nl": "te veel open bestanden"},
    "errors.os.EIO": {"en": "input/output error", "nl": "invoer-/uitvoerfout"},
    "errors.os.EBUSY": {"en": "device or resource busy", "nl": "apparaat of bron is bezet"},
    "errors.os.EFBIG": {"en": "file too large", "nl": "bestand te groot"},
    "errors.os.EINVAL": {"en": "invalid argument", "nl": "ongeldig argument"},
    "errors.os.other": {"en": "{detail}", "nl": "systeemfout: {detail}"},
}


def os_reason(exc: BaseException, name: str = "reason") -> dict[str, str]:
    """What the operating system said, as the param pair ``<name>_en``/``<name>_nl``."""
    code = getattr(exc, "errno", None)
    key = f"errors.os.{errno.errorcode.get(code, '')}" if isinstance(code, int) else ""
    if key in TEXTS:
        en, nl = TEXTS[key]["en"], TEXTS[key]["nl"]
    else:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        en, nl = (TEXTS["errors.os.other"][lang].format(detail=detail) for lang in ("en", "nl"))
    return {f"{name}_en": en, f"{name}_nl": nl}


def message(error: OhtrackError, lang: str = "en") -> str:
    """The message of ``error`` in ``lang`` from its class's catalogue and its ``reason``; the
    message as raised when there is no template."""
    from ohtrack.i18n import entry, fill, has

    raised = error.args[0] if error.args and isinstance(error.args[0], str) else None
    key = f"{error.catalogue}{error.reason}" if error.reason else ""
    if not key or not has(key):
        return raised or type(error).__name__
    found = entry(key)
    text = found.get(lang) or found["en"]
    try:
        return fill(text, lang, error.params)
    except (KeyError, IndexError, ValueError):
        return raised or text


def invalid_workbook(error: InvalidWorkbookError, lang: str = "en") -> str:
    """``<file>: <cell>: <first error>`` (and how many more) in ``lang``."""
    from ohtrack.i18n import t

    errors = list(getattr(error.report, "errors", None) or [])
    if not errors:
        return t("errors.invalid-workbook", lang, path=error.params.get("path", ""),
                 problem=t("errors.invalid-workbook.unread", lang))
    first = errors[0]
    where = first.cell or first.sheet
    problem = f"{where}: {first.text(lang)}" if where else first.text(lang)
    params: dict[str, Any] = {"path": error.params.get("path", ""), "problem": problem}
    if len(errors) > 1:
        return t("errors.invalid-workbook.more", lang, more=len(errors) - 1, **params)
    return t("errors.invalid-workbook", lang, **params)
