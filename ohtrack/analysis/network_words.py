"""The network report's words: group and event types as the reader knows them, counts of
groups of a type, what sessions are besides those held, how a finding was found."""

from __future__ import annotations

from ohtrack.i18n import format, has, t


def group_label(gtype: str | None, lang: str) -> str:
    """``Triad`` / ``Driehoek`` for known group types, the word as written otherwise."""
    if gtype and has(f"network.group.{gtype}"):
        return t(f"network.group.{gtype}", lang)
    return gtype.capitalize() if gtype else t("network.group.other", lang)


def groups_label(gtype: str | None, n: int, lang: str, label: str | None = None) -> str:
    """``25 leergroepen`` / ``1 driehoek``: a count of groups of one type; a type with no
    plural known, ``4 groepen (driehoek beschut)``. ``label``: the type's name as the reader
    knows it (the workbook's own word), else the type's."""
    if n != 1 and gtype and has(f"network.groups.{gtype}"):
        return f"{format.integer(n, lang)} {t(f'network.groups.{gtype}', lang)}"
    if n == 1:
        return f"1 {label or group_label(gtype, lang).lower()}"
    return t("network.groups_of_type", lang, n=format.integer(n, lang), type=label or gtype or "")


def sessions_besides(cancelled: int, unrecorded: int, ahead: int, lang: str) -> str:
    """What sessions are besides those held, in brackets, counts above zero only:
    `` (1 geannuleerd, 2 gepland vóór de rapportdatum, niet als gehouden vastgelegd)``."""
    parts = [t(f"network.realisation.{key}", lang, n=n) for key, n in (
        ("cancelled", cancelled), ("unrecorded", unrecorded), ("ahead", ahead)) if n]
    return f" ({', '.join(parts)})" if parts else ""


def event_label(etype: str | None, lang: str) -> str:
    """``intervision`` / ``intervisie`` for known event types, the word as written otherwise."""
    if etype and has(f"network.event.{etype}"):
        return t(f"network.event.{etype}", lang)
    return etype or ""


def method_text(key: str | None, lang: str) -> str:
    """How a finding was found, in words (the report's appendix)."""
    return t(f"network.method.{key}", lang) if key and has(f"network.method.{key}") else ""
