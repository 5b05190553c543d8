"""What a scan at the sort wall did. The UI shows `slot` huge, colours and sounds by `tone`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.messages import Message
from station.pack.outcomes import ScanOutcome, Tone


class SortKind(StrEnum):
    UNREADABLE = "unreadable"
    SIGN_IN_REQUIRED = "sign_in_required"
    ROLE_NOT_ALLOWED = "role_not_allowed"
    NO_BATCH = "no_batch"
    BATCH_OPENED = "batch_opened"
    BATCH_IN_PROGRESS = "batch_in_progress"
    SORTED = "sorted"
    SLOT_COMPLETE = "slot_complete"
    STRAY = "stray"
    UNKNOWN_ITEM = "unknown_item"
    WALL_FULL = "wall_full"
    SLOT_EMPTY = "slot_empty"
    SLOT_NOT_COMPLETE = "slot_not_complete"
    SLOT_PACKED = "slot_packed"
    SLOT_TO_PACK = "slot_to_pack"
    NOT_OPENED = "not_opened"
    CLOSE_TO_CONFIRM = "close_to_confirm"
    BATCH_CLOSED = "batch_closed"
    UNKNOWN_CODE = "unknown_code"
    SLOT_STOPPED = "slot_stopped"
    UNDONE = "undone"
    NOTHING_TO_UNDO = "nothing_to_undo"


@dataclass(frozen=True)
class SortOutcome:
    kind: SortKind
    tone: Tone
    message: Message
    slot: int | None = None
    order_id: str | None = None
    # A slot scan that opened its order: what the pack screen shows next.
    pack: ScanOutcome | None = None
