"""Where one batch's sorting stands: the fold of its journal events over what its orders
need. The session applies each event as it appends it; a restart folds the same events, so
both paths agree and a killed station resumes at the same slots."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from station.events import sortwall as ev
from station.journal import Event
from station.sortwall.batches import Batch


class SlotStatus(StrEnum):
    EMPTY = "empty"
    SORTING = "sorting"
    COMPLETE = "complete"
    PACKED = "packed"
    EXCEPTION = "exception"


@dataclass(frozen=True)
class SlotView:
    slot: int
    status: SlotStatus
    order_id: str | None = None
    sorted_units: int = 0
    units: int = 0


@dataclass(frozen=True)
class Undoable:
    """A scan UNDO can take back, with what restores the wall as it was before it."""

    event_id: str
    type: str
    key: str                      # the SKU sorted, or the stray's SKU or code
    order_id: str | None = None
    slot: int | None = None
    previous: str | None = None   # the order the slot held before this unit took it
    took_slot: bool = False


@dataclass
class WallState:
    batch: Batch
    # Units each order of the batch needs, by SKU.
    needs: dict[str, Counter[str]]
    gtins: dict[str, str] = field(default_factory=dict)  # GTIN -> SKU of what is needed
    # Orders cancelled, held, or packing or packed elsewhere: no unit goes to them.
    blocked: set[str] = field(default_factory=set)
    sorted: dict[str, Counter[str]] = field(default_factory=dict)
    slot_of: dict[str, int] = field(default_factory=dict)
    in_slot: dict[int, str] = field(default_factory=dict)
    emptied: set[str] = field(default_factory=set)
    excepted: set[str] = field(default_factory=set)
    strays: Counter[str] = field(default_factory=Counter)
    opened: bool = False
    closed: bool = False
    # Scans UNDO can take back, newest last (none past a slot emptied or the close).
    undo_stack: list[Undoable] = field(default_factory=list)
    # Orders needing each SKU, best first (priority, cut-off, batch order).
    by_sku: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rank = {order.order_id: (order.rank, position)
                for position, order in enumerate(self.batch.orders)}
        by_sku: dict[str, list[str]] = {}
        for order_id, need in self.needs.items():
            for sku in need:
                by_sku.setdefault(sku, []).append(order_id)
        self.by_sku = {sku: sorted(ids, key=rank.__getitem__) for sku, ids in by_sku.items()}

    # ------------------------------------------------------------------------ reading
    def remaining(self, order_id: str, sku: str) -> int:
        return self.needs[order_id][sku] - self.sorted.get(order_id, Counter())[sku]

    def missing(self, order_id: str) -> int:
        return self.units(order_id) - self.sorted_units(order_id)

    def units(self, order_id: str) -> int:
        return sum(self.needs.get(order_id, Counter()).values())

    def sorted_units(self, order_id: str) -> int:
        return sum(self.sorted.get(order_id, Counter()).values())

    def complete(self, order_id: str) -> bool:
        return order_id in self.needs and self.missing(order_id) == 0

    def settled(self, order_id: str) -> bool:
        """Taken to the pack bench or to the exception queue: no more units go to it."""
        return order_id in self.emptied or order_id in self.excepted

    def sortable(self, order_id: str) -> bool:
        return order_id not in self.blocked and not self.settled(order_id)

    def free_slot(self) -> int | None:
        """The lowest slot that is empty or whose order went on to packing or to a shelf."""
        for slot in range(1, self.batch.slots + 1):
            occupant = self.in_slot.get(slot)
            if occupant is None or self.settled(occupant):
                return slot
        return None

    def status(self, slot: int) -> SlotView:
        order_id = self.in_slot.get(slot)
        if order_id is None:
            return SlotView(slot, SlotStatus.EMPTY)
        if order_id in self.excepted:
            status = SlotStatus.EXCEPTION
        elif order_id in self.emptied:
            status = SlotStatus.PACKED
        elif self.complete(order_id):
            status = SlotStatus.COMPLETE
        else:
            status = SlotStatus.SORTING
        return SlotView(slot, status, order_id, self.sorted_units(order_id),
                        self.units(order_id))

    def slots(self) -> list[SlotView]:
        return [self.status(slot) for slot in range(1, self.batch.slots + 1)]

    def total_units(self) -> int:
        return sum(sum(need.values()) for need in self.needs.values())

    def total_sorted(self) -> int:
        return sum(sum(done.values()) for done in self.sorted.values())

    # ----------------------------------------------------------------------- folding
    def apply(self, event: Event) -> None:
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    def _opened(self, event: Event) -> None:
        self.opened, self.closed = True, False

    def _sorted(self, event: Event) -> None:
        item = event.read(ev.ItemSorted)
        took = item.order_id not in self.slot_of
        self.undo_stack.append(Undoable(event.id, event.type, item.sku, item.order_id,
                                        item.slot, self.in_slot.get(item.slot), took))
        self.sorted.setdefault(item.order_id, Counter())[item.sku] += 1
        self.slot_of[item.order_id] = item.slot
        self.in_slot[item.slot] = item.order_id

    def _stray(self, event: Event) -> None:
        stray = event.read(ev.StrayItemScanned)
        key = stray.sku or stray.code
        self.undo_stack.append(Undoable(event.id, event.type, key))
        self.strays[key] += 1

    def _undone(self, event: Event) -> None:
        undone = event.read(ev.SortUndone)
        found = next((item for item in self.undo_stack
                      if item.event_id == undone.undone_event), None)
        if found is None:
            return
        self.undo_stack.remove(found)
        if found.order_id is None:
            self.strays[found.key] -= 1
            if self.strays[found.key] <= 0:
                del self.strays[found.key]
            return
        self.sorted[found.order_id][found.key] -= 1
        if found.took_slot and found.slot is not None:
            del self.slot_of[found.order_id]
            if found.previous is None:
                self.in_slot.pop(found.slot, None)
            else:
                self.in_slot[found.slot] = found.previous

    def _emptied(self, event: Event) -> None:
        order_id = event.read(ev.SlotEmptied).order_id
        self.emptied.add(order_id)
        self.undo_stack = [item for item in self.undo_stack if item.order_id != order_id]

    def _excepted(self, event: Event) -> None:
        reported = event.read(ev.SortExceptionReported)
        if reported.order_id is not None:
            self.excepted.add(reported.order_id)
            self.undo_stack = [item for item in self.undo_stack
                               if item.order_id != reported.order_id]
            if reported.slot is not None:
                self.in_slot[reported.slot] = reported.order_id
        else:
            self.strays.clear()

    def _closed(self, event: Event) -> None:
        self.closed = True
        self.undo_stack.clear()


_HANDLERS: dict[str, Callable[[WallState, Event], None]] = {
    ev.BatchOpened.TYPE: WallState._opened,
    ev.ItemSorted.TYPE: WallState._sorted,
    ev.StrayItemScanned.TYPE: WallState._stray,
    ev.SortUndone.TYPE: WallState._undone,
    ev.SlotEmptied.TYPE: WallState._emptied,
    ev.SortExceptionReported.TYPE: WallState._excepted,
    ev.BatchClosed.TYPE: WallState._closed,
}


# Statuses of an order that no unit may be sorted to (its own slot's packing included:
# the fold marks those emptied anyway).
_BLOCKING = ("packed", "packing", "exception", "stopped")


def load(conn: sqlite3.Connection, batch: Batch) -> WallState:
    """The batch's orders as they stand (what each needs by SKU, the GTIN of each SKU, which
    are blocked), before any event: three queries whatever the batch's size."""
    ids = [order.order_id for order in batch.orders]
    marks = ",".join("?" * len(ids))
    blocked = {order_id for (order_id,) in conn.execute(
        f"SELECT o.id FROM orders o LEFT JOIN order_status s ON s.order_id = o.id"
        f" WHERE o.id IN ({marks}) AND (o.cancelled OR o.hold != ''"
        f" OR s.status IN ({','.join('?' * len(_BLOCKING))}))", [*ids, *_BLOCKING])}
    known = {order_id for (order_id,) in conn.execute(
        f"SELECT id FROM orders WHERE id IN ({marks})", ids)}
    needs: dict[str, Counter[str]] = {}
    gtins: dict[str, str] = {}
    for order_id, sku, quantity, gtin in conn.execute(
            f"SELECT l.order_id, l.sku, l.quantity, p.gtin FROM order_lines l"
            f" JOIN products p ON p.sku = l.sku WHERE l.order_id IN ({marks})", ids):
        needs.setdefault(order_id, Counter())[sku] += quantity
        gtins[gtin] = sku
    # An order the station never received cannot be sorted to.
    blocked |= {order_id for order_id in ids if order_id not in known}
    return WallState(batch, needs, gtins, blocked)


def rebuild(conn: sqlite3.Connection, batch: Batch, events: Iterable[Event]) -> WallState:
    state = load(conn, batch)
    for event in events:
        state.apply(event)
    return state
