from pathlib import Path

import pytest


def test_a_chart_shows_any_text_safely_and_parses_back() -> None:
    from xml.etree import ElementTree

    from ohtrack.figures.chart import FIGURE_TEXT_LIMIT, Chart

    chart = Chart(300, 100)
    hostile = ['<script>alert("x")</script> & $\\frac{$', "tab\there\x00nul\x1besc", "\ud800 lone",
               "x" * (FIGURE_TEXT_LIMIT + 50)]
    for i, text in enumerate(hostile):
        chart.text(10, 20 * (i + 1), text, rotate=-90 if i else None)
    root = ElementTree.fromstring(chart.svg())  # well-formed, whatever the texts held
    drawn = [el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert drawn[0] == hostile[0]  # escaped for XML, shown as written
    assert "\x00" not in drawn[1] and "\x1b" not in drawn[1] and "\ud800" not in drawn[2]
    assert len(drawn[3]) == FIGURE_TEXT_LIMIT and drawn[3].endswith("…")
    assert drawn == chart.texts()
    png = chart.png(dpi=150)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 450  # 300 chart pixels at 150 dpi


def test_text_widths_are_the_fonts_own() -> None:
    """The shipped width table is the fonts' advance widths (fontTools comes with matplotlib)."""
    import json

    from ohtrack.figures import metrics

    fonts = {w: metrics.font_dir() / f for w, f in metrics.FONT_FILES.items()}
    stored = json.loads((metrics.font_dir() / "widths.json").read_text("utf-8"))
    assert metrics.build_widths(fonts) == stored
    # DejaVu Sans at 2048 units an em: W 2025, i 569; a missing glyph 0.6 em
    assert metrics.text_width("Wi", 20.48) == pytest.approx(2025 / 100 + 569 / 100)
    assert metrics.text_width("\U0001f600", 10) == pytest.approx(6.0)


def test_wrap_and_shorten_keep_to_the_width() -> None:
    from ohtrack.figures.metrics import shorten, text_width, wrap

    lines = wrap("Coördinatie en beheersing van het werk", 100, 12.5)
    assert " ".join(lines) == "Coördinatie en beheersing van het werk"
    assert all(text_width(x, 12.5) <= 100 or " " not in x for x in lines)
    assert wrap("Aanspreekbaarheid", 40, 12.5) == ["Aanspreekbaarheid"]  # one word stays whole
    cut = shorten("Centrale Technische Dienst en Werkvoorbereiding", 150, 12.5)
    assert cut.endswith("…") and text_width(cut, 12.5) <= 150
    assert shorten("Planning", 150, 12.5) == "Planning"


def test_figures_need_no_plotting_library(tmp_path: Path) -> None:
    """Every figure is a chart: a PNG of each result is drawn without matplotlib imported."""
    import os
    import subprocess
    import sys

    from tests.conftest import SAMPLES

    code = ("import sys, datetime as dt, ohtrack\n"
            "p = ohtrack.load(sys.argv[1])\n"
            "day = dt.date(2026, 12, 2)\n"
            "for i, r in enumerate((ohtrack.model_map(p, as_of=day), ohtrack.network(p, as_of=day),\n"
            "                       ohtrack.indicators(p, as_of=day))):\n"
            "    ohtrack.export(r, f'{sys.argv[2]}/{i}.png')\n"
            "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n")
    subprocess.run([sys.executable, "-c", code, str(SAMPLES / "staal-osf2-verbeterteam.xlsx"),
                    str(tmp_path)], check=True, env=dict(os.environ))
    assert all((tmp_path / f"{i}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for i in range(3))


def test_many_lines_are_one_path_and_only_dense_ties_lose_their_smoothing() -> None:
    from xml.etree import ElementTree

    from ohtrack.figures.chart import Chart

    chart = Chart(100, 100)
    chart.segments([(0, 0, 10, 10), (5, 5, 50, 90)], "#000000", opacity=0.3)
    chart.segments([(0, 0, 10, 10)], "#000000", smooth=False)
    paths = list(ElementTree.fromstring(chart.svg()).iter("{http://www.w3.org/2000/svg}path"))
    assert [p.get("d") for p in paths] == ["M0 0L10 10M5 5L50 90", "M0 0L10 10"]
    assert [p.get("shape-rendering") for p in paths] == [None, "optimizeSpeed"]
    assert paths[0].get("stroke-opacity") == "0.3"


def test_the_small_graph_layout_pulls_ties_together_and_repeats_itself() -> None:
    import math

    from ohtrack.figures.layout import spring_layout

    nodes = ["a", "b", "c", "d", "e"]
    edges = [("a", "b", 5.0), ("c", "d", 5.0), ("d", "e", 1.0)]
    pos = spring_layout(nodes, edges, seed=7)
    assert pos == spring_layout(nodes, edges, seed=7)  # the same picture every time
    assert all(-1 <= x <= 1 and -1 <= y <= 1 for x, y in pos.values())
    dist = lambda u, v: math.dist(pos[u], pos[v])  # noqa: E731
    assert dist("a", "b") < dist("a", "c") and dist("c", "d") < dist("b", "d")
    assert spring_layout([], [], seed=1) == {} and spring_layout(["x"], [], seed=1) == {"x": (0.0, 0.0)}


def test_a_label_that_would_overlap_moves_up_then_down_by_its_height() -> None:
    from ohtrack.figures.network import free_place

    placed: list[tuple[float, float, float, float]] = []
    assert free_place(placed, 100, 50, 40, 10) == 50  # nothing there yet
    assert free_place(placed, 110, 50, 40, 10) == 40  # overlaps the first: one height up
    assert free_place(placed, 105, 52, 40, 10) == 62  # 52 and 42 are taken: one height down
    assert free_place(placed, 300, 50, 40, 10) == 50  # far to the right: where it wanted
    assert placed == [(80, 45, 120, 55), (90, 35, 130, 45), (85, 57, 125, 67), (280, 45, 320, 55)]
    assert free_place(placed, 100, 8, 40, 10) == 8  # free, and inside the chart
    assert free_place(placed, 100, 8, 40, 10) == 18  # taken: down, as up would leave the chart


def test_the_people_layout_repeats_itself_and_keeps_python_s_random_state() -> None:
    import random

    import networkx as nx

    from ohtrack.figures.network import people_layout

    g = nx.karate_club_graph()
    random.seed(3)
    before = random.random()
    random.seed(3)
    first = people_layout(g)
    assert random.random() == before  # the layout drew from its own generator
    assert people_layout(g) == first and set(first) == set(g.nodes)
    # tied people end up nearer each other than the average pair
    dist = {(a, b): ((first[a][0] - first[b][0]) ** 2 + (first[a][1] - first[b][1]) ** 2) ** 0.5
            for a in g for b in g if a < b}
    tied = [dist[min(a, b), max(a, b)] for a, b in g.edges]
    assert sum(tied) / len(tied) < 0.7 * sum(dist.values()) / len(dist)
    assert people_layout(nx.Graph([("a", "a")])) == {"a": (0.0, 0.0)}
    odd = nx.Graph()  # weights of nothing, less than nothing and not a number still lay out
    odd.add_weighted_edges_from([("a", "b", 0.0), ("b", "c", -2.0), ("c", "d", float("nan")),
                                 ("d", "a", None)])
    assert set(people_layout(odd)) == {"a", "b", "c", "d"}


def test_hidden_makes_an_import_fail_only_while_it_runs() -> None:
    import sys

    from ohtrack.hidden import hidden

    assert "ohtrack_no_such_module_yet" not in sys.modules
    with hidden("ohtrack_no_such_module_yet", "json"):
        with pytest.raises(ImportError):
            import ohtrack_no_such_module_yet  # noqa: F401
        import json  # loaded already: stays importable

        assert json.dumps(1) == "1"
    assert "ohtrack_no_such_module_yet" not in sys.modules and "json" in sys.modules


def test_an_open_bar_is_pale_past_the_last_date_in_the_data() -> None:
    """Active since 1 March 2016 with no end; the data's last date 22 December 2017, the
    report 4 December 2026: the bar is the active colour up to 22 December 2017, pale from
    there to the report date, and the legend says what the pale part means."""
    import datetime as dt
    import re

    from ohtrack.analysis.initiatives import initiatives
    from ohtrack.domain import Initiative, Programme, ProgrammeInfo, Status
    from ohtrack.figures.timeline import COLOURS, NO_NEWS, timeline_figure

    p = Programme(info=ProgrammeInfo(name="P", language="nl"), initiatives=[
        Initiative(id="A", title="Lopend", status=Status.ACTIVE, start=dt.date(2016, 3, 1)),
        Initiative(id="B", title="Af", status=Status.DONE, start=dt.date(2016, 3, 1),
                   end=dt.date(2017, 12, 22))])
    report = initiatives(p, as_of=dt.date(2026, 12, 4))
    chart = timeline_figure(report, known_until=dt.date(2017, 12, 22))
    assert "na 22-12-2017, de laatste datum in de gegevens: niet bekend" in chart.texts()
    svg = chart.svg()

    def span(colour: str) -> tuple[float, float]:
        m = re.search(rf'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="{colour}"', svg)
        assert m, colour
        return float(m[1]), float(m[1]) + float(m[2])

    active, pale, done = span(COLOURS["active"]), span(NO_NEWS), span(COLOURS["done"])
    assert active[0] == done[0]  # both start on 1 March 2016
    assert abs(active[1] - done[1]) < 0.5 and abs(pale[0] - done[1]) < 0.5  # cut where B ends
    assert pale[1] > pale[0] + 100  # nine years on, to the report date
    plain = timeline_figure(report)  # without the data's date: one bar to the report date
    assert NO_NEWS not in plain.svg()
    later = p.model_copy(update={"initiatives": [Initiative(
        id="C", title="Gepland", status=Status.PLANNED, start=dt.date(2018, 6, 1))]})
    svg = timeline_figure(initiatives(later, as_of=dt.date(2026, 12, 4)),
                          known_until=dt.date(2017, 12, 22)).svg()
    planned, pale = span(COLOURS["planned"]), span(NO_NEWS)  # begun after the data: pale but
    assert planned[1] - planned[0] == 3 and pale[0] == planned[1]  # for its status' mark
