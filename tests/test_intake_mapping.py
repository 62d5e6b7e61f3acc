"""The proposed mapping, the TOML mapping file, and applying an edited one next month."""

from __future__ import annotations

from pathlib import Path

import pytest

from ohtrack.errors import InventoryError
from ohtrack.intake import Mapping, import_inventory

ACTIONS = ("Nr;Actie;Afdeling;Eigenaar;Status;Deadline;Thema;Opmerking\n"
           "A1;Werkoverleg elke ochtend;Productie;Anna de Vries;in uitvoering;1-3-22;Leiderschap;x\n"
           "A2;Magazijn 5S;Logistiek;Bram Bakker;Afgesloten;30.06.22;Cultuur;\n"
           "A3;Ideeënbus;Productie;Anna de Vries;open;n.v.t.;ICT;y\n")


@pytest.fixture
def actions(tmp_path: Path) -> Path:
    p = tmp_path / "acties.csv"
    p.write_text(ACTIONS, encoding="utf-8")
    return p


def test_suggest_a_dutch_action_list(actions: Path) -> None:
    m = Mapping.suggest(actions)
    assert [(c.source, c.target) for c in m.columns] == [
        ("Nr", "id"), ("Actie", "title"), ("Afdeling", "unit"), ("Eigenaar", "owner"),
        ("Status", "status"), ("Deadline", "end"), ("Thema", "theme"), ("Opmerking", "custom")]
    assert m.target("Eigenaar").confidence == 1.0  # type: ignore[union-attr]
    assert m.target("Eigenaar").kind == "person"  # type: ignore[union-attr]
    assert m.status == {"in uitvoering": "active", "Afgesloten": "done", "open": "planned"}
    # Leiderschap and Cultuur are OHI outcomes in Dutch, named in the mapping's language; ICT is none
    assert m.themes == {"Leiderschap": "Leiderschap", "Cultuur": "Cultuur en klimaat", "ICT": ""}
    assert m.language == "nl"
    r = import_inventory(actions)  # the Dutch names read back as the model's outcomes
    assert [i.outcomes for i in r.programme.initiatives] == [["Leadership"], ["Culture and climate"], []]


def test_the_mapping_file_round_trips(actions: Path, tmp_path: Path) -> None:
    m = Mapping.suggest(actions)
    path = m.save(tmp_path / "acties.mapping.toml")
    back = Mapping.load(path)
    assert [(c.source, c.target) for c in back.columns] == [(c.source, c.target) for c in m.columns]
    assert (back.status, back.themes, back.language, back.model, back.separator) == (
        m.status, m.themes, "nl", "ohi-2011", ";")
    text = path.read_text(encoding="utf-8")  # comments in the list's language: Dutch
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert '"Eigenaar" = "owner" # 1,00 kop; namen van personen' in lines
    assert any(line.startswith('"ICT" = "" # het dichtst bij: ') for line in lines)
    english = {" ".join(line.split()) for line in m.to_toml("en").splitlines()}
    assert '"Eigenaar" = "owner" # 1.00 header; names of people' in english
    assert Mapping.from_toml(m.to_toml("en")).status == back.status


def test_an_edited_mapping_is_applied(actions: Path, tmp_path: Path) -> None:
    text = Mapping.suggest(actions).to_toml()
    text = text.replace('"Opmerking" = "custom"', '"Opmerking" = "description"')
    text = text.replace('"open" = "planned"', '"open" = "idea"')
    path = tmp_path / "edited.toml"
    path.write_text(text, encoding="utf-8")
    r = import_inventory(actions, path)
    a, _b, c = r.programme.initiatives
    assert (a.description, str(c.status)) == ("x", "idea")
    assert a.outcomes == ["Leadership"]
    assert c.extra["Thema"] == "ICT"  # a theme without an outcome is kept as written
    assert r.valid


def test_next_months_copy_with_the_same_mapping(actions: Path, tmp_path: Path) -> None:
    mapping = Mapping.suggest(actions).save(tmp_path / "acties.mapping.toml")
    first = import_inventory(actions, mapping)
    later = tmp_path / "acties-maart.csv"  # rows moved, a column renamed, a new status word
    later.write_text("Nr;Actie;Afdeling;Eigenaar;Status;Einddatum;Thema;Opmerking\n"
                     "A3;Ideeënbus;Productie;Anna de Vries;gereed;1-4-22;ICT;y\n"
                     "A1;Werkoverleg elke ochtend;Productie;Anna de Vries;on hold;1-3-22;"
                     "Leiderschap;x\n", encoding="utf-8")
    r = import_inventory(later, mapping)
    assert [(i.id, str(i.status)) for i in r.programme.initiatives] == [("A3", "done"), ("A1", "stopped")]
    assert [i.end.isoformat() for i in r.programme.initiatives] == ["2022-04-01", "2022-03-01"]  # type: ignore[union-attr]
    codes = [(p.code, p.column) for p in r.problems]
    assert ("column-new", "Einddatum") in codes
    assert ("column-missing", None) in codes
    assert ("status-new", "Status") in codes  # 'gereed' and 'on hold' were not in the file
    anna = {p.name: p.id for p in first.programme.people}["Anna de Vries"]
    assert [p.id for p in r.programme.people] == [anna]  # the same person, the same ID


def test_generated_ids_stay_the_same_when_rows_move(tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    b = tmp_path / "b.csv"
    a.write_text("Project,Department\nLean office,Finance\n5S,HR\nLean office,HR\n", encoding="utf-8")
    b.write_text("Project,Department\n5S,HR\nKaizen,IT\nLean office,HR\nLean office,Finance\n",
                 encoding="utf-8")
    ids_a = {(i.title, i.unit): i.id for i in import_inventory(a).programme.initiatives}
    ids_b = {(i.title, i.unit): i.id for i in import_inventory(b).programme.initiatives}
    assert all(ids_b[k] == v for k, v in ids_a.items())
    assert len(set(ids_b.values())) == 4
    assert all(x.startswith("I-") and len(x) == 10 for x in ids_b.values())


@pytest.mark.parametrize(("text", "needle"), [
    ("[columns]\n\"A\" = \"nonsense\"\n", "unknown target 'nonsense'"),
    ("[status]\n\"x\" = \"finished\"\n", "'finished' is not one of"),
    ("[columns\n", "not a valid TOML mapping file"),
    ("[source]\nheader = 0\n", "header must be a row number"),
])
def test_bad_mapping_files(tmp_path: Path, text: str, needle: str) -> None:
    p = tmp_path / "bad.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InventoryError) as info:
        Mapping.load(p)
    assert needle in str(info.value)
    assert str(info.value).startswith(str(p))


def test_any_header_survives_the_mapping_file(tmp_path: Path) -> None:
    odd = ['Naam "project"', "C:\\pad\\kolom", "Tab\there", "€ budget (k)", "#", "= formule"]
    p = tmp_path / "odd.csv"
    p.write_text(";".join(f'"{h.replace(chr(34), chr(34) * 2)}"' for h in odd) + "\n"
                 + ";".join(["A", "B", "C", "D", "E", "F"]) + "\n", encoding="utf-8")
    m = Mapping.suggest(p)
    assert [c.source for c in m.columns] == [" ".join(h.split()) for h in odd]  # one line each
    back = Mapping.from_toml(m.to_toml())
    assert [(c.source, c.target) for c in back.columns] == [(c.source, c.target) for c in m.columns]


def test_a_goal_column_of_paragraphs_is_kept_not_made_goals(tmp_path: Path) -> None:
    """A 'Doel' of short phrases shared by rows is a goal; a paragraph per row (an algorithm
    register's purpose) is kept as a custom column, not turned into one goal per row."""
    long = "Het doel van dit model is om de doorstroming van het verkeer te verbeteren {0} " * 2
    rows = [f"Model {i};Verkeer;{long.format(i)}" for i in range(6)]
    p = tmp_path / "register.csv"
    p.write_text("Naam;Afdeling;Doel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert Mapping.suggest(p).target("Doel").target == "custom"  # type: ignore[union-attr]
    short = [f"Actie {i};Productie;{'Minder uitval' if i % 2 else 'Veilig werken'}" for i in range(6)]
    q = tmp_path / "acties.csv"
    q.write_text("Actie;Afdeling;Doel\n" + "\n".join(short) + "\n", encoding="utf-8")
    assert Mapping.suggest(q).target("Doel").target == "goal"  # type: ignore[union-attr]


def test_a_priority_column_of_levels_is_no_goal(tmp_path: Path) -> None:
    """"Priority" names a goal in a plan (the UK business plans' priorities), but High / Medium
    / Low rate the work: kept as a custom column."""
    src = tmp_path / "raid.csv"
    src.write_text("Action ID,Description,Owner,Due Date,Priority\n"
                   "A-1,Agree handover template,Priya Patel,31/03/2025,High\n"
                   "A-2,Train supervisors,John Smith,30/04/2025,Medium\n"
                   "A-3,Publish board,John Smith,31/05/2025,Low\n"
                   "A-4,Review KPIs,Priya Patel,30/06/2025,High\n", encoding="utf-8")
    m = Mapping.suggest(src)
    assert m.target("Priority").target == "custom"  # type: ignore[union-attr]
    r = import_inventory(src)
    assert r.programme.goals == [] and r.programme.initiatives[0].extra["Priority"] == "High"
    plan = tmp_path / "plan.csv"  # priorities that are goals: kept as goals
    plan.write_text("Action,Priority\nOpen up data,Make schools accountable\n"
                    "Publish results,Make schools accountable\nCut red tape,Free up business\n",
                    encoding="utf-8")
    assert Mapping.suggest(plan).target("Priority").target == "goal"  # type: ignore[union-attr]
