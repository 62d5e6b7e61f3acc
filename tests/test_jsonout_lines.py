"""``jsonout.dumps_lines``: strict JSON, two levels indented, one record a line."""

from __future__ import annotations

import datetime as dt
import json
import math

from ohtrack.jsonout import dumps, dumps_lines


def test_records_one_a_line_and_the_same_data_as_dumps() -> None:
    data = {"schema": 1, "people": [{"id": "P1", "rate": math.nan, "since": dt.date(2024, 1, 2)},
                                    {"id": "P2", "rate": 0.5, "since": None}],
            "summary": {"ties": 2, "share": math.inf, "bound": {"epsilon": 0.01}}, "ties": []}
    text = dumps_lines(data, default=lambda o: o.isoformat())
    assert text.splitlines() == [
        "{",
        '  "schema": 1,',
        '  "people": [',
        '    {"id": "P1", "rate": null, "since": "2024-01-02"},',
        '    {"id": "P2", "rate": 0.5, "since": null}',
        "  ],",
        '  "summary": {',
        '    "ties": 2,',
        '    "share": null,',
        '    "bound": {"epsilon": 0.01}',
        "  },",
        '  "ties": []',
        "}",
    ]
    assert json.loads(text) == json.loads(dumps(data, default=lambda o: o.isoformat()))
