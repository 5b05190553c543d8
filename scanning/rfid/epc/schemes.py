"""One decoder per EPC binary scheme (TDS sections 14.6 and 15): the bits after the header
-> an `Epc` with its pure-identity URI, tag URI and, where one exists, GS1 element string."""

from __future__ import annotations

from collections.abc import Callable

from scanning.rfid.epc import partitions as pt
from scanning.rfid.epc.bits import (
    BitReader,
    check_digit,
    eight_bit,
    escape,
    numeric_string,
    padded,
    seven_bit,
    six_bit_fixed,
    six_bit_variable,
)
from scanning.rfid.epc.model import Epc, InvalidEpcError
from station.messages import msg

Decoder = Callable[[str, BitReader], Epc]


def _epc(text: str, scheme: str, filter_value: int | None, parts: list[str],
          fields: dict[str, str], *, element: str | None = None, company: str = "",
          **extra: str | None) -> Epc:
    path = escape(".".join(parts))
    tag_path = path if filter_value is None else f"{filter_value}.{path}"
    return Epc(text, scheme=scheme, filter=filter_value, company_prefix=company,
               fields=fields, pure_uri=f"urn:epc:id:{scheme.partition('-')[0]}:{path}",
               tag_uri=f"urn:epc:tag:{scheme}:{tag_path}", element_string=element,
               **extra)  # type: ignore[arg-type]


def _prefix(bits: BitReader, table: pt.Table) -> tuple[int, str, pt.Partition]:
    """Filter, company prefix and the partition row."""
    filter_value = bits.take(3)
    partition = bits.take(3)
    if partition not in table:
        raise InvalidEpcError(msg("RFID", "partition value {value} is reserved.",
                                  value=partition))
    row = table[partition]
    return filter_value, padded(bits.take(row[0]), row[1]), row


def _integer(value: int, max_digits: int) -> str:
    if len(str(value)) > max_digits:
        raise InvalidEpcError(msg("RFID", "a number does not fit its partition."))
    return str(value)


def _with_check(digits: str) -> str:
    return digits + check_digit(digits)


def sgtin(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        filter_value, company, row = _prefix(bits, pt.SGTIN)
        item = padded(bits.take(row[2]), row[3])
        serial = str(bits.take(38)) if scheme == "sgtin-96" else seven_bit(bits, 140)
        gtin = _with_check(item[0] + company + item[1:])
        return _epc(text, scheme, filter_value, [company, item, serial],
                    {"item_reference": item, "serial": serial},
                    element=f"(01){gtin}(21){serial}", company=company, gtin=gtin, serial=serial)
    return decode


def sscc(text: str, bits: BitReader) -> Epc:
    filter_value, company, row = _prefix(bits, pt.SSCC)
    reference = padded(bits.take(row[2]), row[3])
    code = _with_check(reference[0] + company + reference[1:])
    return _epc(text, "sscc-96", filter_value, [company, reference],
                {"serial_reference": reference}, element=f"(00){code}", company=company,
                sscc=code)


def sgln(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        filter_value, company, row = _prefix(bits, pt.SGLN)
        location = padded(bits.take(row[2]), row[3])
        extension = str(bits.take(41)) if scheme == "sgln-96" else seven_bit(bits, 140)
        element = f"(414){_with_check(company + location)}"
        if extension != "0":
            element += f"(254){extension}"
        return _epc(text, scheme, filter_value, [company, location, extension],
                    {"location_reference": location, "extension": extension},
                    element=element, company=company)
    return decode


def grai(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        filter_value, company, row = _prefix(bits, pt.GRAI)
        asset_type = padded(bits.take(row[2]), row[3])
        serial = str(bits.take(38)) if scheme == "grai-96" else seven_bit(bits, 112)
        element = f"(8003)0{_with_check(company + asset_type)}{serial}"
        return _epc(text, scheme, filter_value, [company, asset_type, serial],
                    {"asset_type": asset_type, "serial": serial}, element=element,
                    company=company, serial=serial)
    return decode


def giai(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        table = pt.GIAI_96 if scheme == "giai-96" else pt.GIAI_202
        filter_value, company, row = _prefix(bits, table)
        asset = (_integer(bits.take(row[2]), row[3]) if scheme == "giai-96"
                 else seven_bit(bits, row[2]))
        return _epc(text, scheme, filter_value, [company, asset],
                    {"asset_reference": asset}, element=f"(8004){company}{asset}",
                    company=company)
    return decode


def gsrn(scheme: str, ai: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        filter_value, company, row = _prefix(bits, pt.GSRN)
        reference = padded(bits.take(row[2]), row[3])
        element = f"({ai}){_with_check(company + reference)}"
        return _epc(text, scheme, filter_value, [company, reference],
                    {"service_reference": reference}, element=element, company=company)
    return decode


def gdti(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        filter_value, company, row = _prefix(bits, pt.GDTI)
        document = padded(bits.take(row[2]), row[3])
        serial = str(bits.take(41)) if scheme == "gdti-96" else seven_bit(bits, 119)
        element = f"(253){_with_check(company + document)}{serial}"
        return _epc(text, scheme, filter_value, [company, document, serial],
                    {"document_type": document, "serial": serial}, element=element,
                    company=company, serial=serial)
    return decode


def sgcn(text: str, bits: BitReader) -> Epc:
    filter_value, company, row = _prefix(bits, pt.SGCN)
    document = padded(bits.take(row[2]), row[3])
    serial = numeric_string(bits.take(41))
    element = f"(255){_with_check(company + document)}{serial}"
    return _epc(text, "sgcn-96", filter_value, [company, document, serial],
                {"coupon_reference": document, "serial": serial}, element=element,
                company=company, serial=serial)


def cpi(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        if scheme == "cpi-96":
            filter_value, company, row = _prefix(bits, pt.CPI_96)
            part = _integer(bits.take(row[2]), row[3])
            serial = str(bits.take(31))
        else:
            filter_value, company, row = _prefix(bits, pt.CPI_VAR)
            part = six_bit_variable(bits, row[3])
            serial = _integer(bits.take(40), 12)
        return _epc(text, scheme, filter_value, [company, part, serial],
                    {"component_reference": part, "serial": serial},
                    element=f"(8010){company}{part}(8011){serial}", company=company,
                    serial=serial)
    return decode


def itip(scheme: str) -> Decoder:
    def decode(text: str, bits: BitReader) -> Epc:
        filter_value, company, row = _prefix(bits, pt.SGTIN)
        item = padded(bits.take(row[2]), row[3])
        piece, total = padded(bits.take(7), 2), padded(bits.take(7), 2)
        serial = str(bits.take(38)) if scheme == "itip-110" else seven_bit(bits, 140)
        gtin = _with_check(item[0] + company + item[1:])
        return _epc(text, scheme, filter_value, [company, item, piece, total, serial],
                    {"item_reference": item, "piece": piece, "total": total,
                     "serial": serial}, element=f"(8006){gtin}{piece}{total}(21){serial}",
                    company=company, gtin=gtin, serial=serial)
    return decode


def gid(text: str, bits: BitReader) -> Epc:
    manager, object_class, serial = (str(bits.take(w)) for w in (28, 24, 36))
    return _epc(text, "gid-96", None, [manager, object_class, serial],
                {"general_manager": manager, "object_class": object_class,
                 "serial": serial}, serial=serial)


def _cage(code: str) -> str:
    """A 5-character CAGE code is stored after one space; a DoDAAC has 6 characters."""
    cage = code[1:] if code.startswith(" ") else code
    if not (cage.isascii() and cage.isalnum() and cage.upper() == cage):
        raise InvalidEpcError(msg("RFID", "the CAGE or DoDAAC code is not valid."))
    return cage


def usdod(text: str, bits: BitReader) -> Epc:
    filter_value = bits.take(4)
    cage = _cage(eight_bit(bits, 6))
    serial = str(bits.take(36))
    return _epc(text, "usdod-96", filter_value, [cage, serial],
                {"cage": cage, "serial": serial}, serial=serial)


def adi(text: str, bits: BitReader) -> Epc:
    filter_value = bits.take(6)
    cage = _cage(six_bit_fixed(bits, 6))
    part = six_bit_variable(bits, 32)
    serial = six_bit_variable(bits, 30)
    if not serial:
        raise InvalidEpcError(msg("RFID", "the serial number is empty."))
    return _epc(text, "adi-var", filter_value, [cage, part, serial],
                {"cage": cage, "part_number": part, "serial": serial}, serial=serial)


# Header -> (scheme, bits or None for variable length, decoder). TDS Table 14-1.
SCHEMES: dict[int, tuple[str, int | None, Decoder]] = {
    0x30: ("sgtin-96", 96, sgtin("sgtin-96")), 0x36: ("sgtin-198", 198, sgtin("sgtin-198")),
    0x31: ("sscc-96", 96, sscc),
    0x32: ("sgln-96", 96, sgln("sgln-96")), 0x39: ("sgln-195", 195, sgln("sgln-195")),
    0x33: ("grai-96", 96, grai("grai-96")), 0x37: ("grai-170", 170, grai("grai-170")),
    0x34: ("giai-96", 96, giai("giai-96")), 0x38: ("giai-202", 202, giai("giai-202")),
    0x2D: ("gsrn-96", 96, gsrn("gsrn-96", "8018")),
    0x2E: ("gsrnp-96", 96, gsrn("gsrnp-96", "8017")),
    0x2C: ("gdti-96", 96, gdti("gdti-96")), 0x3E: ("gdti-174", 174, gdti("gdti-174")),
    0x3C: ("cpi-96", 96, cpi("cpi-96")), 0x3D: ("cpi-var", None, cpi("cpi-var")),
    0x3F: ("sgcn-96", 96, sgcn),
    0x40: ("itip-110", 110, itip("itip-110")), 0x41: ("itip-212", 212, itip("itip-212")),
    0x35: ("gid-96", 96, gid), 0x2F: ("usdod-96", 96, usdod), 0x3B: ("adi-var", None, adi),
}

# Headers this station names but does not decode: TDS 2.x "+" schemes (with AIDC data)
# and the withdrawn GDTI-113.
NAMED_ONLY: dict[int, str] = {
    0x00: "unprogrammed", 0x3A: "gdti-113", 0xF0: "cpi+", 0xF1: "grai+", 0xF2: "sgln+",
    0xF3: "itip+", 0xF4: "gsrn+", 0xF5: "gsrnp+", 0xF6: "gdti+", 0xF7: "sgtin+",
    0xF8: "sgcn+", 0xF9: "sscc+", 0xFA: "giai+", 0xFB: "dsgtin+",
}
