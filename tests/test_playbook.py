"""The playbook's document model and its sections, built from known programmes."""

from __future__ import annotations

import datetime as dt

import pytest

import ohtrack
from ohtrack.domain import (
    Event,
    EventStatus,
    Goal,
    Group,
    Indicator,
    Initiative,
    Lesson,
    Measurement,
    Membership,
    Person,
    Programme,
    ProgrammeInfo,
    Relation,
    Status,
    Unit,
)
from ohtrack.playbooks import (
    SECTIONS,
    BulletList,
    Figure,
    Heading,
    Note,
    Paragraph,
    Playbook,
    Section,
    Table,
    Tip,
    UnknownSectionError,
    playbook,
    section_id,
    to_markdown,
)
from ohtrack.report import Problem, Report, Severity

#: User text that is markup in every format: it must come out as text.
NASTY = ("<script>alert('x')</script> *ster* _laag_ `code` # kop | pipe [link](http://x.org) "
         "&amp; 🚀 مرحبا بالعالم")
LONG_WORD = "Arbeidsomstandighedenverbeterprogramma" * 8


def rich_programme(lang: str = "nl", nasty: str = NASTY) -> Programme:
    """A programme with something in every section (and user text that is markup)."""
    return Programme(
        info=ProgrammeInfo(
            name="OSF2 verbeterteam", organisation="Staalbedrijf", mission=f"Veilig werken. {nasty}",
            vision="Een lerende fabriek.\nVan hoog tot laag.", baseline_year=2021, impulse_year=2022,
            ambition_year=2025, language=lang, roles={"triad": ["voorman", "jobcoach", "kandidaat"]}),
        units=[Unit(id="U1", name="Sectie A"), Unit(id="U2", name=f"Sectie {LONG_WORD}")],
        people=[Person(id="P1", name="Anna de Vries", role="voorman", unit="U1"),
                Person(id="P2", name="Bram Bakker", role="jobcoach", unit="U2"),
                Person(id="P3", name="Chris Claes", role="voorman", unit="U1")],
        goals=[Goal(id="G1", title="Concernplan 2025", level="corporate"),
               Goal(id="G2", title="Locatieplan OSF2", level="site", parent="G1"),
               Goal(id="G3", title="Jaarplan 2022", level="year", parent="G2", owner="P1",
                    outcomes=["Direction"])],
        initiatives=[
            Initiative(id="I1", title=f"Dagstart {nasty}", unit="U1", owner="P1", status=Status.EMBEDDED,
                       outcomes=["Direction"], goal="G3", start=dt.date(2022, 1, 10)),
            Initiative(id="I2", title="Werkoverleg", unit="U2", owner="P2", status=Status.ACTIVE,
                       practices=["Shared vision"], participants=["P2", "P3"]),
            Initiative(id="I3", title="Ideeënbus", status=Status.IDEA),
            Initiative(id="I4", title="Veiligheidsronde", unit="U1", owner="P3", status=Status.EMBEDDED,
                       outcomes=["Leadership"]),
        ],
        relations=[Relation(source="P1", target="P2", type="coaches")],
        groups=[Group(id="D1", type="triad", members=[Membership(person="P1", role="voorman"),
                                                       Membership(person="P2", role="jobcoach")])],
        events=[
            Event(id="E1", title="Leercirkel 1", type="learning_circle", group="D1", date=dt.date(2022, 3, 1),
                  status=EventStatus.HELD, facilitator="Anna de Vries", attendees=["P1", "P2"]),
            Event(id="E2", title="Leercirkel 2", type="learning_circle", group="D1", date=dt.date(2022, 4, 1),
                  status=EventStatus.HELD, facilitator="Anna de Vries", attendees=["P1", "P2"]),
            Event(id="E3", title="Leercirkel 3", type="learning_circle", group="D1", date=dt.date(2030, 5, 1),
                  status=EventStatus.PLANNED),
        ],
        indicators=[Indicator(id="K1", name="Verzuim", scale="%", direction="lower", outcome="Motivation",
                              baseline=6.5, impulse=5.5, ambition=4.0)],
        measurements=[Measurement(indicator="K1", date=dt.date(2022, 6, 1), value=5.8),
                      Measurement(indicator="K1", date=dt.date(2021, 6, 1), value=6.4)],
        lessons=[
            Lesson(id="L1", date=dt.date(2022, 4, 1), initiative="I1", author="P1",
                   observation=f"Zien {nasty}", meaning="Het zegt iets", action="We doen iets",
                   tip=f"Begin klein {nasty}", outcome="Direction"),
            Lesson(id="L2", date=dt.date(2022, 2, 1), initiative="I4", author="P3", observation="Ronde werkt",
                   meaning="Zichtbaar leiderschap", action="Elke week"),
            Lesson(id="L3", initiative="I3", observation="Geen ideeën", meaning="Drempel",
                   action="Laagdrempelig"),
        ],
    )


def minimal_programme() -> Programme:
    return Programme(info=ProgrammeInfo(name="Klein", language="en"),
                     initiatives=[Initiative(id="I1", title="Daily start", outcomes=["Direction"])])


@pytest.fixture(scope="module")
def book_en() -> Playbook:
    """The rich programme's playbook in English, built once for the read-only tests."""
    return playbook(rich_programme(lang="en"))


def texts(section: Section) -> list[str]:
    """Every piece of text in a section, flattened."""
    out: list[str] = []
    for b in section.blocks:
        if isinstance(b, (Paragraph, Heading, Tip)):
            out.append(b.text)
        elif isinstance(b, Table):
            out += b.headers + [c for row in b.rows for c in row]
        elif isinstance(b, BulletList):
            stack = list(b.items)
            while stack:
                it = stack.pop(0)
                out.append(it.text)
                stack += it.children
    return out


def test_all_sections_in_order_with_dutch_titles() -> None:
    book = playbook(rich_programme())
    assert book.ids == [s for s in SECTIONS if s != "learning"]  # the programme has no learning routes
    assert [(o.id, o.note) for o in book.omitted] == [("learning", "Geen leerroutes vastgelegd.")]
    assert book.lang == "nl"
    assert book.title == "Draaiboek: OSF2 verbeterteam"
    assert book.subtitle == "Staalbedrijf"
    assert [s.title for s in book.sections] == [
        "Samenvatting", "Missie en visie", "Doelen", "Waar we staan op het gezondheidsmodel", "De aanpak",
        "Mensen en netwerk", "Wat we geleerd hebben", "Indicatoren en resultaten", "Borging",
        "Aan de slag: volgende stappen voor de volgende sectie", "Bijlage"]
    assert [s.id for s in book.sections if s.new_page] == ["mission", "appendix"]


def test_language_defaults_to_the_workbook_and_can_be_overridden() -> None:
    assert playbook(rich_programme(lang="en")).section("lessons").title == "What we learned"
    assert playbook(rich_programme(lang="en"), lang="nl").section("lessons").title == "Wat we geleerd hebben"
    assert playbook(rich_programme(), lang="EN").lang == "en"


def test_empty_sections_are_left_out_with_a_note_in_the_appendix() -> None:
    book = playbook(minimal_programme())
    assert book.ids == ["summary", "model", "approach", "next_steps", "appendix"]
    assert [(o.id, o.note) for o in book.omitted] == [
        ("mission", "No mission or vision recorded."),
        ("goals", "No goals recorded."),
        ("people", "No people, groups, learning events or relations recorded."),
        ("learning", "No learning routes recorded."),
        ("lessons", "No lessons recorded."),
        ("indicators", "No indicators recorded."),
        ("embedding", "No initiatives embedded yet and no lasting routines recorded."),
    ]
    appendix = texts(book.section("appendix"))
    assert "Sections left out" in appendix
    assert "What we learned: No lessons recorded." in appendix
    nl = playbook(minimal_programme(), lang="nl")
    assert "Wat we geleerd hebben: Geen leerervaringen vastgelegd." in texts(nl.section("appendix"))
    md = to_markdown(book)
    assert "## What we learned" not in md and "## Appendix" in md


def test_sections_can_be_picked_by_id_or_dutch_name_in_document_order() -> None:
    book = playbook(rich_programme(), sections=["borging", "Mission", "appendix"])
    assert book.ids == ["mission", "embedding", "appendix"]
    assert section_id("Aanpak") == "approach"
    with pytest.raises(UnknownSectionError,
                       match="unknown section 'nope'; choose from: summary, mission, goals"):
        playbook(rich_programme(), sections=["nope"])


def test_developers_reorder_drop_and_add_sections() -> None:
    book = playbook(rich_programme(lang="en"))
    book.drop("people")
    book.move("lessons", 0)
    book.sections.append(Section("extra", "Our own chapter", [Paragraph("Written in Python.")]))
    assert book.ids == ["lessons", "summary", "mission", "goals", "model", "approach", "indicators",
                        "embedding", "next_steps", "appendix", "extra"]
    md = to_markdown(book)
    titles = ("What we learned", "Mission and vision", "Our own chapter")
    positions = [md.index(f"\n## {t}\n") for t in titles]
    assert positions == sorted(positions)
    assert "\n## People and network\n" not in md
    assert "Written in Python." in md


def test_mission_section() -> None:
    s = playbook(rich_programme(), as_of=dt.date(2023, 5, 1)).section("mission")
    assert [(b.label, b.text) for b in s.blocks if isinstance(b, Paragraph)] == [
        ("Missie", f"Veilig werken. {NASTY}"),
        ("Visie", "Een lerende fabriek.\nVan hoog tot laag."),
        (None, "Nulmeting 2021, impuls 2022, ambitie 2025. Op de rapportdatum is het impulsjaar "
               "voorbij; het programma werkt naar de ambitie van 2025."),
    ]


@pytest.mark.parametrize(("as_of", "said"), [
    (dt.date(2022, 12, 31), "On the report date the programme works towards the impulse of 2022."),
    (dt.date(2025, 12, 31), "On the report date the impulse year is past; the programme works "
                            "towards the ambition of 2025."),
    (dt.date(2026, 1, 1), "On the report date the ambition year (2025) is past too."),
])
def test_the_years_are_told_as_they_stand_on_the_report_date(as_of: dt.date, said: str) -> None:
    """On 4 December 2026 a 2023 impulse is no "next push": a year's target holds to 31 December."""
    s = playbook(rich_programme(lang="en"), as_of=as_of).section("mission")
    assert s.blocks[-1].text == f"Baseline 2021, impulse 2022, ambition 2025. {said}"  # type: ignore[union-attr]


def test_goals_are_a_tree_from_corporate_plan_to_year_plan(book_en: Playbook) -> None:
    s = book_en.section("goals")
    tree = next(b for b in s.blocks if isinstance(b, BulletList))
    assert len(tree.items) == 1
    top = tree.items[0]
    assert top.text == "Corporate: Concernplan 2025"
    assert top.children[0].text == "Site: Locatieplan OSF2"
    assert top.children[0].children[0].text == (
        "Year plan: Jaarplan 2022 (owner: Anna de Vries; outcomes: Direction; 1 initiative)")


def test_goal_cycles_do_not_loop() -> None:
    p = minimal_programme()
    p.goals = [Goal(id="A", title="A", parent="B"), Goal(id="B", title="B", parent="A")]
    tree = next(b for b in playbook(p).section("goals").blocks if isinstance(b, BulletList))
    assert [it.text for it in tree.items] == ["A"]
    assert [it.text for it in tree.items[0].children] == ["B"]


def test_model_section_uses_the_model_map(book_en: Playbook) -> None:
    s = book_en.section("model")
    table = next(b for b in s.blocks if isinstance(b, Table))
    assert table.headers == ["Outcome", "Initiatives", "Practices touched"]
    assert table.rows[:2] == [["Direction", "2", "1/3"], ["Leadership", "1", "0/4"]]
    figure = next(b for b in s.blocks if isinstance(b, Figure))
    assert figure.png.startswith(b"\x89PNG\r\n\x1a\n")
    gaps_at = next(i for i, b in enumerate(s.blocks) if isinstance(b, Heading))
    gaps = s.blocks[gaps_at + 1]
    assert isinstance(gaps, BulletList)
    assert [it.text for it in gaps.items] == ["Culture and climate", "Accountability",
                                              "Coordination and control", "Capabilities", "Motivation",
                                              "External orientation", "Innovation and learning"]
    # the balance in words in the body, its formula only in the appendix
    assert ("Balance over the outcomes: 0.29 (0 = all on one outcome, 1 = spread evenly; "
            "see the appendix).") in texts(s)
    assert not any("Pielou" in t for t in texts(s))
    assert any(t.startswith("Balance is Pielou's evenness J = H / ln(K)")
               for t in texts(book_en.section("appendix")))


def test_approach_groups_initiatives_by_outcome() -> None:
    p = rich_programme(lang="en")
    p.initiatives[0].description = "Every morning ten minutes."
    p.initiatives[0].impact = "Fewer incidents"
    p.initiatives[1].outcomes = ["Direction", "Leadership"]
    p.initiatives[1].end = dt.date(2024, 3, 31)  # active after its end date
    s = playbook(p, as_of=dt.date(2024, 6, 1)).section("approach")
    assert texts(s)[0] == "4 initiatives on 1 June 2024: 1 idea, 1 active, 2 embedded."
    assert isinstance(s.blocks[2], Figure)  # the timeline, after the findings note
    assert s.blocks[2].caption == "The initiatives over time, by unit and status"
    outcomes = [b.text for b in s.blocks if isinstance(b, Heading) and b.level == 2]
    assert outcomes == ["Direction", "Leadership", "Not plotted on the model"]
    # each initiative once, under its first outcome, in workbook order
    titles = [b.text for b in s.blocks if isinstance(b, Heading) and b.level == 3]
    assert titles == [f"Dagstart {NASTY}", "Werkoverleg", "Veiligheidsronde", "Ideeënbus"]
    at = s.blocks.index(next(b for b in s.blocks if isinstance(b, Heading) and b.text == titles[0]))
    assert [(type(b).__name__, getattr(b, "label", None), b.text) for b in s.blocks[at + 1:at + 4]] == [
        ("Paragraph", None, "Every morning ten minutes."),
        ("Paragraph", "Impact", "Fewer incidents"),
        ("Note", None, "Sectie A · owner: Anna de Vries · embedded · 2022-01-10 –"),
    ]
    notes = [b.text for b in s.blocks if isinstance(b, Note)]
    assert (f"Sectie {LONG_WORD} · owner: Bram Bakker · active (past its end date) · – 2024-03-31 · "
            "also: Leadership") in notes
    assert notes[-1] == "idea"  # no unit, owner or period: only the status


def test_approach_tables_leave_out_a_column_no_initiative_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    from ohtrack.playbooks.sections import approach

    monkeypatch.setattr(approach, "MAX_DESCRIBED", 3)
    p = rich_programme(lang="en")
    for i in p.initiatives:
        i.start = i.end = i.owner = None
    s = playbook(p, as_of=dt.date(2024, 6, 1)).section("approach")
    tables = [b for b in s.blocks if isinstance(b, Table)]
    assert {tuple(t.headers) for t in tables} == {("Title", "Unit", "Status")}  # the same in each
    assert tables[-1].rows == [["Ideeënbus", "", "idea"]]


def test_approach_without_any_date_says_so_instead_of_an_empty_timeline() -> None:
    p = rich_programme(lang="en")
    for i in p.initiatives:
        i.start = i.end = None
    s = playbook(p, as_of=dt.date(2024, 6, 1)).section("approach")
    assert not any(isinstance(b, Figure) for b in s.blocks)
    assert "No initiative has a start or end date." in [b.text for b in s.blocks if isinstance(b, Note)]


def test_approach_is_one_table_per_outcome_above_a_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from ohtrack.playbooks.sections import approach

    monkeypatch.setattr(approach, "MAX_DESCRIBED", 3)
    s = playbook(rich_programme(lang="en"), as_of=dt.date(2024, 6, 1)).section("approach")
    tables = [b for b in s.blocks if isinstance(b, Table)]
    assert [b.text for b in s.blocks if isinstance(b, Heading)] == [
        "Direction", "Leadership", "Not plotted on the model"]
    assert tables[0].headers == ["Title", "Unit", "Owner", "Status", "Period"]
    assert tables[0].rows == [[f"Dagstart {NASTY}", "Sectie A", "Anna de Vries", "embedded", "2022-01-10 –"],
                              ["Werkoverleg", f"Sectie {LONG_WORD}", "Bram Bakker", "active", ""]]
    assert tables[2].rows == [["Ideeënbus", "", "", "idea", ""]]


def test_people_are_counted_per_role_never_listed(book_en: Playbook) -> None:
    s = book_en.section("people")
    tables = [b for b in s.blocks if isinstance(b, Table)]
    assert "3 people in 2 units." in texts(s)
    assert tables[0].headers == ["Role", "Number"]
    assert tables[0].rows == [["voorman", "2"], ["jobcoach", "1"]]
    assert tables[1].headers == ["Group", "Type", "Members", "Missing roles"]
    assert tables[1].rows == [["D1", "triad", "2", "kandidaat"]]
    # events summarised per type and group, not listed one by one
    assert "2 held, 1 planned." in texts(s)  # none cancelled: not said
    assert "Learning circle: 2 of 3 held" in texts(s)
    assert tables[2].rows == [["learning circle", "D1", "2", "3"]]
    assert "Leercirkel 1" not in texts(s)
    assert tables[3].rows == [["Sectie A", f"Sectie {LONG_WORD}", "2"]]
    assert any(b.caption == "Ties between units (circle: people in the unit)"
               for b in s.blocks if isinstance(b, Figure))
    assert [b.text for b in s.blocks if isinstance(b, Heading)][-1] == "The network"


def test_people_tables_stay_short_in_big_programmes() -> None:
    from ohtrack.playbooks.sections.people import MAX_PAIRS

    p = rich_programme(lang="en")
    p.units = [Unit(id=f"U{i}", name=f"Team {i:02d}") for i in range(1, 14)]
    p.people = [Person(id=f"P{i}", name=f"Persoon {i}", role="voorman", unit=f"U{i}") for i in range(1, 14)]
    p.relations = [Relation(source=f"P{i}", target=f"P{j}") for i in range(1, 14) for j in range(i + 1, 14)]
    p.groups, p.events, p.lessons, p.initiatives = [], [], [], []
    s = playbook(p).section("people")
    pairs = [b for b in s.blocks if isinstance(b, Table)][-1]
    assert len(pairs.rows) == MAX_PAIRS == 10
    assert pairs.caption == "The 10 of 78 unit pairs with most ties"
    findings = [b for b in s.blocks if isinstance(b, BulletList)][-1]
    assert 0 < len(findings.items) <= 8


def test_lessons_grouped_by_outcome_with_tips(book_en: Playbook) -> None:
    s = book_en.section("lessons")
    assert [b.text for b in s.blocks if isinstance(b, Heading)] == ["Direction", "Leadership", "General"]
    first = s.blocks[2]
    assert isinstance(first, Table)
    assert first.headers == ["Date", "What we see", "What it says", "What we do with it", "By"]
    assert first.rows == [["2022-04-01", f"Zien {NASTY}", "Het zegt iets", "We doen iets", "Anna de Vries"]]
    tip = s.blocks[3]
    assert isinstance(tip, Tip)
    assert (tip.text, tip.source) == (f"Begin klein {NASTY}", f"Dagstart {NASTY}")


def test_indicators_from_baseline_to_ambition(book_en: Playbook) -> None:
    s = book_en.section("indicators")
    table = next(b for b in s.blocks if isinstance(b, Table))
    assert table.headers == ["Indicator", "Unit", "Baseline → impulse → ambition (2021 → 2022 → 2025)",
                             "Latest value", "Progress", "Status"]
    # The ambition year 2025 has passed (the playbook describes today): judged on 5.8, the last
    # value by 31 Dec 2025, against 4: missed; progress (5.8 - 6.5) / (4 - 6.5) = 0.28.
    assert table.rows == [["Verzuim [%] (Motivation)", "", "6.5 → 5.5 → 4 (lower)", "5.8 (2022-06-01)", "28%",
                           "missed, improving"]]
    assert "Where the indicators stand: missed: 1." in texts(s)
    assert "How progress and status are judged: see the appendix." in [b.text for b in s.blocks
                                                                        if isinstance(b, Note)]
    # On 1 July 2022 the path 6.5 (31 Dec 2021) → 5.5 (31 Dec 2022) expects 6.0, and 5.8 is better.
    early = playbook(rich_programme(lang="en"), as_of=dt.date(2022, 7, 1)).section("indicators")
    row = next(b for b in early.blocks if isinstance(b, Table)).rows[0]
    assert row[5] == "on track, improving"


def test_embedding_lists_embedded_initiatives_owners_and_routines(book_en: Playbook) -> None:
    s = book_en.section("embedding")
    tables = [b for b in s.blocks if isinstance(b, Table)]
    assert [r[:4] for r in tables[0].rows] == [["I1", f"Dagstart {NASTY}", "Sectie A", "Anna de Vries"],
                                               ["I4", "Veiligheidsronde", "Sectie A", "Chris Claes"]]
    assert tables[1].rows == [["Anna de Vries", "1", f"Dagstart {NASTY}"],
                              ["Chris Claes", "1", "Veiligheidsronde"]]
    assert tables[2].rows == [["learning circle – D1", "2", "2022-04-01", "2030-05-01", "Anna de Vries"]]


def test_appendix_model_date_and_validation_warnings() -> None:
    report = Report(problems=[Problem(code="unknown-person", message="P9 is not in People",
                                      severity=Severity.WARNING, sheet="Lessons", cell="Lessons!D4")])
    s = playbook(rich_programme(lang="en"), validation=report).section("appendix")
    all_text = texts(s)
    assert "The model: Organizational Health Index (2011)" in all_text
    assert "The data runs to 1 June 2022." in all_text
    table = [b for b in s.blocks if isinstance(b, Table)][-1]
    assert table.rows == [["Lessons!D4", "unknown-person", "P9 is not in People"]]
    clean = playbook(rich_programme(lang="en"), validation=Report()).section("appendix")
    assert "The workbook passed validation without warnings." in texts(clean)


def test_pseudonymise_hides_every_name() -> None:
    p = rich_programme()
    p.initiatives[1].owner = "bram bakker"  # a person written by name, not ID
    p.initiatives[2].owner = "Iemand Extern"  # someone not in People
    book = playbook(p, pseudonymise=True)
    md = to_markdown(book)
    for name in ("Anna de Vries", "Bram Bakker", "Chris Claes"):
        assert name not in md
    aliases = ohtrack.privacy.Pseudonyms([x.id for x in p.people], lang="nl")
    assert aliases.name("P1") in md
    blocks = book.section("approach").blocks
    facts = {b.text: blocks[i + 1].text for i, b in enumerate(blocks)  # title → the note under it
             if isinstance(b, Heading) and b.level == 3 and isinstance(blocks[i + 1], Note)}
    assert f"eigenaar: {aliases.name('P2')}" in facts["Werkoverleg"].split(" · ")
    outsider = ohtrack.privacy.pseudonym("Iemand Extern", lang="nl")
    assert f"eigenaar: {outsider}" in facts["Ideeënbus"].split(" · ")
    assert "Iemand Extern" not in md
    assert "Namen van personen zijn vervangen door pseudoniemen." in md


def test_ohtrack_playbook_is_a_plain_function_whatever_was_imported_first() -> None:
    import subprocess
    import sys
    import types

    code = ("import ohtrack.playbooks.render_md, ohtrack.exports.network, types, ohtrack\n"
            "print(type(ohtrack.playbook) is types.FunctionType, type(ohtrack.export) is types.FunctionType)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
    import ohtrack.playbooks.render_md  # binds ohtrack.playbooks, not ohtrack.playbook

    assert isinstance(ohtrack.playbook, types.FunctionType)
    book = ohtrack.playbook(minimal_programme())
    assert book.ids == ["summary", "model", "approach", "next_steps", "appendix"]


def test_control_characters_are_replaced_visibly() -> None:
    p = minimal_programme()
    p.info.mission = "a\x00b\x1bc\r\nd"
    assert playbook(p).section("mission").blocks[0].text == "a\ufffdb\ufffdc\nd"  # type: ignore[union-attr]


def test_sparse_programme_keeps_sentences_true() -> None:
    p = Programme(info=ProgrammeInfo(name="X", language="en"),
                  people=[Person(id="A", name="Ann"), Person(id="B", name="Bo")],
                  relations=[Relation(source="A", target="B")], indicators=[Indicator(id="K", name="Keys")])
    book = playbook(p)
    assert book.ids == ["summary", "people", "indicators", "appendix"]
    assert "The network: 2 people with 1 tie." in texts(book.section("summary"))  # no units: no share
    people = book.section("people")
    assert "2 people." in texts(people)
    assert "Cross-unit ties" not in texts(people)  # nobody has a unit
    indicators = book.section("indicators")
    assert texts(indicators)[0] == ("From baseline through impulse to ambition "
                                    "(the Programme sheet gives no years).")
    table = next(b for b in indicators.blocks if isinstance(b, Table))
    assert table.headers[2] == "Baseline → impulse → ambition"
    assert table.rows == [["Keys", "", "– → – → – (higher)", "", "", "no data"]]


def test_every_playbook_text_has_dutch_and_english() -> None:
    from ohtrack.i18n.playbook import TEXTS

    assert all(k.startswith("playbook.") for k in TEXTS)
    assert [k for k, v in TEXTS.items() if set(v) != {"en", "nl"} or not all(v.values())] == []
    for sid in SECTIONS:
        assert f"playbook.section.{sid}" in TEXTS
        assert sid == "appendix" or f"playbook.empty.{sid}" in TEXTS


def test_dollar_signs_in_names_are_drawn_as_text() -> None:
    odd = r"Kosten $\frac{$ baten"
    p = Programme(info=ProgrammeInfo(name=odd, language="en", baseline_year=2021, impulse_year=2022,
                                     ambition_year=2025),
                  units=[Unit(id="U1", name=odd)],
                  initiatives=[Initiative(id="I1", title="t", unit="U1", outcomes=["Direction"],
                                           start=dt.date(2022, 1, 1))],
                  indicators=[Indicator(id="K", name=odd, scale="$", baseline=1.0, ambition=2.0)],
                  measurements=[Measurement(indicator="K", date=dt.date(2022, 1, 1), value=1.5)])
    book = playbook(p)
    assert [f.caption for f in book.figures()] == [  # each drawn with the name as text
        "Initiatives per outcome and unit", "The initiatives over time, by unit and status",
        "Each indicator's measurements against its path and targets"]
    assert book.section("indicators").blocks[1].rows[0][0] == f"{odd} [$]"  # type: ignore[union-attr]


def test_a_planned_meeting_whose_date_has_passed_is_no_next_meeting() -> None:
    """On the report date a meeting still 'planned' for an earlier day was not recorded as held:
    neither counted as planned nor shown as the routine's next one."""
    p = rich_programme(lang="en")
    s = playbook(p, as_of=dt.date(2031, 1, 1))
    people = texts(s.section("people"))
    assert "2 held. 1 more was planned before the report date but is not recorded as held." in people
    routines = next(b for b in s.section("embedding").blocks
                    if isinstance(b, Table) and "Next planned" in b.headers)
    assert routines.rows[0][3] == "2030-05-01 (date passed, not recorded as held)"
    ahead = playbook(p, as_of=dt.date(2024, 6, 1))
    routines = next(b for b in ahead.section("embedding").blocks
                    if isinstance(b, Table) and "Next planned" in b.headers)
    assert routines.rows[0][3] == "2030-05-01"


def test_a_meeting_recorded_as_held_for_a_later_day_is_still_planned_on_the_report_date() -> None:
    """E2 says "held" for 1 April 2022; on 15 March 2022 it has not happened yet: one held,
    two planned, and 1 April is the routine's next meeting (as the network analysis reads it)."""
    p = rich_programme(lang="en")
    s = playbook(p, as_of=dt.date(2022, 3, 15))
    people = texts(s.section("people"))
    assert "1 held, 2 planned." in people
    assert "Learning circle: 1 of 3 held" in people
    routines = next(b for b in s.section("embedding").blocks
                    if isinstance(b, Table) and "Next planned" in b.headers)
    assert routines.rows[0][1:4] == ["1", "2022-03-01", "2022-04-01"]
    later = playbook(p, as_of=dt.date(2022, 5, 1))
    assert "2 held, 1 planned." in texts(later.section("people"))


def test_the_verb_of_a_route_agrees_with_the_number_done() -> None:
    """Dutch says "1 van de 10 deelnemers heeft", "12 van de 12 deelnemers hebben"."""
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "samples" / "sociaal-werkbedrijf-driehoek.xlsx"
    p = ohtrack.load(sample)
    stand = texts(playbook(p, as_of=dt.date(2026, 12, 4)).section("summary"))
    assert ("Praktijkleren met een Praktijkverklaring: 1 van de 10 deelnemers heeft de route "
            "afgerond.") in stand
    assert ("Opleidingstraject voorlieden (Werkstap): 12 van de 12 deelnemers hebben de route "
            "afgerond.") in stand
    assert ("9 verbetertrajecten werken aan 8 van de 9 uitkomsten van het model Organizational Health "
            "Index (2011).") in stand  # the model named as a model: "van het model …"
    english = texts(playbook(p, as_of=dt.date(2026, 12, 4), lang="en").section("summary"))
    assert any(s.endswith(": 1 of 10 participants completed the route.") for s in english)
    assert ("9 initiatives work on 8 of the 9 outcomes of the model Organizational Health Index "
            "(2011).") in english
    blended = ohtrack.load(sample.with_name("gemeente-blended-leren.xlsx"))
    stand = texts(playbook(blended, as_of=dt.date(2026, 12, 4)).section("summary"))
    assert "Leergang leidinggevenden: nog geen van de 13 deelnemers heeft de route afgerond." in stand
    english = texts(playbook(blended, as_of=dt.date(2026, 12, 4), lang="en").section("summary"))
    assert ("Leergang leidinggevenden: none of the 13 participants has completed the route "
            "yet.") in english


def test_a_days_work_is_dated_once() -> None:
    """Start 4 Nov 2021 and end the same day: "2021-11-04", not "2021-11-04 – 2021-11-04"."""
    from ohtrack.playbooks.sections import approach

    p = rich_programme(lang="en")
    one = p.initiatives[0]
    one.start = one.end = dt.date(2021, 11, 4)
    s = playbook(p, as_of=dt.date(2024, 6, 1)).section("approach")
    assert len(p.initiatives) < approach.MAX_DESCRIBED  # each described, with its line of facts
    notes = [b.text for b in s.blocks if isinstance(b, Note)]
    assert notes[0] == "Sectie A · owner: Anna de Vries · embedded · 2021-11-04"


def test_groups_are_counted_in_the_plural_and_ties_with_thousands_marks() -> None:
    """50 people, 25 in each of two units, each related to every other: 50·49/2 = 1,225 ties,
    of which 25·25 = 625 cross the units. Three learning groups in the plural; a type with no
    plural known as "groepen (buddy)"."""
    from itertools import combinations

    people = [Person(id=f"P{i}", name=f"Naam {i}", unit="U1" if i <= 25 else "U2") for i in range(1, 51)]
    relations = [Relation(source=a.id, target=b.id, type="advice") for a, b in combinations(people, 2)]
    small = [Group(id=f"G{i}", type="learning_group", members=[Membership(person="P1")]) for i in (1, 2, 3)]
    buddies = [Group(id=f"B{i}", type="buddy", members=[Membership(person="P2")]) for i in (1, 2)]
    triad = Group(id="T1", type="triad", members=[Membership(person="P3")])
    p = Programme(info=ProgrammeInfo(name="Groot", language="nl"),
                  units=[Unit(id="U1", name="Noord"), Unit(id="U2", name="Zuid")], people=people,
                  relations=relations, groups=[*small, *buddies, triad])
    people_text = texts(playbook(p, as_of=dt.date(2026, 12, 4)).section("people"))
    assert "3 leergroepen, 2 groepen (buddy), 1 driehoek." in people_text
    assert any(s.startswith("625 van de 1.225 verbindingen tussen mensen") for s in people_text)
    english = texts(playbook(p, as_of=dt.date(2026, 12, 4), lang="en").section("people"))
    assert "3 learning groups, 2 groups (buddy), 1 triad." in english
    assert any(s.startswith("625 of the 1,225 ties between people") for s in english)


def test_ideas_are_counted_as_nouns() -> None:
    """"idee" is a noun: "2 ideeën", "2 ideas"; the other statuses read as adjectives."""
    p = rich_programme()
    p.initiatives[1].status = Status.IDEA
    s = playbook(p, as_of=dt.date(2024, 6, 1)).section("approach")
    assert texts(s)[0] == "4 verbetertrajecten op 1 juni 2024: 2 ideeën, 2 geborgd."
    p.info.language = "en"
    s = playbook(p, as_of=dt.date(2024, 6, 1), lang="en").section("approach")
    assert texts(s)[0] == "4 initiatives on 1 June 2024: 2 ideas, 2 embedded."


def test_embedded_initiatives_without_outcomes_or_owners_have_no_empty_columns() -> None:
    """An imported register: embedded work, nobody named as owner, nothing on the model yet."""
    p = rich_programme(lang="en")
    for i in p.initiatives:
        i.owner, i.outcomes, i.practices = None, [], []
    table = next(b for b in playbook(p, as_of=dt.date(2024, 6, 1)).section("embedding").blocks
                 if isinstance(b, Table))
    assert table.headers == ["ID", "Title", "Unit"]
    assert [r[0] for r in table.rows] == ["I1", "I4"]


def test_two_people_of_one_name_are_told_apart() -> None:
    """Two mailboxes called "info" own embedded work: two rows in "who owns what", each with
    its ID, not one row of both."""
    p = rich_programme(lang="en")
    p.people += [Person(id="PX", name="info"), Person(id="PY", name="info")]
    embedded = [i for i in p.initiatives if i.status is Status.EMBEDDED]
    embedded[0].owner, embedded[1].owner = "PX", "PY"
    owners = next(b for b in playbook(p, as_of=dt.date(2024, 6, 1)).section("embedding").blocks
              if isinstance(b, Table) and b.headers[0] == "Owner")
    assert sorted(r[0] for r in owners.rows) == ["info (PX)", "info (PY)"]
    assert [r[1] for r in owners.rows] == ["1", "1"]


def test_a_network_without_ties_says_so() -> None:
    p = rich_programme()
    p.relations, p.groups, p.events = [], [], []
    for i in p.initiatives:
        i.participants = []
    stand = texts(playbook(p, as_of=dt.date(2024, 6, 1)).section("summary"))
    assert any(s.startswith("Het netwerk: 3 personen, nog zonder verbindingen") for s in stand), stand


def test_no_one_in_a_protected_role_is_said_plainly() -> None:
    p = rich_programme(lang="en")
    p.people[0].role = "kandidaat"
    appendix = texts(playbook(p, as_of=dt.date(2024, 6, 1)).section("appendix"))
    assert "People in a protected role: 1; they appear under a pseudonym." in appendix
    for person in p.people:
        person.role = "voorman"
    appendix = texts(playbook(p, as_of=dt.date(2024, 6, 1)).section("appendix"))
    assert "People in a protected role: none in this programme." in appendix


def test_a_list_without_statuses_has_no_status_column(monkeypatch: pytest.MonkeyPatch) -> None:
    from ohtrack.playbooks.sections import approach

    p = rich_programme(lang="en")
    for i in p.initiatives:
        i.status = None
    monkeypatch.setattr(approach, "MAX_DESCRIBED", 1)  # tables, as for a long imported list
    tables = [b for b in playbook(p, as_of=dt.date(2024, 6, 1)).section("approach").blocks
              if isinstance(b, Table)]
    assert tables and all("Status" not in t.headers for t in tables)


def test_credentials_expiring_say_when() -> None:
    """Eight SBB recognitions valid until 16 January 2027: on 4 December 2026 within the
    three months' warning, said with the first date, not "binnenkort"."""
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "samples" / "sociaal-werkbedrijf-driehoek.xlsx"
    p = ohtrack.load(sample)

    def notes(on: dt.date, lang: str = "nl") -> list[str]:
        section = playbook(p, as_of=on, lang=lang).section("learning")
        return [b.text for b in section.blocks if isinstance(b, Note)]

    assert "8 certificaten verlopen binnen 3 maanden, het eerste op 16 januari 2027." in notes(
        dt.date(2026, 12, 4))
    assert "8 credentials expire within 3 months, the first on 16 January 2027." in notes(
        dt.date(2026, 12, 4), "en")
    assert not any("within" in s for s in notes(dt.date(2026, 6, 1), "en"))


def test_alike_validation_warnings_are_one_row_in_the_appendix() -> None:
    """Eighty initiatives on no outcome: one row "(and 79 more cells)", not eighty; an error
    keeps its own row."""
    warnings = [Problem(code="not-mapped", message=f"initiative I{i} names no outcome",
                        severity=Severity.WARNING, sheet="Initiatives", cell=f"Initiatives!F{i + 2}")
                for i in range(80)]
    error = Problem(code="invalid-date", message="no date", sheet="Initiatives", cell="Initiatives!C5")
    report = Report(problems=[*warnings[:3], error, *warnings[3:]])
    book = playbook(rich_programme(lang="en"), as_of=dt.date(2024, 6, 1), validation=report)
    table = [b for b in book.section("appendix").blocks if isinstance(b, Table)][-1]
    assert table.rows == [
        ["Initiatives!F2 (and 79 more cells)", "not-mapped", "initiative I0 names no outcome"],
        ["Initiatives!C5", "invalid-date", "no date"]]


def test_an_imported_list_is_first_told_to_be_plotted_on_the_model() -> None:
    """Nothing on the model yet: the next steps begin with plotting it, naming the sheet and
    columns as the workbook writes them."""
    inits = [Initiative(id=f"I{i}", title=f"Werk {i}") for i in range(12)]
    p = Programme(info=ProgrammeInfo(name="Lijst", language="nl"), initiatives=inits)
    s = playbook(p, as_of=dt.date(2024, 6, 1)).section("next_steps")
    first = next(b.text for b in s.blocks if isinstance(b, Heading))
    assert first == "Stap 1: plot de verbetertrajecten op het model"
    assert ("Nog geen van de 12 verbetertrajecten staat op een uitkomst of praktijk van het model "
            "Organizational Health Index (2011): noem er voor elk een in de werkmap (Verbetertrajecten: "
            "Uitkomsten, Praktijken), dan worden de witte vlekken zichtbaar.") in texts(s)
    on = rich_programme()  # with initiatives on the model: no such step
    assert not any("plot de" in h.text for h in playbook(on, as_of=dt.date(2024, 6, 1))
                   .section("next_steps").blocks if isinstance(h, Heading))
