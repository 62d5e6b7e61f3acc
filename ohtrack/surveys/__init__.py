"""Surveys: read a survey workbook, score it per unit and wave, protect anonymity.

The parts are ``reader`` (the file), ``scoring`` (``score_frame`` for data already in a
DataFrame), ``anonymity`` (suppression), ``tree`` (the unit tree) and ``export`` (xlsx).
The entry point is ``ohtrack.survey(path)`` (defined in ``ohtrack.analysis.survey``).
"""

from __future__ import annotations
