"""An order's gift and merge data as the station stores them, checked on the way in: an
order whose gift the station could not pack is kept in `inbox_problems` with the reason."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from station.gift import gift_of
from station.limits import Count, Id, Name

MAX_PARTS = 100


class _MergedPart(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: Id
    previous_orders: Count = 0
    subscription_next: Name | None = None
    created_at: Name = ""


_PARTS = TypeAdapter(list[_MergedPart])


def gift_record(raw: Any) -> dict[str, Any]:
    """The gift as stored (`{}`: not a gift); `ValueError` names what is wrong."""
    gift = gift_of(raw)
    return gift.model_dump(mode="json") if gift is not None else {}


def merged_record(raw: Any) -> list[dict[str, Any]]:
    """The orders an order was merged from; `ValueError` when the list is not one."""
    if raw in (None, []):
        return []
    try:
        parts = _PARTS.validate_python(raw)
    except ValidationError:
        raise ValueError("merged_from must be a list of objects with an order id, "
                         "previous_orders, subscription_next and created_at") from None
    if len(parts) > MAX_PARTS:
        raise ValueError(f"merged_from lists more than {MAX_PARTS} orders")
    return [part.model_dump() for part in parts]
