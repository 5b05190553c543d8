"""What a scan at the returns station did. The UI renders these; it decides nothing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.messages import Message
from station.pack.outcomes import Tone
from station.returns.models import ItemResult

__all__ = ["ReturnsKind", "ReturnsOutcome", "Tone"]


class ReturnsKind(StrEnum):
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    SIGN_IN_REQUIRED = "sign_in_required"
    UNKNOWN_BADGE = "unknown_badge"
    ROLE_NOT_ALLOWED = "role_not_allowed"
    UNREADABLE = "unreadable"
    RMA_OPENED = "rma_opened"
    RMA_NOT_FOUND = "rma_not_found"
    RMA_OTHER_SITE = "rma_other_site"
    RMA_ALREADY_CLOSED = "rma_already_closed"
    NO_POLICY = "no_policy"
    OPEN_RMA_FIRST = "open_rma_first"
    ITEM_STARTED = "item_started"
    ANSWERED = "answered"
    INVALID_ANSWER = "invalid_answer"
    FINISH_ITEM_FIRST = "finish_item_first"
    GRADE_PROPOSED = "grade_proposed"
    REASON_NEEDED = "reason_needed"
    OVERRIDE_LOCKED = "override_locked"
    UNKNOWN_GRADE = "unknown_grade"
    UNKNOWN_REASON = "unknown_reason"
    ITEM_GRADED = "item_graded"
    RMA_CLOSED = "rma_closed"
    DUPLICATE_SCAN = "duplicate_scan"
    ALREADY_GRADED = "already_graded"
    UNEXPECTED_ITEM = "unexpected_item"
    NO_CHECKLIST = "no_checklist"
    LOT_NEEDED = "lot_needed"
    PHOTO_TAKEN = "photo_taken"
    PHOTO_ALREADY_ATTACHED = "photo_already_attached"
    NOT_AN_IMAGE = "not_an_image"
    NO_CAMERA = "no_camera"
    NOTE_ADDED = "note_added"
    CANCELLED = "cancelled"
    NOTHING_TO_DO = "nothing_to_do"
    UNKNOWN_CODE = "unknown_code"
    ITEMS_MISSING = "items_missing"
    ANSWER_UNDONE = "answer_undone"
    LABEL_REPRINTED = "label_reprinted"
    RESUMED = "resumed"


@dataclass(frozen=True)
class ReturnsOutcome:
    kind: ReturnsKind
    tone: Tone
    message: Message
    result: ItemResult | None = None
