"""SSCC-18 from a serial reference the hub allocated to this station in blocks.

The serial reference used to be the order number's digits and the box number, so
ORD-100058, KAZE-100058 and ORD-0100058 shared an SSCC and box 1 equalled box 101. Now it is a
serial from a number block (kind `sscc`): unique per company prefix whatever the order or box
is called."""

from __future__ import annotations

from station.gtin import check_digit

SSCC_LENGTH = 18
# A demo range for the embedded hub (serial references 1..999,999).
DEMO_SSCC_RANGE = (1, 999_999)


def sscc_for_serial(company_prefix: str, serial: int, extension: int = 0) -> str:
    """Extension digit + GS1 company prefix + serial reference + check digit (GS1 GS 2.2)."""
    if not (company_prefix.isdigit() and 6 <= len(company_prefix) <= 12):
        raise ValueError(f"GS1 company prefix must be 6-12 digits: {company_prefix!r}")
    room = SSCC_LENGTH - 2 - len(company_prefix)
    if not 0 <= serial < 10**room:
        raise ValueError(f"serial {serial} does not fit {room} digits after {company_prefix}")
    body = f"{extension % 10}{company_prefix}{serial:0{room}d}"
    return body + check_digit(body)

