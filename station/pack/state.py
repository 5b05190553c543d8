"""Where one order's packing stands, rebuilt by folding its journal events.

The session applies each event as it appends it; a restart folds the same events from the
journal. Both paths go through `PackState.apply`, so they cannot disagree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from station.events import pack as ev
from station.events.handover import PackingHandedOver
from station.events.kits import KitAssembled, KitPartPacked, KitPartsSetAside
from station.events.materials import MaterialScanned
from station.events.steps import StepConfirmed
from station.journal import Event
from station.models import Product
from station.scans import Scan


@dataclass(frozen=True)
class PackedItem:
    event_id: str
    line_no: int
    sku: str
    box_no: int
    quantity: int
    lot: str | None = None
    expiry: str | None = None
    serial: str | None = None
    user: str | None = None   # the badge that scanned it: the unit is credited to them


@dataclass(frozen=True)
class AwaitingQuantity:
    """A many-unit line asked for a quantity; the item scan waits for it."""

    scan: Scan


@dataclass(frozen=True)
class AwaitingLot:
    """A lot- or serial-controlled item asked for its GS1 barcode."""

    product: Product


# What the session asked for and waits on. It lives in memory only: it belongs to whoever
# scanned it, and a sign-in change or a restart drops it.
# (What EXCEPTION asks for is the draft of `exception_report.py`, not a prompt.)
Prompt = AwaitingQuantity | AwaitingLot | None


@dataclass
class PackState:
    order_id: str
    status: str = "packing"
    boxes: dict[int, str | None] = field(default_factory=lambda: {1: None})
    items: dict[str, PackedItem] = field(default_factory=dict)
    packed_by_line: Counter[int] = field(default_factory=Counter)
    undo_stack: list[tuple[str, str]] = field(default_factory=list)
    awaiting_acknowledgement: bool = False
    weighed: dict[int, bool] = field(default_factory=dict)
    packer: str | None = None   # who packs it: who opened it, or took it over since

    @property
    def current_box(self) -> int:
        return max(self.boxes)

    def packed(self, line_no: int) -> int:
        return self.packed_by_line[line_no]

    def items_in_box(self, box_no: int) -> list[PackedItem]:
        return [item for item in self.items.values() if item.box_no == box_no]

    def apply(self, event: Event) -> None:
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)
            if event.type in UNDOABLE:
                self.undo_stack.append((event.id, event.type))

    def snapshot(self) -> dict[str, Any]:
        """A plain comparable picture, for tests and the crash check."""
        return {
            "order_id": self.order_id, "status": self.status, "boxes": dict(self.boxes),
            "items": sorted(self.items), "packed": dict(+self.packed_by_line),
            "undo_stack": list(self.undo_stack),
            "awaiting_acknowledgement": self.awaiting_acknowledgement,
            "weighed": dict(self.weighed), "packer": self.packer,
        }


def rebuild(order_id: str, events: Iterable[Event]) -> PackState:
    """Fold an order's events since it was last opened."""
    state = PackState(order_id)
    for event in events:
        if event.type == ev.OrderOpened.TYPE:
            state = PackState(order_id)
        state.apply(event)
    return state


def _item_packed(state: PackState, event: Event) -> None:
    p = event.read(ev.ItemPacked)
    item = PackedItem(event.id, p.line_no, p.sku, p.box_no, p.quantity, p.lot, p.expiry,
                      p.serial, event.user)
    state.items[event.id] = item
    state.packed_by_line[item.line_no] += item.quantity
    state.weighed.pop(item.box_no, None)


def _order_opened(state: PackState, event: Event) -> None:
    state.status = "packing"
    state.boxes = {1: event.read(ev.OrderOpened).box_type}
    state.packer = event.user


def _handed_over(state: PackState, event: Event) -> None:
    state.packer = event.read(PackingHandedOver).to_badge


def _box_started(state: PackState, event: Event) -> None:
    p = event.read(ev.BoxStarted)
    state.boxes[p.box_no] = p.box_type


def _box_chosen(state: PackState, event: Event) -> None:
    p = event.read(ev.BoxChosen)
    state.boxes[p.box_no] = p.box_type


def _scan_undone(state: PackState, event: Event) -> None:
    p = event.read(ev.ScanUndone)
    undone_id = p.undone_event
    state.undo_stack = [entry for entry in state.undo_stack if entry[0] != undone_id]
    if p.undone_type == ev.ItemPacked.TYPE:
        item = state.items.pop(undone_id)
        state.packed_by_line[item.line_no] -= item.quantity
        state.weighed.pop(item.box_no, None)
    elif p.undone_type == ev.BoxStarted.TYPE and p.box_no is not None:
        state.boxes.pop(p.box_no, None)
    elif p.undone_type == ev.BoxChosen.TYPE and p.box_no is not None:
        state.boxes[p.box_no] = p.previous_box_type


def _weight_checked(state: PackState, event: Event) -> None:
    p = event.read(ev.WeightChecked)
    state.weighed[p.box_no] = p.within


def _needs_acknowledgement(state: PackState, event: Event) -> None:
    state.awaiting_acknowledgement = True


def _acknowledged(state: PackState, event: Event) -> None:
    state.awaiting_acknowledgement = False


def _parts_used(state: PackState, event: Event) -> None:
    """Parts made into a kit, or set aside, are no longer a scan to undo on their own."""
    state.undo_stack = [entry for entry in state.undo_stack if entry[1] != KitPartPacked.TYPE]


def _status(status: str) -> Callable[[PackState, Event], None]:
    def handler(state: PackState, event: Event) -> None:
        state.status = status
    return handler


_HANDLERS: dict[str, Callable[[PackState, Event], None]] = {
    ev.ItemPacked.TYPE: _item_packed,
    ev.BoxStarted.TYPE: _box_started,
    ev.BoxChosen.TYPE: _box_chosen,
    ev.ScanUndone.TYPE: _scan_undone,
    ev.WeightChecked.TYPE: _weight_checked,
    ev.WrongItemScanned.TYPE: _needs_acknowledgement,
    ev.OverScanned.TYPE: _needs_acknowledgement,
    ev.WrongItemAcknowledged.TYPE: _acknowledged,
    ev.OrderOpened.TYPE: _order_opened,
    ev.OrderPacked.TYPE: _status("packed"),
    ev.ExceptionReported.TYPE: _status("exception"),
    ev.OrderReleased.TYPE: _status("released"),
    ev.PackingStopped.TYPE: _status("stopped"),
    PackingHandedOver.TYPE: _handed_over,
    MaterialScanned.TYPE: lambda state, event: None,  # only to be undone (the bill: materials)
    KitPartPacked.TYPE: lambda state, event: None,  # only to be undone (loose: pack/kits.py)
    KitAssembled.TYPE: _parts_used,
    KitPartsSetAside.TYPE: _parts_used,
    # A step confirmed by scan (station/pack/steps.py folds it): here only for CMD:UNDO.
    StepConfirmed.TYPE: lambda state, event: None,
}
# What UNDO takes back, newest first: items, box changes, a material scanned by mistake,
# a kit's part still loose in the box and a step (熨斗, wrapping, an insert) confirmed.
UNDOABLE = ev.UNDOABLE | {MaterialScanned.TYPE, KitPartPacked.TYPE, StepConfirmed.TYPE}
