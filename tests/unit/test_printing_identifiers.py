"""SSCC-18 and demo tracking numbers: valid, deterministic per order and box, distinct."""

from __future__ import annotations

import biip
from hypothesis import given, settings
from hypothesis import strategies as st

from printing.barcodes import FNC1, gs1_128, hri
from printing.identifiers import sscc, tracking_number
from station.gtin import check_digit


def test_an_sscc_has_18_digits_a_valid_check_digit_and_the_company_prefix():
    code = sscc("4589123", "ORD-100001", 2)
    assert len(code) == 18
    assert code.isdigit()
    assert code[1:8] == "4589123"
    parsed = biip.parse("00" + code)
    assert parsed.sscc is not None
    assert parsed.sscc.value == code


def test_each_box_of_an_order_gets_its_own_sscc_and_a_reprint_gets_the_same():
    first, second = sscc("4589123", "ORD-100001", 1), sscc("4589123", "ORD-100001", 2)
    assert first != second
    assert sscc("4589123", "ORD-100001", 1) == first


@settings(max_examples=200)
@given(order_id=st.text(min_size=1, max_size=40) | st.from_regex(r"\AORD-[0-9²٣]{1,20}\Z"),
       box_no=st.integers(1, 99), prefix=st.from_regex(r"\A[0-9]{6,12}\Z"))
def test_any_order_id_gives_a_valid_sscc(order_id, box_no, prefix):
    code = sscc(prefix, order_id, box_no)
    assert len(code) == 18
    assert code.isascii()
    assert code.isdigit()
    assert check_digit(code[:-1]) == code[-1]


def test_a_tracking_number_is_12_digits_ending_in_its_mod_7_check_digit():
    number = tracking_number("YAMATO", "ORD-100001", 1)
    assert len(number) == 12
    assert number.isdigit()
    assert int(number[:11]) % 7 == int(number[11])
    assert number != tracking_number("YAMATO", "ORD-100001", 2)


def test_gs1_data_separates_a_variable_length_field_from_the_next_with_fnc1():
    data = gs1_128(("01", "04571987000019"), ("10", "LOT1"), ("17", "271231"))
    assert data == "0104571987000019" + "10LOT1" + FNC1 + "17271231"
    assert hri(("00", "123")) == "(00)123"
