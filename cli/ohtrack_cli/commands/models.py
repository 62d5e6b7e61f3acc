"""``ohtrack models``: the built-in health models, or one model's outcomes and practices."""

from __future__ import annotations

import click

from ohtrack_cli.options import json_option, lang_option
from ohtrack_cli.output import echo, echo_json, output_lang, table


@click.command("models")
@click.argument("name", required=False)
@lang_option("Language of the names and descriptions (default: nl).")
@json_option()
def command(name: str | None, lang: str | None, as_json: bool) -> None:
    """List the built-in health models, or show model NAME: its outcomes and practices.

    With --json, NAME gives the model's whole structure (both languages).
    """
    import ohtrack
    from ohtrack.i18n import t

    lang = output_lang()
    if name is None:
        frameworks = [ohtrack.models.get(m) for m in ohtrack.models.available()]
        if as_json:
            echo_json([{"id": f.id, "name_en": f.name_en, "name_nl": f.name_nl,
                        "outcomes": len(f.outcomes), "practices": f.practice_count,
                        "source": f.source, "source_nl": f.source_nl} for f in frameworks])
            return
        heads = [t(f"template.models.{h}", lang) for h in ("id", "name", "outcomes", "practices")]
        echo(table([(f.id, f.name(lang), len(f.outcomes), f.practice_count)
                    for f in frameworks], heads))
        return
    fw = ohtrack.models.get(name)
    if as_json:
        echo_json(fw.model_dump(mode="json"))
        return
    echo(f"{fw.name(lang)} ({fw.id})")
    description = fw.description_nl if lang == "nl" else fw.description_en
    if description:
        echo(description)
    for o in fw.outcomes:
        echo("")
        echo(o.name(lang))
        text = o.description_nl if lang == "nl" else o.description_en
        if text:
            echo(f"  {text}")
        for p in o.practices:
            text = p.description_nl if lang == "nl" else p.description_en
            echo(f"  - {p.name(lang)}" + (f": {text}" if text else ""))
    if fw.source:
        echo("")
        echo(t("template.models.source", lang, source=fw.source_in(lang)))
    from ohtrack.frameworks import counterparts, crosswalk

    names = {p.id: p.name(lang) for o in fw.outcomes for p in o.practices}
    for other in counterparts(fw.id):
        cw = crosswalk(fw.id, other)
        unmatched = ", ".join(names.get(i, i) for i in cw.unmatched_source)
        echo("")
        echo(t("template.models.crosswalk", lang, other=other, paired=len(cw.practices),
               total=fw.practice_count, unmatched=unmatched))
