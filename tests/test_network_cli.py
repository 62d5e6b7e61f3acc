"""``ohtrack network``: text, --json, --compare, --as-of, --export, --pseudonymise; bad input."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.analysis.network_compare import compare
from ohtrack.i18n import format
from ohtrack_cli.main import cli
from tests.conftest import MINIMAL

Make = Callable[..., Path]

PROGRAMME = [
    ["Field", "Value"],
    ["name", "Wals"],
    ["model", "ohi-2011"],
    ["language", "en"],
    ["roles.triad", "voorman; jobcoach; kandidaat"],
]
NEW = {
    **MINIMAL,
    "Programme": PROGRAMME,
    "Units": [["ID", "Name"], ["U1", "Koudwals"], ["U2", "Warmwals"]],
    "People": [
        ["ID", "Name", "Role", "Unit"],
        ["P1", "Anna de Vries", "voorman", "U1"],
        ["P2", "Bram Jansen", "kandidaat", "U1"],
        ["P3", "Cor Smit", "jobcoach", "U2"],
        ["P4", "Dirk Bakker", None, "U2"],
    ],
    "Relations": [
        ["From", "To", "Type", "Since", "Until"],
        ["P1", "P2", "coacht", "2022-01-01", None],
        ["P2", "P3", "werkt samen", "2023-01-01", None],
    ],
    "Groups": [
        ["Group", "Type", "Person", "Role"],
        ["T4", "driehoek", "P1", "voorman"],
        ["T4", "driehoek", "P2", "kandidaat"],
    ],
    "Events": [
        ["ID", "Type", "Group", "Date", "Status", "Attendees"],
        ["E1", "intervisie", "T4", "2022-02-01", "gehouden", "P1; P2"],
        ["E2", "intervisie", "T4", "2022-03-01", "geannuleerd", None],
        ["E3", "intervisie", "T4", "2022-04-01", "gehouden", "P1"],
        ["E4", "intervisie", "T4", "2022-05-01", "gehouden", "P1; P2"],
    ],
}
OLD = {**NEW, "Relations": [["From", "To", "Type"], ["P1", "P2", "coacht"], ["P1", "P4", "adviseert"]]}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_text_report(make_workbook: Make) -> None:
    code, out = run("network", str(make_workbook(NEW)))
    assert code == 0, out
    assert out.splitlines()[0] == f"Network of Wals (as of {format.date(dt.date.today(), 'en')})"
    assert "Triad T4 has no jobcoach" in out
    assert "T4: 3 of 4 intervision sessions held (1 cancelled)" in out  # no count of none
    assert re.search(r"^Betweenness +exact \(", out, re.M)
    assert "Bram Jansen (P2)" in out


def test_dutch_text(make_workbook: Make) -> None:
    code, out = run("network", str(make_workbook(NEW)), "--lang", "nl")
    assert code == 0
    assert "Driehoek T4 heeft geen jobcoach" in out
    assert "Dirk Bakker heeft geen enkele band in het netwerk" in out


def test_json_layout(make_workbook: Make) -> None:
    code, out = run("network", str(make_workbook(NEW)), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["people"] == 4 and data["summary"]["ties"] == 2
    assert data["summary"]["cross_unit_ties"] == 1 and data["summary"]["cross_unit_share"] == 0.5
    assert data["betweenness_sample"] is None
    p2 = next(p for p in data["people"] if p["id"] == "P2")
    assert (p2["degree"], p2["betweenness"], p2["unit"]) == (2, 1 / 3, "U1")
    assert [(t["source"], t["target"], t["weight"]) for t in data["ties"]] == [
        ("P1", "P2", 4),
        ("P2", "P3", 1),
    ]
    missing = next(f for f in data["findings"] if f["code"] == "group-missing-role")
    assert {k: missing[k] for k in ("kind", "subject", "subjects", "message", "data", "method")} == {
        "kind": "group", "subject": "T4", "subjects": ["T4"], "message": "Triad T4 has no jobcoach",
        "data": {"role": "jobcoach"}, "method": "roles"}
    assert [f["rank"] for f in data["findings"]] == list(range(1, len(data["findings"]) + 1))
    assert data["compare"] is None and data["exports"] == []


def test_as_of(make_workbook: Make) -> None:
    code, out = run("network", str(make_workbook(NEW)), "--as-of", "1-6-2022", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["as_of"] == "2022-06-01"
    assert [(t["source"], t["target"]) for t in data["ties"]] == [("P1", "P2")]
    code, out = run("network", str(make_workbook(NEW)), "--as-of", "someday", "--lang", "en")
    assert code == 2 and "expected a date" in out


def test_compare_two_workbooks(make_workbook: Make) -> None:
    new, old = make_workbook(NEW, "new.xlsx"), make_workbook(OLD, "old.xlsx")
    code, out = run("network", str(new), "--compare", str(old), "--json")
    assert code == 0
    c = json.loads(out)["compare"]
    assert c["ties_gained"] == [{"source": "P2", "target": "P3"}]
    assert c["ties_lost"] == [{"source": "P1", "target": "P4"}]
    assert (c["cross_unit_ties_before"], c["cross_unit_ties_after"]) == (1, 1)
    assert c["cross_unit_ties_gained"] == [{"source": "P2", "target": "P3"}]
    assert (c["people_joined"], c["people_left"]) == (["P3"], ["P4"])
    code, out = run("network", str(new), "--compare", str(old))
    assert "Ties gained: 1" in out and "Ties between units: 1 → 1" in out


def test_compare_dates_within_one_workbook(make_workbook: Make) -> None:
    p = ohtrack.load(make_workbook(NEW))
    c = compare(ohtrack.network(p, as_of=dt.date(2022, 1, 1)), ohtrack.network(p, as_of=dt.date(2023, 6, 1)))
    assert c.ties_gained == [("P2", "P3")] and c.ties_lost == []
    assert (c.cross_unit_before, c.cross_unit_after) == (0, 1)
    assert c.people_joined == ["P3"]
    _, out = run(
        "network", str(make_workbook(NEW)), "--as-of", "2023-06-01", "--compare-as-of", "2022-01-01", "--json"
    )
    assert json.loads(out)["compare"]["ties_gained"] == [{"source": "P2", "target": "P3"}]


def test_exports_and_pseudonymise(make_workbook: Make, tmp_path: Path) -> None:
    wb = make_workbook(NEW)
    outs = [tmp_path / f"n.{s}" for s in ("graphml", "gexf", "json", "xlsx", "png")]
    args = ["network", str(wb), "--pseudonymise", "--json"]
    for o in outs:
        args += ["--export", str(o)]
    code, out = run(*args)
    assert code == 0, out
    assert all(o.exists() for o in outs)
    assert "Anna" not in out and "Bakker" not in out
    data = json.loads(out[out.index("{") :])
    assert data["exports"] == [str(o) for o in outs]
    assert all(p["name"].startswith("Person ") for p in data["people"])
    g = nx.read_graphml(outs[0])
    assert all(d["name"].startswith("Person ") for _, d in g.nodes(data=True))
    for o in outs[:3]:
        assert "Anna" not in o.read_text()


def test_bad_export_suffix_is_an_error(make_workbook: Make, tmp_path: Path) -> None:
    code, out = run("network", str(make_workbook(NEW)), "--export", str(tmp_path / "x.dot"), "--lang", "en")
    assert code == 1
    assert out.startswith("Error: ") and "can't be written as '.dot'; use .graphml" in out
    code, out = run("network", str(make_workbook(NEW)), "--export", str(tmp_path / "x.dot"), "--lang", "nl")
    assert "een netwerk kan niet worden geschreven als '.dot'; gebruik .graphml" in out


BAD = {
    **NEW,
    "Relations": [
        ["From", "To", "Type"],
        ["P1", "P9", "coacht"],
        ["P2", "P2", "coacht"],
        ["P1", "P2", "coacht"],
        ["P1", "P2", "coacht"],
    ],
    "Events": [["ID", "Status", "Attendees"], ["E1", "gehouden", None], ["E2", "geannuleerd", "P1; P2"]],
}


def test_bad_input_reported_by_validate(make_workbook: Make) -> None:
    report = ohtrack.validate(make_workbook(BAD))
    got = [(p.cell, p.code) for p in report.problems]
    assert got == [
        ("Relations!B2", "unknown-person"),
        ("Relations!B3", "self-loop"),
        ("Relations!A5", "duplicate-tie"),
        ("Events!C2", "no-attendees"),
        ("Events!C3", "attendance-at-cancelled"),
    ]


def test_bad_input_never_crashes_the_network(make_workbook: Make) -> None:
    p = ohtrack.read(make_workbook(BAD)).programme
    assert p is not None
    net = ohtrack.network(p)
    assert sorted(tuple(sorted(e)) for e in net.people_graph.edges()) == [("P1", "P2")]
    assert net.people_graph.edges["P1", "P2"]["relations"] == 1


def test_estimated_betweenness_states_its_bound_in_text_and_json(
    make_workbook: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ohtrack.analysis import network_metrics

    monkeypatch.setattr(network_metrics, "EXACT_LIMIT_IGRAPH", 1)
    monkeypatch.setattr(network_metrics, "EXACT_LIMIT_NETWORKX", 1)
    monkeypatch.setattr(network_metrics, "EPSILON", 0.05)
    wb = str(make_workbook(NEW))
    _, out = run("network", wb)
    # 4 people, so eps 0.05 is 0.05 * (4 - 2) / 4 = 0.025 on the pairs' scale; shortest paths
    # hold at most 3 people (P1-P2-P3): floor(log2(3 - 2)) + 1 + ln(1 / (0.1 / 2)) = 3.9957 (half
    # of delta for the full sample, half for stopping early). In so small a network people lie
    # on many of the pairs, so the empirical Bernstein bound does not stop it early.
    sample = math.ceil(0.5 / 0.025**2 * (1 + math.log(20)))
    assert sample == 3197
    assert (f"estimated from {sample:,} sampled pairs of people (Riondato–Kornaropoulos): every value "
            "within 0.05 of the exact one with probability 90%") in out
    _, out = run("network", wb, "--lang", "nl")
    assert (f"geschat uit een steekproef van {sample:,} paren mensen".replace(",", ".")) in out
    _, out = run("network", wb, "--json")
    data = json.loads(out)
    bound = {"algorithm": "riondato-kornaropoulos", "epsilon": 0.05, "delta": 0.1, "sample": sample,
             "vertex_diameter": 3, "seed": 42, "stopping": "empirical-bernstein", "sample_max": sample,
             "stopped_early": False}
    assert data["summary"]["betweenness_bound"] == bound == data["betweenness"]["bound"]
    assert (data["betweenness"]["method"], data["betweenness_sample"]) == ("estimated", sample)
    _, out = run("network", wb, "--exact", "--json")
    data = json.loads(out)
    assert (data["betweenness"]["method"], data["summary"]["betweenness_bound"]) == ("exact", None)


def test_estimate_forced_on_a_small_network(make_workbook: Make) -> None:
    wb = str(make_workbook(NEW))
    _, out = run("network", wb, "--json")
    assert json.loads(out)["betweenness"]["method"] == "exact"
    _, out = run("network", wb, "--estimate", "--json")
    data = json.loads(out)
    assert data["betweenness"]["method"] == "estimated"
    assert data["betweenness"]["bound"]["epsilon"] == 0.01
    # P2 sits between P1 and P3 (P4 alone): 1 of the 3 pairs of the others → 1/3, within 0.01.
    got = {p["id"]: p["betweenness"] for p in data["people"]}
    assert got["P2"] == pytest.approx(1 / 3, abs=0.01) and got["P1"] == got["P3"] == got["P4"] == 0


def test_pseudonyms_agree_across_a_comparison(make_workbook: Make) -> None:
    new, old = make_workbook(NEW, "new.xlsx"), make_workbook(OLD, "old.xlsx")
    # What ``ohtrack network --compare --pseudonymise`` does: the same key for both sides.
    new_p, old_p = ohtrack.load(new), ohtrack.load(old)
    comparison = ohtrack.compare_networks(ohtrack.network(ohtrack.pseudonymise(old_p)),
                                          ohtrack.network(ohtrack.pseudonymise(new_p)))
    old_names = dict(comparison.old.people_graph.nodes(data="name"))
    new_names = dict(comparison.new.people_graph.nodes(data="name"))
    assert old_names == new_names
    assert all(str(n).startswith("Person ") for n in new_names.values())


def test_import_stays_light() -> None:
    code = (
        "import sys, ohtrack, ohtrack.analysis.network, ohtrack.exports, ohtrack.exports.network, "
        "ohtrack.analysis.network_compare, ohtrack_cli.commands.network; "
        "print(sorted(m for m in ('networkx', 'matplotlib', 'openpyxl', 'igraph') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_team_network_report_needs_no_numpy(tmp_path: Path) -> None:
    """igraph's graphs are made from lists of pairs with numpy hidden: a team's report (exact
    betweenness, layers, communities, text and JSON) and its picture (igraph's layout) and
    GEXF never import it."""
    from tests.conftest import SAMPLES

    code = ("import sys, datetime as dt, ohtrack\n"
            "net = ohtrack.network(ohtrack.load(sys.argv[1]), as_of=dt.date(2026, 12, 2))\n"
            "net.to_text(); net.to_dict()\n"
            "ohtrack.export(net, sys.argv[2] + '/n.png'); ohtrack.export(net, sys.argv[2] + '/n.gexf')\n"
            "print(net.betweenness_method, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "gemeente-pitstop-managers.xlsx"),
                          str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["exact", "False"]
    assert (tmp_path / "n.png").stat().st_size > 10_000 and b"<gexf" in (tmp_path / "n.gexf").read_bytes()


def test_lessons_table(make_workbook: Make) -> None:
    sheets = {**NEW, "Lessons": [["ID", "Author", "Shared with"], ["L1", "P1", "U2"], ["L2", "P2", None]]}
    code, out = run("network", str(make_workbook(sheets)))
    assert code == 0
    rows = out[out.index("Lessons and their reach") :].splitlines()[3:5]
    # L1: shared with U2 (P3, P4); with its author P1 it reaches P1, P2, P3, P4 (all four, two units).
    # L2 was shared with nobody; its author P2 reaches P1, P2, P3.
    assert [r.split() for r in rows] == [["L1", "2", "4", "(100%)", "2"], ["L2", "0", "3", "(75%)", "2"]]
    assert "Lesson L2 was shared with nobody" in out


def test_a_tie_of_weight_zero_draws_and_a_negative_weight_is_refused(tmp_path: Path) -> None:
    import pydantic

    import ohtrack
    from ohtrack.domain import Person, Programme, ProgrammeInfo, Relation, Unit

    people = [Person(id=f"P{i}", name=f"N{i}", unit="U") for i in range(4)]
    p = Programme(info=ProgrammeInfo(name="x"), units=[Unit(id="U", name="U")], people=people,
                  relations=[Relation(source="P0", target="P1", weight=0),
                             Relation(source="P2", target="P3")])
    net = ohtrack.network(p, as_of=dt.date(2026, 12, 2))
    assert ohtrack.export(net, tmp_path / "n.png").read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(pydantic.ValidationError):  # as the workbook's check: never negative
        Relation(source="P0", target="P1", weight=-1)


def test_events_and_relation_types_in_the_language(make_workbook: Make) -> None:
    """Four sessions due: three held, one cancelled, nothing else to say (no "0 planned");
    one more "planned" for a day gone by is said apart; relation types in Dutch words."""
    late = {**NEW, "Events": [*NEW["Events"], ["E5", "intervisie", "T4", "2022-06-01", "gepland", None]]}
    code, out = run("network", str(make_workbook(NEW)), "--lang", "nl")
    assert code == 0
    assert "Leermomenten: 3 van 4 gehouden (1 geannuleerd)" in out
    layers = out.split("Relaties per soort", 1)[1].splitlines()[3:5]
    assert [ln.split("  ")[0] for ln in layers] == ["coacht", "werkt samen"]
    code, out = run("network", str(make_workbook(late, name="late.xlsx")), "--lang", "nl")
    assert ("Leermomenten: 3 van 5 gehouden (1 geannuleerd, 1 gepland vóór de rapportdatum, niet als "
            "gehouden vastgelegd)") in out
    code, out = run("network", str(make_workbook(late, name="late.xlsx")), "--lang", "en",
                    "--as-of", "2022-05-15")
    assert "Learning events: 3 of 4 held (1 cancelled, 1 still to come)" in out
    assert "\ncoaches " in out  # the tie of 2023 is not there yet on 15 May 2022
