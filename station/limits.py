"""The limits of every value that travels between a station and the hub, in one place.

The hub's import of orders, its feed, its validation of pushed events and the station's own
input all use these, so whatever the hub imports or sends, a station can push back."""

from __future__ import annotations

import json
import re
from typing import Annotated

from pydantic import Field, StringConstraints

# Order, RMA and SKU ids, box types, codes the hub stores as keys (its columns hold 128).
MAX_ID = 128
# Badges (the journal's user), stations, printers, reasons and other short names.
MAX_NAME = 64
# A scanned barcode as read: GS1 Digital Link URLs are long, but not this long.
MAX_CODE = 512
# Free text a person or a device wrote, or a name from the catalogue: notes, reasons, printer
# errors, product titles (some brands' names run to thousands of characters).
MAX_TEXT = 10_000
# Units of one line or one scan, lines of one order, boxes of one parcel.
MAX_QUANTITY = 1_000_000
# Grams on a scale; yen on a price tag.
MAX_WEIGHT_G = 1_000_000
MAX_YEN = 100_000_000
# Bytes of one document or photo.
MAX_BYTES = 1 << 31
# Slots (cubbies) of one sort wall.
MAX_SLOTS = 100

# No control characters: PostgreSQL refuses NUL in text, and a tab or newline in an id is a
# bad scan or a bad import, never a real id.
NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"

Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID, pattern=NO_CONTROL)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME, pattern=NO_CONTROL)]
# A site's name is part of the hub's URLs (/v1/sites/{site}/...).
Site = Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME,
                                        pattern=r"^[A-Za-z0-9_.-]+$")]
# A scan keeps the GS separator (0x1d) that GS1 element strings need, and nothing else.
CODE_CHARACTERS = r"^[^\x00-\x1c\x1e\x1f\x7f]*$"
Code = Annotated[str, StringConstraints(min_length=1, max_length=MAX_CODE,
                                        pattern=CODE_CHARACTERS)]
# Text keeps line breaks and tabs, but never NUL (PostgreSQL's jsonb refuses \u0000).
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=r"^[^\x00]*$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Timestamp = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=NO_CONTROL)]

Quantity = Annotated[int, Field(ge=1, le=MAX_QUANTITY)]
# A sum the station computes (units of an order, expected grams of a box): any size JSON and
# both databases hold exactly.
Total = Annotated[int, Field(ge=0, le=2**53)]
Count = Annotated[int, Field(ge=0, le=MAX_QUANTITY)]
LineNo = Annotated[int, Field(ge=1, le=MAX_QUANTITY)]
BoxNo = Annotated[int, Field(ge=1, le=MAX_QUANTITY)]
Grams = Annotated[int, Field(ge=0, le=MAX_WEIGHT_G)]
Yen = Annotated[int, Field(ge=0, le=MAX_YEN)]
Bytes = Annotated[int, Field(ge=0, le=MAX_BYTES)]
Pixels = Annotated[int, Field(ge=0, le=MAX_QUANTITY)]
SlotNo = Annotated[int, Field(ge=1, le=MAX_SLOTS)]


# Control characters, and lone surrogates: valid in a JSON string escape, but not text that
# UTF-8 (and so either database) can store.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def fits_id(value: str) -> bool:
    """Whether `value` can be an order, RMA or SKU id anywhere (checks outside pydantic)."""
    return 0 < len(value) <= MAX_ID and _CONTROL.search(value) is None


def fits_name(value: str) -> bool:
    """Whether `value` can be a badge or station name anywhere."""
    return 0 < len(value) <= MAX_NAME and fits_id(value)


def storable(value: object) -> bool:
    """Whether a JSON value can be stored as it is: no lone surrogate in any string and no
    NaN or infinity in any number (JSON has neither)."""
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return False
    return True
