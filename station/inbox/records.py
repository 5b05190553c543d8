"""What the hub's feed carries: one record per change, applied in feed order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class RecordKind(StrEnum):
    BRAND = "brand"
    PRODUCT = "product"
    BOX_TYPE = "box_type"
    BADGE = "badge"
    ORDER = "order"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_HELD = "order_held"
    ADDRESS_CHANGED = "address_changed"
    RMA = "rma"
    BRAND_KIT = "brand_kit"
    BATCH = "batch"


@dataclass(frozen=True)
class FeedRecord:
    position: int
    kind: str
    key: str
    data: Mapping[str, Any]

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> FeedRecord:
        return cls(int(raw["position"]), str(raw["kind"]), str(raw["key"]), dict(raw["data"]))


class OrderChangeKind(StrEnum):
    UPDATED = "updated"
    CANCELLED = "cancelled"
    HELD = "held"
    RELEASED = "released"
    ADDRESS_CHANGED = "address_changed"


@dataclass(frozen=True)
class OrderChange:
    order_id: str
    kind: OrderChangeKind


@dataclass(frozen=True)
class InboxResult:
    """What one applied page changed, so screens redraw only that."""

    applied: int = 0
    problems: int = 0
    cursor: int = 0
    order_changes: tuple[OrderChange, ...] = field(default=())
    catalogue_changed: bool = False

    def affects(self, order_id: str | None) -> bool:
        return order_id is not None and any(c.order_id == order_id for c in self.order_changes)

    def merge(self, other: InboxResult) -> InboxResult:
        return InboxResult(
            applied=self.applied + other.applied, problems=self.problems + other.problems,
            cursor=max(self.cursor, other.cursor),
            order_changes=self.order_changes + other.order_changes,
            catalogue_changed=self.catalogue_changed or other.catalogue_changed,
        )
