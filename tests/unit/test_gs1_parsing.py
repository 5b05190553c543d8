"""GS1 data as scanners send it, parsed by biip and mapped onto the pack flow's fields; bad
input gets a reason and never an exception (hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanning import gs1
from scanning.interpret import interpret
from station.scans import ScanSource

GTIN = "09506000134352"


@pytest.mark.parametrize("text", [
    "]C101" + GTIN + "10ABC~17271231",
    "]C101" + GTIN + "10ABC\x1d17271231",
    "]d201" + GTIN + "10ABC\x1d17271231",
    "]Q301" + GTIN + "10ABC\x1d17271231",
    "]e001" + GTIN + "10ABC\x1d17271231",
    "01" + GTIN + "10ABC~17271231",
    f"https://id.gs1.org/01/{GTIN}/10/ABC?17=271231",
])
def test_gtin_lot_and_expiry_come_through_every_way_of_sending_them(text):
    data = gs1.parse(text)
    assert data.error is None
    assert (data.gtin, data.lot, data.expiry) == (GTIN, "ABC", date(2027, 12, 31))


def test_the_symbology_identifier_is_reported():
    assert gs1.parse("]d201" + GTIN).symbology == "]d2"


@pytest.mark.parametrize(("gtin", "gtin14"), [
    ("95012346", "00000095012346"), ("614141000036", "00614141000036"),
    ("4589123000013", "04589123000013"), ("14589123000010", "14589123000010")])
def test_gtin_8_12_13_and_14_are_normalised_to_gtin_14(gtin, gtin14):
    assert interpret(gtin).gtin == gtin14


def test_quantities_weights_prices_and_dates_are_read():
    data = gs1.parse("01" + GTIN + "15300101" + "3712~" + "3103001234" + "3922" + "10995~30" + "5")
    assert data.best_before == date(2030, 1, 1)
    assert data.net_weight_kg == Decimal("1.234")
    assert data.price == Decimal("109.95")
    assert data.count == 5
    assert data.hri.startswith("(01)" + GTIN + "(15)300101(37)12")


def test_a_logistic_unit_label_carries_content_gtin_count_and_production_date():
    data = gs1.parse("]C100106141412345678908" + "02" + GTIN + "11261101" + "3724~")
    assert (data.sscc, data.gtin, data.count) == ("106141412345678908", GTIN, 24)
    assert data.produced == date(2026, 11, 1)


def test_an_sscc_is_read_from_ai_00_and_bare():
    assert gs1.parse("00106141412345678908").sscc == "106141412345678908"
    assert gs1.parse("106141412345678908").sscc == "106141412345678908"


def test_a_serial_is_read_from_ai_21():
    assert gs1.parse("]C101" + GTIN + "21SN-0042").serial == "SN-0042"


def test_the_gs_substitute_is_configurable():
    assert gs1.parse("01" + GTIN + "10ABC|17271231", gs_substitute="|").lot == "ABC"


@pytest.mark.parametrize(("text", "words"), [
    ("]C10109506000134353", "check digit"),
    ("00106141412345678909", "check digit"),
    ("01" + GTIN + "1727", "Malformed"),
    ("01" + GTIN[:8], "Malformed"),
    ("\x00\xff\x1d", "Malformed"),
    ("9" * 10_000, "too long"),
])
def test_bad_gs1_data_gets_a_reason(text, words):
    data = gs1.parse(text)
    assert data.error is not None
    assert words in data.error.render()


def test_a_bad_gs1_scan_reaches_the_pack_flow_as_a_problem_not_an_item():
    scan = interpret("]C10109506000134353", source=ScanSource.CAMERA)
    assert scan.problem is not None
    assert scan.gtin is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_to_a_value_never_an_exception(text):
    assert isinstance(gs1.parse(text), gs1.GS1Data)
    assert interpret(text).text is not None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_from_a_wedge_scanner_are_interpreted_without_crashing(raw):
    interpret(raw)


@settings(max_examples=200, deadline=None)
@given(lot=st.from_regex(r"[A-Z0-9]{1,20}", fullmatch=True),
       day=st.dates(date(2000, 1, 1), date(2049, 12, 31)))
def test_any_lot_and_expiry_round_trip_through_an_element_string(lot, day):
    data = gs1.parse("]C101" + GTIN + "17" + day.strftime("%y%m%d") + "10" + lot)
    assert (data.lot, data.expiry) == (lot, day)


def test_a_lone_symbology_bracket_is_malformed_data_not_a_crash():
    data = gs1.parse("]")
    assert data.error is not None
    assert data.gtin is None
