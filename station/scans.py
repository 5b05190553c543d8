"""A scan as the station core receives it: what was read, from where, and what it means.

Device and symbology details (wedge timing, camera frames, GS1 parsing, EPC decoding) stay in
`scanning`, which turns them into these values. The core only decides what a scan does."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from station.gtin import to_gtin14
from station.ids import Gtin
from station.limits import MAX_CODE, MAX_QUANTITY, MAX_WEIGHT_G
from station.messages import Message

MAX_SCAN_LENGTH = MAX_CODE


class ScanSource(StrEnum):
    WEDGE = "wedge"
    KEYBOARD = "keyboard"
    CAMERA = "camera"
    RFID = "rfid"
    SCALE = "scale"


class Command(StrEnum):
    COMPLETE = "COMPLETE"
    NEW_BOX = "NEWBOX"
    UNDO = "UNDO"
    EXCEPTION = "EXCEPTION"
    REPRINT = "REPRINT"
    SIGN_OUT = "SIGNOUT"
    OK = "OK"
    CANCEL = "CANCEL"
    VOID = "VOID"


class ScaleCommand(StrEnum):
    """Commands for the scale, not for the pack session: the scale wiring takes these codes
    (`CMD:TARE`, `CMD:ZERO`) before a scan reaches the session."""

    TARE = "TARE"
    ZERO = "ZERO"


class ExceptionReason(StrEnum):
    SHORT = "SHORT"
    DAMAGED = "DAMAGED"
    WRONG_PICK = "WRONGPICK"
    OTHER = "OTHER"


# Our own barcodes (printed on the barcode sheet and on labels) carry these prefixes.
COMMAND_PREFIX = "CMD:"
BADGE_PREFIX = "BADGE:"
QUANTITY_PREFIX = "QTY:"
BOX_PREFIX = "BOX:"
REASON_PREFIX = "REASON:"
WEIGHT_PREFIX = "WEIGHT:"
MATERIAL_PREFIX = "MAT:"
# The returns bench's own codes: checklist answers, a grade change and its reason, a photo.
ANSWER_PREFIX = "ANS:"
GRADE_PREFIX = "GRADE:"
WHY_PREFIX = "WHY:"
PHOTO_CODE = "RET:PHOTO"


class ReturnsCodeKind(StrEnum):
    ANSWER = "answer"
    GRADE = "grade"
    WHY = "why"
    PHOTO = "photo"


@dataclass(frozen=True)
class ReturnsCode:
    """A returns bench code: what it is and its value (`ANS:YES` is ANSWER "YES")."""

    kind: ReturnsCodeKind
    value: str = ""


@dataclass(frozen=True)
class Scan:
    """One read. `text` is what arrived (cleaned for display); the other fields are what it
    was understood to carry. `problem` is set when the read could not be understood."""

    text: str
    source: ScanSource = ScanSource.WEDGE
    command: Command | None = None
    badge: str | None = None
    quantity: int | None = None
    box_code: str | None = None
    reason: ExceptionReason | None = None
    weight_g: int | None = None
    material: str | None = None
    gtin: Gtin | None = None
    lot: str | None = None
    expiry: date | None = None
    serial: str | None = None
    problem: Message | None = None

    @property
    def is_item(self) -> bool:
        return self.gtin is not None


def clean(raw: str | bytes) -> str:
    """What a person can be shown of a read: decoded leniently, NFKC-normalised (a Japanese
    IME types ＯＲＤ－１０００１２ for ORD-100012), control characters dropped (except the GS
    separator, which GS1 data needs), trimmed, and cut to a sane length."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(ch for ch in text if ch == "\x1d" or (ch.isprintable() and ch != "\ufffd"))
    return kept.strip()[:MAX_SCAN_LENGTH]


def read_scale_command(text: str) -> ScaleCommand | None:
    """`CMD:TARE` or `CMD:ZERO` as the scale command it is, else None."""
    upper = text.strip().upper()
    if not upper.startswith(COMMAND_PREFIX):
        return None
    return next((c for c in ScaleCommand if c.value == upper[len(COMMAND_PREFIX):]), None)


def read_returns_code(text: str) -> ReturnsCode | None:
    """`ANS:...`, `GRADE:...`, `WHY:...` or `RET:PHOTO` as the returns code it is, else None."""
    upper = text.upper()
    for prefix, kind in ((ANSWER_PREFIX, ReturnsCodeKind.ANSWER),
                         (GRADE_PREFIX, ReturnsCodeKind.GRADE), (WHY_PREFIX, ReturnsCodeKind.WHY)):
        if upper.startswith(prefix):
            return ReturnsCode(kind, upper[len(prefix):])
    return ReturnsCode(ReturnsCodeKind.PHOTO) if upper == PHOTO_CODE else None


def read_own_code(text: str) -> Scan | None:
    """Our own code scheme (commands, badges, quantities, boxes, materials, reasons, weights),
    or None."""
    upper = text.upper()
    if upper.startswith(COMMAND_PREFIX):
        name = upper[len(COMMAND_PREFIX):]
        command = next((c for c in Command if c.value == name), None)
        return Scan(text, command=command) if command else None
    if upper.startswith(BADGE_PREFIX) and len(text) > len(BADGE_PREFIX):
        return Scan(text, badge=text[len(BADGE_PREFIX):])
    if upper.startswith(BOX_PREFIX) and len(text) > len(BOX_PREFIX):
        return Scan(text, box_code=upper[len(BOX_PREFIX):])
    if upper.startswith(MATERIAL_PREFIX) and len(text) > len(MATERIAL_PREFIX):
        return Scan(text, material=upper[len(MATERIAL_PREFIX):])
    if upper.startswith(REASON_PREFIX):
        name = upper[len(REASON_PREFIX):]
        reason = next((r for r in ExceptionReason if r.value == name), None)
        return Scan(text, reason=reason) if reason else None
    for prefix in (QUANTITY_PREFIX, WEIGHT_PREFIX):
        if upper.startswith(prefix):
            number = upper[len(prefix):]
            limit = MAX_QUANTITY if prefix == QUANTITY_PREFIX else MAX_WEIGHT_G
            if not (number.isascii() and number.isdigit() and 0 < int(number) <= limit):
                return None
            if prefix == QUANTITY_PREFIX:
                return Scan(text, quantity=int(number))
            return Scan(text, weight_g=int(number))
    return None


def read_plain(raw: str | bytes, source: ScanSource = ScanSource.WEDGE) -> Scan:
    """Understand a read without GS1 parsing: our own codes, a plain GTIN, or other text
    (order numbers, totes). `scanning.interpret` adds GS1 element strings and Digital Link."""
    text = clean(raw)
    own = read_own_code(text)
    if own is not None:
        return replace(own, source=source)
    return Scan(text, source=source, gtin=to_gtin14(text))
