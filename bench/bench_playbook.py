"""Benchmark: the playbook of a big workbook in every format.

A generated workbook with 1,000 initiatives and 500 lessons (plus 200 people, 20 units,
goals, groups, 150 learning events, relations, 20 indicators with measurements). Target:
building the playbook and rendering it take under 10 seconds in every format, Markdown,
HTML, Word and PDF (each as `ohtrack playbook -o draaiboek.<ext>` does; exit 1 when one
takes longer). The baseline measured
in the same run is ``ohtrack.load`` of the same workbook (reading and validating it), so the
ratio says what the playbook costs on top of reading.

    python bench/bench_playbook.py [--initiatives 1000 --lessons 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

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

TARGET_SECONDS = 10.0
OUTCOMES = ("Direction", "Leadership", "Culture and climate", "Accountability", "Coordination and control",
            "Capabilities", "Motivation", "External orientation", "Innovation and learning")
STATUSES = (Status.IDEA, Status.PLANNED, Status.ACTIVE, Status.DONE, Status.EMBEDDED, Status.STOPPED)


def generate(initiatives: int, lessons: int, seed: int = 7) -> Programme:
    """A programme of the given size with plausible spread over units, outcomes and status."""
    rng = random.Random(seed)
    units = [Unit(id=f"U{u}", name=f"Sectie {u}") for u in range(20)]
    roles = ("voorman", "jobcoach", "kandidaat")
    people = [Person(id=f"P{i}", name=f"Medewerker {i}", role=rng.choice(roles), unit=f"U{i % 20}")
              for i in range(200)]
    goals = [Goal(id="G0", title="Concernplan", level="corporate")]
    goals += [Goal(id=f"G{i}", title=f"Doel {i}", level=rng.choice(("site", "process", "year")),
                   parent=f"G{rng.randrange(i)}", owner=f"P{rng.randrange(200)}") for i in range(1, 40)]
    inits = [Initiative(id=f"I{i}", title=f"Verbetertraject {i} met een wat langere titel",
                        unit=f"U{i % 20}", owner=f"P{rng.randrange(200)}", status=rng.choice(STATUSES),
                        outcomes=rng.sample(OUTCOMES, rng.randint(1, 2)), goal=f"G{rng.randrange(40)}",
                        start=dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(900)),
                        participants=[f"P{rng.randrange(200)}" for _ in range(3)])
             for i in range(initiatives)]
    groups = [Group(id=f"D{g}", type="triad", members=[
        Membership(person=f"P{3 * g + k}", role=("voorman", "jobcoach", "kandidaat")[k]) for k in range(3)])
        for g in range(50)]
    events = [Event(id=f"E{e}", title=f"Leercirkel {e}", type="learning_circle", group=f"D{e % 50}",
                    date=dt.date(2021, 3, 1) + dt.timedelta(days=7 * e),
                    status=EventStatus.HELD if e < 120 else EventStatus.PLANNED,
                    attendees=[f"P{3 * (e % 50) + k}" for k in range(3)] if e < 120 else [])
              for e in range(150)]
    pairs = [(a, (a + rng.randrange(1, 200)) % 200) for a in (rng.randrange(200) for _ in range(400))]
    kinds = ("coaches", "advises", "works_with")
    relations = [Relation(source=f"P{a}", target=f"P{b}", type=rng.choice(kinds)) for a, b in pairs]
    indicators = [Indicator(id=f"K{k}", name=f"Indicator {k}", outcome=rng.choice(OUTCOMES),
                            baseline=50.0, impulse=60.0, ambition=80.0) for k in range(20)]
    measurements = [Measurement(indicator=f"K{k}", date=dt.date(2021, 1 + m, 1),
                                value=50.0 + m * rng.random()) for k in range(20) for m in range(10)]
    lesson_rows = [Lesson(id=f"L{i}", date=dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(900)),
                          initiative=f"I{rng.randrange(initiatives)}", author=f"P{rng.randrange(200)}",
                          observation=f"Wat we zien bij les {i}", meaning="Wat het zegt over de samenwerking",
                          action="Wat we ermee doen in de volgende week", tip=f"Tip {i}" if i % 2 else None,
                          outcome=rng.choice(OUTCOMES)) for i in range(lessons)]
    return Programme(info=ProgrammeInfo(name="Benchmark", organisation="Bench", mission="Missie",
                                        vision="Visie", baseline_year=2021, impulse_year=2022,
                                        ambition_year=2025, language="nl"),
                     units=units, people=people, goals=goals, initiatives=inits, groups=groups,
                     events=events, relations=relations, indicators=indicators, measurements=measurements,
                     lessons=lesson_rows)


def timed(fn: object, *args: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start, result


def main() -> int:
    import bytecode

    bytecode.ensure()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--initiatives", type=int, default=1000)
    parser.add_argument("--lessons", type=int, default=500)
    args = parser.parse_args()
    from ohtrack.playbooks import playbook, render

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workbook = folder / "big.xlsx"
        ohtrack.save(generate(args.initiatives, args.lessons), workbook)
        ohtrack.load(workbook)  # warm up imports and caches
        t_load, programme = timed(ohtrack.load, workbook)
        t_build, book = timed(playbook, programme)
        times = {"build": t_build}
        for ext in ("md", "html", "docx", "pdf"):
            times[ext], path = timed(render, book, folder / f"draaiboek.{ext}")
            times[f"{ext} bytes"] = Path(str(path)).stat().st_size
    print(f"workbook: {args.initiatives} initiatives, {args.lessons} lessons")
    print(f"baseline ohtrack.load:      {t_load:6.2f} s")
    print(f"playbook() build sections:  {t_build:6.2f} s")
    missed = 0
    for ext in ("md", "html", "docx", "pdf"):
        each = t_build + times[ext]  # what `ohtrack playbook -o draaiboek.<ext>` does after loading
        missed += each >= TARGET_SECONDS
        print(f"render {ext:<5}               {times[ext]:6.2f} s  ({int(times[f'{ext} bytes']):,} bytes); "
              f"build + {ext}: {each:5.2f} s, target < {TARGET_SECONDS:.0f} s: "
              f"{'PASS' if each < TARGET_SECONDS else 'FAIL'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
