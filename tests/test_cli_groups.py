"""``ohtrack groups compose``: a copy with the groups, the source untouched, clear errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack_cli.main import cli
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "gemeente-pitstop-managers.xlsx"


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """The pitstop sample without its learning groups, 48 of its managers tagged (to be quick)."""
    p = ohtrack.load(SAMPLE)
    for person in p.people[52:]:
        person.tags = [t for t in person.tags if t != "hoger middenkader"]
    keep = {g.id for g in p.groups if g.type != "learning_group"}
    p.groups = [g for g in p.groups if g.id in keep]
    p.events = [e for e in p.events if e.group is None]
    p.profile_scores, p.development_points = [], []
    return ohtrack.save(p, tmp_path / "managers.xlsx")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["groups", "compose", *args], catch_exceptions=False)


def test_compose_writes_a_copy_and_never_the_source(workbook: Path, tmp_path: Path) -> None:
    before = _digest(workbook)
    out = tmp_path / "new.xlsx"
    result = run(str(workbook), "--size", "8", "--people", "hoger middenkader", "-o", str(out))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert _digest(workbook) == before
    text = result.output  # type: ignore[attr-defined]
    assert "Leergroepen van 8 (± 1)" in text and "Beter dan willekeurig" in text
    assert "OR-Tools CP-SAT" in text and "optimaal" in text
    assert ohtrack.validate(out).problems == []
    composed = [g for g in ohtrack.load(out).groups if g.type == "learning_group"]
    assert len(composed) == 6 and {len(g.members) for g in composed} <= {7, 8, 9}
    assert sum(len(g.members) for g in composed) == 48


def test_json_has_objective_bound_gap_and_the_random_baseline(workbook: Path, tmp_path: Path) -> None:
    result = run(str(workbook), "--people", "hoger middenkader", "--json", "--lang", "en", "-o",
                 str(tmp_path / "x.xlsx"))
    assert result.exit_code == 0
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert set(data["solver"]) >= {"objective", "bound", "gap", "status", "seed", "deterministic_time"}
    assert data["solver"]["gap"] == 0 and data["beats_random"] is True
    assert data["score"]["fit"] > data["random"]["fit"]
    assert data["score"]["mixing"] > data["random"]["mixing"]
    assert len(data["groups"]) == 6


def test_the_workbook_itself_is_refused_before_anything_is_written(workbook: Path, tmp_path: Path) -> None:
    before = _digest(workbook)
    link = tmp_path / "link.xlsx"
    link.symlink_to(workbook)
    for target in (workbook, link):
        result = CliRunner().invoke(cli, ["groups", "compose", str(workbook), "-o", str(target)])
        assert result.exit_code == 1
        assert result.output.strip().splitlines() == [
            f"Fout: {target}: is de werkmap zelf; schrijf de groepen naar een nieuw bestand"]
    assert _digest(workbook) == before


def test_usage_and_input_errors(workbook: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["groups", "compose", str(workbook)]).exit_code == 2  # no -o
    bad = runner.invoke(cli, ["groups", "compose", str(workbook), "-o", str(tmp_path / "o.xlsx"),
                              "--together", "M001", "--lang", "en"])
    assert bad.exit_code == 2 and "is not two people written as A,B" in bad.output
    assert runner.invoke(cli, ["groups", "compose", str(workbook), "-o", str(tmp_path / "o.xlsx"),
                               "--mix-level", "-1"]).exit_code == 2
    csv = runner.invoke(cli, ["groups", "compose", str(workbook), "-o", str(tmp_path / "o.csv"),
                              "--lang", "en"])
    assert csv.exit_code == 1
    assert csv.output.strip() == f"Error: {tmp_path / 'o.csv'}: the copy is an Excel workbook; give it " \
                                 "the extension .xlsx"
    nobody = runner.invoke(cli, ["groups", "compose", str(workbook), "-o", str(tmp_path / "o.xlsx"),
                                 "--people", "niemand"])
    assert (nobody.exit_code, nobody.output.strip()) == (
        1, "Fout: geen leergang of tag 'niemand' met mensen")
    assert not (tmp_path / "o.xlsx").exists()


def test_existing_groups_are_kept_unless_replaced(workbook: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    assert run(str(workbook), "--people", "hoger middenkader", "-o", str(first)).exit_code == 0
    out = tmp_path / "again.xlsx"
    taken = CliRunner().invoke(cli, ["groups", "compose", str(first), "--people", "hoger middenkader",
                                     "-o", str(out)])
    assert taken.exit_code == 1 and "de werkmap heeft al groepen LG01" in taken.output
    made = [g.id for g in ohtrack.load(first).groups if g.id.startswith("LG")]
    assert len(made) > 5  # five named, the rest counted: "LG01, …, LG05 en nog 20"
    assert f"LG05 en nog {len(made) - 5};" in taken.output and made[-1] not in taken.output
    assert not out.exists()
    result = run(str(first), "--people", "hoger middenkader", "-o", str(out), "--prefix", "NG",
                 "--mix-level", "own", "--size", "12")
    assert result.exit_code == 0
    ids = [g.id for g in ohtrack.load(out).groups if g.type == "learning_group"]
    assert ids == [f"LG0{k}" for k in range(1, 7)] + [f"NG0{k}" for k in range(1, 5)]
    replaced = run(str(first), "--people", "hoger middenkader", "-o", str(tmp_path / "r.xlsx"),
                   "--replace", "--seed", "5")
    assert replaced.exit_code == 0
    assert len([g for g in ohtrack.load(tmp_path / "r.xlsx").groups if g.type == "learning_group"]) == 6


def test_taken_group_ids_are_refused_before_the_solver_runs(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    """The sample has LG01–LG25: the error names the way out, and no composing is done."""
    from ohtrack.analysis import learning_groups

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("composed although the IDs are taken")

    monkeypatch.setattr(learning_groups, "compose_groups", never)
    result = CliRunner().invoke(cli, ["groups", "compose", str(SAMPLE), "-o", str(tmp_path / "g.xlsx")])
    assert result.exit_code == 1
    assert "LG01, LG02" in result.output and "(--prefix)" in result.output and "(--replace)" in result.output
    assert not (tmp_path / "g.xlsx").exists()
