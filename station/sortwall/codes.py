"""Slot labels: `SLOT:07` on the cubby, printed on the barcode sheet."""

from __future__ import annotations

from station.limits import MAX_SLOTS

SLOT_PREFIX = "SLOT:"


def slot_code(slot: int) -> str:
    return f"{SLOT_PREFIX}{slot:02d}"


def read_slot(text: str) -> int | None:
    """The slot number of a slot label, or None for anything else."""
    upper = text.strip().upper()
    if not upper.startswith(SLOT_PREFIX):
        return None
    number = upper[len(SLOT_PREFIX):]
    if not (number.isascii() and number.isdigit()) or not 1 <= int(number) <= MAX_SLOTS:
        return None
    return int(number)
