"""Every EPC scheme of the Tag Data Standard decoded against the standard's own examples.

Source of the examples: the GS1 EPC Tag Data Standard's example encodings (one per scheme:
hex, pure-identity URI, tag URI and GS1 element string), as transcribed with their three
known misprints corrected (SGTIN-198 URI, GIAI-202 element string, GSRN-96 and SGCN-96
filter) in dannyhaak/TagDataTranslation, TagDataTranslation-C#/TagDataTranslationUnitTest/
TDSStandard.cs. Where the standard's hex is longer than the scheme (padding to 16-bit
words), the extra bits are zeros."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanning.rfid import epc
from station.gtin import check_digit

# (hex, pure identity URI, tag URI, GS1 element string or None)
TDS_EXAMPLES = [
    ("3074257BF7194E4000001A85", "urn:epc:id:sgtin:0614141.812345.6789",
     "urn:epc:tag:sgtin-96:3.0614141.812345.6789", "(01)80614141123458(21)6789"),
    ("3674257BF6B7A659B2C2BF1000000000000000000000000000",
     "urn:epc:id:sgtin:0614141.712345.32a%2Fb", "urn:epc:tag:sgtin-198:3.0614141.712345.32a%2Fb",
     "(01)70614141123451(21)32a/b"),
    ("3174257BF4499602D2000000", "urn:epc:id:sscc:0614141.1234567890",
     "urn:epc:tag:sscc-96:3.0614141.1234567890", "(00)106141412345678908"),
    ("3274257BF46072000000162E", "urn:epc:id:sgln:0614141.12345.5678",
     "urn:epc:tag:sgln-96:3.0614141.12345.5678", "(414)0614141123452(254)5678"),
    ("3974257BF46072CD9615F8800000000000000000000000000",
     "urn:epc:id:sgln:0614141.12345.32a%2Fb", "urn:epc:tag:sgln-195:3.0614141.12345.32a%2Fb",
     "(414)0614141123452(254)32a/b"),
    ("3374257BF40C0E400000162E", "urn:epc:id:grai:0614141.12345.5678",
     "urn:epc:tag:grai-96:3.0614141.12345.5678", "(8003)006141411234525678"),
    ("3774257BF40C0E59B2C2BF100000000000000000000", "urn:epc:id:grai:0614141.12345.32a%2Fb",
     "urn:epc:tag:grai-170:3.0614141.12345.32a%2Fb", "(8003)0061414112345232a/b"),
    ("3474257BF40000000000162E", "urn:epc:id:giai:0614141.5678",
     "urn:epc:tag:giai-96:3.0614141.5678", "(8004)06141415678"),
    ("3874257BF59B2C2BF1000000000000000000000000000000000", "urn:epc:id:giai:0614141.32a%2Fb",
     "urn:epc:tag:giai-202:3.0614141.32a%2Fb", "(8004)061414132a/b"),
    ("2D74257BF4499602D2000000", "urn:epc:id:gsrn:0614141.1234567890",
     "urn:epc:tag:gsrn-96:3.0614141.1234567890", "(8018)061414112345678902"),
    ("2E74257BF4499602D2000000", "urn:epc:id:gsrnp:0614141.1234567890",
     "urn:epc:tag:gsrnp-96:3.0614141.1234567890", "(8017)061414112345678902"),
    ("2C74257BF46072000000162E", "urn:epc:id:gdti:0614141.12345.5678",
     "urn:epc:tag:gdti-96:3.0614141.12345.5678", "(253)06141411234525678"),
    ("3E74F4E4E7039B061438997367D0C18B266D1AB66EE0",
     "urn:epc:id:gdti:4012345.98765.ABCDefgh012345678",
     "urn:epc:tag:gdti-174:3.4012345.98765.ABCDefgh012345678",
     "(253)4012345987652ABCDefgh012345678"),
    ("3C74257BF400C0E680003039", "urn:epc:id:cpi:0614141.98765.12345",
     "urn:epc:tag:cpi-96:3.0614141.98765.12345", "(8010)061414198765(8011)12345"),
    ("3D74257BF75411DEF6B4CC00000003039", "urn:epc:id:cpi:0614141.5PQ7%2FZ43.12345",
     "urn:epc:tag:cpi-var:3.0614141.5PQ7%2FZ43.12345", "(8010)06141415PQ7/Z43(8011)12345"),
    ("3F74F4E4E612640000019907", "urn:epc:id:sgcn:4012345.67890.04711",
     "urn:epc:tag:sgcn-96:3.4012345.67890.04711", "(255)401234567890104711"),
    ("4074F4E4E40C0E40820000000F6C", "urn:epc:id:itip:4012345.012345.01.02.987",
     "urn:epc:tag:itip-110:3.4012345.012345.01.02.987", "(8006)040123451234560102(21)987"),
    ("4174F4E4E40C0E4082DBDD8B36600000000000000000000000000000",
     "urn:epc:id:itip:4012345.012345.01.02.mw133",
     "urn:epc:tag:itip-212:3.4012345.012345.01.02.mw133",
     "(8006)040123451234560102(21)mw133"),
    ("350007AB70425D4000000586", "urn:epc:id:gid:31415.271828.1414",
     "urn:epc:tag:gid-96:31415.271828.1414", None),
    ("2F320434147455900000162E", "urn:epc:id:usdod:CAGEY.5678",
     "urn:epc:tag:usdod-96:3.CAGEY.5678", None),
    ("3B0E0CF5E76C9047759AD00373DC7602E7200", "urn:epc:id:adi:35962.PQ7VZ4.M37GXB92",
     "urn:epc:tag:adi-var:3.35962.PQ7VZ4.M37GXB92", None),
]


@pytest.mark.parametrize(("hex_text", "pure", "tag", "element"), TDS_EXAMPLES,
                         ids=[row[2].split(":")[3] for row in TDS_EXAMPLES])
def test_the_standards_example_of_every_scheme_decodes_to_its_uris_and_element_string(
        hex_text, pure, tag, element):
    decoded = epc.decode(hex_text)
    assert decoded.error is None, decoded.error.render()
    assert (decoded.pure_uri, decoded.tag_uri, decoded.element_string) == (pure, tag, element)
    assert decoded.scheme == tag.split(":")[3]


def test_every_scheme_of_the_standard_has_an_example():
    assert {row[2].split(":")[3] for row in TDS_EXAMPLES} == {
        name for name, _bits, _decoder in epc.SCHEMES.values()}


def test_fields_are_unescaped_and_keys_are_filled():
    itip = epc.decode(TDS_EXAMPLES[16][0])
    assert itip.fields == {"item_reference": "012345", "piece": "01", "total": "02",
                           "serial": "987"}
    assert itip.gtin == "04012345123456"
    assert epc.decode(TDS_EXAMPLES[14][0]).fields["component_reference"] == "5PQ7/Z43"
    assert epc.decode(TDS_EXAMPLES[15][0]).serial == "04711"  # numeric string keeps its zero
    adi = epc.decode(TDS_EXAMPLES[20][0])
    assert adi.fields == {"cage": "35962", "part_number": "PQ7VZ4", "serial": "M37GXB92"}
    assert adi.filter == 3


def test_an_sgln_without_extension_has_no_254_in_its_element_string():
    hex_text = epc.decode("3274257BF46072000000162E").hex
    no_extension = f"{int(hex_text, 16) & ~((1 << 41) - 1):024X}"
    assert epc.decode(no_extension).element_string == "(414)0614141123452"


@pytest.mark.parametrize(("header", "name"), [("F7", "sgtin+"), ("F9", "sscc+"),
                                              ("3A", "gdti-113"), ("00", "unprogrammed")])
def test_schemes_not_decoded_are_named_not_called_unreadable(header, name):
    decoded = epc.decode(header + "74257BF7194E4000001A85")
    assert decoded.scheme == name
    assert name.upper() in decoded.error.render()
    assert decoded.to_json()["scheme"] == name


@pytest.mark.parametrize(("text", "words"), [
    ("3B0E0CF5E76C", "ends in the middle"),                  # ADI cut short
    ("3D74257BF75411DEF6", "ends in the middle"),            # CPI-var cut short
    ("3F74F4E4E612640000000000", "numeric string"),          # SGCN serial without its 1
    ("2F3204FF147455900000162E", "not ASCII"),               # USDOD CAGE byte 0xFF
    ("4074F4E4E40C0E40", "too short for ITIP-110"),
])
def test_broken_tags_of_the_new_schemes_give_a_reason(text, words):
    decoded = epc.decode(text)
    assert not decoded.ok
    assert words in decoded.error.render()


# ------------------------------------------------------------------------------- encoding
def test_encoding_the_standards_sscc_grai_and_giai_gives_the_standards_hex():
    assert epc.encode_sscc96("106141412345678908", 3, 7) == "3174257BF4499602D2000000"
    assert epc.encode_grai96("006141411234525678", 3, 7) == "3374257BF40C0E400000162E"
    assert epc.encode_giai96("06141415678", 3, 7) == "3474257BF40000000000162E"


@pytest.mark.parametrize(("call", "words"), [
    (lambda: epc.encode_sscc96("106141412345678909"), "not a valid SSCC"),
    (lambda: epc.encode_grai96("106141411234525678"), "not a valid GRAI"),
    (lambda: epc.encode_grai96("00614141123452ABC"), "cannot be encoded in GRAI-96"),
    (lambda: epc.encode_giai96("0614141ABC"), "digits only"),
    (lambda: epc.encode_giai96("06141410123", 0, 7), "does not fit"),
    (lambda: epc.encode_sscc96("106141412345678908", 9), "Filter 9"),
])
def test_keys_the_96_bit_schemes_cannot_hold_are_refused_with_a_reason(call, words):
    problem = call()
    assert isinstance(problem, epc.EncodeProblem)
    assert words in problem.message.render()


@settings(max_examples=200, deadline=None)
@given(body=st.from_regex(r"[0-9]{17}", fullmatch=True), filter_value=st.integers(0, 7),
       length=st.integers(6, 12))
def test_every_encoded_sscc_decodes_back(body, filter_value, length):
    code = body + check_digit(body)
    decoded = epc.decode(epc.encode_sscc96(code, filter_value, length))
    assert (decoded.sscc, decoded.filter, len(decoded.company_prefix)) == (
        code, filter_value, length)


@settings(max_examples=200, deadline=None)
@given(key=st.from_regex(r"[0-9]{12}", fullmatch=True), serial=st.integers(0, (1 << 38) - 1),
       length=st.integers(6, 12))
def test_every_encoded_grai_decodes_back_to_its_element_string(key, serial, length):
    grai = f"0{key}{check_digit(key)}{serial}"
    decoded = epc.decode(epc.encode_grai96(grai, 0, length))
    assert decoded.element_string == f"(8003){grai}"


@settings(max_examples=200, deadline=None)
@given(company=st.from_regex(r"[0-9]{6,12}", fullmatch=True),
       asset=st.integers(0, 10**12))
def test_every_encoded_giai_decodes_back_to_its_element_string(company, asset):
    giai = f"{company}{asset}"  # at most 25 digits and 2^42: fits every partition
    encoded = epc.encode_giai96(giai, 1, len(company))
    assert epc.decode(encoded).element_string == f"(8004){giai}"


@settings(max_examples=300, deadline=None)
@given(header=st.sampled_from(sorted(epc.SCHEMES)), body=st.binary(min_size=0, max_size=40))
def test_any_bits_after_a_known_header_decode_to_a_value_never_an_exception(header, body):
    decoded = epc.decode(f"{header:02X}{body.hex()}")
    assert decoded.ok or decoded.error is not None


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[0-9]{1,17}", fullmatch=True))
def test_the_decoders_check_digit_is_the_stations(digits):
    from scanning.rfid.epc.bits import check_digit as fast

    assert fast(digits) == check_digit(digits)
