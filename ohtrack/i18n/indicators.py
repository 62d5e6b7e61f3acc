"""Words of the indicator report and figure."""

TEXTS: dict[str, dict[str, str]] = {
    "indicators.title": {"en": "Indicators of {programme} as of {date}",
                         "nl": "Indicatoren van {programme} per {date}"},
    "indicators.none": {"en": "No indicators in this workbook.",
                        "nl": "Geen indicatoren in deze werkmap."},
    "indicators.no_outcome": {"en": "(no outcome)", "nl": "(geen uitkomst)"},
    "indicators.col.id": {"en": "ID", "nl": "ID"},
    "indicators.col.name": {"en": "Indicator", "nl": "Indicator"},
    "indicators.col.baseline": {"en": "Baseline", "nl": "Nulmeting"},
    "indicators.col.impulse": {"en": "Impulse", "nl": "Impuls"},
    "indicators.col.ambition": {"en": "Ambition", "nl": "Ambitie"},
    "indicators.col.latest": {"en": "Latest", "nl": "Laatste"},
    "indicators.col.date": {"en": "Date", "nl": "Datum"},
    "indicators.col.target": {"en": "Target", "nl": "Doel"},
    "indicators.col.progress": {"en": "Progress", "nl": "Voortgang"},
    "indicators.col.status": {"en": "Status", "nl": "Status"},
    "indicators.col.trend": {"en": "Trend", "nl": "Trend"},
    "indicators.col.count": {"en": "Indicators", "nl": "Indicatoren"},
    "indicators.by_outcome": {"en": "By outcome", "nl": "Per uitkomst"},
    "indicators.flagged": {"en": "Flagged", "nl": "Gemarkeerd"},
    "indicators.rules": {"en": "Rules", "nl": "Regels"},
    "indicators.measured": {"en": "measured (colour = status)", "nl": "gemeten (kleur = status)"},
    "indicators.path": {"en": "expected path", "nl": "verwacht pad"},
    "indicators.report_day": {"en": "report date", "nl": "rapportdatum"},
    "indicators.figure_title": {"en": "Indicators: path against targets",
                                "nl": "Indicatoren: verloop tegen doelen"},
    "indicators.lower_better": {"en": "lower is better", "nl": "lager is beter"},
    "indicators.kind.impulse": {"en": "impulse", "nl": "impuls"},
    "indicators.kind.ambition": {"en": "ambition", "nl": "ambitie"},
    "indicators.status.met": {"en": "met", "nl": "behaald"},
    "indicators.status.missed": {"en": "missed", "nl": "niet behaald"},
    "indicators.status.stale": {"en": "stale", "nl": "verouderd"},
    "indicators.status.achieved": {"en": "already reached", "nl": "al bereikt"},
    "indicators.status.on_track": {"en": "on track", "nl": "op koers"},
    "indicators.status.off_track": {"en": "off track", "nl": "uit koers"},
    "indicators.status.unknown": {"en": "unknown", "nl": "onbekend"},
    "indicators.status.no_target": {"en": "no target", "nl": "geen doel"},
    "indicators.status.no_data": {"en": "no data", "nl": "geen metingen"},
    "indicators.trend.improving": {"en": "improving", "nl": "verbetert"},
    "indicators.trend.flat": {"en": "flat", "nl": "gelijk"},
    "indicators.trend.worsening": {"en": "worsening", "nl": "verslechtert"},
    "indicators.flag.no_measurements": {"en": "no measurements", "nl": "geen metingen"},
    "indicators.flag.no_baseline": {"en": "no baseline", "nl": "geen nulmeting"},
    "indicators.flag.no_targets": {"en": "no impulse or ambition target",
                                   "nl": "geen impuls- of ambitiedoel"},
    "indicators.flag.no_years": {"en": "programme years missing (baseline/impulse/ambition year)",
                                 "nl": "jaren van het programma ontbreken (nulmeting/impuls/ambitie)"},
    "indicators.flag.unknown_outcome": {"en": "outcome not in the health model",
                                        "nl": "uitkomst niet in het gezondheidsmodel"},
    "indicators.flag.unknown_unit": {"en": "unknown unit", "nl": "onbekende eenheid"},
    "indicators.flag.stale_at_deadline": {
        "en": "judged on a value older than the staleness limit at the deadline",
        "nl": "beoordeeld op een waarde die op de deadline al verouderd was"},
    "indicators.flag.no_value_at_deadline": {
        "en": "no value by the deadline (only later ones)",
        "nl": "geen waarde op de deadline (alleen latere)"},
    "indicators.flag.undated_measurements": {"en": "measurements without a date left out",
                                             "nl": "metingen zonder datum weggelaten"},
    "indicators.rule.series": {
        "en": "Series: measurements with a date and a value, up to the report date, in date order.",
        "nl": "Reeks: metingen met datum en waarde, tot de rapportdatum, op datum gesorteerd.",
    },
    "indicators.rule.target": {
        "en": "Target in force: the impulse target until 31 December of the impulse year, then "
              "the ambition target; if that one is blank, the other.",
        "nl": "Geldend doel: het impulsdoel tot en met 31 december van het impulsjaar, daarna het "
              "ambitiedoel; is dat leeg, dan het andere.",
    },
    "indicators.rule.progress": {
        "en": "Progress = (latest - baseline) / (target - baseline): 0 is the baseline, 1 the "
              "target in force; not clipped; the same for lower-is-better indicators.",
        "nl": "Voortgang = (laatste - nulmeting) / (doel - nulmeting): 0 is de nulmeting, 1 het "
              "geldende doel; niet afgekapt; ook zo bij lager-is-beter.",
    },
    "indicators.rule.path": {
        "en": "Expected path: straight lines from the baseline on 31 December of the baseline year "
              "to the impulse target on 31 December of the impulse year and the ambition target "
              "on 31 December of the ambition year; flat outside.",
        "nl": "Verwacht pad: rechte lijnen van de nulmeting op 31 december van het nulmetingsjaar "
              "naar het impulsdoel op 31 december van het impulsjaar en het ambitiedoel op "
              "31 december van het ambitiejaar; daarbuiten vlak.",
    },
    "indicators.rule.status": {
        "en": "Status on the report date. Once 31 December of the last target's year has passed: "
              "met or missed, judged on the last value on or before that day. Before: already "
              "reached if the latest value is at least as good as the target in force; stale if "
              "it is older than the staleness limit (12 months unless the workbook sets "
              "stale_after); on track if at least as good as the expected path on the report "
              "date; otherwise off track. 'At least as good' is >= (higher is better) or <= "
              "(lower is better). No data, no target, or unknown (no path: baseline or years "
              "missing).",
        "nl": "Status op de rapportdatum. Is 31 december van het jaar van het laatste doel "
              "voorbij: behaald of niet behaald, beoordeeld op de laatste waarde op of vóór die "
              "dag. Daarvoor: al bereikt als de laatste waarde minstens zo goed is als het "
              "geldende doel; verouderd als die ouder is dan de termijn (12 maanden, tenzij de "
              "werkmap verouderd_na noemt); op koers als minstens zo goed als het verwachte pad "
              "op de rapportdatum; anders uit koers. 'Minstens zo goed' is >= (hoger is beter) "
              "of <= (lager is beter). Geen metingen, geen doel, of onbekend (geen pad: "
              "nulmeting of jaren ontbreken).",
    },
    "indicators.rule.trend": {
        "en": "Trend: least-squares slope per year over the series (two dates or more); flat "
              "when at most 1% of |target - baseline| per year (of the mean value without a "
              "target), else improving or worsening by direction.",
        "nl": "Trend: kleinste-kwadratenhelling per jaar over de reeks (minstens twee data); "
              "gelijk bij hooguit 1% van |doel - nulmeting| per jaar (van de gemiddelde waarde "
              "zonder doel), anders verbetert of verslechtert volgens de richting.",
    },
}
