"""EPC binary encodings per the GS1 EPC Tag Data Standard (TDS 2.x, sections 14 and 15):
decode a tag's EPC bank (hex) to its pure-identity URI, tag URI and GS1 element string for
every scheme of the standard, and encode SGTIN-96, SSCC-96, GRAI-96 and GIAI-96.

Written from the standard because the EPC libraries on PyPI each failed a cross-check (see
docs/scanning.md); the standard's own examples are the tests. Decoding never raises:
anything that is not a valid EPC comes back with `error` set, and a tag of a scheme that is
recognised but not decoded (the TDS 2.x "+" schemes) is named in `scheme`."""

from __future__ import annotations

import re

from scanning.rfid.epc.bits import BitReader
from scanning.rfid.epc.encode import (
    encode_giai96,
    encode_grai96,
    encode_sgtin96,
    encode_sscc96,
)
from scanning.rfid.epc.model import EncodeProblem, Epc, InvalidEpcError
from scanning.rfid.epc.schemes import NAMED_ONLY, SCHEMES
from station.messages import Message, msg

__all__ = ["MAX_EPC_HEX", "SCHEMES", "EncodeProblem", "Epc", "decode", "encode_giai96",
           "encode_grai96", "encode_sgtin96", "encode_sscc96"]

MAX_EPC_HEX = 128  # 512 bits: far more than any EPC bank; longer input is refused as garbage
_HEX = re.compile(r"[0-9A-F]+")


def _clean_hex(hex_text: str) -> tuple[str, Message | None]:
    if 2 <= len(hex_text) <= MAX_EPC_HEX and _HEX.fullmatch(hex_text):
        return hex_text, None  # what readers send: upper-case hex, nothing to clean
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
        return _unknown(text, header)
    scheme, length, decoder = known
    available = len(text) * 4
    if length is not None and available < length:
        return Epc(text, scheme=scheme, error=msg(
            "RFID", "EPC {code} is too short for {scheme}: {bits} of {needed} bits.",
            code=text, scheme=scheme.upper(), bits=available, needed=length))
    value = int(text, 16)
    if length is not None:
        bits = BitReader(value >> (available - length), length)
    else:
        bits = BitReader(value, available)
    bits.take(8)
    try:
        return decoder(text, bits)
    except InvalidEpcError as invalid:
        return Epc(text, scheme=scheme, error=msg(
            "RFID", "EPC {code} is not a valid {scheme}: {reason}", code=text,
            scheme=scheme.upper(), reason=invalid.reason))


def _unknown(text: str, header: int) -> Epc:
    named = NAMED_ONLY.get(header)
    if named is not None:
        return Epc(text, scheme=named, error=msg(
            "RFID", "EPC {code} is of scheme {scheme}, which this station names but does not "
            "decode.",
            code=text, scheme=named.upper()))
    return Epc(text, error=msg(
        "RFID", "EPC header {header} is not a supported scheme (SGTIN, SSCC, SGLN, GRAI, "
        "GIAI, GSRN, GDTI, CPI, SGCN, ITIP, GID, USDOD, ADI).", header=f"0x{header:02X}"))
