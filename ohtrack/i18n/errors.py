"""Messages of the library's errors (``OhtrackError.reason`` → ``errors.<reason>``)."""

TEXTS: dict[str, dict[str, str]] = {
    "errors.unknown-level.depth": {
        "en": "level {level}: the unit tree has levels 1 to {deepest}",
        "nl": "niveau {level}: de boom van eenheden heeft niveaus 1 tot en met {deepest}"},
    "errors.unknown-level.name": {"en": "no unit level {level!r}; the Units sheet names: {names}",
                                  "nl": "geen niveau {level!r}; het blad Eenheden noemt: {names}"},
    "errors.unknown-level.none": {"en": "no unit level {level!r}; the Units sheet names no levels "
                                        "(fill its Level column, or give a depth such as 2)",
                                  "nl": "geen niveau {level!r}; het blad Eenheden noemt geen niveaus "
                                        "(vul de kolom Niveau, of geef een diepte zoals 2)"},
}
