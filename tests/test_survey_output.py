"""Readable survey output (issue 12.6): the per-outcome summary and a figure of every wave."""

from __future__ import annotations

from pathlib import Path

import ohtrack
from ohtrack.analysis.survey_text import arrow
from tests.test_cli_survey import book


def test_summary_has_n_mean_favourable_change_with_effect_size_and_arrow(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(book(tmp_path / "s.xlsx")), lang="nl")
    text = report.to_text()
    lines = text.splitlines()
    head = lines.index("Per uitkomst, hele organisatie, meting 2023 (verandering sinds meting 2021; "
                       "↑ ↓ vanaf |g| 0,2, een klein effect)")
    direction = next(line for line in lines[head:] if line.startswith("Direction"))
    # Q1, 22 people: 2021 A 2 (4×), B 3 (8×), C 4 (10×): mean 72/22; 2023 A 3, B 4, C 4: 84/22.
    # favourable (4 or 5): 18 of 22 = 82%. Change 12/22 = 0,55. Pooled SD from the sums of
    # squares 12,364 and 3,273 over 42: 0,610; d = 0,894; g = d × (1 - 3/167) = 0,88.
    assert direction.split() == ["Direction", "22", "3,82", "82%", "↑", "+0,55", "+0,88"]
    english = report.to_text("en")
    assert next(line for line in english.splitlines() if line.startswith("Direction  ")).split() == [
        "Direction", "22", "3.82", "82%", "↑", "+0.55", "+0.88"]


def test_alpha_is_shown_per_outcome() -> None:
    import pandas as pd

    from ohtrack.analysis.survey import build_report
    from ohtrack.analysis.survey_text import summary_lines
    from ohtrack.surveys.scoring import score_frame

    # two items, six people: x = 1..5,3 and y = x (perfectly consistent): alpha = 1
    frame = pd.DataFrame({"unit": "T", "x": [1.0, 2, 3, 4, 5, 3], "y": [1.0, 2, 3, 4, 5, 3]})
    items = pd.DataFrame({"item": ["x", "y"], "outcome": "O", "min": 1.0, "max": 5.0})
    report = build_report(score_frame(frame, items), None, "nl")
    row = summary_lines(report, "nl")[1].splitlines()[-1].split()
    assert row == ["O", "6", "3,00", "33%", "1,00"]  # no change with one wave


def test_arrows_follow_the_effect_size() -> None:
    assert [arrow(0.3, 0.5), arrow(-0.3, -0.5), arrow(0.1, 0.1), arrow(None, None)] == ["↑", "↓", "→", ""]


def test_the_figure_shows_every_wave(tmp_path: Path) -> None:
    report = ohtrack.survey(ohtrack.load_survey(book(tmp_path / "s.xlsx")), lang="nl")
    texts = report.figure().texts()
    assert texts[0].startswith("Gemiddelde score per eenheid en uitkomst, elke meting")
    assert [x for x in texts if x.startswith("Meting ")] == ["Meting 2021", "Meting 2023"]
    assert texts[-1] == "Gemiddelde"  # the colour scale, one for both
    one = report.figure("2021").texts()
    assert one[0].startswith("Gemiddelde score per eenheid")
    assert not [x for x in one if x.startswith("Meting ")]


def test_the_figure_marks_every_suppressed_cell_and_numbers_none() -> None:
    from tests.conftest import SAMPLES

    report = ohtrack.survey(ohtrack.load_survey(SAMPLES / "gemeente-pitstop-enquete.xlsx"),
                            programme=ohtrack.load(SAMPLES / "gemeente-pitstop-managers.xlsx"),
                            lang="nl")
    grids = [report.heatmap(w) for w in report.waves]
    hidden = sum(h for hm in grids for row in hm.hidden for h in row)
    shown = sum(v is not None and not h for hm in grids
                for values, flags in zip(hm.values, hm.hidden) for v, h in zip(values, flags))
    texts = report.figure().texts()
    assert hidden and texts.count("afg.") == hidden  # the cells' marks (the key is one text)
    numbers = [x for x in texts if x[:1].isdigit() and "," in x]  # means as written: 3,45
    ticks = [x for x in texts if x in {"1", "2", "3", "4", "5"}]
    assert len(numbers) == shown and ticks == ["1", "2", "3", "4", "5"]
    # the title's second line says what the hatched cells are (its "afg." is no cell)
    assert texts[1] == ("afg. = afgeschermd: minder dan 5 respondenten, of een groep die uit de "
                        "andere af te leiden is")
