"""送り状検品: after an order's carrier labels print, the packer scans each label on its box.

The number must be the one issued for a box of that order: a number with a wrong check digit
is refused (scan again), a valid number of any other parcel raises the wrong-label alarm,
which stays until the packer scans OK. Which order waits for its labels and whether the
alarm is up live in `station_state`, and the boxes already checked in the journal, so a
restart resumes the check where it stood. With `[pack] label_check = "optional"` any scan
that is not a tracking number moves on (the shipment is confirmed unchecked); with "off"
the shipment is confirmed at sealing."""

from __future__ import annotations

import re
from collections.abc import Mapping

from station import journal
from station.carriers.contracts import Carrier, Contract
from station.carriers.issuing import issue_tracking, void_tracking
from station.carriers.names import carrier_label
from station.carriers.numbering import Actor, remaining
from station.carriers.tracking import normalise, tracking_problem
from station.catalogue import Catalogue
from station.clock import Clock
from station.events import EventPayload
from station.events.pack import OrderPacked
from station.events.shipping import (
    LabelChecked,
    LabelReissued,
    WrongLabelAcknowledged,
    WrongLabelScanned,
)
from station.ids import OrderId
from station.messages import msg
from station.models import Order
from station.pack import shipping
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.scans import Command, Scan
from station.signin import SignIn
from station.store import Store

# Codabar labels may be read with their start/stop characters (A389711074012A).
_CODABAR = re.compile(r"^[A-D](\d{12})[A-D]$")
_ORDER_KEY = "label_check"
_ALARM_KEY = "label_alarm"
_VOID_KEY = "label_void"


def label_number(text: str) -> str:
    number = normalise(text)
    match = _CODABAR.match(number)
    return match.group(1) if match else number


class LabelCheck:
    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, signin: SignIn,
                 *, contracts: Mapping[Carrier, Contract], mode: str) -> None:
        self._store = store
        self._catalogue = catalogue
        self._clock = clock
        self._signin = signin
        self._contracts = contracts
        self.mode = mode

    # ------------------------------------------------------------------------- reading
    @property
    def order_id(self) -> str | None:
        """The order whose labels wait to be scanned, if any."""
        return self._value(_ORDER_KEY)

    @property
    def alarm(self) -> bool:
        return self._value(_ALARM_KEY) is not None

    def pending(self) -> dict[int, str]:
        """Box number -> the tracking number still to be scanned on it."""
        order_id = self.order_id
        if order_id is None:
            return {}
        checked = {event.read(LabelChecked).box_no
                   for event in journal.for_subject(self._store.conn, order_id)
                   if event.type == LabelChecked.TYPE}
        rows = self._store.conn.execute(
            "SELECT box_no, tracking FROM parcels WHERE order_id = ? AND tracking IS NOT NULL"
            " ORDER BY box_no", (order_id,))
        return {box_no: tracking for box_no, tracking in rows if box_no not in checked}

    # ------------------------------------------------------------------------- sealing
    def sealed(self, order: Order, contract: Contract, packed: OrderPacked) -> bool:
        """Called in the sealing transaction once the boxes have their numbers. With the
        check off the shipment is confirmed now; else the order waits for its labels. True
        when the packer is to scan labels."""
        if self.mode == "off":
            self._append(shipping.confirmation(self._store.conn, contract, order, packed,
                                               labels_checked=False), order.id)
            return False
        self._set(_ORDER_KEY, order.id)
        self._set(_ALARM_KEY, None)
        self._set(_VOID_KEY, None)
        return True

    # ------------------------------------------------------------------------ scanning
    def scan(self, scan: Scan) -> ScanOutcome | None:
        """The outcome when the scan belongs to the label check, None when it does not."""
        order_id = self.order_id
        if order_id is None:
            return None
        if self.alarm:
            return self._in_alarm(order_id, scan)
        order, contract = self._order_and_contract(order_id)
        if order is None or contract is None:
            self._set(_ORDER_KEY, None)
            return None
        if self._value(_VOID_KEY) is not None or scan.command is Command.VOID:
            return self._void(order_id, contract, scan)
        if scan.command is not None:
            return None
        number = label_number(scan.text)
        pending = self.pending()
        problem = tracking_problem(contract.carrier, number)
        if problem is not None:
            if self.mode == "optional":
                self._give_up(order, contract)
                return None
            return ScanOutcome(Kind.LABEL_CHECK_NEEDED, Tone.WARN, msg(
                "Pack", "Scan the carrier label on box {box} of order {order} first. {problem}",
                box=min(pending, default=1), order=order_id, problem=problem),
                order_id=order_id)
        box_no = next((box for box, issued in pending.items() if issued == number), None)
        if box_no is None:
            with self._store.write():
                self._append(WrongLabelScanned(order_id=order_id, scanned=number,
                                               expected=tuple(pending.values())), order_id)
                self._set(_ALARM_KEY, number)
            return ScanOutcome(Kind.WRONG_LABEL, Tone.BAD, msg(
                "Pack", "WRONG LABEL: {number} is not a label of order {order}. Peel it off, "
                "then scan OK.", number=number, order=order_id), order_id=order_id)
        with self._store.write():
            self._append(LabelChecked(order_id=order_id, box_no=box_no, tracking=number),
                         order_id)
            if len(pending) > 1:
                return ScanOutcome(Kind.LABEL_CHECKED, Tone.GOOD, msg(
                    "Pack", "Label of box {box} checked. Scan the label on box {next}.",
                    box=box_no, next=min(b for b in pending if b != box_no)),
                    order_id=order_id)
            self._confirm(order, contract, labels_checked=True)
        return ScanOutcome(Kind.SHIPMENT_CONFIRMED, Tone.DONE, msg(
            "Pack", "Labels checked: order {order} is ready to ship.", order=order_id),
            order_id=order_id)

    def _in_alarm(self, order_id: str, scan: Scan) -> ScanOutcome | None:
        if scan.command is Command.SIGN_OUT:
            return None
        if scan.command is Command.OK:
            with self._store.write():
                self._append(WrongLabelAcknowledged(order_id=order_id), order_id)
                self._set(_ALARM_KEY, None)
            return ScanOutcome(Kind.ACKNOWLEDGED, Tone.INFO, msg(
                "Pack", "Acknowledged. Scan the label on box {box} of order {order}.",
                box=min(self.pending(), default=1), order=order_id), order_id=order_id)
        return ScanOutcome(Kind.WRONG_LABEL, Tone.BAD, msg(
            "Pack", "WRONG LABEL on order {order}: peel it off, then scan OK.",
            order=order_id), order_id=order_id)

    def _void(self, order_id: str, contract: Contract, scan: Scan) -> ScanOutcome | None:
        """CMD:VOID, then a reason: the label of the next box to check is voided (a spoiled
        or lost label) and the box gets a new number, whose label prints."""
        pending = self.pending()
        if not pending:
            return None
        box_no = min(pending)
        if scan.command is Command.CANCEL:
            self._set(_VOID_KEY, None)
            return ScanOutcome(Kind.CANCELLED_PROMPT, Tone.INFO, msg("Pack", "Cancelled."))
        if scan.command is Command.SIGN_OUT:
            self._set(_VOID_KEY, None)
            return None
        if scan.reason is None:
            self._set(_VOID_KEY, str(box_no))
            return ScanOutcome(Kind.VOID_REASON_NEEDED, Tone.INFO, msg(
                "Pack", "Void the label {number} of box {box}: scan the reason (damaged or "
                "other), or CANCEL.", number=pending[box_no], box=box_no), order_id=order_id)
        voided = pending[box_no]
        if remaining(self._store.conn, contract.number_kind) < 1:
            return ScanOutcome(Kind.NUMBERS_EXHAUSTED, Tone.BAD, msg(
                "Pack", "Label {number} is not voided: no {carrier} tracking numbers are left "
                "on this station. Call a supervisor: the station must connect to the hub for "
                "a new block.", number=voided, carrier=carrier_label(contract.carrier)),
                order_id=order_id)
        actor = Actor(self._signin.station_id, self._signin.user, self._clock.now())
        reason = scan.reason.value
        with self._store.write():
            void_tracking(self._store, contract, voided, reason, actor)
            number = issue_tracking(self._store, contract, order_id, box_no, actor)
            self._append(LabelReissued(order_id=order_id, box_no=box_no, voided=voided,
                                       tracking=number, reason=reason), order_id)
            self._set(_VOID_KEY, None)
        return ScanOutcome(Kind.LABEL_REISSUED, Tone.INFO, msg(
            "Pack", "Label {old} is void. The new label {new} for box {box} is printing: "
            "stick it on and scan it.", old=voided, new=number, box=box_no),
            order_id=order_id)

    # ------------------------------------------------------------------------- helpers
    def _order_and_contract(self, order_id: str) -> tuple[Order | None, Contract | None]:
        order = self._catalogue.order(OrderId(order_id))
        if order is None:
            return None, None
        return order, shipping.contract_for(self._contracts, order)

    def _give_up(self, order: Order, contract: Contract) -> None:
        """Optional check skipped: the shipment is confirmed with its labels unchecked."""
        with self._store.write():
            self._confirm(order, contract, labels_checked=False)

    def _confirm(self, order: Order, contract: Contract, *, labels_checked: bool) -> None:
        packed = [event.read(OrderPacked)
                  for event in journal.for_subject(self._store.conn, order.id)
                  if event.type == OrderPacked.TYPE]
        self._append(shipping.confirmation(self._store.conn, contract, order, packed[-1],
                                           labels_checked=labels_checked), order.id)
        self._set(_ORDER_KEY, None)
        self._set(_ALARM_KEY, None)
        self._set(_VOID_KEY, None)

    def _append(self, payload: EventPayload, order_id: str) -> None:
        with self._store.write() as db:
            journal.append(db.conn, journal.event_of(
                payload, station=self._signin.station_id, user=self._signin.user,
                at=self._clock.now(), subject=order_id))

    def _value(self, key: str) -> str | None:
        row = self._store.conn.execute("SELECT value FROM station_state WHERE key = ?",
                                       (key,)).fetchone()
        return row[0] if row and row[0] is not None else None

    def _set(self, key: str, value: str | None) -> None:
        with self._store.write() as db:
            db.conn.execute("INSERT OR REPLACE INTO station_state (key, value) VALUES (?, ?)",
                            (key, value))

