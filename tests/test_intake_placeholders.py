"""Cells that say "nothing here yet" (``n.v.t.``, ``volgt``, ``TBC``): one vocabulary, read as
empty with a warning in every field that names something; answers worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from ohtrack.intake import import_inventory
from ohtrack.intake.blanks import is_placeholder, placeholders
from ohtrack.intake.content import profile
from ohtrack.intake.dates import DateProblem, read_date
from ohtrack.intake.headers import header_scores
from ohtrack.intake.values import is_no_status


@pytest.mark.parametrize("text", ["n.v.t.", "N.v.t.", " NVT ", "volgt", "Niet bekend.", "TBC", "tbd",
                                  "n.n.b.", "n/a", "N/A", "Nog niet bekend", "Niet van toepassing", "-", "?",
                                  "to be confirmed", "Onbekend"])
def test_placeholders_in_any_case(text: str) -> None:
    assert is_placeholder(text)
    assert placeholders(["A-1", text.strip(), None, "A-2"]) == {text.strip()}  # stripped, as read


@pytest.mark.parametrize("text", ["Gemeente Amsterdam", "Volgt later uit", "A-1", "Nederland", "TBC-7",
                                  "na de zomer", "pm-overleg"])
def test_words_that_are_no_placeholders(text: str) -> None:
    assert not is_placeholder(text)


def test_capitals_that_are_codes_in_a_column_of_codes() -> None:
    """NA, NB, PM in capitals may be a region or someone's initials where a code is wanted."""
    assert is_placeholder("NA") and is_placeholder("n.b.") and is_placeholder("PM")
    assert not is_placeholder("NA", codes=True) and not is_placeholder("NB", codes=True)
    assert is_placeholder("n.b.", codes=True) and is_placeholder("n/a", codes=True)
    assert placeholders(["NB", "n.b.", "NA", "volgt", 12, None], codes=True) == {"n.b.", "volgt"}


def test_dates_and_statuses_read_the_same_words() -> None:
    for word in ("volgt", "Niet bekend.", "n.v.t.", "TBC"):
        with pytest.raises(DateProblem) as e:
            read_date(word)
        assert e.value.code == "no-date"
        assert is_no_status(word)
    with pytest.raises(DateProblem) as e:
        read_date("doorlopend")  # a date's own word: no status word
    assert e.value.code == "no-date"
    assert not is_no_status("doorlopend")


def test_placeholders_in_ids_owners_units_and_participants(tmp_path: Path) -> None:
    src = tmp_path / "acties.csv"
    src.write_text(
        "ID;Actie;Afdeling;Eigenaar;Betrokkenen\n"
        "A1;Werkinstructie herzien;Walserij;Anna de Vries;Bram Jansen; n.v.t.\n"
        "volgt;Veiligheidsronde;n.v.t.;n.v.t.;Bram Jansen\n"
        "volgt;Startoverleg;Walserij;Onbekend;\n"
        "Niet bekend.;Kaizen-week;Onderhoud;Eva Smit;TBC\n", encoding="utf-8")
    r = import_inventory(src)
    ini = r.programme.initiatives
    assert ini[0].id == "A1"
    assert all(i.id.startswith("I-") for i in ini[1:])  # made, not 'volgt-2'
    assert len({i.id for i in ini}) == 4
    assert [i.unit for i in ini] == ["Walserij", None, "Walserij", "Onderhoud"]
    names = {p.id: p.name for p in r.programme.people}
    assert sorted(names.values()) == ["Anna de Vries", "Bram Jansen", "Eva Smit"]
    assert [names.get(i.owner) if i.owner else None for i in ini] == [
        "Anna de Vries", None, None, "Eva Smit"]
    assert [[names[p] for p in i.participants] for i in ini] == [
        ["Bram Jansen"], ["Bram Jansen"], [], []]
    found = {(p.code, p.params.get("value"), p.params.get("rows")) for p in r.problems}
    assert ("id-placeholder", "volgt", 2) in found and ("id-placeholder", "Niet bekend.", 1) in found
    assert ("placeholder", "n.v.t.", 1) in found and ("placeholder", "Onbekend", 1) in found
    assert ("placeholder", "TBC", 1) in found
    assert not any(p.code == "id-duplicate" for p in r.problems)
    texts = r.problem_texts("nl")
    assert any("ID 'volgt' zegt dat er nog geen ID is" in t and "rij 3" in t for t in texts), texts


def test_an_id_column_of_distinct_ids_is_kept_as_written(tmp_path: Path) -> None:
    """Each ID once: nothing repeats, so even 'TBC' names its one row."""
    src = tmp_path / "lijst.csv"
    src.write_text("ID,Title\nA1,One\nTBC,Two\n", encoding="utf-8")
    assert [i.id for i in import_inventory(src).programme.initiatives] == ["A1", "TBC"]


def test_a_preposition_names_a_date_column_only_alone_or_beside_a_word_of_time() -> None:
    assert header_scores("URL van de bronregistratie") == {}
    assert header_scores("Naam van de eigenaar").get("start") is None
    assert header_scores("Van").get("start") and header_scores("Tot").get("end")
    assert header_scores("Date from").get("start") and header_scores("Gepland tot").get("end")
    assert header_scores("Gereed per") == {"end": 1.0} and header_scores("Due by") == {"end": 1.0}


def test_an_organisation_is_no_person() -> None:
    assert profile(["Gemeente Amsterdam", "Ministerie Financiën", "Provincie Zuid-Holland"]).kind != "person"
    assert profile(["Anna de Vries", "Bram Jansen", "Eva Smit"]).kind == "person"


@pytest.mark.parametrize(("text", "person"), [
    ("Anna de Vries", True), ("A.B. Jansen", True), ("info@rvig.nl", True), ("AdV", True),
    ("Prof. dr. ir. Jan van den Berg", True), ("Prof. dr. ir. Jan Willem van den Berg", True),
    ("Mail naar info@rvo.nl", False), ("Zie intranet: team Veiligheid", False),
    ("https://duurzaam010.nl/contact/", False), ("www.rvo.nl", False), ("14 010", False),
    ("+31 (0)20 555 1234", False),
    ("Voor vragen en opmerkingen kan je terecht bij: digitaalzuidholland@pzh.nl", False),
])
def test_what_can_name_a_person(text: str, person: bool) -> None:
    from ohtrack.intake.entities import names_someone

    assert names_someone(text) is person


def test_an_owner_that_names_nobody_is_kept_as_written_not_made_a_person(tmp_path: Path) -> None:
    src = tmp_path / "register.csv"
    src.write_text(
        "Naam,Eigenaar\n"
        "Parkeercontrole,parkeerdata@amsterdam.nl\n"
        "Aardgasvrij,https://duurzaam010.nl/contact/\n"
        "Heronderzoek,14 010\n"
        "Toeslagen,https://duurzaam010.nl/contact/\n", encoding="utf-8")
    r = import_inventory(src)
    # an address names a mailbox: its part before the @ is the name, the address its e-mail
    assert [(p.name, p.email) for p in r.programme.people] == [("parkeerdata", "parkeerdata@amsterdam.nl")]
    ini = r.programme.initiatives
    assert [i.owner is not None for i in ini] == [True, False, False, False]
    assert [i.extra["Eigenaar (source)"] for i in ini] == [
        "parkeerdata@amsterdam.nl", "https://duurzaam010.nl/contact/", "14 010",
        "https://duurzaam010.nl/contact/"]
    odd = [(p.code, p.row, p.params["rows"]) for p in r.problems if p.code == "not-a-person"]
    assert odd == [("not-a-person", 3, 2), ("not-a-person", 4, 1)]
    assert r.counts.values_empty == 3
    again = import_inventory(src)  # next month's copy: the same person, the same ID
    assert [p.id for p in again.programme.people] == [p.id for p in r.programme.people]


def test_near_names_are_not_near_for_a_shared_function_word() -> None:
    """rapidfuzz on the names without "en", "and", "van" …: "Veiligheid en handhaving" was 86
    near "Relaties met overheid en samenleving" for the "en" alone."""
    from ohtrack.frameworks import get
    from ohtrack.index import suggest
    from ohtrack.intake.values import model_suggestions, theme_proposal
    from ohtrack.text import fuzzy_key

    fw = get("ohi-2011")
    assert fuzzy_key("Culture & climate") == fuzzy_key("culture and climate") == "culture climate"
    assert fuzzy_key("en") == "en"  # a name of function words alone is kept
    assert all(score < 70 for _k, _n, score in model_suggestions(fw, "Veiligheid en handhaving"))
    assert theme_proposal(fw, "Cultuur", "nl")[0] == "Cultuur en klimaat"
    assert theme_proposal(fw, "Culture & climate", "en")[0] == "Culture and climate"
    assert model_suggestions(fw, "Coördinatie", lang="nl")[0][1] == "Coördinatie en beheersing"
    assert suggest("Veiligheid en handhaving", ["Relaties met overheid en samenleving"]) is None
    assert suggest("Cultuur en klimat", ["Cultuur en klimaat", "Richting"]) == "Cultuur en klimaat"


def test_a_dutch_mapping_file_suggests_dutch_names(tmp_path: Path) -> None:
    from ohtrack.intake import Mapping

    src = tmp_path / "acties.csv"
    src.write_text("Actie;Afdeling;Thema\nA;Productie;Cultuur en leren\nB;Logistiek;Veiligheid\n",
                   encoding="utf-8")
    text = Mapping.suggest(src).to_toml("nl")
    themes = text.split("[themes]", 1)[1]
    assert "het dichtst bij" in themes
    assert "Culture" not in themes and "Innovation" not in themes  # Dutch names only


def test_a_theme_far_from_every_name_gets_no_hint_of_noise(tmp_path: Path) -> None:
    from ohtrack.intake import Mapping

    src = tmp_path / "acties.csv"
    src.write_text("Actie;Afdeling;Thema\nA;Productie;Infrastructuur\nB;Logistiek;Cultuur en sfeer\n",
                   encoding="utf-8")
    themes = Mapping.suggest(src).to_toml("nl").split("[themes]", 1)[1]
    line = next(x for x in themes.splitlines() if x.startswith('"Infrastructuur"'))
    assert line.endswith("# geen uitkomst of praktijk van het model ligt dichtbij: noem er een of laat leeg")
    near = next(x for x in themes.splitlines() if x.startswith('"Cultuur en sfeer"'))
    assert "het dichtst bij: 'Cultuur en klimaat'" in near


def test_a_value_held_back_from_publication_is_said_so() -> None:
    """The UK lists' FOI exemptions in date and status cells: no value, and no mistake either."""
    from ohtrack.intake.blanks import withheld

    for text in ("Exempt under Section 43 of the Freedom of Information Act 2000 (Commercial interests).",
                 "Exempted from disclosure under s. 24", "Withheld", "REDACTED", "Niet openbaar",
                 "Vertrouwelijk"):
        assert withheld(text), text
        with pytest.raises(DateProblem) as exc:
            read_date(text)
        assert exc.value.code == "withheld"
    for text in ("Early planning GMPP project", "Section 43 of the plan", "Geheimhouding borgen",
                 "2023-04-01", "Exempt"):
        assert not withheld(text), text


def test_withheld_cells_are_warned_as_withheld(tmp_path: Path) -> None:
    src = tmp_path / "gmpp.csv"
    exempt = "Exempt under Section 43 of the Freedom of Information Act 2000 (Commercial interests)."
    src.write_text("Project,Start date,End date,RAG\n"
                   f"A,1-3-2022,\"{exempt}\",Amber\n"
                   f"B,\"{exempt}\",31-12-2024,\"{exempt}\"\n"
                   "C,1-6-2022,30-6-2023,Red\n", encoding="utf-8")
    r = import_inventory(src)
    codes = sorted((p.code, p.row) for p in r.problems if "withheld" in p.code)
    assert codes == [("date-withheld", 2), ("date-withheld", 3), ("status-withheld", 3)]
    ini = r.programme.initiatives
    assert (ini[0].end, ini[1].start) == (None, None)
    assert not any(p.code in ("date-not-a-date", "status-unknown") for p in r.problems)
