"""Surveys: read a survey workbook, score it per unit and wave, protect anonymity.

``ohtrack.survey(path)`` (in ``ohtrack.analysis.survey``) is the entry point; the parts are
``reader`` (the file), ``scoring`` (``score_frame`` for data already in a DataFrame),
``anonymity`` (suppression), ``tree`` (the unit tree) and ``export`` (xlsx).
"""
