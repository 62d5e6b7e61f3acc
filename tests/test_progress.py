"""Progress of long work: silent unless someone listens; on a terminal only; labelled in the
output language."""

from __future__ import annotations

import io
from typing import Any

import ohtrack
from ohtrack.analysis.learning_groups import compose_groups
from ohtrack.progress import listening, reporting, step, tqdm_reporter
from ohtrack_cli.output import progress_wanted
from tests.conftest import SAMPLES
from tests.test_learning_groups import eight

STAAL = SAMPLES / "staal-osf2-verbeterteam.xlsx"


class Recorder:
    def __init__(self) -> None:
        self.steps: list[dict[str, Any]] = []

    def __call__(self, key: str, total: int | None) -> Recorder:
        self.steps.append({"key": key, "total": total, "done": 0, "closed": False})
        return self

    def update(self, n: int = 1) -> None:
        self.steps[-1]["done"] += n

    def close(self) -> None:
        self.steps[-1]["closed"] = True


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_reported_when_nobody_listens() -> None:
    assert not listening()
    with step("progress.read", total=3) as advance:
        advance(3)  # a no-op: no reporter, no error


def test_reading_a_workbook_reports_its_three_phases() -> None:
    rec = Recorder()
    with reporting(rec):
        assert listening()
        ohtrack.load(STAAL)
    assert rec.steps == [{"key": "progress.read", "total": 3, "done": 3, "closed": True}]
    assert not listening()  # the reporter is gone after the block


def test_composing_reports_solutions_found_and_gives_the_same_groups() -> None:
    quiet = compose_groups(eight(), size=4)
    rec = Recorder()
    with reporting(rec):
        loud = compose_groups(eight(), size=4)
    assert [s["key"] for s in rec.steps] == ["progress.compose"]
    assert rec.steps[0]["done"] >= 1 and rec.steps[0]["closed"]
    assert loud.groups == quiet.groups


def test_the_bar_is_labelled_in_the_language_of_the_output() -> None:
    out = io.StringIO()
    for lang, label in (("nl", "Werkmap lezen"), ("en", "Reading the workbook")):
        with reporting(tqdm_reporter(lang=lambda lang=lang: lang, delay=0, file=out)),  \
                step("progress.read", total=2) as advance:
            advance(2)
        assert label in out.getvalue()


def test_progress_only_for_a_person_at_a_terminal() -> None:
    assert progress_wanted(["network", "x.xlsx"], Tty(), Tty())
    assert not progress_wanted(["network", "x.xlsx", "--json"], Tty(), Tty())
    assert not progress_wanted(["network", "x.xlsx"], io.StringIO(), Tty())  # piped
    assert not progress_wanted(["network", "x.xlsx"], Tty(), io.StringIO())


def test_no_bar_in_the_output_of_a_piped_command() -> None:
    from click.testing import CliRunner

    from ohtrack_cli.main import cli

    done = CliRunner().invoke(cli, ["validate", str(STAAL)])
    assert "Werkmap lezen" not in done.output and "\r" not in done.output


def test_betweenness_reports_progress_exact_and_estimated() -> None:
    import networkx as nx

    from ohtrack.analysis.network_metrics import betweenness

    g = nx.relabel_nodes(nx.grid_2d_graph(12, 12), lambda v: f"{v[0]}-{v[1]}")
    quiet_exact = betweenness(g, exact=True).values
    for exact in (True, False):
        rec = Recorder()
        with reporting(rec):
            result = betweenness(g, exact=exact)
        assert [s["key"] for s in rec.steps] == ["progress.betweenness"]
        step_ = rec.steps[0]
        assert step_["closed"] and step_["done"] == step_["total"] > 0
        if exact:
            assert result.values == quiet_exact  # the handler changes nothing
