"""Which slot an item goes to: pure decisions over a `WallState`, nothing recorded."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.sortwall.wall import WallState


class Verdict(StrEnum):
    SORT = "sort"            # put it in `slot` for `order_id`
    STRAY = "stray"          # no open order of the batch needs it
    WALL_FULL = "wall_full"  # an order needs it but has no slot and none is free


@dataclass(frozen=True)
class Placement:
    verdict: Verdict
    order_id: str | None = None
    slot: int | None = None
    new_slot: bool = False  # the order's first unit: the slot is now its


def place(state: WallState, sku: str) -> Placement:
    """The best-ranked order (priority, then carrier cut-off) that still needs `sku` and has
    or can get a slot. An order already holding a slot never waits for a free one."""
    waiting = False
    free: int | None = None
    free_looked = False
    for order_id in state.by_sku.get(sku, ()):
        if not state.sortable(order_id) or state.remaining(order_id, sku) <= 0:
            continue
        slot = state.slot_of.get(order_id)
        if slot is not None:
            return Placement(Verdict.SORT, order_id, slot)
        if not free_looked:
            free, free_looked = state.free_slot(), True
        if free is not None:
            return Placement(Verdict.SORT, order_id, free, new_slot=True)
        waiting = True
    return Placement(Verdict.WALL_FULL if waiting else Verdict.STRAY)


@dataclass(frozen=True)
class Shortfall:
    """An order of the batch closed short: to the exception queue, its slot named."""

    order_id: str
    slot: int | None
    missing_units: int


def shortfalls(state: WallState) -> list[Shortfall]:
    """Orders still open at the end of the batch with units missing."""
    return [Shortfall(order.order_id, state.slot_of.get(order.order_id),
                      state.missing(order.order_id))
            for order in state.batch.orders
            if state.sortable(order.order_id) and order.order_id in state.needs
            and state.missing(order.order_id) > 0]
