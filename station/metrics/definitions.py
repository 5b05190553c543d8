"""The event types metrics read and the metrics themselves, with their names for people.

Event types come from the catalogue (`station.events`); `VALUE_FIELD` names the one payload
field each type contributes, and a test proves each exists in that type's model."""

from __future__ import annotations

from enum import StrEnum

from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.events.kits import KitPartPacked
from station.events.materials import MaterialScanned
from station.events.pack import (
    ExceptionReported,
    ItemPacked,
    ItemRefused,
    OrderOpened,
    OrderPacked,
    OverScanned,
    PackingStopped,
    UnknownCodeScanned,
    WrongItemScanned,
)
from station.events.printing import PrintJobFailed
from station.events.returns import ItemDispositioned, ReturnGraded, ReturnReceived
from station.events.shipping import LabelChecked, LabelReissued, WrongLabelScanned
from station.events.sortwall import (
    BatchClosed,
    ItemSorted,
    SortExceptionReported,
    SortUndone,
    StrayItemScanned,
)
from station.messages import Message, msg

ORDER_OPENED = OrderOpened.TYPE
ORDER_PACKED = OrderPacked.TYPE
WRONG_ITEM_SCANNED = WrongItemScanned.TYPE
EXCEPTION_REPORTED = ExceptionReported.TYPE
RETURN_RECEIVED = ReturnReceived.TYPE
RETURN_GRADED = ReturnGraded.TYPE
ITEM_DISPOSITIONED = ItemDispositioned.TYPE
PRINT_JOB_FAILED = PrintJobFailed.TYPE


class LabelOutcome(StrEnum):
    """What one scan of the carrier label check (送り状検品) was: the right label on its box,
    a wrong label, or a spoiled label voided and reissued."""

    CHECKED = "checked"
    WRONG = "wrong"
    REISSUED = "reissued"


# The label check's events, by what each counts as (kept per hour as category "label").
LABEL_EVENTS: dict[str, LabelOutcome] = {
    LabelChecked.TYPE: LabelOutcome.CHECKED,
    WrongLabelScanned.TYPE: LabelOutcome.WRONG,
    LabelReissued.TYPE: LabelOutcome.REISSUED,
}

class SortCount(StrEnum):
    """What the sort wall counts (kept per hour as category "sort" at the hub, in
    `metrics_sort` at the station; docs/metrics.md)."""

    SORTED = "sorted"
    STRAYS = "strays"
    EXCEPTIONS = "exceptions"
    BATCHES = "batches"


SORT_EVENTS: dict[str, SortCount] = {
    ItemSorted.TYPE: SortCount.SORTED,
    StrayItemScanned.TYPE: SortCount.STRAYS,
    SortExceptionReported.TYPE: SortCount.EXCEPTIONS,
    BatchClosed.TYPE: SortCount.BATCHES,
}
SORT_UNDONE = SortUndone.TYPE
# The sort wall's events belong to no brand: a batch mixes brands' orders.
SORT_TYPES = frozenset(SORT_EVENTS) | {SORT_UNDONE}


def sort_change(type_: str, value: object) -> tuple[SortCount, int] | None:
    """What a sort wall event adds: +1 to its count, or -1 to the count of the sorted or
    stray item a `SortUndone` (value: its `undone_type`) takes back; None for any other."""
    if type_ in SORT_EVENTS:
        return SORT_EVENTS[type_], 1
    if type_ == SORT_UNDONE and value in (ItemSorted.TYPE, StrayItemScanned.TYPE):
        return SORT_EVENTS[str(value)], -1
    return None


# A scan of an item for an open order: pack time runs from the first of these to OrderPacked
# (a kit's part and a packing material are scans too: migration 0751).
SCANS = frozenset({ItemPacked.TYPE, WRONG_ITEM_SCANNED, OverScanned.TYPE,
                   UnknownCodeScanned.TYPE, ItemRefused.TYPE, KitPartPacked.TYPE,
                   MaterialScanned.TYPE})
# Events after which an order is no longer in the exception queue.
EXCEPTION_CLEARED_BY = frozenset({ORDER_OPENED, ORDER_PACKED, PackingStopped.TYPE,
                                  ExceptionResolved.TYPE, ExceptionReleased.TYPE})

# The one payload field each event type contributes to the metrics.
VALUE_FIELD: dict[str, str] = {
    ORDER_OPENED: "brand",
    RETURN_RECEIVED: "brand",
    ORDER_PACKED: "units",
    EXCEPTION_REPORTED: "reason",
    RETURN_GRADED: "grade",
    ITEM_DISPOSITIONED: "disposition",
    SORT_UNDONE: "undone_type",
}
# OrderPacked's split of its units by packer (see station.pack.handover).
PACKERS_FIELD = "packers"


class Metric(StrEnum):
    ORDERS = "orders"
    UNITS = "units"
    UNITS_PER_HOUR = "units_per_hour"
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
                        Metric.RETURNS_GRADED}


_LABELS = {
    Metric.ORDERS: msg("Metrics", "Orders packed"),
    Metric.UNITS: msg("Metrics", "Units packed"),
    Metric.UNITS_PER_HOUR: msg("Metrics", "Units/hour"),
    Metric.MEDIAN_PACK_TIME: msg("Metrics", "Median pack time (s)"),
    Metric.WRONG_PER_100: msg("Metrics", "Wrong items per 100 units"),
    Metric.OPEN_EXCEPTIONS: msg("Metrics", "Open exceptions"),
    Metric.RETURNS_GRADED: msg("Metrics", "Returns graded"),
    Metric.PRINT_FAILURES: msg("Metrics", "Print failures"),
    Metric.SYNC_BACKLOG: msg("Metrics", "Sync backlog"),
}

def units_per_hour_definition(idle_minutes: str) -> Message:
    """The one definition of units/hour, shown beside every figure of it (tile, tables)."""
    return msg("Metrics", "Units/hour: units packed ÷ hours of packing (pauses over {idle} min "
                          "and returns grading left out)", idle=idle_minutes)

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


_LABEL_OUTCOMES: dict[str, Message] = {
    LabelOutcome.CHECKED: msg("Metrics", "Labels checked"),
    LabelOutcome.WRONG: msg("Metrics", "Wrong labels"),
    LabelOutcome.REISSUED: msg("Metrics", "Labels reissued"),
}


def label_outcome_label(outcome: str) -> Message:
    return _LABEL_OUTCOMES.get(outcome, msg("Metrics", "Other: {reason}", reason=outcome))
