"""Encoding GS1 keys into 96-bit EPCs: SGTIN-96 (an item), SSCC-96 (a logistic unit),
GRAI-96 (a returnable asset such as a tote) and GIAI-96 (an individual asset).

The company prefix length is not in the key itself; when not given, it is looked up in GS1's
prefix list (biip). Filter values are the scheme's own (TDS Table 10-1 onwards)."""

from __future__ import annotations

from scanning.rfid.epc import partitions as pt
from scanning.rfid.epc.bits import BitWriter
from scanning.rfid.epc.model import EncodeProblem
from station.gtin import check_digit
from station.messages import msg


def _digits_with_check(code: str, length: int) -> bool:
    return (code.isascii() and code.isdigit() and len(code) == length
            and check_digit(code[:-1]) == code[-1])


def _integer(text: str, bits: int) -> int | None:
    """A serial as the integer encoding holds it: digits, no leading zero, fits `bits`."""
    if not (text.isascii() and text.isdigit()) or (len(text) > 1 and text[0] == "0"):
        return None
    value = int(text)
    return value if value < 1 << bits else None


def _company_prefix_length(digits: str) -> int:
    from biip.gs1_prefixes import GS1CompanyPrefix

    prefix = GS1CompanyPrefix.extract(digits)
    return len(prefix.value) if prefix is not None else 7


def _prefix(header: int, filter_value: int, table: pt.Table, digits: str,
            length: int | None) -> tuple[BitWriter, pt.Partition] | EncodeProblem:
    """The header, filter, partition and company prefix of `digits` (which start with it)."""
    if not 0 <= filter_value <= 7:
        return EncodeProblem(msg("RFID", "Filter {value} must be 0 to 7.", value=filter_value))
    length = length or _company_prefix_length(digits)
    partition = pt.by_prefix_digits(table, length)
    if partition is None:
        return EncodeProblem(msg("RFID", "A company prefix of {length} digits cannot be "
                                 "encoded (6 to 12).", length=length))
    row = table[partition]
    writer = BitWriter().put(header, 8).put(filter_value, 3).put(partition, 3)
    return writer.put(int(digits[:length]), row[0]), row


def encode_sgtin96(gtin: str, serial: int | str, filter_value: int = 1,
                   company_prefix_length: int | None = None) -> str | EncodeProblem:
    """SGTIN-96 hex for a GTIN (8, 12, 13 or 14 digits) and a numeric serial. Filter 1 is
    "point of sale trade item"."""
    gtin14 = gtin.zfill(14)
    if not _digits_with_check(gtin14, 14):
        return EncodeProblem(msg("RFID", "{gtin} is not a valid GTIN.", gtin=gtin))
    number = _integer(str(serial), 38)
    if number is None:
        return EncodeProblem(msg(
            "RFID", "Serial {serial} cannot be encoded in SGTIN-96: it must be a number below "
            "274877906944 without leading zeros.", serial=str(serial)))
    start = _prefix(0x30, filter_value, pt.SGTIN, gtin14[1:13], company_prefix_length)
    if isinstance(start, EncodeProblem):
        return start
    writer, row = start
    item = int(gtin14[0] + gtin14[1 + row[1]:13])
    return writer.put(item, row[2]).put(number, 38).hex()


def encode_sscc96(sscc: str, filter_value: int = 2,
                  company_prefix_length: int | None = None) -> str | EncodeProblem:
    """SSCC-96 hex for an 18-digit SSCC. Filter 2 is "full case for transport"."""
    if not _digits_with_check(sscc, 18):
        return EncodeProblem(msg("RFID", "{sscc} is not a valid SSCC.", sscc=sscc))
    start = _prefix(0x31, filter_value, pt.SSCC, sscc[1:17], company_prefix_length)
    if isinstance(start, EncodeProblem):
        return start
    writer, row = start
    reference = int(sscc[0] + sscc[1 + row[1]:17])
    return writer.put(reference, row[2]).put(0, 24).hex()


def encode_grai96(grai: str, filter_value: int = 0,
                  company_prefix_length: int | None = None) -> str | EncodeProblem:
    """GRAI-96 hex for an AI (8003) value: "0", company prefix, asset type, check digit,
    then a numeric serial."""
    key, serial = grai[1:14], grai[14:]
    if not (grai[:1] == "0" and _digits_with_check(key, 13)):
        return EncodeProblem(msg("RFID", "{grai} is not a valid GRAI.", grai=grai))
    number = _integer(serial, 38)
    if number is None:
        return EncodeProblem(msg(
            "RFID", "Serial {serial} cannot be encoded in GRAI-96: it must be a number below "
            "274877906944 without leading zeros.", serial=serial))
    start = _prefix(0x33, filter_value, pt.GRAI, key[:12], company_prefix_length)
    if isinstance(start, EncodeProblem):
        return start
    writer, row = start
    asset_type = int(key[row[1]:12] or "0")
    return writer.put(asset_type, row[2]).put(number, 38).hex()


def encode_giai96(giai: str, filter_value: int = 0,
                  company_prefix_length: int | None = None) -> str | EncodeProblem:
    """GIAI-96 hex for an AI (8004) value whose asset reference is a number without leading
    zeros (an alphanumeric reference needs GIAI-202)."""
    if not (giai.isascii() and giai.isdigit() and len(giai) > 6):
        return EncodeProblem(msg("RFID", "{giai} cannot be encoded in GIAI-96: it must be "
                                         "digits only.", giai=giai))
    start = _prefix(0x34, filter_value, pt.GIAI_96, giai, company_prefix_length)
    if isinstance(start, EncodeProblem):
        return start
    writer, row = start
    asset = _integer(giai[row[1]:], row[2])
    if asset is None or len(giai) - row[1] > row[3]:
        return EncodeProblem(msg("RFID", "The asset reference of {giai} does not fit GIAI-96.",
                                 giai=giai))
    return writer.put(asset, row[2]).hex()
