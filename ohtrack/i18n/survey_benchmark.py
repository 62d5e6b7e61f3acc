"""Words of survey benchmarks (``ohtrack.analysis.survey_benchmark``)."""

TEXTS: dict[str, dict[str, str]] = {
    "survey_benchmark.title": {"en": "Against the benchmark ({n} organisations), whole organisation",
                               "nl": "Tegen de benchmark ({n} organisaties), hele organisatie"},
    "survey_benchmark.quartiles": {"en": "Benchmark Q1 / median / Q3", "nl": "Benchmark Q1 / mediaan / Q3"},
    "survey_benchmark.quartile": {"en": "Quartile", "nl": "Kwartiel"},
    "survey_benchmark.percentile": {"en": "Percentile", "nl": "Percentiel"},
}
