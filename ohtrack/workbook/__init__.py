"""Excel in and out: the sheet contract, reading with problems, writing, the template.

The entry points are ``ohtrack.workbook.api`` (``read``, ``load``, ``validate``),
``ohtrack.workbook.writer`` (``save``) and ``ohtrack.workbook.template``; this package
imports none of them, so its contract can be used by the layers below reading.
"""
