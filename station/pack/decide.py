"""The pack session's pure decisions: what is left to pack, whether a date or a weight passes,
which boxes still need weighing, what a sealed order holds. Functions of values; no I/O."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from station.events import pack as ev
from station.models import Order, OrderLine
from station.pack.state import PackState
from station.scans import Command


class DateRefusal(StrEnum):
    """Why a lot-controlled unit must not ship (the `ItemRefused` reason)."""

    EXPIRED = "expired"
    SHORT_DATED = "short_dated"


# While a wrong or extra item waits for OK, only these commands go on.
WHILE_ACKNOWLEDGING = frozenset({Command.OK, Command.EXCEPTION, Command.SIGN_OUT})


def remaining(line: OrderLine, state: PackState | None) -> int:
    return line.quantity - (state.packed(line.line_no) if state else 0)


def missing_units(order: Order | None, state: PackState | None) -> int:
    """Units still to pack. Packed never exceeds ordered on any line, so this is the
    order's units less everything packed."""
    if order is None:
        return 0
    packed = sum(state.packed_by_line.values()) if state else 0
    return order.units - packed


def date_refusal(expiry: date, today: date, min_shelf_life_days: int) -> DateRefusal | None:
    if expiry < today:
        return DateRefusal.EXPIRED
    if expiry < today + timedelta(days=min_shelf_life_days):
        return DateRefusal.SHORT_DATED
    return None


def weight_within(weight_g: int, expected_g: int, tolerance_percent: float) -> bool:
    return abs(weight_g - expected_g) <= expected_g * tolerance_percent / 100


def unweighed_boxes(state: PackState | None, weight_check: bool) -> list[int]:
    """Boxes that still need a weight within tolerance (with weight_check on)."""
    if not weight_check or state is None:
        return []
    return [box_no for box_no in sorted(state.boxes)
            if state.items_in_box(box_no) and not state.weighed.get(box_no)]


def packed_boxes(state: PackState) -> tuple[ev.PackedBox, ...]:
    """What each box of a sealed order holds, as `OrderPacked` records it."""
    return tuple(
        ev.PackedBox(box_no=box_no, box_type=box_type, items=tuple(
            ev.PackedUnit(sku=item.sku, quantity=item.quantity, lot=item.lot,
                          serial=item.serial)
            for item in state.items_in_box(box_no)))
        for box_no, box_type in sorted(state.boxes.items()))


def asks_quantity(line: OrderLine, remaining_units: int, prompt_at: int) -> bool:
    """A line with many units asks for a quantity rather than one scan per unit."""
    return line.quantity >= prompt_at and remaining_units >= prompt_at
