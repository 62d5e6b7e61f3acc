"""Regenerate every sample workbook in ``samples/``: ``python samples/make_samples.py``.

Each programme sample follows one of the five Dutch source cases; all names of people,
organisations and places are fictitious. Every generator uses a fixed
``random.Random(seed)``, so the programmes are the same on every run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from samplegen import (  # noqa: E402
    blended,
    driehoek,
    pitstop,
    productielocatie,
    staal,
    surveys,
)

import ohtrack  # noqa: E402
from ohtrack.domain import Programme  # noqa: E402

#: Sample file name → the function that builds its programme.
PROGRAMMES: dict[str, Callable[[], Programme]] = {
    "productielocatie-mt.xlsx": productielocatie.build,
    "sociaal-werkbedrijf-driehoek.xlsx": driehoek.build,
    "staal-osf2-verbeterteam.xlsx": staal.build,
    "gemeente-blended-leren.xlsx": blended.build,
    "gemeente-pitstop-managers.xlsx": pitstop.build,
}

#: Survey file name → (its programme sample, the function that builds its sheets).
SURVEYS: dict[str, tuple[str, Callable[[Programme], surveys.SurveyBook]]] = {
    "gemeente-pitstop-enquete.xlsx": ("gemeente-pitstop-managers.xlsx", pitstop.survey),
    "sociaal-werkbedrijf-enquete.xlsx": ("sociaal-werkbedrijf-driehoek.xlsx", driehoek.survey),
}


def build(name: str) -> Programme:
    """The programme of one sample, by file name."""
    return PROGRAMMES[name]()


def build_survey(name: str) -> surveys.SurveyBook:
    """The sheets of one survey sample, by file name."""
    programme_name, make = SURVEYS[name]
    return make(build(programme_name))


def main(outdir: Path = HERE) -> list[Path]:
    """Write every sample into ``outdir`` and check that each programme validates clean."""
    written: list[Path] = []
    for name, make in PROGRAMMES.items():
        path = ohtrack.save(make(), outdir / name, lang="nl")
        report = ohtrack.validate(path)
        if not report.valid or report.problems:
            problems = "\n".join(str(p) for p in report.problems)
            raise SystemExit(f"{path} does not validate clean:\n{problems}")
        written.append(path)
    for name in SURVEYS:
        written.append(surveys.write(build_survey(name), outdir / name))
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(p)
