from ohtrack.domain import Event, Person, Programme, ProgrammeInfo
from ohtrack.privacy import pseudonym, pseudonymise


def _programme() -> Programme:
    return Programme(
        info=ProgrammeInfo(name="P", language="en"),
        people=[Person(id="P1", name="Anna de Vries", email="anna@example.org"),
                Person(id="P2", name="Bram Bakker")],
        events=[Event(id="E1", facilitator="Anna de Vries"), Event(id="E2", facilitator="Extern")],
    )


def test_pseudonyms_are_stable_and_hide_names() -> None:
    p = _programme()
    a = pseudonymise(p)
    b = pseudonymise(p)
    assert [x.name for x in a.people] == [x.name for x in b.people]
    assert a.people[0].name == pseudonym("P1", "P", "en")
    assert a.people[0].name.startswith("Person ")
    assert a.people[0].name != a.people[1].name
    assert a.people[0].email is None
    assert a.events[0].facilitator == a.people[0].name
    assert a.events[1].facilitator == "Extern"
    # the original is untouched and IDs stay
    assert p.people[0].name == "Anna de Vries"
    assert [x.id for x in a.people] == ["P1", "P2"]


def test_key_changes_pseudonyms() -> None:
    assert pseudonym("P1", "a") != pseudonym("P1", "b")
    assert pseudonym("P1", "a", "nl").startswith("Persoon ")


def test_names_in_free_text_are_replaced_too() -> None:
    from ohtrack.domain import Initiative, Lesson

    p = _programme()
    p.lessons = [Lesson(id="L1", observation="anna de vries nam het voortouw; Bram Bakkers fiets",
                        tip="Vraag Bram Bakker.", extra={"Notitie": "met Anna de Vries"})]
    p.initiatives = [Initiative(id="I1", title="Dagstart", owner="P1",
                                description="Trekker: Anna de Vries")]
    a = pseudonymise(p)
    anna, bram = a.people[0].name, a.people[1].name
    lesson = a.lessons[0]
    assert lesson.observation == f"{anna} nam het voortouw; Bram Bakkers fiets"  # whole words only
    assert lesson.tip == f"Vraag {bram}."
    assert lesson.extra == {"Notitie": f"met {anna}"}
    assert a.initiatives[0].description == f"Trekker: {anna}"
    assert a.initiatives[0].owner == "P1"
