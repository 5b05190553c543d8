"""EPC decoding checked against the GS1 EPC Tag Data Standard's own examples (Appendix E), the
SGTIN-96 encoder against the decoder, and bad input against crashes (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanning.rfid import epc
from station.gtin import check_digit

# (hex, pure identity URI, tag URI): TDS Appendix E.
TDS_EXAMPLES = [
    ("3074257BF7194E4000001A85", "urn:epc:id:sgtin:0614141.812345.6789",
     "urn:epc:tag:sgtin-96:3.0614141.812345.6789"),
    ("3674257BF6B7A659B2C2BF1000000000000000000000000000",
     "urn:epc:id:sgtin:0614141.712345.32a%2Fb", "urn:epc:tag:sgtin-198:3.0614141.712345.32a%2Fb"),
    ("3174257BF4499602D2000000", "urn:epc:id:sscc:0614141.1234567890",
     "urn:epc:tag:sscc-96:3.0614141.1234567890"),
    ("3274257BF46072000000162E", "urn:epc:id:sgln:0614141.12345.5678",
     "urn:epc:tag:sgln-96:3.0614141.12345.5678"),
    ("3374257BF40C0E400000162E", "urn:epc:id:grai:0614141.12345.5678",
     "urn:epc:tag:grai-96:3.0614141.12345.5678"),
    ("3474257BF40000000000162E", "urn:epc:id:giai:0614141.5678",
     "urn:epc:tag:giai-96:3.0614141.5678"),
]


@pytest.mark.parametrize(("hex_text", "pure", "tag"), TDS_EXAMPLES)
def test_the_standards_examples_decode_to_their_uris(hex_text, pure, tag):
    decoded = epc.decode(hex_text)
    assert decoded.error is None
    assert (decoded.pure_uri, decoded.tag_uri) == (pure, tag)
    assert decoded.filter == 3
    assert decoded.company_prefix == "0614141"


def test_an_sgtin_gives_its_gtin_with_check_digit_and_its_serial():
    decoded = epc.decode("3074257BF7194E4000001A85")
    assert (decoded.gtin, decoded.serial) == ("80614141123458", "6789")


def test_an_sgtin_198_keeps_its_alphanumeric_serial_unescaped_in_the_field():
    assert epc.decode(TDS_EXAMPLES[1][0]).serial == "32a/b"


def test_an_sscc_gives_the_18_digit_sscc():
    assert epc.decode("3174257BF4499602D2000000").sscc == "106141412345678908"


def test_encoding_the_standards_sgtin_gives_the_standards_hex():
    assert epc.encode_sgtin96("80614141123458", 6789, 3, 7) == "3074257BF7194E4000001A85"


def test_the_company_prefix_length_is_looked_up_when_not_given():
    encoded = epc.encode_sgtin96("4589123000013", 42)
    assert epc.decode(encoded).company_prefix == "458912300"


@pytest.mark.parametrize(("text", "words"), [
    ("", "not hexadecimal"), ("zz", "not hexadecimal"), ("3", "too short"),
    ("FF00000000000000000000000", "not a supported scheme"),
    ("3074257BF719", "too short for SGTIN-96"),
    ("307E257BF7194E4000001A85", "partition value 7 is reserved"),
    ("A" * 10_000, "too long"),
])
def test_bad_epcs_come_back_with_a_reason(text, words):
    decoded = epc.decode(text)
    assert not decoded.ok
    assert words in decoded.error.render()


def test_a_gtin_with_a_wrong_check_digit_is_not_encoded():
    assert isinstance(epc.encode_sgtin96("4589123000014", 1), epc.EncodeProblem)


@pytest.mark.parametrize("serial", ["007", "ABC", str(1 << 38)])
def test_serials_sgtin_96_cannot_hold_are_refused(serial):
    assert isinstance(epc.encode_sgtin96("80614141123458", serial, 1, 7), epc.EncodeProblem)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_decodes_to_a_value_never_an_exception(text):
    assert isinstance(epc.decode(text), epc.Epc)


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=40))
def test_any_bytes_as_hex_decode_to_a_value_never_an_exception(data):
    decoded = epc.decode(data.hex())
    assert decoded.ok or decoded.error is not None


@settings(max_examples=200, deadline=None)
@given(body=st.from_regex(r"[0-9]{13}", fullmatch=True), serial=st.integers(0, (1 << 38) - 1),
       filter_value=st.integers(0, 7), length=st.integers(6, 12))
def test_every_encoded_sgtin_96_decodes_back_to_its_gtin_serial_and_filter(
        body, serial, filter_value, length):
    gtin = body + check_digit(body)
    encoded = epc.encode_sgtin96(gtin, serial, filter_value, length)
    decoded = epc.decode(encoded)
    assert (decoded.gtin, decoded.serial, decoded.filter) == (gtin, str(serial), filter_value)
    assert len(decoded.company_prefix) == length
