"""Numbers printed on a generic shipping label when the station has none issued from the
hub's blocks: a fallback SSCC-18 and a demo tracking number, deterministic per order and box
so a reprint carries the same numbers."""

from __future__ import annotations

import hashlib

from station.gtin import check_digit

SSCC_LENGTH = 18


def sscc(company_prefix: str, order_id: str, box_no: int, extension: int = 0) -> str:
    """Extension digit + GS1 company prefix + serial reference + check digit (GS1 GS 2.2).
    The fallback when the station holds no SSCC serials from the hub
    (`station.carriers.issuing.issue_sscc` is the rule): the serial reference is digits of
    a hash of the whole order id and the box, never the order number's digits, so
    `ORD-100058`, `KAZE-100058` and `ORD-0100058`, or box 1 and box 101, do not share one."""
    if not (company_prefix.isdigit() and 6 <= len(company_prefix) <= 12):
        raise ValueError(f"GS1 company prefix must be 6-12 digits: {company_prefix!r}")
    room = SSCC_LENGTH - 2 - len(company_prefix)
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
