import pytest

from ohtrack.text import name_key, split_multi


def test_name_key_ignores_case_accents_and_separators() -> None:
    assert name_key(" Baseline-Year ") == name_key("baseline_year") == "baseline year"
    assert name_key("Coördinatie en beheersing") == name_key("coordinatie en beheersing")
    assert name_key("Culture & climate") == name_key("culture and climate")


def test_name_key_keeps_letters_that_are_not_latin() -> None:
    assert name_key("€") != name_key("中文")
    assert name_key("中文") == "中文"
    assert name_key("ØRE") == "øre"


def test_split_multi() -> None:
    assert split_multi("P001; P007 | P009;;") == ["P001", "P007", "P009"]
    assert split_multi(None) == []


@pytest.mark.parametrize(("text", "limit", "out"), [
    ("kort", 80, "kort"),
    ("Het algoritme is in productie en het gebruik zit in een pilotfase.", 30,
     "Het algoritme is in productie…"),
    ("Het algoritme is in productie, en meer", 31, "Het algoritme is in productie…"),  # no comma left
    ("a  b\n c", 80, "a b c"),  # one line
    ("x" * 100, 10, "xxxxxxxxx…"),  # one long word: cut inside it
    ("precies tien", 12, "precies tien"),
])
def test_clip_cuts_after_a_whole_word(text: str, limit: int, out: str) -> None:
    from ohtrack.text import clip

    assert clip(text, limit) == out
    assert len(clip(text, limit)) <= limit
