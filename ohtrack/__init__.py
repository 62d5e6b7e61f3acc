"""ohtrack: track organisational-health improvement work.

Workbook in (``load``, ``validate``), the health model (``model_map``), the network,
indicators and surveys, snapshots over time, and the playbook out. Heavy modules
(pandas, networkx, matplotlib) are imported only when their function is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name → module that defines it (imported on first use).
_LAZY: dict[str, str] = {
    "load": "ohtrack.workbook.api",
    "read": "ohtrack.workbook.api",
    "validate": "ohtrack.workbook.api",
    "ReadResult": "ohtrack.workbook.api",
    "save": "ohtrack.workbook.writer",
    "write_template": "ohtrack.workbook.template",
    "models": "ohtrack.frameworks",
    "model_map": "ohtrack.analysis.model_map",
    "ModelMap": "ohtrack.analysis.model_map",
    "network": "ohtrack.analysis.network",
    "Network": "ohtrack.analysis.network",
    "network_report": "ohtrack.analysis.network",
    "NetworkReport": "ohtrack.analysis.network",
    "indicators": "ohtrack.analysis.indicators",
    "IndicatorReport": "ohtrack.analysis.indicators",
    "survey": "ohtrack.analysis.survey",
    "SurveyReport": "ohtrack.analysis.survey",
    "playbook": "ohtrack.playbook",  # the package, callable: ohtrack.playbook(programme)
    "Playbook": "ohtrack.playbook",
    "open_store": "ohtrack.history",
    "Store": "ohtrack.history",
    "pseudonymise": "ohtrack.privacy",
    "Programme": "ohtrack.domain",
    "Report": "ohtrack.report",
    "Problem": "ohtrack.report",
    "Severity": "ohtrack.report",
    "Framework": "ohtrack.frameworks",
    "OhtrackError": "ohtrack.errors",
    "WorkbookError": "ohtrack.errors",
    "InvalidWorkbookError": "ohtrack.errors",
    "UnknownModelError": "ohtrack.errors",
    "OutputError": "ohtrack.errors",
}

#: Names that are modules themselves (``ohtrack.playbook`` is a callable package).
_MODULES = frozenset({"models", "playbook"})

__all__ = sorted([*_LAZY, "__version__"])

if TYPE_CHECKING:  # pragma: no cover
    from ohtrack.domain import Programme
    from ohtrack.errors import (
        InvalidWorkbookError,
        OhtrackError,
        OutputError,
        UnknownModelError,
        WorkbookError,
    )
    from ohtrack.frameworks import Framework
    from ohtrack.report import Problem, Report, Severity
    from ohtrack.workbook.api import ReadResult, load, read, validate
    from ohtrack.workbook.writer import save


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ohtrack' has no attribute {name!r}")
    mod = importlib.import_module(module)
    value = mod if name in _MODULES else getattr(mod, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
