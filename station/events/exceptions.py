"""A supervisor's decision on an order in the exception queue (subject: the order id)."""

from __future__ import annotations

from station.events.pack import NamesOrder
from station.limits import Text


class ExceptionResolved(NamesOrder):
    """Closed: the order is not packed at this station (cancelled at the OMS, sent from
    elsewhere...). `reason` is the supervisor's words."""

    TYPE = "ExceptionResolved"
    reason: Text


class ExceptionReleased(NamesOrder):
    """Put back to be packed (the missing units came, the damaged one was replaced)."""

    TYPE = "ExceptionReleased"
    reason: Text
