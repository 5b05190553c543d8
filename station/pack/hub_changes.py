"""What the hub's news means for the order being packed: a pull that touched the open order
(cancelled, put on hold, re-addressed) is checked before anything prints.

`change_to` is the pure decision; `stopped` and `outcome` are the event and the words for it;
`after_pull` is what the station does with one applied pull (the UI only shows its outcome).
The session records the stop (`PackSession.check_for_hub_changes`)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from station.events.pack import PackingStopped
from station.inbox.records import InboxResult
from station.limits import MAX_TEXT
from station.messages import msg
from station.models import Order
from station.pack.outcomes import Kind, ScanOutcome, Tone

if TYPE_CHECKING:
    from station.catalogue import Catalogue
    from station.pack.session import PackSession


class HubChange(StrEnum):
    """How the hub changed the open order; the values of a stop are `PackingStopped.reason`."""

    CANCELLED = "cancelled"
    HELD = "hold"
    ADDRESS_CHANGED = "address_changed"


def change_to(open_order: Order, fresh: Order | None) -> HubChange | None:
    """What the hub's copy of the order (`fresh`, None when it is gone) changes for packing
    `open_order`: a cancellation, then a hold, stops it; a new address alone is taken."""
    if fresh is None:
        return None
    if fresh.cancelled:
        return HubChange.CANCELLED
    if fresh.hold:
        return HubChange.HELD
    if fresh.ship_to != open_order.ship_to:
        return HubChange.ADDRESS_CHANGED
    return None


def stopped(change: HubChange, fresh: Order) -> PackingStopped:
    """The journal's record of a stop (a cancellation or a hold)."""
    return PackingStopped(reason=change.value, hold=fresh.hold[:MAX_TEXT])


def outcome(change: HubChange, fresh: Order) -> ScanOutcome:
    """What the packer is told: stop, and where the parcel goes; or which label not to use."""
    if change is HubChange.ADDRESS_CHANGED:
        return ScanOutcome(Kind.ADDRESS_CHANGED, Tone.BAD, msg(
            "Pack", "STOP: the customer changed the address of order {order}. Do not use "
            "a label printed before now; the new one prints when you complete.",
            order=fresh.id), order_id=fresh.id)
    if change is HubChange.CANCELLED:
        message = msg("Pack", "STOP: order {order} was cancelled while packing. Do not "
                      "seal it: unpack the parcel onto the cancellations shelf.",
                      order=fresh.id)
    else:
        message = msg("Pack", "STOP: order {order} was put on hold ({reason}). Do not seal "
                      "it: put the parcel on the hold shelf.", order=fresh.id,
                      reason=fresh.hold)
    return ScanOutcome(Kind.STOPPED_BY_HUB, Tone.BAD, message, order_id=fresh.id)


def after_pull(result: InboxResult, pack: PackSession, catalogue: Catalogue
               ) -> ScanOutcome | None:
    """One applied pull: a changed catalogue is read afresh, and the open order, when the pull
    touched it, is checked (a stop is journaled). The outcome is for the packer, if any."""
    if result.catalogue_changed:
        catalogue.forget()
    if pack.order is None or not result.affects(pack.order.id):
        return None
    return pack.check_for_hub_changes()
