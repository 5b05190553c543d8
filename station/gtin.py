"""GTIN check digits (GS1 General Specifications, 7.9): used to make valid demo data and to
normalise what a plain EAN/UPC scan sends. Full GS1 element strings are parsed in `scanning`."""

from station.ids import Gtin

GTIN_LENGTHS = (8, 12, 13, 14)


def check_digit(body: str) -> str:
    """The check digit for the digits before it (any GTIN length)."""
    total = sum(int(digit) * (3 if index % 2 == 0 else 1)
                for index, digit in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def is_valid(code: str) -> bool:
    return (code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS
            and check_digit(code[:-1]) == code[-1])


def to_gtin14(code: str) -> Gtin | None:
    """A valid GTIN-8/12/13/14 as GTIN-14, or None."""
    return Gtin(code.zfill(14)) if is_valid(code) else None
