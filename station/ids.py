"""Typed identifiers. A NewType costs nothing at run time and stops an order id being passed
where a SKU is meant."""

from typing import NewType

import uuid6

EventId = NewType("EventId", str)
OrderId = NewType("OrderId", str)
Sku = NewType("Sku", str)
Gtin = NewType("Gtin", str)
BrandId = NewType("BrandId", str)
BadgeId = NewType("BadgeId", str)
StationId = NewType("StationId", str)
SiteId = NewType("SiteId", str)


def new_event_id() -> EventId:
    """A UUIDv7: sortable by creation time, so journal order and id order agree."""
    return EventId(str(uuid6.uuid7()))
