"""A programme survives JSON (as history snapshots store it) with every value's type."""

from __future__ import annotations

import datetime as dt
import json

from ohtrack.domain import Initiative, Programme, ProgrammeInfo


def test_custom_columns_and_extra_sheets_keep_their_types_through_json() -> None:
    p = Programme(
        info=ProgrammeInfo(name="P", extra={"Gestart": dt.date(2022, 3, 1)}),
        initiatives=[Initiative(id="I1", title="Dagstart", extra={
            "Besloten": dt.date(2022, 3, 1), "Tijdstip": dt.datetime(2022, 3, 1, 9, 30),
            "Duur": dt.timedelta(minutes=15), "Om": dt.time(7, 45), "Tekst": "2022-03-01",
            "Aantal": 3, "Aandeel": 0.5, "Klaar": True})],
        other_sheets={"Notities": [["Datum", "Wat"], [dt.date(2022, 4, 1), "start"]]},
    )
    data = json.loads(json.dumps(p.model_dump(mode="json")))
    assert data["initiatives"][0]["extra"]["Besloten"] == {"$date": "2022-03-01"}
    assert data["initiatives"][0]["extra"]["Tekst"] == "2022-03-01"  # text stays text
    back = Programme.model_validate(data)
    assert back == p
    assert back.initiatives[0].extra["Tekst"] == "2022-03-01"
    assert back.other_sheets["Notities"][1][0] == dt.date(2022, 4, 1)
    # python-mode dumps are untouched
    assert p.model_dump()["initiatives"][0]["extra"]["Besloten"] == dt.date(2022, 3, 1)
