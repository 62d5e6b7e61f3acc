"""Trees of any depth (3,000 goals, 3,000 units in a chain) and strict JSON from every --json."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import ohtrack
from ohtrack.jsonout import dumps, finite
from ohtrack.playbooks.sections.goals import MAX_DEPTH
from ohtrack_cli.main import cli
from tests.conftest import write_workbook

DEPTH = 3000
PROGRAMME = [["Field", "Value"], ["name", "Deep"], ["model", "ohi-2011"], ["language", "en"]]


def chain(prefix: str, name: str) -> list[list[Any]]:
    return [["ID", name, "Parent"], *[[f"{prefix}{i}", f"{name} {i}", f"{prefix}{i - 1}" if i else None]
                                      for i in range(DEPTH)]]


@pytest.fixture(scope="module")
def deep(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_workbook(tmp_path_factory.mktemp("deep") / "deep.xlsx", {
        "Programme": PROGRAMME, "Units": chain("U", "Name"), "Goals": chain("G", "Title"),
        "Initiatives": [["ID", "Title", "Outcomes", "Unit", "Goal"],
                        ["I1", "Start", "Direction", f"U{DEPTH - 1}", f"G{DEPTH - 1}"]]})


def strict(text: str) -> Any:
    """JSON as a strict parser reads it: NaN and Infinity are errors."""
    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def test_a_3000_deep_goal_chain_validates_and_makes_a_playbook(deep: Path, tmp_path: Path) -> None:
    assert ohtrack.validate(deep).valid
    out = tmp_path / "d.md"
    result = CliRunner().invoke(cli, ["playbook", str(deep), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [line for line in out.read_text(encoding="utf-8").splitlines()
             if re.match(r"\s*- Title \d+", line)]
    assert len(lines) == DEPTH  # every goal, once
    indents = [len(line) - len(line.lstrip()) for line in lines]
    assert indents[:MAX_DEPTH] == sorted(set(indents))  # nested down to MAX_DEPTH ...
    assert set(indents[MAX_DEPTH - 1:]) == {indents[MAX_DEPTH - 1]}  # ... then listed at that depth
    assert lines[MAX_DEPTH].strip() == f"- Title {MAX_DEPTH} (under: Title {MAX_DEPTH - 1})"
    assert lines[-1].strip() == f"- Title {DEPTH - 1} (1 initiative(s)) (under: Title {DEPTH - 2})"
    for suffix in (".html",):  # Word renders the same nested items
        result = CliRunner().invoke(cli, ["playbook", str(deep), "-o", str(tmp_path / f"d{suffix}")])
        assert result.exit_code == 0, result.output


def test_a_3000_deep_unit_chain_in_a_survey_export(deep: Path, tmp_path: Path) -> None:
    answers = write_workbook(tmp_path / "answers.xlsx", {
        "Responses": [["Respondent", "Unit", "Wave", "Q1"], *[[f"R{i}", f"U{DEPTH - 1}", 2024, 4]
                                                              for i in range(6)]],
        "Items": [["Item", "Outcome", "Min", "Max"], ["Q1", "Direction", 1, 5]]})
    out = tmp_path / "scores.xlsx"
    result = CliRunner().invoke(cli, ["survey", str(answers), "--programme", str(deep), "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).worksheets[0]  # the heat map: the whole organisation, then the tree
    indents = [int(c.alignment.indent) for c in ws["A"][3:] if c.value]
    assert max(indents) == 15 and indents[:16] == list(range(16))


def test_finite_makes_nan_and_infinity_null() -> None:
    data = {"a": math.inf, "b": [-math.inf, 1.5, {"c": math.nan}], "d": (1, "x", None, True)}
    assert finite(data) == {"a": None, "b": [None, 1.5, {"c": None}], "d": [1, "x", None, True]}
    assert strict(dumps(data)) == finite(data)
    assert dumps({"x": 1e308 * 10}) == '{"x": null}'


def test_indicators_json_is_strict_json(tmp_path: Path) -> None:
    # K1's impulse equals its baseline, so its expected value on a date is -Infinity in Python
    path = write_workbook(tmp_path / "ind.xlsx", {
        "Programme": [*PROGRAMME, ["baseline_year", 2022], ["impulse_year", 2024], ["ambition_year", 2026]],
        "Initiatives": [["ID", "Title", "Outcomes"], ["I1", "T", "Direction"]],
        "Indicators": [["ID", "Name", "Baseline", "Impulse", "Ambition"], ["K1", "k", 5, 5, 5]],
        "Measurements": [["Indicator", "Date", "Value"], ["K1", "2023-01-01", 3]]})
    result = CliRunner().invoke(cli, ["indicators", str(path), "--json", "--as-of", "2023-06-01"])
    assert result.exit_code == 0, result.output
    assert "Infinity" not in result.stdout and "NaN" not in result.stdout
    data = strict(result.stdout)
    assert [i["id"] for i in data["indicators"]] == ["K1"]


@pytest.mark.parametrize("args", [["validate"], ["map"], ["network"], ["indicators"]])
def test_every_json_output_parses_strictly(deep: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, str(deep), "--json"])
    assert result.exit_code in (0, 1), result.output
    strict(result.stdout)
