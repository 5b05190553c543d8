"""The lot and expiry a returned unit of a lot-controlled product came back with: recorded
when its inspection starts, so the stock it goes back to stays traceable (issue 13 item 8).
Its own module: `station/events/returns.py` belongs to the event catalogue."""

from __future__ import annotations

from station.events.returns import UnitEvent
from station.limits import Id, Name


class ReturnLotRecorded(UnitEvent):
    TYPE = "ReturnLotRecorded"
    lot: Id
    expiry: Name  # ISO date, as the item's GS1 code gave it
