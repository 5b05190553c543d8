"""What the packer must see about an order's delivery wishes: the date, the time slot, cool,
cash on delivery and the handling note (ワレモノ注意). The carrier label prints them; the pack
screen shows them while the order is packed, each saying what to do, so a chilled parcel gets
its ice pack and a COD parcel its envelope."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from station.carriers.contracts import Carrier, Contract, carrier_name
from station.carriers.orders import delivery_of
from station.messages import Message, msg
from station.models import Order

# Each says what to do, not only what the parcel is.
_COOL = {"chilled": msg("Delivery", "CHILLED (冷蔵): ice pack, cool box"),
         "frozen": msg("Delivery", "FROZEN (冷凍): freezer box, pack last")}


@dataclass(frozen=True)
class DeliveryNotice:
    """One message per wish the order has; `urgent` when the parcel needs something extra
    (cool packing, a cash-on-delivery slip), so the screen can draw it in a warning colour."""

    parts: tuple[Message, ...]
    urgent: bool


def delivery_notice(conn: sqlite3.Connection, order: Order,
                    contracts: Mapping[Carrier, Contract]) -> DeliveryNotice | None:
    """The order's delivery wishes, or None when it has none (earliest delivery, any time,
    not cool, prepaid)."""
    delivery = delivery_of(conn, order.id)
    carrier = carrier_name(order.carrier) if order.carrier else None
    contract = contracts.get(carrier) if carrier else None
    parts: list[Message] = []
    slot_label = None
    if delivery.time_slot:
        slot = contract.slot(delivery.time_slot) if contract else None
        slot_label = slot.label if slot else delivery.time_slot
    # Date and slot share one chip, so four chips (two rows) hold every wish.
    if delivery.date and slot_label:
        parts.append(msg("Delivery", "Deliver on {date}, {slot}", date=delivery.date,
                         slot=slot_label))
    elif delivery.date:
        parts.append(msg("Delivery", "Deliver on {date}", date=delivery.date))
    elif slot_label:
        parts.append(msg("Delivery", "Time slot {slot}", slot=slot_label))
    cool = _COOL.get(delivery.cool)
    if cool is not None:
        parts.append(cool)
    if delivery.cod_yen > 0:
        parts.append(msg("Delivery", "Cash on delivery ¥{amount}: add the COD envelope",
                         amount=f"{delivery.cod_yen:,}"))
    if delivery.handling:
        # The order's own words (ワレモノ注意, 天地無用): shown as written.
        parts.append(msg("Delivery", "Handle: {note}", note=delivery.handling))
    if not parts:
        return None
    return DeliveryNotice(tuple(parts), urgent=cool is not None or delivery.cod_yen > 0
                          or bool(delivery.handling))
