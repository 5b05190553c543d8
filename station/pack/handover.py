"""Another packer's badge scanned while an order is open: a hand-over, confirmed by scanning
the badge a second time (or the first packer finishes first) while the first packer is signed
in; once they have signed out (by command, idle time or a restart) one scan takes it over.
Each unit stays credited to the badge that scanned it: `shares` splits a sealed order's units
by packer.

Who packs the order is folded from the journal (`PackState.packer`: who opened it or took it
over last), so after a restart the order resumes with whoever took it over last. A
supervisor's badge signs in without taking the order over (to look or to help);
the units a supervisor scans are credited to them all the same."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.events.handover import PackingHandedOver
from station.events.pack import PackerUnits
from station.limits import fits_name
from station.messages import Message, msg
from station.models import Badge, Order, Role
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.pack.state import PackState
from station.signin import SignIn
from station.store import Store


def shares(state: PackState, sealer: str | None) -> tuple[PackerUnits, ...]:
    """Units packed by each badge, when anyone but the sealer packed some; else ()."""
    by_badge: Counter[str] = Counter()
    for item in state.items.values():
        by_badge[item.user or sealer or ""] += item.quantity
    if set(by_badge) <= {sealer or ""}:
        return ()
    return tuple(PackerUnits(badge=badge, units=units)
                 for badge, units in sorted(by_badge.items()) if badge)


@dataclass
class Handovers:
    """The hand-over a badge scan asked for and is waiting for its second scan."""

    store: Store
    catalogue: Catalogue
    clock: Clock
    signin: SignIn
    pending: str | None = None

    def forget(self) -> None:
        """Any other scan: the first packer goes on, the request is dropped."""
        self.pending = None

    def badge_scanned(self, badge_id: str, order: Order | None,
                      state: PackState | None) -> ScanOutcome | None:
        """A hand-over outcome, or None when the badge simply signs in."""
        badge = self.catalogue.badge(badge_id) if fits_name(badge_id) else None
        if (order is None or state is None or state.packer is None or badge is None
                or badge.role is not Role.PACKER or badge.id == state.packer):
            self.pending = None
            return None
        packer = self.catalogue.badge(state.packer)
        packer_name = packer.name if packer else state.packer
        if self.signin.user != state.packer:
            # The first packer has signed out (or timed out): nobody to ask, one scan takes it.
            self.pending = None
            self._record(badge, order, state, state.packer)
            return ScanOutcome(Kind.HANDED_OVER, Tone.GOOD, msg(
                "Pack", "Signed in: {name}. You took over order {order} from {packer}: "
                "{packed} of {units} packed.", name=badge.name, order=order.id,
                packer=packer_name, packed=sum(state.packed_by_line.values()),
                units=order.units), order_id=order.id)
        if self.pending != badge.id:
            self.pending = badge.id
            return ScanOutcome(Kind.HANDOVER_ASKED, Tone.INFO, msg(
                "Pack", "{packer} is packing order {order}. {name}: scan your badge again to "
                "take it over, or let them finish it first.", packer=packer_name,
                order=order.id, name=badge.name), order_id=order.id)
        self.pending = None
        return self._hand_over(badge, order, state, state.packer, packer_name)

    def _hand_over(self, badge: Badge, order: Order, state: PackState, from_badge: str,
                   packer_name: str) -> ScanOutcome:
        packed = sum(state.packed_by_line.values())
        self._record(badge, order, state, from_badge)
        return ScanOutcome(Kind.HANDED_OVER, Tone.GOOD, msg(
            "Pack", "{name} takes over order {order}: {packed} of {units} items packed by "
            "{packer}.", name=badge.name, order=order.id, packed=packed, units=order.units,
            packer=packer_name), order_id=order.id)

    def _record(self, badge: Badge, order: Order, state: PackState, from_badge: str) -> None:
        """The PackingHandedOver event and the new packer's sign-in, together."""
        packed = sum(state.packed_by_line.values())
        event = journal.event_of(
            PackingHandedOver(order_id=order.id, from_badge=from_badge, to_badge=badge.id,
                              units_packed=packed),
            station=self.signin.station_id, user=badge.id, at=self.clock.now(),
            subject=order.id)
        with self.store.write() as db:
            # The hand-over and the sign-in are one: a crash keeps both or neither.
            stored = journal.append(db.conn, event)
            self.signin.sign_in(badge.id)
        state.apply(stored)


def left_open(order: Order | None, state: PackState | None) -> Message | None:
    """Said on signing out mid-order: the order waits for the next packer's badge. It names
    no order: the screen of a station nobody is signed in at shows nothing of one."""
    if order is None or state is None:
        return None
    return msg("Pack", "An order stays open with {packed} of {units} packed: the next "
               "packer scans their badge to take it over.",
               packed=sum(state.packed_by_line.values()), units=order.units)
