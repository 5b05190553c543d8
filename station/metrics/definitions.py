"""The event types metrics read and the metrics themselves, with their names for people.

Pack events come from `station.pack.events`; returns and printing events are named here as
their features publish them (payload fields: ReturnReceived.brand, ReturnGraded.grade,
ItemDispositioned.disposition)."""

from __future__ import annotations

from enum import StrEnum

from station.messages import Message, msg
from station.pack import events as pack

ORDER_OPENED = pack.ORDER_OPENED
ORDER_PACKED = pack.ORDER_PACKED
WRONG_ITEM_SCANNED = pack.WRONG_ITEM_SCANNED
EXCEPTION_REPORTED = pack.EXCEPTION_REPORTED
RETURN_RECEIVED = "ReturnReceived"
RETURN_GRADED = "ReturnGraded"
ITEM_DISPOSITIONED = "ItemDispositioned"
PRINT_JOB_FAILED = "PrintJobFailed"

# A scan of an item for an open order: pack time runs from the first of these to OrderPacked.
SCANS = frozenset({pack.ITEM_PACKED, pack.WRONG_ITEM_SCANNED, pack.OVER_SCANNED,
                   pack.UNKNOWN_CODE_SCANNED, pack.ITEM_REFUSED})
# Events after which an order is no longer in the exception queue.
EXCEPTION_CLEARED_BY = frozenset({ORDER_OPENED, ORDER_PACKED, pack.PACKING_STOPPED})

# The one payload field each event type contributes to the metrics.
VALUE_FIELD: dict[str, str] = {
    ORDER_OPENED: "brand",
    RETURN_RECEIVED: "brand",
    ORDER_PACKED: "units",
    EXCEPTION_REPORTED: "reason",
    RETURN_GRADED: "grade",
    ITEM_DISPOSITIONED: "disposition",
}


class Metric(StrEnum):
    ORDERS = "orders"
    UNITS = "units"
    UNITS_PER_HOUR = "units_per_hour"
    UNITS_PER_HOUR_NOW = "units_per_hour_now"
    MEDIAN_PACK_TIME = "median_pack_seconds"
    WRONG_PER_100 = "wrong_per_100_units"
    OPEN_EXCEPTIONS = "open_exceptions"
    RETURNS_GRADED = "returns_graded"
    PRINT_FAILURES = "print_failures"
    SYNC_BACKLOG = "sync_backlog"

    @property
    def label(self) -> Message:
        return _LABELS[self]

    @property
    def higher_is_better(self) -> bool:
        return self in {Metric.ORDERS, Metric.UNITS, Metric.UNITS_PER_HOUR,
                        Metric.UNITS_PER_HOUR_NOW, Metric.RETURNS_GRADED}


_LABELS = {
    Metric.ORDERS: msg("Metrics", "Orders packed"),
    Metric.UNITS: msg("Metrics", "Units packed"),
    Metric.UNITS_PER_HOUR: msg("Metrics", "Units/hour"),
    Metric.UNITS_PER_HOUR_NOW: msg("Metrics", "Units/hour now"),
    Metric.MEDIAN_PACK_TIME: msg("Metrics", "Median pack time (s)"),
    Metric.WRONG_PER_100: msg("Metrics", "Wrong items per 100 units"),
    Metric.OPEN_EXCEPTIONS: msg("Metrics", "Open exceptions"),
    Metric.RETURNS_GRADED: msg("Metrics", "Returns graded"),
    Metric.PRINT_FAILURES: msg("Metrics", "Print failures"),
    Metric.SYNC_BACKLOG: msg("Metrics", "Sync backlog"),
}

_NEXT_STEPS = {
    "SHORT": msg("Metrics", "Ask the pick team for the missing units, then reopen the order."),
    "DAMAGED": msg("Metrics", "Replace the damaged item from stock, then reopen the order."),
    "WRONGPICK": msg("Metrics", "Return the wrong item to its location and re-pick the line."),
    "OTHER": msg("Metrics", "Check the tote with the packer who reported it."),
}


def next_step_for_exception(reason: str) -> Message:
    """What a supervisor does about an order in the exception queue."""
    return _NEXT_STEPS.get(reason, _NEXT_STEPS["OTHER"])


_REASONS = {
    "SHORT": msg("Metrics", "Short"),
    "DAMAGED": msg("Metrics", "Damaged"),
    "WRONGPICK": msg("Metrics", "Wrong item picked"),
    "OTHER": msg("Metrics", "Other"),
}


def exception_reason_label(reason: str) -> Message:
    return _REASONS.get(reason, msg("Metrics", "Other: {reason}", reason=reason))
