"""``ohtrack.export``: one entry point for every file; results' ``to_dict``/``to_frame``/
``to_text``/``figure``; figures draw what the result holds and compute nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import ohtrack
from ohtrack.errors import OutputError
from ohtrack.i18n import format
from tests.conftest import SAMPLES

STAAL = SAMPLES / "staal-osf2-verbeterteam.xlsx"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def staal() -> ohtrack.Programme:
    return ohtrack.load(STAAL)


@pytest.fixture(scope="module")
def results(staal: ohtrack.Programme) -> dict[str, Any]:
    net = ohtrack.network(staal)
    return {
        "map": ohtrack.model_map(staal),
        "network": net,
        "comparison": ohtrack.compare_networks(ohtrack.network(staal, as_of=dt.date(2021, 1, 1)), net),
        "indicators": ohtrack.indicators(staal, as_of=dt.date(2023, 1, 1)),
        "survey": ohtrack.survey(ohtrack.load_survey(SAMPLES / "gemeente-pitstop-enquete.xlsx"),
                                 ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx")),
        "report": ohtrack.validate(STAAL),
    }


@pytest.mark.parametrize("name", ["map", "comparison", "indicators", "survey", "report"])
def test_json_of_a_result_is_its_to_dict(results: dict[str, Any], name: str, tmp_path: Path) -> None:
    result = results[name]
    path = ohtrack.export(result, tmp_path / f"{name}.json")
    assert path == tmp_path / f"{name}.json"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(result.to_dict(),
                                                                                 default=str))


def test_a_networks_json_is_node_link_and_its_dict_on_request(results: dict[str, Any],
                                                              tmp_path: Path) -> None:
    net = results["network"]
    data = json.loads(ohtrack.export(net, tmp_path / "n.json").read_text())
    assert set(data) >= {"nodes", "links"} and len(data["nodes"]) == 27
    as_dict = json.loads(ohtrack.export(net, tmp_path / "d.json", fmt="dict").read_text())
    assert as_dict["summary"]["people"] == 27 and as_dict["summary"]["ties"] == 145


def test_suffix_picks_the_writer_and_fmt_overrides_it(results: dict[str, Any], tmp_path: Path) -> None:
    mm = results["map"]
    wb = load_workbook(ohtrack.export(mm, tmp_path / "kaart.xlsx"))
    assert wb.sheetnames == ["Uitkomsten", "Praktijken", "Eenheden x uitkomsten", "Witte vlekken",
                             "Bevindingen"]
    assert ohtrack.export(mm, tmp_path / "kaart.dat", fmt="png").read_bytes()[:8] == PNG
    kumu = load_workbook(io.BytesIO(ohtrack.export(results["network"], tmp_path / "k",
                                                   fmt="kumu").read_bytes()))
    assert kumu.sheetnames == ["Elements", "Connections"]
    for name in ("survey", "indicators"):
        assert ohtrack.export(results[name], tmp_path / f"{name}.png").read_bytes()[:8] == PNG


def test_unknown_suffix_names_the_suffixes_that_work(results: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "map.txt"
    with pytest.raises(OutputError) as info:
        ohtrack.export(results["map"], target)
    assert str(info.value) == (f"{target}: een modelkaart kan niet worden geschreven als '.txt'; "
                               "gebruik .xlsx, .png, .json")
    assert info.value.text("en") == (f"{target}: a model map can't be written as '.txt'; "
                                     "use .xlsx, .png, .json")
    assert not target.exists()
    with pytest.raises(OutputError, match=r"an indicator report can't be written as '\(no extension\)'"):
        ohtrack.export(ohtrack.indicators(ohtrack.load(STAAL), lang="en"), tmp_path / "noext")
    with pytest.raises(OutputError, match="int can't be exported"):
        ohtrack.export(42, tmp_path / "x.json")


def test_writer_refuses_a_bad_name_before_any_work() -> None:
    from ohtrack.exports import writer

    assert writer(ohtrack.Network, "n.gexf") is not None
    with pytest.raises(OutputError, match=r"use \.graphml, \.gexf, \.json, \.xlsx, \.png"):
        writer(ohtrack.Network, "n.dot")


def test_playbook_is_exported_by_suffix(staal: ohtrack.Programme, tmp_path: Path) -> None:
    book = ohtrack.playbook(staal, sections=["mission"])
    html = ohtrack.export(book, tmp_path / "d.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and staal.info.name in html
    assert ohtrack.export(book, tmp_path / "d.docx").read_bytes()[:2] == b"PK"


def test_every_figure_is_a_chart(results: dict[str, Any]) -> None:
    from ohtrack.figures.chart import Chart

    for name in ("map", "network", "indicators", "survey"):
        assert isinstance(results[name].figure(), Chart), name
        assert isinstance(ohtrack.figure(results[name]), Chart)


def test_indicator_figure_draws_the_path_the_result_holds(results: dict[str, Any]) -> None:
    from ohtrack.analysis.indicators import Point

    report = results["indicators"]
    first = report.indicators[0]
    saved = first.path
    first.path = [Point(dt.date(2020, 12, 31), 1.0), Point(dt.date(2030, 12, 31), 2.0)]
    try:
        svg = report.figure().svg()
    finally:
        first.path = saved
    from xml.etree import ElementTree

    root = ElementTree.fromstring(svg)
    dashed = [el for el in root.iter("{http://www.w3.org/2000/svg}line")
              if el.get("stroke-dasharray") == "6 4"]  # expected paths, the first panel's first
    x1, y1, x2, y2 = [float(dashed[0].get(a) or 0) for a in ("x1", "y1", "x2", "y2")]
    assert x2 > x1 and y2 < y1  # from 2020 at 1.0 up to 2030 at 2.0 (pixels grow downwards)


def test_to_frame_of_each_result(results: dict[str, Any]) -> None:
    net = results["network"].to_frame()
    assert net.shape[0] == 27 and net.index.name == "id" and "betweenness" in net.columns
    ind = results["indicators"].to_frame()
    assert list(ind.index) == [r.id for r in results["indicators"].indicators]
    assert set(ind["status"]) <= {"achieved", "on_track", "off_track", "unknown", "no_target", "no_data"}
    survey = results["survey"].to_frame()
    assert len(survey) == len(results["survey"].records)
    assert survey["mean"].isna().sum() == sum(1 for r in results["survey"].records if r["suppressed"])
    report = results["report"].to_frame()
    assert list(report.columns) == ["sheet", "cell", "row", "column", "code", "severity", "message"]
    changes = results["comparison"].to_frame()
    assert list(changes.columns) == ["source", "target", "change"]
    assert len(changes) == len(results["comparison"].ties_gained) + len(results["comparison"].ties_lost)


def test_to_text_in_either_language(results: dict[str, Any]) -> None:
    mm = results["map"]
    assert mm.to_text().startswith("Modelkaart: ")
    english = mm.to_text("en")
    assert english.startswith("Model map: ")
    assert "Findings" in english
    assert results["network"].to_text("en").splitlines()[2].startswith("People")
    assert results["indicators"].to_text().startswith("Indicatoren van ")
    today = format.date(dt.date.today())
    assert results["survey"].to_text().splitlines()[:3:2] == [f"Enquête per {today}", "Meting 2016"]
    assert results["report"].to_text("en").startswith(f"{STAAL}: valid")


def test_model_map_neither_imports_matplotlib_nor_writes() -> None:
    code = ("import sys, ohtrack\n"
            f"mm = ohtrack.model_map(ohtrack.load({str(STAAL)!r}))\n"
            "mm.to_text(); mm.to_dict()\n"
            "print('matplotlib' in sys.modules, 'ohtrack.exports' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_network_does_not_import_matplotlib_through_igraph() -> None:
    # igraph imports matplotlib.pyplot for its plotting layer; a report that draws
    # nothing must not pay for it (about 0.6 s of a command's time).
    code = ("import sys, ohtrack\n"
            f"net = ohtrack.network(ohtrack.load({str(STAAL)!r}), exact=True)\n"
            "net.to_text(); net.to_dict()\n"
            "print('igraph' in sys.modules, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_figures_draw_after_igraph_was_imported_without_matplotlib(tmp_path: Path) -> None:
    programme = ohtrack.load(STAAL)
    net = ohtrack.network(programme)
    ohtrack.export(net, tmp_path / "net.png")
    assert (tmp_path / "net.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_all_writes_what_export_writes_in_order(results: dict[str, Any], tmp_path: Path) -> None:
    mm = results["map"]
    targets = [tmp_path / "a.png", (tmp_path / "b.data", "xlsx"), tmp_path / "c.json",
               tmp_path / "d.png"]
    from ohtrack.exports import export_all

    written = export_all(mm, targets)  # the PNGs in second processes
    assert written == [tmp_path / "a.png", tmp_path / "b.data", tmp_path / "c.json", tmp_path / "d.png"]
    alone = ohtrack.export(mm, tmp_path / "e.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "d.png").read_bytes() == alone.read_bytes()
    book = load_workbook(io.BytesIO((tmp_path / "b.data").read_bytes()))
    assert book.sheetnames[0] == "Uitkomsten"  # the sample is Dutch
    with pytest.raises(ohtrack.OutputError):  # a child's error is raised here
        export_all(mm, [tmp_path / "f.png", tmp_path / "g.nope"])
