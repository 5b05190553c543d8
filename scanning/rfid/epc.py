"""EPC binary encodings per the GS1 EPC Tag Data Standard (TDS 2.x, sections 14 and 15):
decode a tag's EPC bank (hex) to its pure-identity and tag URIs, and encode SGTIN-96.

Written from the standard because the EPC libraries on PyPI each failed a cross-check (see
docs/scanning.md); the standard's own Appendix E examples are the tests. Decoding never raises:
anything that is not a valid EPC of a supported scheme comes back with `error` set."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from typing import Any

from station.gtin import check_digit
from station.messages import Message, msg

MAX_EPC_HEX = 128  # 512 bits: far more than any EPC bank; longer input is refused as garbage

# Partition tables (TDS 14.5): partition value -> (company prefix bits, digits, other bits,
# other digits). The "other" field is item reference, serial reference, location reference,
# asset type or individual asset reference, depending on the scheme.
_Partition = tuple[int, int, int, int]
SGTIN_PARTITIONS: dict[int, _Partition] = {
    0: (40, 12, 4, 1), 1: (37, 11, 7, 2), 2: (34, 10, 10, 3), 3: (30, 9, 14, 4),
    4: (27, 8, 17, 5), 5: (24, 7, 20, 6), 6: (20, 6, 24, 7)}
SSCC_PARTITIONS: dict[int, _Partition] = {
    0: (40, 12, 18, 5), 1: (37, 11, 21, 6), 2: (34, 10, 24, 7), 3: (30, 9, 28, 8),
    4: (27, 8, 31, 9), 5: (24, 7, 34, 10), 6: (20, 6, 38, 11)}
SGLN_PARTITIONS: dict[int, _Partition] = {
    0: (40, 12, 1, 0), 1: (37, 11, 4, 1), 2: (34, 10, 7, 2), 3: (30, 9, 11, 3),
    4: (27, 8, 14, 4), 5: (24, 7, 17, 5), 6: (20, 6, 21, 6)}
GRAI_PARTITIONS: dict[int, _Partition] = {
    0: (40, 12, 4, 0), 1: (37, 11, 7, 1), 2: (34, 10, 10, 2), 3: (30, 9, 14, 3),
    4: (27, 8, 17, 4), 5: (24, 7, 20, 5), 6: (20, 6, 24, 6)}
GIAI_PARTITIONS: dict[int, _Partition] = {
    0: (40, 12, 42, 13), 1: (37, 11, 45, 14), 2: (34, 10, 48, 15), 3: (30, 9, 52, 16),
    4: (27, 8, 55, 17), 5: (24, 7, 58, 18), 6: (20, 6, 62, 19)}

# Header (first 8 bits) -> (scheme, total bits).
SCHEMES: dict[int, tuple[str, int]] = {
    0x30: ("sgtin-96", 96), 0x36: ("sgtin-198", 198), 0x31: ("sscc-96", 96),
    0x32: ("sgln-96", 96), 0x33: ("grai-96", 96), 0x34: ("giai-96", 96)}

# GS1 AI encodable character set 82 (TDS Table A-1) and the characters a URI must escape.
_HEX = re.compile(r"[0-9A-F]+")
_CHARSET_82 = set("!\"%&'()*+,-./:;<=>?_" + string.ascii_letters + string.digits)
_URI_ESCAPES = {'"': "%22", "%": "%25", "&": "%26", "/": "%2F", "<": "%3C", ">": "%3E",
                "?": "%3F"}


@dataclass(frozen=True)
class Epc:
    """One decoded EPC. `fields` holds the scheme's parts as decimal strings (as in the URI,
    unescaped); `gtin` and `serial` are filled for SGTINs, `sscc` for SSCCs."""

    hex: str
    scheme: str = ""
    filter: int | None = None
    company_prefix: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    pure_uri: str = ""
    tag_uri: str = ""
    gtin: str | None = None
    serial: str | None = None
    sscc: str | None = None
    error: Message | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        if self.error is not None:
            return {"hex": self.hex, "error": self.error.render()}
        return {"hex": self.hex, "scheme": self.scheme, "filter": self.filter,
                "company_prefix": self.company_prefix, "fields": self.fields,
                "pure_uri": self.pure_uri, "tag_uri": self.tag_uri, "gtin": self.gtin,
                "serial": self.serial, "sscc": self.sscc}


class _Bits:
    """Reads fixed-width unsigned fields from the front of a bit string held as an int."""

    def __init__(self, value: int, length: int) -> None:
        self._value = value
        self._left = length

    def take(self, width: int) -> int:
        self._left -= width
        return (self._value >> self._left) & ((1 << width) - 1)


def _clean_hex(hex_text: str) -> tuple[str, Message | None]:
    text = hex_text.strip()
    if len(text) > MAX_EPC_HEX:
        return hex_text[:MAX_EPC_HEX], msg(
            "RFID", "Not an EPC: {length} characters is too long.", length=len(text))
    text = text.removeprefix("0x").removeprefix("0X").replace(" ", "").upper()
    if not text or not _HEX.fullmatch(text):
        return text, msg("RFID", "Not an EPC: {code} is not hexadecimal.", code=text)
    if len(text) < 2:
        return text, msg("RFID", "Not an EPC: {code} is too short.", code=text)
    return text, None


def decode(hex_text: str) -> Epc:
    """Decode the EPC bank contents (hex, with or without spaces or a 0x prefix)."""
    text, problem = _clean_hex(hex_text)
    if problem is not None:
        return Epc(text, error=problem)
    header = int(text[:2], 16)
    known = SCHEMES.get(header)
    if known is None:
        return Epc(text, error=msg(
            "RFID", "EPC header {header} is not a supported scheme (SGTIN, SSCC, SGLN, GRAI, "
            "GIAI).", header=f"0x{header:02X}"))
    scheme, length = known
    available = len(text) * 4
    if available < length:
        return Epc(text, scheme=scheme, error=msg(
            "RFID", "EPC {code} is too short for {scheme}: {bits} of {needed} bits.",
            code=text, scheme=scheme.upper(), bits=available, needed=length))
    bits = _Bits(int(text, 16) >> (available - length), length)
    bits.take(8)
    try:
        return _DECODERS[scheme](text, bits)
    except _InvalidEpcError as invalid:
        return Epc(text, scheme=scheme, error=msg(
            "RFID", "EPC {code} is not a valid {scheme}: {reason}", code=text,
            scheme=scheme.upper(), reason=invalid.reason))


class _InvalidEpcError(Exception):
    def __init__(self, reason: Message) -> None:
        super().__init__(reason.render())
        self.reason = reason


def _partition(bits: _Bits, table: dict[int, _Partition]) -> tuple[int, str, int, int]:
    """Filter, company prefix (digits), the other field's value and its digit count."""
    filter_value = bits.take(3)
    partition = bits.take(3)
    if partition not in table:
        raise _InvalidEpcError(msg("RFID", "partition value {value} is reserved.", value=partition))
    cp_bits, cp_digits, other_bits, other_digits = table[partition]
    company = bits.take(cp_bits)
    other = bits.take(other_bits)
    if company >= 10 ** cp_digits or other >= 10 ** max(other_digits, 1) or (
            other_digits == 0 and other != 0):
        raise _InvalidEpcError(msg("RFID", "a number does not fit its partition."))
    return filter_value, str(company).zfill(cp_digits), other, other_digits


def _digits(value: int, width: int) -> str:
    return str(value).zfill(width) if width else ""


def _decode_sgtin(text: str, bits: _Bits, scheme: str) -> Epc:
    filter_value, company, item, item_digits = _partition(bits, SGTIN_PARTITIONS)
    item_ref = _digits(item, item_digits)
    serial = str(bits.take(38)) if scheme == "sgtin-96" else _read_string(bits, 140)
    body = item_ref[0] + company + item_ref[1:]
    gtin = body + check_digit(body)
    escaped = _escape(serial)
    return Epc(text, scheme=scheme, filter=filter_value, company_prefix=company,
               fields={"item_reference": item_ref, "serial": serial},
               pure_uri=f"urn:epc:id:sgtin:{company}.{item_ref}.{escaped}",
               tag_uri=f"urn:epc:tag:{scheme}:{filter_value}.{company}.{item_ref}.{escaped}",
               gtin=gtin, serial=serial)


def _decode_sscc(text: str, bits: _Bits) -> Epc:
    filter_value, company, reference, digits = _partition(bits, SSCC_PARTITIONS)
    serial_ref = _digits(reference, digits)
    body = serial_ref[0] + company + serial_ref[1:]
    return Epc(text, scheme="sscc-96", filter=filter_value, company_prefix=company,
               fields={"serial_reference": serial_ref},
               pure_uri=f"urn:epc:id:sscc:{company}.{serial_ref}",
               tag_uri=f"urn:epc:tag:sscc-96:{filter_value}.{company}.{serial_ref}",
               sscc=body + check_digit(body))


def _decode_sgln(text: str, bits: _Bits) -> Epc:
    filter_value, company, location, digits = _partition(bits, SGLN_PARTITIONS)
    location_ref = _digits(location, digits)
    extension = str(bits.take(41))
    return Epc(text, scheme="sgln-96", filter=filter_value, company_prefix=company,
               fields={"location_reference": location_ref, "extension": extension},
               pure_uri=f"urn:epc:id:sgln:{company}.{location_ref}.{extension}",
               tag_uri=f"urn:epc:tag:sgln-96:{filter_value}.{company}.{location_ref}."
                       f"{extension}")


def _decode_grai(text: str, bits: _Bits) -> Epc:
    filter_value, company, asset, digits = _partition(bits, GRAI_PARTITIONS)
    asset_type = _digits(asset, digits)
    serial = str(bits.take(38))
    return Epc(text, scheme="grai-96", filter=filter_value, company_prefix=company,
               fields={"asset_type": asset_type, "serial": serial},
               pure_uri=f"urn:epc:id:grai:{company}.{asset_type}.{serial}",
               tag_uri=f"urn:epc:tag:grai-96:{filter_value}.{company}.{asset_type}.{serial}",
               serial=serial)


def _decode_giai(text: str, bits: _Bits) -> Epc:
    filter_value = bits.take(3)
    partition = bits.take(3)
    if partition not in GIAI_PARTITIONS:
        raise _InvalidEpcError(msg("RFID", "partition value {value} is reserved.", value=partition))
    cp_bits, cp_digits, asset_bits, asset_digits = GIAI_PARTITIONS[partition]
    company_value = bits.take(cp_bits)
    asset = bits.take(asset_bits)
    if company_value >= 10 ** cp_digits or len(str(asset)) > asset_digits:
        raise _InvalidEpcError(msg("RFID", "a number does not fit its partition."))
    company = str(company_value).zfill(cp_digits)
    return Epc(text, scheme="giai-96", filter=filter_value, company_prefix=company,
               fields={"asset_reference": str(asset)},
               pure_uri=f"urn:epc:id:giai:{company}.{asset}",
               tag_uri=f"urn:epc:tag:giai-96:{filter_value}.{company}.{asset}")


_DECODERS = {
    "sgtin-96": lambda text, bits: _decode_sgtin(text, bits, "sgtin-96"),
    "sgtin-198": lambda text, bits: _decode_sgtin(text, bits, "sgtin-198"),
    "sscc-96": _decode_sscc, "sgln-96": _decode_sgln, "grai-96": _decode_grai,
    "giai-96": _decode_giai,
}


def _read_string(bits: _Bits, width: int) -> str:
    """A 7-bit string field (TDS 14.3.4): characters until the first zero, then only zeros."""
    chars: list[str] = []
    ended = False
    for _ in range(width // 7):
        code = bits.take(7)
        if code == 0:
            ended = True
            continue
        if ended:
            raise _InvalidEpcError(msg("RFID", "characters after the end of the serial."))
        char = chr(code)
        if char not in _CHARSET_82:
            raise _InvalidEpcError(msg("RFID", "character {code} is not allowed in a serial.",
                               code=code))
        chars.append(char)
    return "".join(chars)


def _escape(value: str) -> str:
    if value.isalnum():
        return value
    return "".join(_URI_ESCAPES.get(ch, ch) for ch in value)


@dataclass(frozen=True)
class EncodeProblem:
    message: Message


def encode_sgtin96(gtin: str, serial: int | str, filter_value: int = 1,
                   company_prefix_length: int | None = None) -> str | EncodeProblem:
    """SGTIN-96 hex for a GTIN (8, 12, 13 or 14 digits) and a numeric serial.

    The company prefix length is not in the GTIN itself; when not given, it is looked up in
    GS1's prefix list (biip). Filter 1 is "point of sale trade item" (TDS Table 10-1)."""
    gtin14 = gtin.zfill(14)
    if not (gtin14.isascii() and gtin14.isdigit() and len(gtin14) == 14
            and check_digit(gtin14[:-1]) == gtin14[-1]):
        return EncodeProblem(msg("RFID", "{gtin} is not a valid GTIN.", gtin=gtin))
    serial_text = str(serial)
    if not (serial_text.isascii() and serial_text.isdigit()) or (
            len(serial_text) > 1 and serial_text[0] == "0") or int(serial_text) >= 1 << 38:
        return EncodeProblem(msg(
            "RFID", "Serial {serial} cannot be encoded in SGTIN-96: it must be a number below "
            "274877906944 without leading zeros.", serial=serial_text))
    if not 0 <= filter_value <= 7:
        return EncodeProblem(msg("RFID", "Filter {value} must be 0 to 7.", value=filter_value))
    length = company_prefix_length or _company_prefix_length(gtin14)
    partition = next((p for p, row in SGTIN_PARTITIONS.items() if row[1] == length), None)
    if partition is None:
        return EncodeProblem(msg("RFID", "A company prefix of {length} digits cannot be "
                                 "encoded (6 to 12).", length=length))
    cp_bits, _, item_bits, _ = SGTIN_PARTITIONS[partition]
    company = int(gtin14[1:1 + length])
    item = int(gtin14[0] + gtin14[1 + length:13])
    value = 0x30
    for part, width in ((filter_value, 3), (partition, 3), (company, cp_bits), (item, item_bits),
                        (int(serial_text), 38)):
        value = (value << width) | part
    return f"{value:024X}"


def _company_prefix_length(gtin14: str) -> int:
    from biip.gtin import Gtin

    try:
        prefix = Gtin.parse(gtin14).company_prefix
    except ValueError:
        prefix = None
    return len(prefix.value) if prefix is not None else 7
