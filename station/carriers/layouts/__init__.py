"""Carrier import layouts: each turns shipments into the rows of the carrier's CSV and says
which columns of its issued-history file hold the key and the tracking number."""

from __future__ import annotations

from station.carriers.layouts.b2 import B2
from station.carriers.layouts.base import Layout
from station.carriers.layouts.clickpost import CLICKPOST
from station.carriers.layouts.ehiden import EHIDEN3
from station.carriers.layouts.yupri import YUPRI

LAYOUTS: dict[str, Layout] = {"b2": B2, "ehiden3": EHIDEN3, "yupri": YUPRI,
                              "clickpost": CLICKPOST}

__all__ = ["LAYOUTS", "Layout"]
