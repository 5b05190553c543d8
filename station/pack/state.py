"""Where one order's packing stands, rebuilt by folding its journal events.

The session applies each event as it appends it; a restart folds the same events from the
journal. Both paths go through `PackState.apply`, so they cannot disagree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from station.journal import Event
from station.pack import events as ev


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
            handler(self, event.id, event.payload)
            if event.type in ev.UNDOABLE:
                self.undo_stack.append((event.id, event.type))

    def snapshot(self) -> dict[str, Any]:
        """A plain comparable picture, for tests and the crash check."""
        return {
            "order_id": self.order_id, "status": self.status, "boxes": dict(self.boxes),
            "items": sorted(self.items), "packed": dict(+self.packed_by_line),
            "undo_stack": list(self.undo_stack),
            "awaiting_acknowledgement": self.awaiting_acknowledgement,
            "weighed": dict(self.weighed),
        }


def rebuild(order_id: str, events: Iterable[Event]) -> PackState:
    """Fold an order's events since it was last opened."""
    state = PackState(order_id)
    for event in events:
        if event.type == ev.ORDER_OPENED:
            state = PackState(order_id)
        state.apply(event)
    return state


def _item_packed(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    item = PackedItem(event_id, p["line_no"], p["sku"], p["box_no"], p["quantity"],
                      p.get("lot"), p.get("expiry"), p.get("serial"))
    state.items[event_id] = item
    state.packed_by_line[item.line_no] += item.quantity
    state.weighed.pop(item.box_no, None)


def _order_opened(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    state.status = "packing"
    state.boxes = {1: p.get("box_type")}


def _box_started(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    state.boxes[p["box_no"]] = p.get("box_type")


def _box_chosen(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    state.boxes[p["box_no"]] = p["box_type"]


def _scan_undone(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    undone_id = p["undone_event"]
    state.undo_stack = [entry for entry in state.undo_stack if entry[0] != undone_id]
    kind = p["undone_type"]
    if kind == ev.ITEM_PACKED:
        item = state.items.pop(undone_id)
        state.packed_by_line[item.line_no] -= item.quantity
        state.weighed.pop(item.box_no, None)
    elif kind == ev.BOX_STARTED:
        state.boxes.pop(p["box_no"], None)
    elif kind == ev.BOX_CHOSEN:
        state.boxes[p["box_no"]] = p.get("previous_box_type")


def _weight_checked(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    state.weighed[p["box_no"]] = bool(p["within"])


def _needs_acknowledgement(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    state.awaiting_acknowledgement = True


def _acknowledged(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
    state.awaiting_acknowledgement = False


def _status(status: str) -> Any:
    def handler(state: PackState, event_id: str, p: Mapping[str, Any]) -> None:
        state.status = status
    return handler


_HANDLERS = {
    ev.ITEM_PACKED: _item_packed,
    ev.BOX_STARTED: _box_started,
    ev.BOX_CHOSEN: _box_chosen,
    ev.SCAN_UNDONE: _scan_undone,
    ev.WEIGHT_CHECKED: _weight_checked,
    ev.WRONG_ITEM_SCANNED: _needs_acknowledgement,
    ev.OVER_SCANNED: _needs_acknowledgement,
    ev.WRONG_ITEM_ACKNOWLEDGED: _acknowledged,
    ev.ORDER_OPENED: _order_opened,
    ev.ORDER_PACKED: _status("packed"),
    ev.EXCEPTION_REPORTED: _status("exception"),
    ev.ORDER_RELEASED: _status("released"),
    ev.PACKING_STOPPED: _status("stopped"),
}
