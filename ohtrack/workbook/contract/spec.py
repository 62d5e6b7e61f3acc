"""The contract's building blocks: ``Column`` and ``Sheet``.

The contract: the one registry of the workbook's sheets and columns.

Every sheet declares its record model, its shape (a table, field/value pairs, or one row
per member of a group), its ID column and, per column, the domain field, the Dutch and
English headers, the kind of value and what it refers to. Reading, checks, counts,
pseudonymisation, the template and ``docs/workbook.md`` all derive from it: a new sheet is
a ``Sheet`` here (``register_sheet``) and a domain model; a new column is one ``Column``
and one field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ohtrack.domain.base import Record
from ohtrack.text import name_key

#: What a column holds. ``id``: an identifier or code; ``text``: a short text (a name, a
#: title, a role); ``prose``: free text; ``int``/``float``/``date``; ``multi``: several
#: values separated by ``;`` or ``|``; ``vocab``: a word from a vocabulary; ``cell``: any
#: value as it is; ``bool`` (survey files).
KINDS = ("id", "text", "prose", "int", "float", "date", "multi", "vocab", "cell", "bool")

#: What a reference can point at besides another sheet's entity: the health model's
#: outcomes and practices, or one of several entities.
MODEL_REFS = frozenset({"outcome", "practice"})
#: References to one of several entities: ref → the entities, tried in order.
UNION_REFS: dict[str, tuple[str, ...]] = {"person_or_unit": ("person", "unit", "group")}

Shape = Literal["table", "fields", "members"]


@dataclass(frozen=True)
class Column:
    """A column: the domain field, its headers, kind, reference, limits and help text.

    ``ref`` names what the value refers to: an entity (``unit``, ``person`` … the ``entity``
    of a sheet), ``outcome``/``practice`` of the health model, or a union such as
    ``person_or_unit``. ``personal`` marks personal data (``name`` or ``email``);
    ``minimum``/``maximum`` bound numbers so that every accepted value is usable.
    """

    field: str
    en: str
    nl: str
    kind: str = "text"
    required: bool = False
    ref: str | None = None
    vocab: str | None = None
    help_en: str = ""
    help_nl: str = ""
    aliases: tuple[str, ...] = ()
    personal: Literal["name", "email"] | None = None
    minimum: float | None = None
    maximum: float | None = None

    def header(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def names(self) -> set[str]:
        return {name_key(n) for n in (self.field, self.en, self.nl, *self.aliases)}

    @property
    def targets(self) -> tuple[str, ...]:
        """The entities this column refers to (empty for model refs and plain columns)."""
        if self.ref is None or self.ref in MODEL_REFS:
            return ()
        return UNION_REFS.get(self.ref, (self.ref,))


@dataclass(frozen=True)
class Sheet:
    """A sheet of the workbook and the records it holds.

    ``model`` is the record type of a row (``member_model`` the row type of a ``members``
    sheet, whose ``model`` is the group); ``entity`` what one record is, in the singular
    (``unit``), which is what other sheets' ``ref`` name; ``id_field`` and ``name_field``
    the fields an entity is referred to by; ``attr`` the ``Programme`` attribute (default
    ``key``).
    """

    key: str
    en: str
    nl: str
    columns: tuple[Column, ...]
    required: bool = False
    shape: Shape = "table"
    model: type[Record] | None = None
    member_model: type[Record] | None = None
    entity: str | None = None
    id_field: str | None = None
    name_field: str | None = None
    attr: str | None = None
    help_en: str = ""
    help_nl: str = ""
    aliases: tuple[str, ...] = field(default=())

    def title(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def names(self) -> set[str]:
        return {name_key(n) for n in (self.key, self.en, self.nl, *self.aliases)}

    def column(self, fld: str) -> Column:
        for c in self.columns:
            if c.field == fld:
                return c
        raise KeyError(fld)

    @property
    def fields(self) -> bool:
        """True for a sheet of field/value pairs (the Programme sheet)."""
        return self.shape == "fields"

    @property
    def programme_attr(self) -> str:
        """The ``Programme`` attribute (or ``tables`` key) holding this sheet's records."""
        return self.attr or self.key

    @property
    def is_records(self) -> bool:
        """True for sheets whose rows become records of the programme (not Programme/Model)."""
        return self.model is not None and self.shape != "fields"

    def row_fields(self) -> list[str]:
        """The fields of one row: the record's, or for ``members`` the group's then the member's."""
        return [c.field for c in self.columns]
