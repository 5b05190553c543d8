"""Numbers printed on a shipping label: the SSCC-18 of each box and a demo tracking number.
Both are deterministic per order and box, so a reprint carries the same numbers."""

from __future__ import annotations

import hashlib

from station.gtin import check_digit

SSCC_LENGTH = 18


def sscc(company_prefix: str, order_id: str, box_no: int, extension: int = 0) -> str:
    """Extension digit + GS1 company prefix + serial reference + check digit (GS1 GS 2.2).
    The serial reference is the order number's digits and the box number when they fit,
    otherwise digits of a hash of both."""
    if not (company_prefix.isdigit() and 6 <= len(company_prefix) <= 12):
        raise ValueError(f"GS1 company prefix must be 6-12 digits: {company_prefix!r}")
    room = SSCC_LENGTH - 2 - len(company_prefix)
    digits = "".join(ch for ch in order_id if "0" <= ch <= "9")
    if digits and len(digits) + 2 <= room:
        serial = f"{int(digits):0{room - 2}d}{box_no % 100:02d}"
    else:
        serial = _hash_digits(f"{order_id}/{box_no}", room)
    body = f"{extension % 10}{company_prefix}{serial}"
    return body + check_digit(body)


def tracking_number(carrier: str, order_id: str, box_no: int) -> str:
    """A demo tracking number: 11 digits from the order and box plus a mod-7 check digit
    (the scheme of Japanese parcel carriers' 12-digit numbers)."""
    body = _hash_digits(f"{carrier}/{order_id}/{box_no}", 11)
    return body + str(int(body) % 7)


def _hash_digits(text: str, count: int) -> str:
    number = int.from_bytes(hashlib.sha256(text.encode()).digest()[:12], "big")
    return f"{number % 10**count:0{count}d}"
