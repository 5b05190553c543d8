"""Tracking-number check digits, as pure functions.

Yamato, Sagawa and ゆうパック numbers are 12 digits whose last digit is the first eleven, read
as one number, modulo 7 (a "sum of digits mod 7", seen in some public code, is wrong).
International mail uses UPU S10: two letters, eight digits, a check digit (weights
8,6,4,2,3,5,9,7; 11 - sum mod 11, 10 -> 0, 11 -> 5) and the country code."""

from __future__ import annotations

import re

from station.messages import Message, msg

_S10 = re.compile(r"^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def mod7_digit(body: str) -> str:
    """The check digit of an 11-digit body."""
    return str(int(body) % 7)


def with_check_digit(body: int) -> str:
    """The 12-digit number for an 11-digit body (as the number blocks hand them out)."""
    text = f"{body:011d}"
    return text + mod7_digit(text)


def s10_digit(serial: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "0" if check == 10 else "5" if check == 11 else str(check)


def normalise(text: str) -> str:
    """What a person types or a label prints (`3897-1107-4012`, full-width digits) as digits."""
    return re.sub(r"[\s\-‐－]", "", text).translate(_FULL_WIDTH).upper()


_FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def domestic_problem(number: str) -> Message | None:
    """Why a 12-digit domestic number is not valid, or None when it is."""
    if not number.isdigit() or len(number) != 12:
        return msg("Carriers", "A tracking number has 12 digits; {number} does not.",
                   number=number)
    if mod7_digit(number[:11]) != number[11]:
        return msg("Carriers", "The check digit of {number} is wrong: it should end in {digit}."
                   " Scan the label again or type the number carefully.",
                   number=number, digit=mod7_digit(number[:11]))
    return None


def s10_problem(number: str) -> Message | None:
    """Why an international (UPU S10) number is not valid, or None when it is."""
    match = _S10.match(number)
    if match is None:
        return msg("Carriers", "An international number is two letters, nine digits and two"
                   " letters (like RB123456785JP); {number} is not.", number=number)
    serial, digit = match.groups()
    if s10_digit(serial) != digit:
        return msg("Carriers", "The check digit of {number} is wrong: it should be {digit}.",
                   number=number, digit=s10_digit(serial))
    return None


def tracking_problem(carrier: str, text: str) -> Message | None:
    """Whether a scanned or typed number can be trusted for `carrier`: None when valid.
    Japan Post takes both its 12-digit domestic numbers and S10 international ones."""
    number = normalise(text)
    if carrier == "japanpost" and number[:1].isalpha():
        return s10_problem(number)
    if carrier in {"yamato", "sagawa", "japanpost"}:
        return domestic_problem(number)
    return msg("Carriers", "Unknown carrier {carrier}: use yamato, sagawa or japanpost.",
               carrier=carrier)
