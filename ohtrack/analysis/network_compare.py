"""Change of a network over time: two workbooks, or one workbook at two dates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ohtrack.i18n import format, t

if TYPE_CHECKING:
    import pandas as pd

    from ohtrack.analysis.network import Network


@dataclass
class NetworkComparison:
    """What changed from ``old`` to ``new``: ties gained and lost, cross-unit ties, people.

    Ties are person–person ties of ``people_graph`` as sorted ID pairs. A person is in the
    network when they have at least one tie, so someone who gains a first tie has joined
    and someone who loses their last tie (or leaves the People sheet) has left.
    """

    old: Network
    new: Network
    ties_gained: list[tuple[str, str]]
    ties_lost: list[tuple[str, str]]
    people_joined: list[str]
    people_left: list[str]

    @property
    def cross_unit_before(self) -> int:
        """Cross-unit ties in the old network."""
        return int(self.old.units["cross_unit_ties"])

    @property
    def cross_unit_after(self) -> int:
        """Cross-unit ties in the new network."""
        return int(self.new.units["cross_unit_ties"])

    def cross_unit_gained(self) -> list[tuple[str, str]]:
        """Gained ties that join two different units (at the new network's level, as it places
        people)."""
        unit = self.new.unit_at
        return [(a, b) for a, b in self.ties_gained if unit.get(a) and unit.get(b) and unit[a] != unit[b]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the counts, the lists, and both summaries (the ``compare`` key of --json)."""
        old, new = self.old.summary(), self.new.summary()
        return {
            "old": {"programme": self.old.programme.info.name,
                    "as_of": self.old.as_of.isoformat() if self.old.as_of else None, "summary": old},
            "new": {"programme": self.new.programme.info.name,
                    "as_of": self.new.as_of.isoformat() if self.new.as_of else None, "summary": new},
            "ties_gained": [{"source": a, "target": b} for a, b in self.ties_gained],
            "ties_lost": [{"source": a, "target": b} for a, b in self.ties_lost],
            "cross_unit_ties_before": self.cross_unit_before,
            "cross_unit_ties_after": self.cross_unit_after,
            "cross_unit_share_before": old["cross_unit_share"],
            "cross_unit_share_after": new["cross_unit_share"],
            "level": self.new.level,
            "cross_unit_ties_gained": [{"source": a, "target": b} for a, b in self.cross_unit_gained()],
            "people_joined": self.people_joined,
            "people_left": self.people_left,
        }

    def to_text(self, lang: str | None = None) -> str:
        """The comparison as readable text (what ``ohtrack network --compare`` adds)."""
        return "\n".join(self.lines(lang))

    def to_frame(self) -> pd.DataFrame:
        """Ties gained and lost as a DataFrame: ``source``, ``target``, ``change``."""
        import pandas as pd

        rows = [(a, b, "gained") for a, b in self.ties_gained]
        rows += [(a, b, "lost") for a, b in self.ties_lost]
        return pd.DataFrame(rows, columns=["source", "target", "change"])

    def lines(self, lang: str | None = None) -> list[str]:
        """The comparison in plain words, one line per fact."""
        lang = lang or self.new.lang
        when = format.date(self.old.as_of, lang) if self.old.as_of else self.old.programme.info.name
        return [
            t("network.compare", lang, old=when),
            f"  {t('network.ties_gained', lang)}: {len(self.ties_gained)}",
            f"  {t('network.ties_lost', lang)}: {len(self.ties_lost)}",
            "  " + t("network.cross_before_after", lang, before=self.cross_unit_before,
                     after=self.cross_unit_after, where=level_words(self.new.level, lang)),
            f"  {t('network.joined', lang)}: {len(self.people_joined)}"
            + (f" ({', '.join(self.people_joined[:10])})" if self.people_joined else ""),
            f"  {t('network.left', lang)}: {len(self.people_left)}"
            + (f" ({', '.join(self.people_left[:10])})" if self.people_left else ""),
        ]


def level_words(level: int | str | None, lang: str) -> str:
    """``eenheden`` / ``units`` (own units), ``eenheden op niveau 2`` or the level's name."""
    if level is None:
        return t("network.level.own", lang)
    if isinstance(level, int):
        return t("network.level.depth", lang, depth=level)
    return t("network.level.name", lang, name=level)


def _pairs(net: Network) -> set[tuple[str, str]]:
    return {(u, v) if u <= v else (v, u) for u, v in net.people_graph.edges()}


def compare(old: Network, new: Network) -> NetworkComparison:
    """Compare two networks (two workbooks, or ``network(p, as_of=…)`` at two dates).

    Pseudonymise both programmes with the same key before building their networks when
    names must not show (``ohtrack network --compare … --pseudonymise`` does).
    """
    before, after = _pairs(old), _pairs(new)
    old_people = {v for v, d in old.people_graph.degree() if d > 0}
    new_people = {v for v, d in new.people_graph.degree() if d > 0}
    return NetworkComparison(
        old=old, new=new,
        ties_gained=sorted(after - before), ties_lost=sorted(before - after),
        people_joined=sorted(new_people - old_people), people_left=sorted(old_people - new_people))


#: The public name: ``ohtrack.compare_networks(old, new)``.
compare_networks = compare

__all__ = ["NetworkComparison", "compare", "compare_networks"]
