"""The sheet/column contract: the one registry of the workbook's sheets and columns.

Every sheet declares its record model, its shape (a table, field/value pairs, or one row
per member of a group), its ID column and, per column, the domain field, the Dutch and
English headers, the kind of value and what it refers to. Reading, checks, counts,
pseudonymisation, the template and ``docs/workbook.md`` all derive from it: a new sheet is
a ``Sheet`` (``sheets.py``, or ``register_sheet``) and a domain model; a new column is one
``Column`` and one field.
"""

from ohtrack.workbook.contract.registry import (
    TEMPLATE_SHEETS,
    entity_sheet,
    find_sheet,
    is_template_sheet,
    match_columns,
    model_fields,
    record_sheets,
    register_sheet,
    registered,
    sheet,
    sheets,
    unregister_sheet,
)
from ohtrack.workbook.contract.sheets import (
    AMOUNTS,
    CREDENTIALS,
    DEVELOPMENT_POINTS,
    ENROLMENTS,
    EVENTS,
    GOALS,
    GROUPS,
    INDICATORS,
    INITIATIVES,
    LESSONS,
    MEASUREMENTS,
    MODEL,
    MODULES,
    PEOPLE,
    PROFILE_SCORES,
    PROGRAMME,
    RELATIONS,
    ROUTES,
    SHEETS,
    THEMES,
    UNITS,
    YEARS,
)
from ohtrack.workbook.contract.spec import KINDS, MODEL_REFS, UNION_REFS, Column, Sheet
from ohtrack.workbook.vocabularies import (
    OPEN_VOCABULARIES,
    VOCABULARIES,
    vocab_label,
    vocab_lookup,
)

__all__ = [
    "AMOUNTS", "CREDENTIALS", "DEVELOPMENT_POINTS", "ENROLMENTS", "EVENTS", "GOALS", "GROUPS",
    "INDICATORS", "INITIATIVES", "KINDS", "LESSONS", "MEASUREMENTS", "MODEL", "MODEL_REFS",
    "MODULES", "OPEN_VOCABULARIES", "PEOPLE", "PROFILE_SCORES", "PROGRAMME", "RELATIONS", "ROUTES",
    "SHEETS", "TEMPLATE_SHEETS", "THEMES", "UNION_REFS", "UNITS", "VOCABULARIES", "YEARS",
    "Column", "Sheet", "entity_sheet", "find_sheet", "is_template_sheet", "match_columns",
    "model_fields", "record_sheets", "register_sheet", "registered", "sheet", "sheets",
    "unregister_sheet", "vocab_label", "vocab_lookup",
]
