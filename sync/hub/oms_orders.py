"""Orders from a brand's OMS: posted in the `import-orders` JSON shape, checked with the same
rules and limits (`sync.hub.orders.check_order`), published to the stations' feed; and read
back with their status and shipments. A client only ever sees and changes its brands'
orders: another brand's order answers exactly as an unknown one does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, select

from sync.hub import feed, oms_feed, order_locks, orders
from sync.hub.oms_keys import OmsClient
from sync.hub.orders import _known_skus, check_order
from sync.hub.schema import order_status

# Set at the hub, not by the OMS: kept when the OMS posts the order again without them.
_HUB_HELD = ("cancelled", "hold")
# Statuses of `order_status` (sync.hub.ingest) after which the order is the station's.
_PACKED = frozenset({"packed"})
_SHIPPED = frozenset({oms_feed.SHIPMENT_CONFIRMED, oms_feed.PARCEL_HANDED_OVER})
_BY_INGEST = {"packing": "packing", "packed": "packed", "exception": "exception",
              "stopped": "waiting", "released": "waiting", "closed": "closed"}


class PostStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class OrderStatus(StrEnum):
    WAITING = "waiting"
    PACKING = "packing"
    PACKED = "packed"
    SHIPPED = "shipped"
    EXCEPTION = "exception"
    CANCELLED = "cancelled"
    CLOSED = "closed"


@dataclass(frozen=True)
class PostResult:
    id: str
    status: PostStatus
    problems: tuple[str, ...] = field(default=())


def post_orders(engine: Engine, client: OmsClient,
                raws: Sequence[Mapping[str, Any]]) -> list[PostResult]:
    """One result per order, in one transaction: an order is created, updated (before it is
    packed), unchanged (posted again) or rejected with the reasons."""
    with engine.begin() as conn:
        known = _known_skus(conn)
        return [_post_one(conn, client, raw, known, number)
                for number, raw in enumerate(raws, start=1)]


def _post_one(conn: Connection, client: OmsClient, raw: Mapping[str, Any],
              known: set[str] | None, number: int) -> PostResult:
    label = str(raw.get("id") or f"order {number}") if isinstance(raw, Mapping) else ""
    if not isinstance(raw, Mapping):
        return PostResult(f"order {number}", PostStatus.REJECTED, ("is not an object",))
    order, problems = check_order(raw, known, label)
    if order is None:
        return PostResult(label, PostStatus.REJECTED,
                          tuple(problem.message for problem in problems))
    order_id = order["id"]
    if "/" in order_id:
        return PostResult(order_id, PostStatus.REJECTED, (
            "an order id for the OMS door cannot contain '/': it goes into the path of"
            " /v1/oms/orders/{id}",))
    if order["brand"] not in client.brands:
        return PostResult(order_id, PostStatus.REJECTED,
                          ("the order's brand is not one of this key's brands ("
                           + ", ".join(sorted(client.brands)) + ")",))
    current = feed.order_data(conn, order_id)
    if current is None:
        feed.publish(conn, "order", order_id, order, order["site"])
        return PostResult(order_id, PostStatus.CREATED)
    if current.get("brand") not in client.brands:
        # Answered as any id this key cannot use, without saying whose order it is.
        return PostResult(order_id, PostStatus.REJECTED,
                          (f"order id {order_id} cannot be used with this key",))
    for key in _HUB_HELD:
        if key not in raw:
            order[key] = current.get(key, order[key])
    if order == current:
        return PostResult(order_id, PostStatus.UNCHANGED)
    stage = _ingest_status(conn, order_id)
    if stage in _PACKED:
        return PostResult(order_id, PostStatus.REJECTED,
                          (f"order {order_id} is already packed: it can no longer change",))
    feed.publish(conn, "order", order_id, order, order["site"])
    return PostResult(order_id, PostStatus.UPDATED)


def _ingest_status(conn: Connection, order_id: str) -> str | None:
    return conn.execute(select(order_status.c.status)
                        .where(order_status.c.order_id == order_id)).scalar_one_or_none()


def order_view(conn: Connection, client: OmsClient, order_id: str) -> dict[str, Any] | None:
    """The order with its status and shipments; None when unknown or another brand's."""
    order = feed.order_data(conn, order_id)
    if order is None or order.get("brand") not in client.brands:
        return None
    happened = oms_feed.of_order(conn, order_id)
    return {"order": order, "status": _status(conn, order, happened),
            "shipments": shipments(happened)}


def _status(conn: Connection, order: Mapping[str, Any],
            happened: list[dict[str, Any]]) -> OrderStatus:
    stage = _ingest_status(conn, str(order["id"]))
    if any(event["type"] in _SHIPPED for event in happened):
        return OrderStatus.SHIPPED
    if order.get("cancelled") and stage not in _PACKED:
        return OrderStatus.CANCELLED
    return OrderStatus(_BY_INGEST.get(stage or "", OrderStatus.WAITING))


def shipments(happened: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per box and tracking number: labelled, confirmed, then handed over or
    voided."""
    boxes: dict[tuple[int, str], dict[str, Any]] = {}

    def labelled(box_no: int, tracking: str, carrier: str) -> dict[str, Any]:
        return boxes.setdefault((box_no, tracking), {
            "box_no": box_no, "tracking": tracking, "carrier": carrier, "handed_over": None,
            "voided": False})

    for event in happened:
        data = event["data"]
        if event["type"] == oms_feed.SHIPMENT_LABELLED:
            labelled(int(data["box_no"]), str(data["tracking"]), data["carrier"])
        elif event["type"] == oms_feed.SHIPMENT_CONFIRMED:
            for parcel in data["parcels"]:
                labelled(int(parcel["box_no"]), str(parcel["tracking"]), data["carrier"])
        elif event["type"] == oms_feed.PARCEL_HANDED_OVER:
            box = labelled(int(data["box_no"]), str(data["tracking"]), data["carrier"])
            box["handed_over"] = data["day"]
        elif event["type"] == oms_feed.LABEL_VOIDED:
            key = (int(data["box_no"]), str(data["number"]))
            if key in boxes:
                boxes[key]["voided"] = True
    return list(boxes.values())


class Change(StrEnum):
    CANCEL = "cancel"
    HOLD = "hold"
    ADDRESS = "address"


@dataclass(frozen=True)
class ChangeAnswer:
    accepted: bool
    status: OrderStatus
    detail: str


_TOO_LATE = frozenset({OrderStatus.PACKED, OrderStatus.SHIPPED})


def change_order(engine: Engine, client: OmsClient, order_id: str, change: Change,
                 value: Any) -> ChangeAnswer | None:
    """Cancel, hold (an empty reason releases) or readdress an order, saying whether the
    stations can still act on it; None when the order is unknown or another brand's.

    The check and the change are one transaction that a push of the same order's events
    waits for (or that waits for the push: `order_locks`), so an OrderPacked racing a
    cancel gives one answer: either the cancel is accepted and the OrderPacked refused, or
    the order is packed and the cancel refused."""
    with engine.begin() as conn:
        order_locks.hold_pushes_for(conn, order_id)
        found = order_view(conn, client, order_id)
        if found is None:
            return None
        now = found["status"]
        if now in _TOO_LATE:
            return ChangeAnswer(False, now, f"order {order_id} is already {now}: too late to"
                                            " change it at the station")
        if change == Change.CANCEL:
            kind, data = orders.cancellation(value)
        elif change == Change.HOLD:
            kind, data = orders.hold(value)
        else:
            kind, data = orders.new_address(value)
        orders.publish_change(conn, kind, order_id, data)
    if now == OrderStatus.PACKING:
        detail = ("open at a station: the change reaches it when it next syncs, unless the"
                  " order is sealed first")
    else:
        detail = "no station is packing it: every station gets the change before it starts"
    return ChangeAnswer(True, now, detail)
