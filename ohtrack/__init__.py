"""ohtrack: track organisational-health improvement work.

Workbook in (``load``, ``validate``), the health model (``model_map``), the network,
indicators and surveys, snapshots over time, and the playbook out; ``export`` writes any
result to a file. Heavy modules (pandas, networkx, openpyxl) are imported only when their
function is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "BenchmarkReport",
    "Composition",
    "DevelopmentOverview",
    "DriverReport",
    "Framework",
    "History",
    "ImportResult",
    "Index",
    "IndicatorReport",
    "InitiativeReport",
    "InvalidWorkbookError",
    "InventoryError",
    "LearningError",
    "LearningReport",
    "Mapping",
    "ModelMap",
    "Network",
    "NetworkComparison",
    "OhtrackError",
    "OutputError",
    "Playbook",
    "Problem",
    "Programme",
    "ReadResult",
    "Report",
    "Severity",
    "Store",
    "StoreError",
    "SurveyActions",
    "SurveyData",
    "SurveyMeasurements",
    "SurveyReport",
    "TemplateError",
    "UnknownLevelError",
    "UnknownModelError",
    "UnknownSectionError",
    "WorkbookError",
    "__version__",
    "compare_networks",
    "compose_groups",
    "development_overview",
    "export",
    "figure",
    "import_inventory",
    "indicators",
    "initiatives",
    "learning",
    "load",
    "load_benchmark",
    "load_survey",
    "model_map",
    "models",
    "network",
    "open_store",
    "playbook",
    "pseudonymise",
    "read",
    "save",
    "survey",
    "survey_actions",
    "survey_benchmark",
    "survey_drivers",
    "survey_measurements",
    "validate",
    "with_survey",
    "write_template",
]

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
    "compare_networks": "ohtrack.analysis.network_compare",
    "NetworkComparison": "ohtrack.analysis.network_compare",
    "indicators": "ohtrack.analysis.indicators",
    "IndicatorReport": "ohtrack.analysis.indicators",
    "load_survey": "ohtrack.surveys.reader",
    "survey": "ohtrack.analysis.survey",
    "SurveyReport": "ohtrack.analysis.survey",
    "survey_actions": "ohtrack.analysis.survey_actions",
    "SurveyActions": "ohtrack.analysis.survey_actions",
    "survey_measurements": "ohtrack.analysis.survey_indicators",
    "survey_drivers": "ohtrack.analysis.survey_drivers",
    "survey_benchmark": "ohtrack.analysis.survey_benchmark",
    "BenchmarkReport": "ohtrack.analysis.survey_benchmark",
    "load_benchmark": "ohtrack.surveys.benchmark",
    "DriverReport": "ohtrack.analysis.survey_drivers",
    "with_survey": "ohtrack.analysis.survey_indicators",
    "SurveyMeasurements": "ohtrack.analysis.survey_indicators",
    "SurveyData": "ohtrack.surveys.reader",
    "playbook": "ohtrack.playbooks",
    "Playbook": "ohtrack.playbooks",
    "export": "ohtrack.exports",
    "figure": "ohtrack.exports",
    "open_store": "ohtrack.history",
    "Store": "ohtrack.history",
    "History": "ohtrack.history.timeline",
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
    "StoreError": "ohtrack.errors",
    "TemplateError": "ohtrack.errors",
    "UnknownSectionError": "ohtrack.errors",
    "UnknownLevelError": "ohtrack.errors",
    "InventoryError": "ohtrack.errors",
    "import_inventory": "ohtrack.intake",
    "ImportResult": "ohtrack.intake",
    "Mapping": "ohtrack.intake",
    "initiatives": "ohtrack.analysis.initiatives",
    "InitiativeReport": "ohtrack.analysis.initiatives",
    "Index": "ohtrack.index",
    "learning": "ohtrack.analysis.learning",
    "LearningReport": "ohtrack.analysis.learning",
    "compose_groups": "ohtrack.analysis.learning_groups",
    "Composition": "ohtrack.analysis.learning_groups",
    "development_overview": "ohtrack.analysis.learning_profile",
    "DevelopmentOverview": "ohtrack.analysis.learning_profile",
    "LearningError": "ohtrack.errors",
}

#: Names that are modules themselves.
_MODULES = frozenset({"models"})

if TYPE_CHECKING:  # pragma: no cover - what type checkers see: every public name, eagerly
    from ohtrack import frameworks as models
    from ohtrack.analysis.indicators import IndicatorReport, indicators
    from ohtrack.analysis.initiatives import InitiativeReport, initiatives
    from ohtrack.analysis.learning import LearningReport, learning
    from ohtrack.analysis.learning_groups import Composition, compose_groups
    from ohtrack.analysis.learning_profile import DevelopmentOverview, development_overview
    from ohtrack.analysis.model_map import ModelMap, model_map
    from ohtrack.analysis.network import Network, network
    from ohtrack.analysis.network_compare import NetworkComparison, compare_networks
    from ohtrack.analysis.survey import SurveyReport, survey
    from ohtrack.analysis.survey_actions import SurveyActions, survey_actions
    from ohtrack.analysis.survey_benchmark import BenchmarkReport, survey_benchmark
    from ohtrack.analysis.survey_drivers import DriverReport, survey_drivers
    from ohtrack.analysis.survey_indicators import SurveyMeasurements, survey_measurements, with_survey
    from ohtrack.domain import Programme
    from ohtrack.errors import (
        InvalidWorkbookError,
        InventoryError,
        LearningError,
        OhtrackError,
        OutputError,
        StoreError,
        TemplateError,
        UnknownLevelError,
        UnknownModelError,
        UnknownSectionError,
        WorkbookError,
    )
    from ohtrack.exports import export, figure
    from ohtrack.frameworks import Framework
    from ohtrack.history import Store, open_store
    from ohtrack.history.timeline import History
    from ohtrack.index import Index
    from ohtrack.intake import ImportResult, Mapping, import_inventory
    from ohtrack.playbooks import Playbook, playbook
    from ohtrack.privacy import pseudonymise
    from ohtrack.report import Problem, Report, Severity
    from ohtrack.surveys.benchmark import load_benchmark
    from ohtrack.surveys.reader import SurveyData, load_survey
    from ohtrack.workbook.api import ReadResult, load, read, validate
    from ohtrack.workbook.template import write_template
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
