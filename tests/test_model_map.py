"""The model map: counts per outcome and practice, units, gaps, balance, findings, exports."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import ohtrack
from ohtrack.analysis.model_map import BALANCE_FORMULA, NO_UNIT, evenness, model_map
from ohtrack.domain import Initiative, Programme, ProgrammeInfo, Unit
from ohtrack.frameworks import custom

OHI = ["direction", "leadership", "culture-and-climate", "accountability",
       "coordination-and-control", "capabilities", "motivation", "external-orientation",
       "innovation-and-learning"]


def programme(initiatives: list[dict[str, Any]], units: list[tuple[str, str]] | None = None,
              language: str = "en", model: str = "ohi-2011") -> Programme:
    return Programme(
        info=ProgrammeInfo(name="Test", model=model, language=language),
        units=[Unit(id=i, name=n) for i, n in (units or [])],
        initiatives=[Initiative(title=f"title {d['id']}", **d) for d in initiatives],
    )


UNITS = [("U1", "Warehouse"), ("U2", "Production"), ("U3", "Planning")]


@pytest.fixture
def sample() -> Programme:
    return programme([
        {"id": "I1", "unit": "U1", "status": "active", "outcomes": ["Direction"],
         "practices": ["Shared vision", "Strategic clarity"]},
        {"id": "I2", "unit": "production", "status": "idea", "practices": ["Kennisdeling"]},
        {"id": "I3", "status": "planned", "outcomes": ["Richting", "bogus"]},
        {"id": "I4", "unit": "U1", "outcomes": ["nope"], "practices": ["nothing"]},
        {"id": "I5", "unit": "U2", "status": "done", "outcomes": ["leadership", "Motivatie"]},
    ], UNITS)


def outcome(mm: Any, oid: str) -> Any:
    return next(o for o in mm.outcomes if o.id == oid)


def practice(mm: Any, pid: str) -> Any:
    return next(p for p in mm.practices if p.id == pid)


def test_counts_per_outcome_in_model_order(sample: Programme) -> None:
    mm = model_map(sample)
    assert [o.id for o in mm.outcomes] == OHI
    assert [o.count for o in mm.outcomes] == [2, 1, 0, 0, 0, 0, 1, 0, 1]
    assert outcome(mm, "direction").initiatives == ["I1", "I3"]
    assert mm.total == 5 and mm.mapped == 4 and mm.unmapped == ["I4"]


def test_practice_implies_outcome_and_no_double_counting(sample: Programme) -> None:
    mm = model_map(sample)
    # I2 names only the practice "Kennisdeling": it counts for the practice and its outcome.
    assert outcome(mm, "innovation-and-learning").initiatives == ["I2"]
    assert practice(mm, "knowledge-sharing").initiatives == ["I2"]
    # I1 names Direction and two of its practices: once for the outcome, once per practice.
    direction = outcome(mm, "direction")
    assert (direction.count, direction.practices_covered, direction.practices_total) == (2, 2, 3)
    assert practice(mm, "shared-vision").count == 1
    assert practice(mm, "strategic-clarity").count == 1
    assert practice(mm, "employee-involvement").count == 0
    assert len(mm.practices) == 37
    assert sum(p.count for p in mm.practices) == 3


def test_units_by_id_or_name_and_no_unit_row(sample: Programme) -> None:
    mm = model_map(sample)
    assert [(u.id, u.name, u.count) for u in mm.units] == [
        ("U1", "Warehouse", 1), ("U2", "Production", 2), ("U3", "Planning", 0),
        (NO_UNIT, "(no unit)", 1)]
    assert mm.matrix["U1"]["direction"] == 1
    assert [mm.matrix["U2"][o] for o in OHI] == [0, 1, 0, 0, 0, 0, 1, 0, 1]
    assert mm.matrix[NO_UNIT]["direction"] == 1
    assert sum(mm.matrix["U3"].values()) == 0


def test_no_unit_row_only_when_used() -> None:
    mm = model_map(programme([{"id": "I1", "unit": "U1", "outcomes": ["Direction"]}], UNITS))
    assert [u.id for u in mm.units] == ["U1", "U2", "U3"]
    unknown = model_map(programme([{"id": "I1", "unit": "Nowhere", "outcomes": ["Direction"]}],
                                  UNITS))
    assert [u.id for u in unknown.units] == ["U1", "U2", "U3", NO_UNIT]
    assert unknown.matrix[NO_UNIT]["direction"] == 1


def test_gaps_overall_and_per_unit(sample: Programme) -> None:
    mm = model_map(sample)
    assert mm.gaps.outcomes == ["culture-and-climate", "accountability",
                                "coordination-and-control", "capabilities",
                                "external-orientation"]
    assert len(mm.gaps.practices) == 34
    assert "shared-vision" not in mm.gaps.practices
    assert mm.gaps.practices[0] == "employee-involvement"
    assert mm.gaps.units["U1"] == OHI[1:]
    assert mm.gaps.units["U2"] == ["direction", "culture-and-climate", "accountability",
                                   "coordination-and-control", "capabilities",
                                   "external-orientation"]
    assert mm.gaps.units["U3"] == OHI
    assert mm.gaps.units[NO_UNIT] == OHI[1:]


def test_status_mix_and_status_per_outcome(sample: Programme) -> None:
    mm = model_map(sample)
    assert mm.status_mix == {"idea": 1, "planned": 1, "active": 1, "done": 1, "embedded": 0,
                             "stopped": 0, "none": 1}
    assert outcome(mm, "direction").status == {"idea": 0, "planned": 1, "active": 1, "done": 0,
                                               "embedded": 0, "stopped": 0, "none": 0}
    assert outcome(mm, "leadership").status["done"] == 1


def test_balance_zero_when_all_on_one_outcome() -> None:
    mm = model_map(programme([{"id": f"I{n}", "outcomes": ["Direction"]} for n in range(4)]))
    assert mm.balance == 0.0
    assert mm.units[0].balance == 0.0


def test_balance_one_when_perfectly_even() -> None:
    mm = model_map(programme([{"id": f"I{n}", "outcomes": [o]} for n, o in enumerate(OHI * 2)]))
    assert mm.balance == 1.0
    assert all(o.count == 2 for o in mm.outcomes)


def test_balance_is_pielou_evenness_over_all_model_outcomes() -> None:
    fw = custom([("Alpha", None, None), ("Beta", None, None)])
    p = programme([{"id": "A1", "outcomes": ["Alpha"]}, {"id": "A2", "outcomes": ["Alpha"]},
                   {"id": "A3", "outcomes": ["Alpha"]}, {"id": "B1", "outcomes": ["Beta"]}],
                  model="custom")
    p.custom_model = fw
    expected = -(0.75 * math.log(0.75) + 0.25 * math.log(0.25)) / math.log(2)
    assert model_map(p).balance == pytest.approx(expected, abs=1e-4)
    assert round(expected, 4) == 0.8113
    # K counts every outcome of the model, also those nobody addresses.
    assert evenness([1, 1, 0], 3) == round(math.log(2) / math.log(3), 4)
    assert evenness([], 9) is None
    assert evenness([3], 1) is None


def test_balance_undefined_without_mapped_initiatives() -> None:
    mm = model_map(programme([{"id": "I1", "outcomes": ["nope"]}]))
    assert mm.balance is None
    assert mm.findings == [
        "No initiative is on the model yet: name an outcome or practice for each initiative",
        "Initiative I1 is not on the model (no known outcome or practice)"]


def test_dutch_and_english_names(sample: Programme) -> None:
    en = model_map(sample)
    nl = model_map(sample, lang="nl")
    assert (en.lang, nl.lang) == ("en", "nl")
    assert outcome(en, "direction").name == "Direction"
    assert outcome(nl, "direction").name == "Richting"
    assert outcome(nl, "direction").name_en == "Direction"
    assert practice(nl, "knowledge-sharing").name == "Kennisdeling"
    assert [u.name for u in nl.units][-1] == "(geen eenheid)"
    # The default language is the programme's own.
    assert model_map(programme([], language="nl")).lang == "nl"


def test_findings_in_english(sample: Programme) -> None:
    assert model_map(sample).findings == [
        "Nothing addresses Culture and climate",
        "Nothing addresses Accountability",
        "Nothing addresses Coordination and control",
        "Nothing addresses Capabilities",
        "Nothing addresses External orientation",
        "The spread of initiatives over the model is moderate: balance 0.61 "
        "(0 = all on one outcome, 1 = evenly spread)",
        "Unit Warehouse has no initiative on 8 of 9 outcomes",
        "Unit Production has no initiative on 6 of 9 outcomes",
        "Unit Planning has no initiative at all",
        "3 of 37 practices of the model have at least one initiative",
        "The only initiative on Innovation and learning has not started yet (idea or planned)",
        "Initiative I4 is not on the model (no known outcome or practice)",
    ]


def test_findings_in_dutch_with_shares() -> None:
    p = programme([
        {"id": "I1", "unit": "U1", "status": "stopped", "outcomes": ["Direction"]},
        {"id": "I2", "unit": "U1", "status": "active", "outcomes": ["Direction"]},
        {"id": "I3", "unit": "U2", "status": "active", "outcomes": ["Leadership"]},
        {"id": "I4", "unit": "U2", "status": "stopped", "outcomes": ["Motivation"]},
        {"id": "I5", "unit": "U9", "outcomes": ["x"]},
        {"id": "I6", "outcomes": ["y"]},
    ], [("U1", "Magazijn"), ("U2", "Productie"), ("U3", "Planning"), ("U4", "Inkoop")],
        language="nl")
    findings = model_map(p).findings
    assert findings[:6] == [f"Geen enkel verbetertraject richt zich op {n}" for n in (
        "Cultuur en klimaat", "Aanspreekbaarheid", "Coördinatie en beheersing", "Capaciteiten",
        "Externe oriëntatie", "Innovatie en leren")]
    assert findings[6:] == [
        "De verbetertrajecten zijn ongelijk over het model verdeeld: balans 0,47 "
        "(0 = alles op één uitkomst, 1 = gelijk verdeeld)",
        "Eenheid Magazijn heeft geen verbetertraject op 8 van de 9 uitkomsten",
        "Eenheid Productie heeft geen verbetertraject op 7 van de 9 uitkomsten",
        "2 eenheden hebben nog geen enkel verbetertraject: Planning en Inkoop",
        "0 van de 37 praktijken van het model hebben minstens één verbetertraject",
        "Alle verbetertrajecten op Motivatie zijn gestopt",
        "2 verbetertrajecten zijn gestopt: title I1 (I1) en title I4 (I4)",
        "2 verbetertrajecten staan niet op het model (geen bekende uitkomst of praktijk): I5 en I6",
    ]


def share_findings(initiatives: list[dict[str, Any]]) -> list[str]:
    return [f for f in model_map(programme(initiatives)).findings if "initiatives address" in f]


def test_share_findings() -> None:
    assert share_findings([{"id": "I1", "outcomes": ["Direction"]},
                           {"id": "I2", "outcomes": ["Leadership"]}]) == [
        "Half of all initiatives address Direction", "Half of all initiatives address Leadership"]
    assert share_findings([{"id": "I1", "outcomes": ["Direction"]},
                           {"id": "I2", "practices": ["Shared vision"]},
                           {"id": "I3", "outcomes": ["Leadership"]}]) == [
        "2 of 3 initiatives address Direction"]
    assert share_findings([{"id": "I1", "outcomes": ["Direction"]},
                           {"id": "I2", "outcomes": ["Direction"]}]) == [
        "All initiatives address Direction"]
    # The share counts all initiatives, also those not on the model.
    assert share_findings([{"id": "I1", "outcomes": ["Direction"]}, {"id": "I2"},
                           {"id": "I3"}]) == []


def test_to_dict_is_json_ready(sample: Programme) -> None:
    data = model_map(sample).to_dict()
    json.dumps(data)
    assert list(data) == ["framework", "lang", "programme", "as_of", "level", "initiatives",
                          "outcomes", "practices", "units", "matrix", "empty_units", "gaps",
                          "balance", "status_mix", "on_date", "findings", "unmapped"]
    assert len(data["outcomes"]) == 9 and len(data["practices"]) == 37
    assert data["outcomes"][0] == {
        "id": "direction", "name": "Direction", "name_en": "Direction", "name_nl": "Richting",
        "group": "alignment", "count": 2, "initiatives": ["I1", "I3"], "practices_covered": 2,
        "practices_total": 3, "status": {"idea": 0, "planned": 1, "active": 1, "done": 0,
                                         "embedded": 0, "stopped": 0, "none": 0}, "modules": []}
    assert data["practices"][0] == {
        "id": "shared-vision", "outcome_id": "direction", "name": "Shared vision",
        "name_en": "Shared vision", "name_nl": "Gedeelde visie", "count": 1, "initiatives": ["I1"]}
    assert len(data["matrix"]) == 4 * 9
    assert data["matrix"][0] == {"unit": "U1", "outcome": "direction", "count": 1, "own": 1}
    # counts 2, 1, 1, 1 over the 9 outcomes of ohi-2011
    h = -(0.4 * math.log(0.4) + 3 * 0.2 * math.log(0.2))
    assert data["balance"]["value"] == round(h / math.log(9), 4) == 0.6063
    assert data["balance"]["formula"] == BALANCE_FORMULA
    assert data["balance"]["units"] == {"U1": 0.0, "U2": 0.5, "U3": None, NO_UNIT: 0.0}
    assert data["gaps"]["outcomes"][0] == {"id": "culture-and-climate",
                                           "name": "Culture and climate"}
    assert data["gaps"]["practices"][0] == {"id": "employee-involvement", "outcome_id": "direction",
                                            "name": "Employee involvement"}
    assert data["gaps"]["units"][2] == {"unit": "U3", "name": "Planning", "outcomes": OHI}
    assert data["unmapped"] == ["I4"]
    assert data["initiatives"] == {"total": 5, "mapped": 4, "unmapped": 1}


def test_to_frame(sample: Programme) -> None:
    frame = model_map(sample).to_frame()
    assert list(frame.index) == ["Warehouse", "Production", "Planning", "(no unit)"]
    assert list(frame.columns)[:2] == ["Direction", "Leadership"]
    assert frame.loc["Production", "Innovation and learning"] == 1
    assert int(frame.to_numpy().sum()) == 5


def test_xlsx_export_has_heatmap_and_values(sample: Programme, tmp_path: Path) -> None:
    sample.units[0].name = "=HYPERLINK(\"http://x\")"
    out = ohtrack.export(model_map(sample), tmp_path / "map.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Outcomes", "Practices", "Units x outcomes", "Gaps", "Findings"]
    ws = wb["Units x outcomes"]
    assert [c.value for c in ws[1]][:4] == ["ID", "Unit", "Direction", "Leadership"]
    assert [c.value for c in ws[3]][:11] == ["U2", "Production", 0, 1, 0, 0, 0, 0, 1, 0, 1]
    assert ws["B2"].value == "=HYPERLINK(\"http://x\")" and ws["B2"].data_type == "s"
    rules = [(str(cf.sqref), r.type) for cf in ws.conditional_formatting for r in cf.rules]
    assert rules == [("C2:K5", "colorScale")]
    outcomes = wb["Outcomes"]
    assert [c.value for c in outcomes[2]][:6] == ["direction", "Direction", "Alignment", 2, 2, 3]
    assert outcomes["N2"].value == "I1; I3"
    gaps = wb["Gaps"]
    assert [c.value for c in gaps[2]] == ["outcome", None, "Culture and climate", None]
    assert gaps.max_row == 1 + 5 + 34 + (8 + 6 + 9 + 8)
    assert list(tmp_path.iterdir()) == [out]


def test_xlsx_in_dutch(sample: Programme, tmp_path: Path) -> None:
    wb = load_workbook(ohtrack.export(model_map(sample, lang="nl"), tmp_path / "kaart.xlsx"))
    assert wb.sheetnames == ["Uitkomsten", "Praktijken", "Eenheden x uitkomsten",
                             "Witte vlekken", "Bevindingen"]
    assert wb["Uitkomsten"]["B2"].value == "Richting"


def test_png_is_written(sample: Programme, tmp_path: Path) -> None:
    out = ohtrack.export(model_map(sample), tmp_path / "map.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    empty = ohtrack.export(model_map(programme([])), tmp_path / "empty.png")
    assert empty.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_heatmap_shows_the_busiest_units_when_there_are_many(sample: Programme,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from ohtrack.figures import modelmap as figure

    monkeypatch.setattr(figure, "MAX_ROWS", 2)
    texts = figure.heatmap_figure(model_map(sample)).texts()
    # Planning has no initiative: not a row of zeros but named under the title
    assert texts[1].endswith("the 2 units with most initiatives, of 3")
    assert texts[2] == "Not shown, without initiatives: Planning"
    shown = [x for x in texts if x in {name for _id, name in UNITS}]
    assert shown == ["Warehouse", "Production"]  # the two busiest, in the map's order
    at = texts.index("Production")  # its row: I5's leadership and motivation, and I2's practice
    assert texts[at + 1:at + 10] == ["0", "1", "0", "0", "0", "0", "1", "0", "1"]


def test_heatmap_of_one_busy_unit_names_the_others_and_keeps_its_scale_readable() -> None:
    from ohtrack.figures.modelmap import heatmap_figure

    mm = model_map(programme([{"id": "I1", "unit": "U1", "outcomes": ["Direction"]}], UNITS))
    chart = heatmap_figure(mm)
    texts = chart.texts()
    assert texts[1] == "Not shown, 2 units without initiatives: Production and Planning"
    assert "Warehouse" in texts and "Production" not in texts[2:]
    assert chart.height > 200  # one row of 45 px, the scale beside it at least 120 px tall


def test_heatmap_of_initiatives_none_on_the_model_says_so() -> None:
    """Not "no initiatives to show": there are initiatives, none on the model yet."""
    from ohtrack.figures.modelmap import heatmap_figure

    mm = model_map(programme([{"id": "I1", "unit": "U1"}, {"id": "I2", "unit": "U2"}], UNITS))
    assert "None of the 2 initiatives is on the model yet" in heatmap_figure(mm).texts()
    assert "No initiatives to show" in heatmap_figure(model_map(programme([]))).texts()


def test_the_map_writes_counts_with_thousands_marks() -> None:
    """1,253 initiatives in English, 1.253 in Dutch, in the summary line and the "more" count."""
    from ohtrack.analysis.model_map_text import to_text

    inits = [Initiative(id=f"I{i}", title=f"t{i}") for i in range(1253)]
    p = Programme(info=ProgrammeInfo(name="P", language="nl"), initiatives=inits)
    mm = ohtrack.model_map(p)
    nl = to_text(mm, "nl")
    assert "1.253 verbetertrajecten, 0 op het model, 1.253 niet op het model" in nl
    assert "I0, I1, I2, I3, I4 en nog 1.248" in nl
    assert "1,253 initiatives, 0 on the model, 1,253 not on the model" in to_text(mm, "en")
    on = Programme(info=ProgrammeInfo(name="P", language="nl"),
                   initiatives=[Initiative(id=f"I{i}", title=f"t{i}", outcomes=["direction"])
                                for i in range(1253)])
    row = next(line for line in to_text(ohtrack.model_map(on), "nl").splitlines() if "Richting" in line)
    assert row.split()[:3] == ["1", "Richting", "1.253"]


def test_no_balance_line_without_initiatives_on_the_model() -> None:
    """An imported list none of which is on the model yet: the text says so in its findings
    and explains no balance it has not got."""
    p = Programme(info=ProgrammeInfo(name="P", language="en"),
                  initiatives=[Initiative(id="I1", title="Portal"), Initiative(id="I2", title="CRM")])
    text = model_map(p).to_text("en")
    assert "Balance:" not in text and "Pielou" not in text
    assert "No initiative is on the model yet" in text
    p.initiatives[0].outcomes = ["Direction"]
    assert "Balance: 0.00 (Pielou's evenness" in model_map(p).to_text("en")
