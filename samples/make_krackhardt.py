"""Make samples/krackhardt-managers.xlsx from Krackhardt's high-tech managers data.

Krackhardt, D. (1987). Cognitive social structures. Social Networks, 9, 109-134.
21 managers of a small US high-tech manufacturer; three directed binary relations:
advice ("who do you go to for advice": ego seeks advice from alter), friendship ("who is
your friend") and reports-to (from company documents). The files are the Stanford SNA-lab
copies in ../shared/realworld/krackhardt/original_sds_aau (see its SOURCES.md); the
independent re-save in crosscheck_jcg95 is read too and must agree dyad for dyad.

    /work/venv/bin/python samples/make_krackhardt.py [OUT.xlsx]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ohtrack.domain import Programme

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "realworld" / "krackhardt"
OUT = HERE / "krackhardt-managers.xlsx"

CITATION = "Krackhardt, D. (1987). Cognitive social structures. Social Networks, 9, 109-134."
#: Relation file → relation type written in the workbook (direction ego → alter kept).
RELATIONS = {"Advice": "seeks_advice_from", "Friendship": "friend_of", "ReportsTo": "reports_to"}
CROSSCHECK = {"Advice": "Advice.csv", "Friendship": "Friendship.csv", "ReportsTo": "Reports_To.csv"}
LEVELS = {1: "CEO", 2: "Vice President", 3: "Manager"}
UNITS = {0: "CEO", 1: "Department 1", 2: "Department 2", 3: "Department 3", 4: "Department 4"}

Dyads = dict[tuple[int, int], int]
Attributes = dict[int, dict[str, float]]


def read_original(data: Path = DATA) -> tuple[dict[str, Dyads], Attributes]:
    """The SDS-AAU copy: whitespace-separated ``ego alter tie`` lists and a CSV of attributes."""
    rels: dict[str, Dyads] = {}
    for name in RELATIONS:
        text = (data / "original_sds_aau" / f"Krack-High-Tec-edgelist-{name}.txt").read_text()
        rels[name] = {(int(a), int(b)): int(t) for a, b, t in (ln.split() for ln in text.splitlines()
                                                                if ln.strip())}
    with (data / "original_sds_aau" / "Krack-High-Tec-Attributes.csv").open(newline="") as f:
        attrs = {int(r["ID"]): {k: float(r[k]) for k in ("AGE", "TENURE", "LEVEL", "DEPT")}
                 for r in csv.DictReader(f)}
    return rels, attrs


def read_crosscheck(data: Path = DATA) -> tuple[dict[str, Dyads], Attributes]:
    """The jcg95 copy: ``;``-separated with decimal commas, header ``ego;alter;edge``."""
    rels: dict[str, Dyads] = {}
    for name, file in CROSSCHECK.items():
        with (data / "crosscheck_jcg95" / file).open(newline="", encoding="utf-8-sig") as f:
            rels[name] = {(int(r["ego"]), int(r["alter"])): int(r["edge"])
                          for r in csv.DictReader(f, delimiter=";")}
    with (data / "crosscheck_jcg95" / "Krack-High-Tec-Attributes.csv").open(
            newline="", encoding="utf-8-sig") as f:
        attrs = {int(r["ID"]): {k: float(r[k].replace(",", ".")) for k in ("AGE", "TENURE", "LEVEL", "DEPT")}
                 for r in csv.DictReader(f, delimiter=";")}
    return rels, attrs


def programme(rels: dict[str, Dyads], attrs: Attributes) -> Programme:
    """The data as an ohtrack Programme: managers as People, departments as Units."""
    from ohtrack.domain import Programme
    from ohtrack.domain.people import Person, Relation, Unit
    from ohtrack.domain.programme import ProgrammeInfo

    info = ProgrammeInfo(
        name="Krackhardt high-tech managers", organisation="A small US west-coast high-tech "
        "manufacturer (about 100 employees)", model="ohi-2011", language="en",
        extra={"source": CITATION,
               "note": "21 managers; relations seeks_advice_from (ego asks alter for advice), "
                       "friend_of, reports_to; Level 1 = CEO, 2 = Vice President, 3 = Manager. "
                       "Made by samples/make_krackhardt.py; see samples/KRACKHARDT.md."})
    units = [Unit(id=f"D{d}", name=name) for d, name in UNITS.items()]
    people = []
    for pid, a in sorted(attrs.items()):
        level = int(a["LEVEL"])
        people.append(Person(id=str(pid), name=f"Manager {pid}", role=LEVELS[level],
                             unit=f"D{int(a['DEPT'])}",
                             extra={"Level": level, "Age": int(a["AGE"]), "Tenure": a["TENURE"],
                                    "Dept": int(a["DEPT"])}))
    relations = [Relation(source=str(a), target=str(b), type=RELATIONS[name])
                 for name in RELATIONS for (a, b), tie in sorted(rels[name].items()) if tie and a != b]
    return Programme(info=info, units=units, people=people, relations=relations)


def main(out: Path = OUT) -> Path:
    import ohtrack

    original, crosscheck = read_original(), read_crosscheck()
    if original != crosscheck:
        raise SystemExit("the two copies of the Krackhardt data disagree; not writing the sample")
    return Path(ohtrack.save(programme(*original), out, lang="en"))


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
