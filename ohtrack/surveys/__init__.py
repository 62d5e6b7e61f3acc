"""Surveys: read a survey workbook, score it per unit and wave, protect anonymity.

The parts are ``reader`` (the file), ``scoring`` (``score_frame`` for data already in a
DataFrame), ``anonymity`` (suppression) and ``tree`` (the unit tree). The entry points are
``ohtrack.load_survey(path)`` and ``ohtrack.survey(data, programme)`` (in
``ohtrack.analysis.survey``); ``ohtrack.export(report, "x.xlsx")`` writes the workbook.
"""

from __future__ import annotations
