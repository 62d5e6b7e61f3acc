"""Errors and problems are said in either language from their reason and params; numbers in
sentences are written as the language writes them."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pandas as pd
import pytest

import ohtrack.errors as errors_module
from ohtrack.errors import InvalidWorkbookError, OhtrackError, OutputError, StoreError, WorkbookError
from ohtrack.i18n import fill, has, t
from ohtrack.i18n.errors import os_reason
from ohtrack.i18n.format import in_text
from ohtrack.report import Problem, Report
from ohtrack.surveys.scoring import score_frame

LIBRARY = Path(__file__).resolve().parent.parent / "ohtrack"
ERRORS = {name: cls for name, cls in vars(errors_module).items()
          if isinstance(cls, type) and issubclass(cls, OhtrackError)}


def _raises() -> list[tuple[str, ast.Call]]:
    """Every ``raise SomeOhtrackError(…)`` / ``raise SomeOhtrackError.make(…)`` in the library."""
    out = []
    for path in sorted(LIBRARY.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                out.append((f"{path.relative_to(LIBRARY.parent)}:{node.lineno}", node.exc))
    return out


def _error_class(call: ast.Call) -> tuple[type[OhtrackError] | None, bool]:
    fn = call.func
    if isinstance(fn, ast.Attribute) and fn.attr == "make" and isinstance(fn.value, ast.Name):
        return ERRORS.get(fn.value.id), True
    return (ERRORS.get(fn.id), False) if isinstance(fn, ast.Name) else (None, False)


def test_every_raise_of_a_library_error_names_a_reason_with_a_catalogue_message() -> None:
    missing, unknown = [], []
    for where, call in _raises():
        cls, made = _error_class(call)
        if cls is None:
            continue
        if made:
            reason = call.args[0] if call.args else None
            if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
                prefix = "errors.unknown-level." if cls.__name__ == "UnknownLevelError" else cls.catalogue
                if not has(prefix + reason.value):
                    unknown.append(f"{where}: {prefix}{reason.value}")
        elif len(call.args) < 2 and not any(k.arg == "reason" for k in call.keywords) \
                and cls is not InvalidWorkbookError:
            missing.append(where)
    assert missing == [] and unknown == []


def test_an_error_is_said_in_either_language() -> None:
    error = StoreError.make("store.missing", path="h.sqlite")
    assert str(error) == "h.sqlite: no history store here (run 'ohtrack track add' first)"
    assert error.text("nl") == "h.sqlite: hier is geen geschiedenisopslag (draai eerst 'ohtrack track add')"
    unread = WorkbookError("x.xlsx: no such file", "missing", {"path": "x.xlsx"})
    assert unread.text("nl") == "x.xlsx: bestand bestaat niet"
    plain = OhtrackError("something only said in English")  # no reason: said as raised
    assert plain.text("nl") == "something only said in English"


def test_what_the_operating_system_says_is_said_in_dutch_too() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full) == {"reason_en": "no space left on device",
                               "reason_nl": "geen ruimte meer op de schijf"}
    error = OutputError.make("cant_write", path="map.xlsx", **os_reason(full))
    assert error.text("nl") == "map.xlsx: kan niet worden geschreven (geen ruimte meer op de schijf)"
    odd = os_reason(OSError(errno.ENOTSUP, "Operation not supported"))
    assert odd == {"reason_en": "Operation not supported",
                   "reason_nl": "systeemfout: Operation not supported"}


def test_an_invalid_workbook_names_its_first_error_in_the_language_asked() -> None:
    problems = [Problem(code="not-an-integer", message="baseline_year: expected a whole number, got 'x'",
                        sheet="Programma", cell="Programma!B4",
                        params={"value": "'x'", "in_column_en": "baseline_year",
                                "in_column_nl": "nulmeting_jaar"}),
                Problem(code="negative-weight", message="weight is negative", sheet="Relaties",
                        cell="Relaties!E2")]
    error = InvalidWorkbookError(None, Report(problems=problems), path="w.xlsx")
    assert str(error) == ("w.xlsx: Programma!B4: baseline_year: expected a whole number, got 'x' "
                          "(and 1 more; run 'ohtrack validate')")
    assert error.text("nl") == ("w.xlsx: Programma!B4: nulmeting_jaar: verwacht een geheel getal, maar "
                                "vond 'x' (en nog 1; draai 'ohtrack validate')")


@pytest.mark.parametrize(("value", "spec", "nl", "en"), [
    (0.156, ".2f", "0,16", "0.16"), (0.47, ".0%", "47%", "47%"), (0.3, "+.2f", "+0,30", "+0.30"),
    (1234.5, "", "1.234,5", "1,234.5"), (2025, "", "2025", "2025"), (1099, "n", "1.099", "1,099"),
    (6.0, "g", "6", "6"), ("text", "", "text", "text"), (True, "", "True", "True"),
])
def test_numbers_in_sentences(value: object, spec: str, nl: str, en: str) -> None:
    assert (in_text(value, spec, "nl"), in_text(value, spec, "en")) == (nl, en)


def test_t_writes_numbers_as_the_language_does() -> None:
    # t() fills a catalogue text with fill(); a format spec in it follows the language.
    assert fill("{person}: {value:.2f} ({rank})", "nl", {"person": "Karin", "value": 0.1549, "rank": 1}) == (
        "Karin: 0,15 (1)")
    assert fill("{value:.2f}", "en", {"value": 0.1549}) == "0.15"
    assert t("network.held_of", "nl", group="LG04", held=6, due=7) == "LG04: 6 van 7"


def test_a_survey_problem_is_said_in_dutch_with_a_decimal_comma() -> None:
    responses = pd.DataFrame({"respondent": ["R1", "R2"], "unit": ["A", "A"], "wave": ["1", "1"],
                              "Q1": [6.5, None]})
    items = pd.DataFrame({"item": ["Q1"], "outcome": ["Direction"], "practice": [None],
                          "reversed": [False], "min": [1.0], "max": [5.0]})
    problems = {p.code: p for p in score_frame(responses, items).cell_problems}
    out = problems["out-of-range"]
    assert out.message == "Q1: 6.5 is outside the scale 1..5; not scored"
    assert out.text("nl") == "Q1: 6,5 valt buiten de schaal 1..5; telt niet mee"
    assert problems["missing-answer"].text("nl") == "Q1: geen antwoord; weggelaten"
    assert out.to_dict("nl")["message"] == out.text("nl")
