"""Hand-over of an open order from one packer to another (subject: the order id)."""

from __future__ import annotations

from station.events.pack import NamesOrder
from station.limits import Name, Total


class PackingHandedOver(NamesOrder):
    """`to_badge` took over the open order from `from_badge` after scanning their badge twice.
    Recorded with `to_badge` as its user; `units_packed` were packed before the hand-over."""

    TYPE = "PackingHandedOver"
    from_badge: Name
    to_badge: Name
    units_packed: Total
