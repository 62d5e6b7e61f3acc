"""Surveys: read a survey workbook, score it per unit and wave, protect anonymity.

The parts are ``reader`` (the file), ``scoring`` (``score_frame`` for data already in a
DataFrame), ``anonymity`` (suppression), ``tree`` (the unit tree) and ``export`` (xlsx).
The entry point is ``ohtrack.survey(path)`` (defined in ``ohtrack.analysis.survey``). Because
importing this package makes ``ohtrack.survey`` name the package, the package itself is
callable and does the same, so ``ohtrack.survey(path)`` works whatever was imported first.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ohtrack.analysis.survey import SurveyReport


class _CallableModule(ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> SurveyReport:
        from ohtrack.analysis.survey import survey

        return survey(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
