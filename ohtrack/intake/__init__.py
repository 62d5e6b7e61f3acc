"""Other people's files: an existing list of improvement work, in any layout, imported.

``import_inventory(path, mapping=None)`` reads xlsx, xls, ods and CSV/TSV files, finds the
table (header row, transposed tables, several sheets), proposes a mapping of its columns
and values onto the workbook contract (``Mapping.suggest``), and builds a programme whose
every problem points at the source.
"""

from ohtrack.intake.api import ImportResult, import_inventory
from ohtrack.intake.mapping import Mapping
from ohtrack.intake.rules import ColumnRule

__all__ = ["ColumnRule", "ImportResult", "Mapping", "import_inventory"]
