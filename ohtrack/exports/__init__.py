"""Every file ohtrack writes, behind one entry point: ``ohtrack.export(result, path)``.

The writer is chosen by the result's type and the path's suffix:

============================  =====================================================
result                        suffixes
============================  =====================================================
``ModelMap``                  ``.xlsx`` (heatmap workbook), ``.png``, ``.json``
``Network``                   ``.graphml``, ``.gexf``, ``.json`` (node-link), ``.xlsx``
                              (Kumu), ``.png``
``NetworkComparison``         ``.json``
``IndicatorReport``           ``.png``, ``.json``
``SurveyReport``              ``.xlsx``, ``.png``, ``.json``
``History``                   ``.png``, ``.json``
``Playbook``                  ``.md``, ``.html``, ``.docx``, ``.pdf``
``Report`` (validation)       ``.json``
============================  =====================================================

``.json`` is the result's ``to_dict()`` (a network's ``.json`` is node-link data; pass
``fmt="dict"`` for its ``to_dict()``). Every file is written atomically (``ohtrack.fileio``):
a failed write leaves the old file as it was and raises ``OutputError`` naming the path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from ohtrack.errors import OutputError
from ohtrack.i18n import has, t

if TYPE_CHECKING:
    from ohtrack.analysis.indicators import IndicatorReport
    from ohtrack.analysis.model_map import ModelMap
    from ohtrack.analysis.network import Network
    from ohtrack.analysis.network_compare import NetworkComparison
    from ohtrack.analysis.survey import SurveyReport
    from ohtrack.figures.chart import Chart
    from ohtrack.history.timeline import History
    from ohtrack.playbooks.document import Playbook
    from ohtrack.report import Report

#: What ``export`` writes: a result of ohtrack.
Result = Union["ModelMap", "Network", "NetworkComparison", "IndicatorReport", "SurveyReport",
               "History", "Playbook", "Report"]
#: What ``figure`` draws.
Drawable = Union["ModelMap", "Network", "IndicatorReport", "SurveyReport", "History"]

Writer = Callable[..., Path]


def _json(result: Any, path: Path, **options: Any) -> Path:
    from ohtrack.exports.jsonfile import write_json

    lang = options.get("lang")
    data = result.to_dict(lang) if _takes_lang(result) and lang else result.to_dict()
    return write_json(data, path, lang=_lang(result))


def _takes_lang(result: Any) -> bool:
    from ohtrack.report import Report

    return isinstance(result, Report)


def _png(result: Any, path: Path, **options: Any) -> Path:
    from ohtrack.exports.png import write_png

    options = dict(options)
    dpi = int(options.pop("dpi", 150))
    options.pop("lang", None)
    return write_png(figure(result, **options), path, dpi=dpi, lang=_lang(result))


def _model_map_xlsx(result: Any, path: Path, **options: Any) -> Path:
    from ohtrack.exports.model_map_xlsx import write_xlsx

    return write_xlsx(result, path)


def _survey_xlsx(result: Any, path: Path, **options: Any) -> Path:
    from ohtrack.exports.survey_xlsx import write_xlsx

    return write_xlsx(result, path)


def _network(kind: str) -> Writer:
    def write(result: Any, path: Path, **options: Any) -> Path:
        from ohtrack.exports import network

        writer: Writer = getattr(network, f"write_{kind}")
        return writer(result, path)

    return write


def _playbook(result: Any, path: Path, **options: Any) -> Path:
    from ohtrack.playbooks import render

    return render(result, path, template_dir=options.get("template_dir"), template=options.get("template"),
                  paper=options.get("paper") or "a4")


_MODEL_MAP = "ohtrack.analysis.model_map.ModelMap"
_NETWORK = "ohtrack.analysis.network.Network"
_COMPARISON = "ohtrack.analysis.network_compare.NetworkComparison"
_INDICATORS = "ohtrack.analysis.indicators.IndicatorReport"
_SURVEY = "ohtrack.analysis.survey.SurveyReport"
_SURVEY_ACTIONS = "ohtrack.analysis.survey_actions.SurveyActions"
_HISTORY = "ohtrack.history.timeline.History"
_PLAYBOOK = "ohtrack.playbooks.document.Playbook"
_REPORT = "ohtrack.report.Report"

#: Result type (module.qualname) → suffix → writer.
WRITERS: dict[str, dict[str, Writer]] = {
    _MODEL_MAP: {".xlsx": _model_map_xlsx, ".png": _png, ".json": _json},
    _NETWORK: {".graphml": _network("graphml"), ".gexf": _network("gexf"),
               ".json": _network("node_link"), ".xlsx": _network("kumu"), ".png": _png},
    _COMPARISON: {".json": _json},
    _INDICATORS: {".png": _png, ".json": _json},
    _SURVEY: {".xlsx": _survey_xlsx, ".png": _png, ".json": _json},
    _SURVEY_ACTIONS: {".png": _png, ".json": _json},
    _HISTORY: {".png": _png, ".json": _json},
    _PLAYBOOK: {".md": _playbook, ".markdown": _playbook, ".html": _playbook, ".htm": _playbook,
                ".docx": _playbook, ".pdf": _playbook},
    _REPORT: {".json": _json},
}

#: Result type → (figure module, function): what ``figure`` and ``.png`` draw.
FIGURES: dict[str, tuple[str, str]] = {
    _MODEL_MAP: ("ohtrack.figures.modelmap", "heatmap_figure"),
    _NETWORK: ("ohtrack.figures.network", "network_figure"),
    _INDICATORS: ("ohtrack.figures.indicators", "indicator_figure"),
    _SURVEY: ("ohtrack.figures.survey", "heatmap_figure"),
    _SURVEY_ACTIONS: ("ohtrack.figures.survey_actions", "actions_figure"),
    _HISTORY: ("ohtrack.figures.history", "history_figure"),
}

#: Format names accepted by ``fmt`` besides the suffixes themselves.
ALIASES = {"kumu": ".xlsx", "node-link": ".json", "markdown": ".md", "word": ".docx",
           "htm": ".html"}


def _kind(result: Any, table: dict[str, Any]) -> str | None:
    cls = result if isinstance(result, type) else type(result)
    for base in cls.__mro__:
        key = f"{base.__module__}.{base.__qualname__}"
        if key in table:
            return key
    return None


def _lang(result: Any) -> str:
    value = None if isinstance(result, type) else getattr(result, "lang", None)
    return str(value or "en")


def _what(name: str) -> dict[str, str]:
    """A result's class as words (``a network`` / ``een netwerk``), as the param pair ``what``."""
    key = f"output.kind.{name}"
    if not has(key):
        return {"what_en": name, "what_nl": name}
    return {"what_en": t(key, "en"), "what_nl": t(key, "nl")}


def suffixes(result: Any) -> list[str]:
    """The suffixes ``export`` can write for this result (empty: not an exportable result)."""
    kind = _kind(result, WRITERS)
    return list(WRITERS[kind]) if kind else []


def export(result: Result, path: str | Path, *, fmt: str | None = None, **options: Any) -> Path:
    """Write ``result`` to ``path`` (atomically); the format comes from the suffix or ``fmt``.

    ``fmt`` (``"xlsx"``, ``"png"``, ``"json"``, ``"kumu"``, ``"node-link"``, ``"dict"`` …)
    overrides the suffix. Options: ``dpi`` for PNG, ``wave`` for a survey's PNG, ``brokers``
    for a network's PNG, ``template_dir`` for a playbook, ``lang`` for a validation report's
    JSON messages. Returns the path written. Raises ``OutputError`` for a format the result
    can't be written in (naming those it can) or a file that can't be written.
    """
    target = Path(path)
    if fmt is not None and fmt.lower() == "dict":
        writer(result, target, "json")  # refuses a result that has no JSON
        return _json(result, target, **options)
    return writer(result, target, fmt)(result, target, **options)


def export_all(result: Result, targets: Sequence[str | Path | tuple[str | Path, str | None]],
               **options: Any) -> list[Path]:
    """``export`` of one result to several files (a path, or a path and its ``fmt``) at the
    same time: its PNGs are rendered in second processes, where ``background.can_fork``
    allows, while the other files are written here. Returns the paths written, in order."""
    from functools import partial

    from ohtrack import background

    jobs = [t if isinstance(t, tuple) else (t, None) for t in targets]
    if len(jobs) > 1 and hasattr(result, "settle"):
        result.settle()  # work it started in a second process, done before any fork
    aside = [i for i, (p, fmt) in enumerate(jobs)  # the suffix as ``writer`` reads it
             if (_suffix(fmt) if fmt is not None else Path(p).suffix.lower()) == ".png"]
    if len(aside) == len(jobs):
        aside = aside[1:]  # one of them here
    pending = {i: background.start(partial(export, result, jobs[i][0], fmt=jobs[i][1], **options),
                                   key="progress.figure") for i in aside}
    here = {i: export(result, p, fmt=fmt, **options) for i, (p, fmt) in enumerate(jobs)
            if i not in pending}
    return [here[i] if i in here else pending[i].result() for i in range(len(jobs))]


def writer(result: Any, path: str | Path, fmt: str | None = None) -> Writer:
    """The writer ``export`` would use for ``result`` (a result or its class) and ``path``.

    Call it before the work to refuse a bad output name early: raises ``OutputError``
    naming the suffixes that work.
    """
    target = Path(path)
    kind = _kind(result, WRITERS)
    lang = _lang(result)
    name = result.__name__ if isinstance(result, type) else type(result).__name__
    if kind is None:
        error = OutputError.make("not_exportable", **_what(name))
        raise OutputError(error.text(lang), error.reason, error.params)
    table = WRITERS[kind]
    suffix = _suffix(fmt) if fmt is not None else target.suffix.lower()
    found = table.get(suffix)
    if found is None:
        error = OutputError.make("unknown_suffix", path=str(target), **_what(name),
                                 suffix_en=suffix or t("output.no_suffix", "en"),
                                 suffix_nl=suffix or t("output.no_suffix", "nl"),
                                 suffixes=", ".join(table))
        raise OutputError(error.text(lang), error.reason, error.params)
    return found


def _suffix(fmt: str) -> str:
    key = fmt.strip().lower()
    return ALIASES.get(key, key if key.startswith(".") else f".{key}")


def figure(result: Drawable, **options: Any) -> Chart:
    """The figure of a result (what ``.png`` writes), as a ``Chart``.

    Options go to the figure function (``wave`` for a survey, ``brokers`` for a network).
    """
    import importlib

    kind = _kind(result, FIGURES)
    if kind is None:
        error = OutputError.make("unknown_suffix", path="figure", **_what(type(result).__name__),
                                 suffix=".png", suffixes=", ".join(suffixes(result)))
        raise OutputError(error.text(_lang(result)), error.reason, error.params)
    module, name = FIGURES[kind]
    draw: Callable[..., Chart] = getattr(importlib.import_module(module), name)
    return draw(result, **options)


__all__ = ["ALIASES", "FIGURES", "WRITERS", "Drawable", "Result", "export", "export_all", "figure",
           "suffixes", "writer"]
