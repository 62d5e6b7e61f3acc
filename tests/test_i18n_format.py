"""One module formats numbers, percentages and dates for each language."""

from __future__ import annotations

import datetime as dt

import pytest

from ohtrack.i18n import format as fmt


@pytest.mark.parametrize(("value", "nl", "en"), [
    (0.9234, "0,92", "0.92"), (1234.5, "1.234,50", "1,234.50"), (-0.001, "0,00", "0.00"),
    (-2.5, "-2,50", "-2.50"), (None, "", ""), (float("nan"), "", ""),
])
def test_number(value: float | None, nl: str, en: str) -> None:
    assert (fmt.number(value, "nl"), fmt.number(value, "en")) == (nl, en)


def test_integer_decimal_percent_and_signed() -> None:
    assert (fmt.integer(1099, "nl"), fmt.integer(1099, "en"), fmt.integer(12, "nl")) == (
        "1.099", "1,099", "12")
    assert [fmt.decimal(x, "nl") for x in (2.0, 0.5, 1234.25, 1 / 3)] == ["2", "0,5", "1.234,25", "0,3333"]
    assert (fmt.percent(0.47, "nl"), fmt.percent(0.4751, "en", 1), fmt.percent(None)) == ("47%", "47.5%", "-")
    assert [fmt.signed(x, "nl") for x in (0.3, -1.25, 0, 0.001)] == ["+0,30", "-1,25", "0,00", "0,00"]


def test_dates() -> None:
    d = dt.date(2022, 3, 1)
    assert fmt.date(d, "nl") == "1 maart 2022" and fmt.date(d, "en") == "1 March 2022"
    assert (fmt.date(d, "nl", "short"), fmt.date(d, "en", "short")) == ("1-3-2022", "2022-03-01")
    assert fmt.date(dt.datetime(2022, 12, 5, 13, 0), "nl", "month") == "december 2022"
    assert fmt.date(None, "nl") == ""


def test_count() -> None:
    assert fmt.count(1, "fout", "fouten") == "1 fout"
    assert fmt.count(1234, "error", "errors", "en") == "1,234 errors"


def test_listing() -> None:
    assert fmt.listing(["A"], "nl") == "A"
    assert fmt.listing(["A", "B", "C"], "nl") == "A, B en C"
    assert fmt.listing(["A", "B", "C"], "en") == "A, B and C"
    assert fmt.listing([str(i) for i in range(8)], "nl") == "0, 1, 2, 3, 4 en nog 3"
    assert fmt.listing([str(i) for i in range(8)], "en", most=2) == "0, 1 and 6 more"


def test_a_model_is_referred_to_as_a_model_once() -> None:
    from ohtrack.i18n.format import model_name

    assert model_name("INK-managementmodel", "nl") == "het INK-managementmodel"
    ohi = "Organizational Health Index (2011)"
    assert model_name(ohi, "nl") == f"het model {ohi}"
    assert model_name("Zes-boxenmodel van Weisbord", "nl") == "het Zes-boxenmodel van Weisbord"
    assert model_name("INK management model", "en") == "the INK management model"
    assert model_name(ohi, "en") == f"the model {ohi}"
    assert model_name("Weisbord's Six-Box Model", "en") == "Weisbord's Six-Box Model"
    assert model_name("Ons huis", "en") == "the model Ons huis"
