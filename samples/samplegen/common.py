"""Shared helpers for the sample generators: fictitious Dutch names, dates, people."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence

from ohtrack.domain import Person

FIRST_NAMES: tuple[str, ...] = (
    "Anouk", "Bas", "Carlijn", "Daan", "Esther", "Fleur", "Gerben", "Hanneke", "Ilse", "Joost",
    "Karin", "Lars", "Marloes", "Niels", "Olga", "Pieter", "Quirine", "Ruben", "Sanne", "Thijs",
    "Ursula", "Vincent", "Wendy", "Yusuf", "Zeynep", "Arjen", "Bianca", "Coen", "Dewi", "Eline",
    "Frank", "Gwen", "Hamza", "Inge", "Jeroen", "Kim", "Leon", "Mirjam", "Noor", "Otto",
    "Petra", "Rik", "Saskia", "Tim", "Vera", "Wouter", "Yvonne", "Annelies", "Bram", "Chantal",
    "Dirk", "Emine", "Floor", "Guus", "Hester", "Ivo", "Janneke", "Koen", "Linda", "Maarten",
    "Nadia", "Oscar", "Paulien", "Rachid", "Sophie", "Tom", "Vanessa", "Willem", "Aylin", "Bart",
    "Corinne", "Dennis", "Evelien", "Fatima", "Gijs", "Hilde", "Irene", "Jasper", "Kirsten",
    "Laura", "Michiel", "Nicole", "Patrick", "Renate", "Stefan", "Tamara", "Valerie", "Wim",
    "Astrid", "Bouke", "Cor", "Diederik", "Elif", "Femke", "Geert", "Hans", "Iris", "Jolanda",
    "Kees", "Lotte", "Mark", "Nienke", "Rob", "Suzanne", "Tessa", "Marco", "Mohamed", "Sevda",
)

SURNAMES: tuple[str, ...] = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
    "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong", "van Dijk",
    "Willems", "Hoekstra", "Koster", "Prins", "Blom", "Huisman", "Peeters", "Kuipers", "van Wijk",
    "Postma", "Kramer", "van Vliet", "Schouten", "Zwart", "Veenstra", "Kamphuis", "Molenaar",
    "Groen", "Verhoeven", "Timmermans", "Wolters", "Hermans", "Kuiper", "Verbeek", "Sanders",
    "Scholten", "Koning", "Evers", "Aydın", "Yilmaz", "El Amrani", "Bouzid", "Tan", "Nguyen",
    "Pranoto", "Sahin", "van Beek", "Lammers", "Bosman", "Wijnands", "Rietveld", "Terpstra",
    "Zijlstra", "Haverkamp", "Oosterhuis", "Brinkman", "Vonk", "Drost", "Geerts", "van Os",
    "Stam", "Pols", "Lindeman", "Claassen", "Haak", "Nijland", "Wouters", "Schipper", "Ploeg",
)


class NameMaker:
    """Unique fictitious Dutch full names drawn from a seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def __call__(self) -> str:
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
            if name not in self.used:
                self.used.add(name)
                return name


def email(name: str, domain: str) -> str:
    """A fictitious e-mail address (``.example`` domains never deliver)."""
    first, _, rest = name.partition(" ")
    last = rest.replace(" ", "").replace("ı", "i").lower()
    return f"{first[0].lower()}.{last}@{domain}"


def person(pid: str, name: str, role: str, unit: str | None, manager: str | None,
           domain: str | None, tags: Sequence[str] = ()) -> Person:
    """A Person with an e-mail address derived from the name."""
    return Person(id=pid, name=name, role=role, unit=unit, manager=manager,
                  email=email(name, domain) if domain else None, tags=list(tags))


def d(text: str) -> dt.date:
    """An ISO date."""
    return dt.date.fromisoformat(text)


def workday(day: dt.date) -> dt.date:
    """The day itself, or the Monday after it if it falls in a weekend."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def weekdays_from(start: dt.date, count: int, step_days: int, rng: random.Random,
                  jitter: int = 0) -> list[dt.date]:
    """``count`` working days from ``start`` about ``step_days`` apart (never a weekend)."""
    out: list[dt.date] = []
    day = start
    for _ in range(count):
        shifted = day + dt.timedelta(days=rng.randint(-jitter, jitter) if jitter else 0)
        while shifted.weekday() >= 5:
            shifted += dt.timedelta(days=1)
        out.append(shifted)
        day += dt.timedelta(days=step_days)
    return out


def attend(rng: random.Random, members: Iterable[str], absence: float) -> list[str]:
    """The members present, each absent with probability ``absence`` (never nobody)."""
    ms = list(members)
    present = [m for m in ms if rng.random() >= absence]
    return present if present else ms[:1]
