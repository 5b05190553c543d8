"""An order's gift and merge data as the station stores them, checked on the way in: an
order whose gift the station could not pack is kept in `inbox_problems` with the reason."""

from __future__ import annotations

from typing import Any

from station.gift import gift_of
from station.limits import fits_id


def gift_record(raw: Any) -> dict[str, Any]:
    """The gift as stored (`{}`: not a gift); `ValueError` names what is wrong."""
    gift = gift_of(raw)
    return gift.model_dump(mode="json") if gift is not None else {}


def merged_record(raw: Any) -> list[dict[str, Any]]:
    """The orders an order was merged from; `ValueError` when the list is not one."""
    if raw in (None, []):
        return []
    if not isinstance(raw, list) or not all(
            isinstance(part, dict) and fits_id(str(part.get("id", ""))) for part in raw):
        raise ValueError("merged_from must be a list of objects with an order id")
    return [{"id": str(part["id"]), "previous_orders": int(part.get("previous_orders", 0)),
             "subscription_next": part.get("subscription_next") or None,
             "created_at": str(part.get("created_at", ""))} for part in raw]
