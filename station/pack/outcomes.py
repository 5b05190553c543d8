"""What a scan did. The UI maps each kind to a colour, a sound and the message; it decides
nothing itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.messages import Message


class Tone(StrEnum):
    """How the outcome should feel: the UI picks colour and sound from this alone."""

    GOOD = "good"          # green, short beep
    DONE = "done"          # green, rising chime: a line or the order is complete
    INFO = "info"          # blue, soft click: nothing went wrong, something is asked
    WARN = "warn"          # amber, double beep: refused, nothing lost, try again
    BAD = "bad"            # red, long buzz: stop and fix (wrong item, over-scan)


class Kind(StrEnum):
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    SIGN_IN_REQUIRED = "sign_in_required"
    UNKNOWN_BADGE = "unknown_badge"
    ROLE_NOT_ALLOWED = "role_not_allowed"
    ORDER_OPENED = "order_opened"
    ORDER_NOT_FOUND = "order_not_found"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_ON_HOLD = "order_on_hold"
    ORDER_ALREADY_PACKED = "order_already_packed"
    ORDER_IN_PROGRESS = "order_in_progress"
    NO_ORDER = "no_order"
    MATCHED = "matched"
    LINE_COMPLETE = "line_complete"
    ALL_ITEMS_PACKED = "all_items_packed"
    ORDER_COMPLETE = "order_complete"
    NOT_COMPLETE = "not_complete"
    WRONG_ITEM = "wrong_item"
    OVER_SCAN = "over_scan"
    ACKNOWLEDGE_FIRST = "acknowledge_first"
    ACKNOWLEDGED = "acknowledged"
    UNKNOWN_CODE = "unknown_code"
    UNREADABLE = "unreadable"
    QUANTITY_NEEDED = "quantity_needed"
    QUANTITY_READY = "quantity_ready"
    LOT_REQUIRED = "lot_required"
    SERIAL_REQUIRED = "serial_required"
    EXPIRED = "expired"
    SHORT_DATED = "short_dated"
    DUPLICATE_SERIAL = "duplicate_serial"
    ONE_PER_SERIAL = "one_per_serial"
    UNDONE = "undone"
    NOTHING_TO_UNDO = "nothing_to_undo"
    BOX_STARTED = "box_started"
    BOX_CHOSEN = "box_chosen"
    UNKNOWN_BOX = "unknown_box"
    BOX_EMPTY = "box_empty"
    WEIGHT_OK = "weight_ok"
    WEIGHT_OFF = "weight_off"
    WEIGHT_NEEDED = "weight_needed"
    REASON_NEEDED = "reason_needed"
    EXCEPTION_REPORTED = "exception_reported"
    REPRINT_REQUESTED = "reprint_requested"
    NOTHING_TO_REPRINT = "nothing_to_reprint"
    STOPPED_BY_HUB = "stopped_by_hub"
    ADDRESS_CHANGED = "address_changed"
    CANCELLED_PROMPT = "cancelled_prompt"
    NOTHING_TO_CANCEL = "nothing_to_cancel"
    CARRIER_PROBLEM = "carrier_problem"
    NUMBERS_EXHAUSTED = "numbers_exhausted"
    LABEL_CHECK_NEEDED = "label_check_needed"
    LABEL_CHECKED = "label_checked"
    WRONG_LABEL = "wrong_label"
    SHIPMENT_CONFIRMED = "shipment_confirmed"
    VOID_REASON_NEEDED = "void_reason_needed"
    LABEL_REISSUED = "label_reissued"
    NOTHING_TO_VOID = "nothing_to_void"
    MATERIAL_RECORDED = "material_recorded"
    UNKNOWN_MATERIAL = "unknown_material"
    KIT_PART_PACKED = "kit_part_packed"
    KIT_PARTS_SET_ASIDE = "kit_parts_set_aside"
    HANDOVER_ASKED = "handover_asked"
    HANDED_OVER = "handed_over"
    ORDER_IN_EXCEPTION = "order_in_exception"
    EXCEPTION_ITEM_NEEDED = "exception_item_needed"
    # Steps to confirm by scan (station/pack/steps.py): 熨斗, wrapping, flyers, samples.
    STEP_CONFIRMED = "step_confirmed"
    STEP_ALREADY_DONE = "step_already_done"
    STEP_OUT_OF_ORDER = "step_out_of_order"
    STEPS_PENDING = "steps_pending"


@dataclass(frozen=True)
class ScanOutcome:
    kind: Kind
    tone: Tone
    message: Message
    line_no: int | None = None
    order_id: str | None = None
