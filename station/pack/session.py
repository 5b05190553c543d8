"""The pack session: every scan at a packing station goes in, a `ScanOutcome` comes out.

The same shape as the returns session: the session routes a scan and says what happened;
pure decisions are in `decide.py`, every write in `recorder.py` (rows through `queries.py`),
and where the order stands in `state.py`. Each accepted scan appends one journal event in the
same transaction as the projections it moves, then folds the event into the in-memory
`PackState`. A restart folds the same events back from the journal, so a killed process
resumes exactly where it stood."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from station import journal
from station.carriers.checks import Problem
from station.carriers.contracts import Carrier, Contract
from station.carriers.names import carrier_label
from station.carriers.numbering import Actor
from station.catalogue import Catalogue
from station.clock import Clock
from station.events import EventPayload
from station.events import pack as ev
from station.events.kits import KitAssembled, KitPartPacked, KitPartsSetAside, KitPartUnits
from station.events.materials import MaterialScanned
from station.events.shipping import ShipmentRefused
from station.events.steps import StepConfirmed
from station.materials import usage as materials_used
from station.materials.catalogue import MaterialsFile, load_materials
from station.messages import Localized, Message, counted, msg
from station.models import Order, OrderLine, Product, Role
from station.pack import (
    boxes,
    decide,
    exception_desk,
    hub_changes,
    kits,
    queries,
    shipping,
    step_flow,
    steps,
    words,
)
from station.pack.box_names import box_label
from station.pack.exception_report import ExceptionReports, Send, sent_message
from station.pack.handover import Handovers, left_open, shares
from station.pack.inserts import InsertRules
from station.pack.label_check import LabelCheck
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.pack.recorder import Recorder
from station.pack.state import (
    AwaitingLot,
    AwaitingQuantity,
    PackState,
    Prompt,
    rebuild,
)
from station.reloading import reloads_on_error
from station.scans import Command, Scan
from station.settings import PackSettings
from station.signin import SignIn
from station.store import Store

PACKING_ROLES = (Role.PACKER, Role.SUPERVISOR)
# The source of units verified at the sort wall (`open_presorted`).
SORTED_SOURCE = "sortwall"


def _outcome(kind: Kind, tone: Tone, message: Message, **extra: Any) -> ScanOutcome:
    return ScanOutcome(kind, tone, message, **extra)


class PackSession:
    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, signin: SignIn,
                 settings: PackSettings, *, contracts: Mapping[Carrier, Contract] | None = None,
                 materials: MaterialsFile | None = None,
                 inserts: InsertRules | None = None) -> None:
        self._store = store
        self._catalogue = catalogue
        self._clock = clock
        self.signin = signin
        self.settings = settings
        self.order: Order | None = None
        self.state: PackState | None = None
        self.quantity_ready: int | None = None
        self._prompt: Prompt = None
        # Steps to confirm before completing (gift noshi/wrapping, inserts): station/pack/steps.
        self.steps = steps.Steps()
        self._inserts = inserts or InsertRules()
        self._recorder = Recorder(store, clock, signin, on_event=self._apply)
        # Carrier contracts by carrier; empty (or `carrier_labels` off) seals as before.
        self._contracts: Mapping[Carrier, Contract] = (
            (contracts or {}) if settings.carrier_labels else {})
        self.materials = materials or load_materials()
        self.labels = LabelCheck(store, catalogue, clock, signin, contracts=self._contracts,
                                 mode=settings.label_check)
        self.handovers = Handovers(store, catalogue, clock, signin)
        self.reports = ExceptionReports(catalogue)
        signin.subscribe(self._forget_pending)
        self._resume()

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._store.conn

    def _forget_pending(self) -> None:
        """A quantity or prompt belongs to whoever scanned it: a sign-in change drops it."""
        self._prompt = None
        self.quantity_ready = None
        self.reports.cancel()

    # ----------------------------------------------------------------- reading the session
    @property
    def station_id(self) -> str:
        return self.signin.station_id

    def remaining(self, line: OrderLine) -> int:
        return decide.remaining(line, self.state)

    def missing_units(self) -> int:
        """Units still to pack."""
        return decide.missing_units(self.order, self.state)

    def suggested_box(self, box_no: int | None = None) -> str | None:
        if self.state is None:
            return None
        return self.state.boxes.get(box_no or self.state.current_box)

    @property
    def awaiting_quantity(self) -> bool:
        return isinstance(self._prompt, AwaitingQuantity)

    def insert_problems(self, brand: str) -> tuple[Message, ...]:
        """Why a brand's insert rules file adds nothing (it could not be used)."""
        return tuple(self._inserts.problems.get(brand, ()))

    def last_packed_order(self) -> str | None:
        return queries.state_value(self._conn, queries.LAST_PACKED)

    # ----------------------------------------------------------------------- the one entry
    @reloads_on_error
    def scan(self, scan: Scan) -> ScanOutcome:
        """Decide what `scan` does, record it durably, and say so (see `reloads_on_error`)."""
        if scan.problem is not None:
            return _outcome(Kind.UNREADABLE, Tone.WARN, scan.problem)
        if not scan.text and scan.command is None:
            return _outcome(Kind.UNREADABLE, Tone.WARN,
                            msg("Pack", "Nothing was read. Scan again."))
        if scan.badge is not None:
            return self._sign_in(scan.badge)
        self.handovers.forget()
        if self.signin.badge is None:
            return _outcome(Kind.SIGN_IN_REQUIRED, Tone.INFO,
                            msg("Pack", "Scan your badge to sign in."))
        if scan.command is Command.SIGN_OUT:
            return self._sign_out()
        if not self.signin.has_role(*PACKING_ROLES):
            return _outcome(Kind.ROLE_NOT_ALLOWED, Tone.WARN,
                            msg("Pack", "Your badge is not for packing. Use the returns screen."))
        self.signin.touch()
        if self.reports.draft is not None and self.order is not None:
            # Before the commands and the acknowledgement check: EXCEPTION is allowed while
            # a wrong item waits for OK, and what happened must then be taken (OK sends it).
            reported = self.reports.scan(scan, self.order, self.missing_units())
            if reported is not None:
                return self._send_report(reported)
        label = self.labels.scan(scan)
        if label is not None:
            return label
        if scan.command is not None:
            return self._command(scan.command)
        if self.state is not None and self.state.awaiting_acknowledgement:
            return _outcome(Kind.ACKNOWLEDGE_FIRST, Tone.BAD, msg(
                "Pack", "Put the item aside, then scan OK to go on."))
        if scan.quantity is not None:
            return self._quantity(scan.quantity)
        if scan.box_code is not None or scan.material is not None:
            return self._packing_material(scan)
        if scan.weight_g is not None:
            return self._check_weight(scan.weight_g)
        if scan.reason is not None:
            return _outcome(Kind.UNKNOWN_CODE, Tone.WARN, msg(
                "Pack", "A reason barcode is only used after EXCEPTION."))
        confirmed = self._confirm_step(scan)
        if confirmed is not None:
            return confirmed
        return self._item(scan) if scan.gtin is not None else self._order_code(scan.text)

    @reloads_on_error
    def check_for_hub_changes(self) -> ScanOutcome | None:
        """Stop the open order if the hub has cancelled it or put it on hold; take a new
        address and tell the packer (`station.pack.hub_changes`). Called after a sync pull
        and before anything is printed."""
        if self.order is None:
            return None
        fresh = self._catalogue.order(self.order.id)
        change = hub_changes.change_to(self.order, fresh)
        if change is None or fresh is None:
            return None
        if change is hub_changes.HubChange.ADDRESS_CHANGED:
            self.order = replace(self.order, ship_to=fresh.ship_to)
        else:
            with self._store.write():
                self._record(hub_changes.stopped(change, fresh))
                self._close_order("stopped")
        return hub_changes.outcome(change, fresh)

    def sign_out_if_idle(self) -> ScanOutcome | None:
        if not self.signin.idle_expired():
            return None
        badge = self.signin.sign_out("idle")
        return _outcome(Kind.SIGNED_OUT, Tone.INFO, words.idle_signed_out(
            badge.name if badge else "", self.settings.idle_sign_out_minutes))

    # ---------------------------------------------------------------- sort wall hook
    @reloads_on_error
    def open_presorted(self, order_id: str, sorted_units: Mapping[str, int]) -> ScanOutcome:
        """Open an order taken from a sort wall slot (`station.sortwall`): its units sorted
        there (count by SKU) were verified by scan and are recorded packed into the first box
        (source "sortwall"); empty, the packer verifies every unit again. A lot- or
        serial-controlled unit is always scanned at packing, where its lot, expiry or serial
        is read and checked. Joins the caller's transaction, so the slot and the order move
        together."""
        outcome = self._order_code(order_id)
        if (outcome.kind is not Kind.ORDER_OPENED or self.order is None
                or self.order.id != order_id or self.state is None or self.state.items):
            return outcome
        for sku, count in sorted_units.items():
            line = self.order.line_for(sku)  # type: ignore[arg-type]
            if line is None or count < 1 or line.product.lot_controlled \
                    or line.product.serial_controlled:
                continue
            self._recorder.item_packed(order_id, ev.ItemPacked(
                order_id=order_id, line_no=line.line_no, sku=sku, gtin=line.product.gtin,
                quantity=min(count, self.remaining(line)), box_no=self.state.current_box,
                source=SORTED_SOURCE))
        return outcome

    # ------------------------------------------------------------------------ sign in/out
    def _sign_in(self, badge_id: str) -> ScanOutcome:
        handover = self.handovers.badge_scanned(badge_id, self.order, self.state)
        if handover is not None:
            return handover
        result = self.signin.sign_in(badge_id)
        if result.badge is None:
            return _outcome(Kind.UNKNOWN_BADGE, Tone.WARN, msg(
                "Pack", "Badge {badge} is not known here.", badge=badge_id))
        return _outcome(Kind.SIGNED_IN, Tone.GOOD, msg(
            "Pack", "Signed in: {name}.", name=result.badge.name))

    # ------------------------------------------------------------------------- commands
    def _command(self, command: Command) -> ScanOutcome:
        awaiting = self.state is not None and self.state.awaiting_acknowledgement
        if awaiting and command not in decide.WHILE_ACKNOWLEDGING:
            return _outcome(Kind.ACKNOWLEDGE_FIRST, Tone.BAD, msg(
                "Pack", "Put the item aside, then scan OK to go on."))
        handlers = {
            Command.OK: self._acknowledge,
            Command.UNDO: self._undo,
            Command.NEW_BOX: self._new_box,
            Command.COMPLETE: self._complete,
            Command.EXCEPTION: self._ask_reason,
            Command.REPRINT: self._reprint,
            Command.SIGN_OUT: self._sign_out,
            Command.CANCEL: self._cancel_prompt,
            Command.VOID: self._nothing_to_void,
        }
        return handlers[command]()

    def _nothing_to_void(self) -> ScanOutcome:
        return _outcome(Kind.NOTHING_TO_VOID, Tone.WARN, msg(
            "Pack", "No carrier label waits to be checked: nothing to void."))

    def _sign_out(self) -> ScanOutcome:
        badge = self.signin.sign_out()
        self._prompt = None
        signed_out = msg("Pack", "Signed out: {name}.", name=badge.name if badge else "")
        still_open = left_open(self.order, self.state)
        if still_open is not None:
            return _outcome(Kind.SIGNED_OUT, Tone.WARN, msg(
                "Pack", "{signed_out} {still_open}", signed_out=signed_out,
                still_open=still_open))
        return _outcome(Kind.SIGNED_OUT, Tone.INFO, signed_out)

    def _cancel_prompt(self) -> ScanOutcome:
        if self._prompt is None and self.quantity_ready is None:
            return _outcome(Kind.NOTHING_TO_CANCEL, Tone.INFO, msg(
                "Pack", "Nothing to cancel: no question is waiting. The order stays open."))
        self._prompt = None
        self.quantity_ready = None
        return _outcome(Kind.CANCELLED_PROMPT, Tone.INFO, msg(
            "Pack", "Question cancelled. The order stays open."))

    def _acknowledge(self) -> ScanOutcome:
        if self.state is None or not self.state.awaiting_acknowledgement:
            return _outcome(Kind.ACKNOWLEDGED, Tone.INFO, msg("Pack", "Nothing to acknowledge."))
        self._record(ev.WrongItemAcknowledged())
        return _outcome(Kind.ACKNOWLEDGED, Tone.GOOD, msg("Pack", "Acknowledged. Go on scanning."))

    def _undo(self) -> ScanOutcome:
        if self._prompt is not None or self.quantity_ready is not None:
            return self._cancel_prompt()
        if self.state is None or not self.state.undo_stack:
            return _outcome(Kind.NOTHING_TO_UNDO, Tone.WARN, msg("Pack", "Nothing to undo."))
        event_id, event_type = self.state.undo_stack[-1]
        undone = ev.ScanUndone(undone_event=event_id, undone_type=event_type)
        item = self.state.items.get(event_id)
        if event_type == ev.BoxStarted.TYPE:
            undone = undone.model_copy(update={"box_no": self.state.current_box})
        elif event_type == ev.BoxChosen.TYPE:
            chosen = queries.box_chosen(self._conn, event_id)
            undone = undone.model_copy(update={"box_no": chosen.box_no,
                                               "previous_box_type": chosen.previous_box_type})
        assert self.order is not None
        step = self.steps.confirmed_by(event_id)
        self._recorder.undone(self.order.id, undone, item is not None and bool(item.serial))
        if step is not None:
            return step_flow.undone(step)
        if event_type == MaterialScanned.TYPE:
            return materials_used.undone(self.materials, queries.event_payload(
                self._conn, event_id, MaterialScanned))
        if event_type == KitPartPacked.TYPE:
            part = queries.event_payload(self._conn, event_id, KitPartPacked)
            product = self._catalogue.product(part.sku)  # type: ignore[arg-type]
            return _outcome(Kind.UNDONE, Tone.INFO, msg(
                "Pack", "Undone: {quantity} × {name}. Take it back out of the box.",
                quantity=part.quantity, name=product.label if product else part.sku),
                line_no=part.line_no)
        if item is not None:
            product = self._catalogue.product(item.sku)  # type: ignore[arg-type]
            name = product.label if product else item.sku
            return _outcome(Kind.UNDONE, Tone.INFO, msg(
                "Pack", "Undone: {quantity} × {name}. Take it back out of the box.",
                quantity=item.quantity, name=name), line_no=item.line_no)
        return _outcome(Kind.UNDONE, Tone.INFO, msg("Pack", "Undone: the last box change."))

    def _ask_reason(self) -> ScanOutcome:
        if self.order is None:
            return self._no_order()
        self._prompt = None
        self.reports.start()
        return self.reports.ask(self.order)

    def _send_report(self, reported: ScanOutcome | Send) -> ScanOutcome:
        if isinstance(reported, ScanOutcome):
            return reported
        assert self.order is not None
        order_id = self.order.id
        packed = sum(self.state.packed_by_line.values()) if self.state is not None else 0
        with self._store.write():
            self._record(reported.payload)
            self._close_order("exception")
        return _outcome(Kind.EXCEPTION_REPORTED, Tone.WARN,
                        sent_message(order_id, packed), order_id=order_id)

    def _reprint(self) -> ScanOutcome:
        order_id = self.last_packed_order()
        if order_id is None:
            return _outcome(Kind.NOTHING_TO_REPRINT, Tone.WARN,
                            msg("Pack", "No packed order to reprint yet."))
        self._recorder.reprint_requested(order_id)
        return _outcome(Kind.REPRINT_REQUESTED, Tone.INFO, msg(
            "Pack", "Reprinting the documents of order {order}.", order=order_id),
            order_id=order_id)

    # --------------------------------------------------------------------------- orders
    def _order_code(self, code: str) -> ScanOutcome:
        order = self._catalogue.order_for_code(code)
        if order is None:
            if self.order is not None:
                with self._store.write():
                    self._record(ev.UnknownCodeScanned(code=code))
                return _outcome(Kind.UNKNOWN_CODE, Tone.WARN, msg(
                    "Pack", "Unknown barcode {code}. Check the item, or call a supervisor.",
                    code=code))
            return _outcome(Kind.ORDER_NOT_FOUND, Tone.WARN, msg(
                "Pack", "No order, tote or pick list {code}.", code=code))
        if self.order is not None and order.id == self.order.id:
            return _outcome(Kind.ORDER_OPENED, Tone.INFO, msg(
                "Pack", "Order {order} is already open.", order=order.id), order_id=order.id)
        if order.cancelled:
            return _outcome(Kind.ORDER_CANCELLED, Tone.BAD, msg(
                "Pack", "Order {order} was cancelled. Put the tote on the cancellations shelf.",
                order=order.id), order_id=order.id)
        if order.hold:
            return _outcome(Kind.ORDER_ON_HOLD, Tone.BAD, msg(
                "Pack", "Order {order} is on hold: {reason}. Put the tote on the hold shelf.",
                order=order.id, reason=order.hold), order_id=order.id)
        if queries.status(self._conn, order.id) == "packed":
            return _outcome(Kind.ORDER_ALREADY_PACKED, Tone.WARN, msg(
                "Pack", "Order {order} is already packed.", order=order.id), order_id=order.id)
        queued = exception_desk.refusal(self._conn, order, queries.status(self._conn, order.id))
        if queued is not None:
            return queued
        if self.order is not None and self.state is not None:
            if self.state.items:
                return _outcome(Kind.ORDER_IN_PROGRESS, Tone.WARN, msg(
                    "Pack", "Finish order {order} first, or report an exception for it.",
                    order=self.order.id), order_id=self.order.id)
            with self._store.write():
                self._record(ev.OrderReleased())
                self._close_order("open")
        return self._open(order)

    def _open(self, order: Order) -> ScanOutcome:
        box = boxes.suggest(self._catalogue.box_types(),
                            [(line.product, line.quantity) for line in order.lines])
        self.order = order
        self.state = PackState(order.id)
        self._prompt = None
        self.quantity_ready = None
        self.steps = steps.Steps()
        with self._store.write():
            self._recorder.opened(order.id, ev.OrderOpened(
                order_id=order.id, brand=order.brand, lines=len(order.lines),
                units=order.units, box_type=box.code if box else None))
            # The steps are fixed in the transaction of the opening.
            listed = step_flow.assigned(order, self._inserts, self._clock.now().date())
            if listed is not None:
                self._record(listed)
        return _outcome(Kind.ORDER_OPENED, Tone.GOOD,
                        words.order_opened(order.id, order.units, box_label(box)),
                        order_id=order.id)

    def _no_order(self) -> ScanOutcome:
        return _outcome(Kind.NO_ORDER, Tone.WARN, msg(
            "Pack", "Scan an order, tote or pick list first."))

    # ---------------------------------------------------------------------------- items
    def _item(self, scan: Scan) -> ScanOutcome:
        if self.order is None or self.state is None:
            return self._no_order()
        assert scan.gtin is not None
        product = self._catalogue.product_by_gtin(scan.gtin)
        if product is None:
            with self._store.write():
                self._record(ev.UnknownCodeScanned(code=scan.text, gtin=scan.gtin))
            return _outcome(Kind.UNKNOWN_CODE, Tone.WARN, msg(
                "Pack", "Unknown item {code}. It is not in the catalogue.", code=scan.text))
        line = self.order.line_for(product.sku)
        if (line is None or self.remaining(line) == 0) and kits.has_kits(self.order):
            kit_line = kits.line_for_part(self.order, product, self.remaining,
                                          self._loose_parts())
            if kit_line is not None:
                return self._kit_part(product, kit_line, scan)
        if line is None:
            with self._store.write():
                self._record(ev.WrongItemScanned(sku=product.sku, gtin=scan.gtin))
            self._prompt = None
            return _outcome(Kind.WRONG_ITEM, Tone.BAD, msg(
                "Pack", "Wrong item: {name} is not in this order. Put it aside and scan OK.",
                name=product.label))
        prompt = self._prompt
        self._prompt = None
        quantity = self.quantity_ready or 1
        remaining = self.remaining(line)
        if quantity > remaining:
            self.quantity_ready = None
            with self._store.write():
                self._record(ev.OverScanned(sku=product.sku, line_no=line.line_no,
                                            quantity=quantity, remaining=remaining))
            return _outcome(Kind.OVER_SCAN, Tone.BAD,
                            words.over_scan(product.label, remaining, quantity),
                            line_no=line.line_no)
        if product.lot_controlled and (scan.lot is None or scan.expiry is None):
            self._prompt = AwaitingLot(product)
            return _outcome(Kind.LOT_REQUIRED, Tone.INFO, msg(
                "Pack", "{name} needs its lot and expiry: scan the GS1 barcode on the item.",
                name=product.label), line_no=line.line_no)
        if product.lot_controlled and scan.expiry is not None:
            refused = self._refuse_by_date(product, line, scan)
            if refused is not None:
                return refused
        if scan.serial and quantity != 1:
            self.quantity_ready = None
            return _outcome(Kind.ONE_PER_SERIAL, Tone.WARN, msg(
                "Pack", "Items with a serial number are packed one at a time: scan each "
                "unit's serial."), line_no=line.line_no)
        if scan.serial and queries.serial_packed(self._conn, product.gtin, scan.serial):
            # Any serial read is recorded, serial-controlled product or not: the same unit
            # must never ship twice.
            with self._store.write():
                self._record(ev.ItemRefused(sku=product.sku, reason="duplicate_serial",
                                            serial=scan.serial))
            return _outcome(Kind.DUPLICATE_SERIAL, Tone.BAD, msg(
                "Pack", "Serial {serial} has already been packed. Take another unit.",
                serial=scan.serial), line_no=line.line_no)
        if product.serial_controlled:
            if not scan.serial:
                self._prompt = AwaitingLot(product)
                return _outcome(Kind.SERIAL_REQUIRED, Tone.INFO, msg(
                    "Pack", "{name} needs its serial number: scan the serial barcode.",
                    name=product.label), line_no=line.line_no)
        elif (self.quantity_ready is None
              and decide.asks_quantity(line, remaining, self.settings.quantity_prompt_at)
              and not isinstance(prompt, AwaitingQuantity)):
            self._prompt = AwaitingQuantity(scan)
            return _outcome(Kind.QUANTITY_NEEDED, Tone.INFO, msg(
                "Pack", "{name}: {remaining} to pack. Scan a quantity, or scan the item again "
                "to pack one.", name=product.label, remaining=remaining), line_no=line.line_no)
        if product.kit:
            return self._whole_kit(product, line, scan, quantity)
        return self._pack(product, line, scan, quantity)

    def materials_in_boxes(self) -> list[tuple[Localized, int, int]]:
        """(material, quantity, box) for each material scanned into the open order (the UI
        lists them); read from the journal, so call it when a material scan or UNDO moved."""
        if self.order is None:
            return []
        scanned = materials_used.scanned_materials(
            journal.for_subject(self._conn, self.order.id))
        return [(material.label if (material := self.materials.material(s.code)) else
                 Localized(s.code, s.code), s.quantity, s.box_no) for s in scanned]

    # ----------------------------------------------------------- kits (station/pack/kits.py)
    def kit_parts_loose(self) -> kits.Loose:
        """Per kit line, the parts in the box that make no whole kit yet (shown by the UI)."""
        if self.order is None or not kits.has_kits(self.order):
            return {}
        return self._loose_parts()

    def _loose_parts(self) -> kits.Loose:
        assert self.order is not None
        return kits.loose_parts(journal.for_subject(self._conn, self.order.id))

    def _kit_part(self, product: Product, line: OrderLine, scan: Scan) -> ScanOutcome:
        """A part of the kit on `line`, packed loose; the scan that completes a kit packs the
        kit line in the same transaction."""
        assert self.order is not None
        assert self.state is not None
        kit = line.product
        part = kits.part_of(kit, product.sku)
        assert part is not None
        self._prompt = None
        quantity, self.quantity_ready = self.quantity_ready or 1, None
        loose = self._loose_parts().get(line.line_no, Counter())
        room = kits.needed(part, self.remaining(line), loose)
        if quantity > room:
            with self._store.write():
                self._record(ev.OverScanned(sku=product.sku, line_no=line.line_no,
                                            quantity=quantity, remaining=max(room, 0)))
            return _outcome(Kind.OVER_SCAN, Tone.BAD, msg(
                "Pack", "Too many: {name} is a part of {kit}, which needs {remaining} more. "
                "Put the extra aside and scan OK.", name=product.label, kit=kit.label,
                remaining=max(room, 0)), line_no=line.line_no)
        if product.serial_controlled:
            return _outcome(Kind.SERIAL_REQUIRED, Tone.WARN, msg(
                "Pack", "{name} has serial numbers, which parts of a set do not record: pack "
                "{kit} by its own barcode.", name=product.label, kit=kit.label),
                line_no=line.line_no)
        if product.lot_controlled and (scan.lot is None or scan.expiry is None):
            return _outcome(Kind.LOT_REQUIRED, Tone.INFO, msg(
                "Pack", "{name} needs its lot and expiry: scan the GS1 barcode on the item.",
                name=product.label), line_no=line.line_no)
        if product.lot_controlled and scan.expiry is not None:
            refused = self._refuse_by_date(product, line, scan)
            if refused is not None:
                return refused
        loose[product.sku] += quantity
        whole = kits.assembled(kit, loose, self.remaining(line))
        with self._store.write():
            self._record(KitPartPacked(
                line_no=line.line_no, kit_sku=kit.sku, sku=product.sku, gtin=product.gtin,
                quantity=quantity, box_no=self.state.current_box, lot=scan.lot,
                expiry=scan.expiry.isoformat() if scan.expiry else None,
                source=scan.source.value))
            if whole:
                self._record(KitAssembled(line_no=line.line_no, kit_sku=kit.sku, kits=whole,
                                          parts=kits.used_parts(kit, whole)))
                return self._pack(kit, line, replace(scan, lot=None, expiry=None, serial=None),
                                  whole)
        return _outcome(Kind.KIT_PART_PACKED, Tone.GOOD, msg(
            "Pack", "{name}: part of {kit}. Still to scan: {parts}.", name=product.label,
            kit=kit.label, parts=kits.still_to_scan(kit, loose)), line_no=line.line_no)

    def _whole_kit(self, kit: Product, line: OrderLine, scan: Scan,
                   quantity: int) -> ScanOutcome:
        """The pre-assembled kit's own barcode. Parts already packed loose for the line are
        set aside (the packer takes them out), so the kit is counted once."""
        loose = self._loose_parts().get(line.line_no)
        if not loose:
            return self._pack(kit, line, scan, quantity)
        with self._store.write():
            self._record(KitPartsSetAside(line_no=line.line_no, kit_sku=kit.sku, parts=tuple(
                KitPartUnits(sku=sku, quantity=units) for sku, units in sorted(loose.items()))))
            packed = self._pack(kit, line, scan, quantity)
        take_out = msg("Pack", "{kit} packed as the pre-assembled set. Take the loose parts "
                       "back out of the box, they are not counted: {parts}.", kit=kit.label,
                       parts=kits.loose_list(kit, loose))
        if packed.kind is Kind.ORDER_COMPLETE:
            return replace(packed, message=msg("Pack", "{first} {then}", first=take_out,
                                               then=packed.message))
        return _outcome(Kind.KIT_PARTS_SET_ASIDE, Tone.WARN, take_out, line_no=line.line_no)

    def _refuse_by_date(self, product: Product, line: OrderLine, scan: Scan) -> ScanOutcome | None:
        assert scan.expiry is not None
        today = self._clock.now().date()
        brand = self._catalogue.brand(product.brand)
        min_days = brand.min_shelf_life_days if brand else 0
        reason = decide.date_refusal(scan.expiry, today, min_days)
        if reason is decide.DateRefusal.EXPIRED:
            kind = Kind.EXPIRED
            message = msg("Pack", "Expired on {expiry}: do not ship. Put it in the quarantine "
                          "bin and take another.", expiry=scan.expiry.isoformat())
        elif reason is decide.DateRefusal.SHORT_DATED:
            kind = Kind.SHORT_DATED
            message = msg("Pack", "Short-dated: expires {expiry}, {brand} needs {days} days. "
                          "Take a unit with a later date.", expiry=scan.expiry.isoformat(),
                          brand=brand.name if brand else "", days=min_days)
        else:
            return None
        with self._store.write():
            self._record(ev.ItemRefused(sku=product.sku, reason=reason.value, lot=scan.lot,
                                        expiry=scan.expiry.isoformat()))
        return _outcome(kind, Tone.BAD, message, line_no=line.line_no)

    def _quantity(self, quantity: int) -> ScanOutcome:
        prompt = self._prompt
        if isinstance(prompt, AwaitingQuantity):
            self._prompt = None
            self.quantity_ready = quantity
            outcome = self._item(prompt.scan)
            self.quantity_ready = None
            return outcome
        if self.order is None:
            return self._no_order()
        self.quantity_ready = quantity
        return _outcome(Kind.QUANTITY_READY, Tone.INFO, msg(
            "Pack", "Quantity {quantity}: now scan the item.", quantity=quantity))

    def _pack(self, product: Product, line: OrderLine, scan: Scan, quantity: int) -> ScanOutcome:
        assert self.state is not None
        assert self.order is not None
        self.quantity_ready = None
        packed = ev.ItemPacked(
            order_id=self.order.id, line_no=line.line_no, sku=product.sku, gtin=product.gtin,
            quantity=quantity, box_no=self.state.current_box, lot=scan.lot,
            expiry=scan.expiry.isoformat() if scan.expiry else None, serial=scan.serial,
            source=scan.source.value)
        with self._store.write():
            self._recorder.item_packed(self.order.id, packed)
            if self.missing_units() == 0 and self.settings.auto_complete:
                # The last unit and the seal are one scan: they commit together, so a crash
                # never leaves the order full but open.
                return self._complete()
        if self.missing_units() == 0:
            return _outcome(Kind.ALL_ITEMS_PACKED, Tone.DONE, msg(
                "Pack", "All items packed. Scan COMPLETE to seal and print."),
                line_no=line.line_no, order_id=self.order.id)
        if self.remaining(line) == 0:
            return _outcome(Kind.LINE_COMPLETE, Tone.DONE, msg(
                "Pack", "{name}: line complete.", name=product.label), line_no=line.line_no)
        return _outcome(Kind.MATCHED, Tone.GOOD, msg(
            "Pack", "{name}: {packed} of {ordered}.", name=product.label,
            packed=self.state.packed(line.line_no), ordered=line.quantity), line_no=line.line_no)

    def _confirm_step(self, scan: Scan) -> ScanOutcome | None:
        """A scan of a step's code (熨斗, wrapping, a flyer): confirmed, or refused with
        why; None when it is no step's code. The last step of a full order completes it."""
        found = steps.match(self.steps, scan.text, scan.gtin) if self.order else None
        if found is None or self._item_still_wanted(scan):
            return None
        if found.verdict is not steps.Verdict.CONFIRM:
            return step_flow.refused(found)
        with self._store.write():
            self._record(StepConfirmed(step=found.step.id, kind=found.step.kind))
            if self.missing_units() == 0 and self.settings.auto_complete \
                    and not self.steps.pending():
                return self._complete()
        return step_flow.confirmed(found.step, self.steps)

    def _item_still_wanted(self, scan: Scan) -> bool:
        """A unit the order still needs is packed first, when a sample shares its JAN."""
        product = self._catalogue.product_by_gtin(scan.gtin) if scan.gtin else None
        line = self.order.line_for(product.sku) if product and self.order else None
        return line is not None and self.remaining(line) > 0

    # ---------------------------------------------------------------------------- boxes
    def _new_box(self) -> ScanOutcome:
        if self.order is None or self.state is None:
            return self._no_order()
        if not self.state.items_in_box(self.state.current_box):
            return _outcome(Kind.BOX_EMPTY, Tone.WARN, msg(
                "Pack", "Box {box} is still empty: pack something in it first.",
                box=self.state.current_box))
        if self.settings.weight_check and not self.state.weighed.get(self.state.current_box):
            return _outcome(Kind.WEIGHT_NEEDED, Tone.INFO, msg(
                "Pack", "Weigh box {box}: put it on the scale and scan or type its weight.",
                box=self.state.current_box), order_id=self.order.id)
        remaining = [(line.product, self.remaining(line)) for line in self.order.lines
                     if self.remaining(line) > 0]
        box = boxes.suggest(self._catalogue.box_types(), remaining)
        box_no = self.state.current_box + 1
        with self._store.write():
            self._record(ev.BoxStarted(box_no=box_no, box_type=box.code if box else None))
        return _outcome(Kind.BOX_STARTED, Tone.GOOD, msg(
            "Pack", "Box {box_no} started. Suggested box: {box}.", box_no=box_no,
            box=box_label(box)))

    def _choose_box(self, code: str) -> ScanOutcome:
        if self.order is None or self.state is None:
            return self._no_order()
        box = self._catalogue.box_type(code)
        if box is None:
            return _outcome(Kind.UNKNOWN_BOX, Tone.WARN, msg(
                "Pack", "Box {code} is not in this site's box catalogue.", code=code))
        box_no = self.state.current_box
        with self._store.write():
            self._record(ev.BoxChosen(box_no=box_no, box_type=box.code,
                                      previous_box_type=self.state.boxes.get(box_no)))
        return _outcome(Kind.BOX_CHOSEN, Tone.GOOD, msg(
            "Pack", "Box {box_no}: {box}.", box_no=box_no, box=box_label(box)))

    def _packing_material(self, scan: Scan) -> ScanOutcome:
        """A box (BOX:) or another packing material (MAT:, billed: station/materials)."""
        if scan.box_code is not None:
            return self._choose_box(scan.box_code)
        assert scan.material is not None
        return self._material(scan.material)

    def _material(self, code: str) -> ScanOutcome:
        if self.order is None or self.state is None:
            return self._no_order()
        quantity, self.quantity_ready = self.quantity_ready or 1, None
        scanned, outcome = materials_used.scan_material(self.materials, code, quantity,
                                                        self.state.current_box)
        if scanned is not None:
            with self._store.write():
                self._record(scanned)
        return outcome

    def _check_weight(self, weight_g: int) -> ScanOutcome:
        if self.order is None or self.state is None:
            return self._no_order()
        box_no = self.state.current_box
        box_code = self.state.boxes.get(box_no)
        box = self._catalogue.box_type(box_code) if box_code else None
        contents: list[tuple[Product, int]] = []
        for item in self.state.items_in_box(box_no):
            product = self._catalogue.product(item.sku)  # type: ignore[arg-type]
            if product is not None:
                contents.append((product, item.quantity))
        expected = boxes.expected_weight_g(box, contents)
        within = decide.weight_within(weight_g, expected, self.settings.weight_tolerance_percent)
        with self._store.write():
            self._record(ev.WeightChecked(box_no=box_no, weight_g=weight_g, expected_g=expected,
                                          within=within))
        if within and self.settings.weight_check and self.missing_units() == 0 \
                and self.settings.auto_complete and not self._unweighed_boxes():
            return self._complete()
        if within:
            return _outcome(Kind.WEIGHT_OK, Tone.GOOD, msg(
                "Pack", "Weight {weight} g is as expected ({expected} g).",
                weight=weight_g, expected=expected))
        return _outcome(Kind.WEIGHT_OFF, Tone.BAD, msg(
            "Pack", "Weight {weight} g, expected {expected} g: check the box contents.",
            weight=weight_g, expected=expected))

    # ------------------------------------------------------------------------- complete
    def _complete(self) -> ScanOutcome:
        if self.order is None or self.state is None:
            return self._no_order()
        missing = self.missing_units()
        if missing:
            return _outcome(Kind.NOT_COMPLETE, Tone.WARN, words.still_missing(missing),
                            order_id=self.order.id)
        unconfirmed = step_flow.pending(self.steps, self.order.id)
        if unconfirmed is not None:
            return unconfirmed
        unweighed = self._unweighed_boxes()
        if unweighed:
            return _outcome(Kind.WEIGHT_NEEDED, Tone.INFO, msg(
                "Pack", "Weigh box {box}: put it on the scale and scan or type its weight.",
                box=unweighed[0]), order_id=self.order.id)
        stopped = self.check_for_hub_changes()
        if stopped is not None:
            return stopped
        order_id = self.order.id
        contract = shipping.contract_for(self._contracts, self.order)
        ship_date = self._clock.now().date().isoformat()
        parcels = (shipping.parcels_of(self.order, self.state, self._catalogue,
                                       self._conn) if contract else [])
        if contract is not None:
            problems = shipping.problems(self._conn, contract, self.order, parcels,
                                         ship_date)
            if problems:
                return self._refuse_shipment(contract, problems)
        contents = decide.packed_boxes(self.state)
        packed = ev.OrderPacked(order_id=order_id, units=self.order.units,
                                lines=len(self.order.lines), boxes=contents,
                                packers=shares(self.state, self.signin.user))
        order = self.order
        if contract is not None and shipping.numbers_short(self._conn, contract,
                                                           order_id, parcels):
            return _outcome(Kind.NUMBERS_EXHAUSTED, Tone.BAD, msg(
                "Pack", "Order {order} is not sealed: no {carrier} tracking numbers are left "
                "on this station. Call a supervisor: the station must connect to the hub for "
                "a new block.", order=order_id, carrier=carrier_label(contract.carrier)),
                order_id=order_id)
        check_labels = False
        with self._store.write():
            if contract is not None:
                # The numbers and the seal commit together: no box leaves without one.
                shipping.issue_numbers(self._store, contract, order_id, parcels,
                                       ship_date=ship_date, actor=self._actor())
            self._record(packed)
            self._record(materials_used.materials_at_seal(
                self.materials, order, packed, materials_used.scanned_materials(
                    journal.for_subject(self._conn, order_id))))
            self._close_order("packed")
            self._recorder.last_packed(order_id)
            if contract is not None:
                check_labels = self.labels.sealed(order, contract, packed)
        packed_in = counted(
            len(contents), msg("Pack", "Order {order} packed in 1 box.", order=order_id),
            msg("Pack", "Order {order} packed in {boxes} boxes.", order=order_id,
                boxes=len(contents)))
        if contract is not None:
            return _outcome(Kind.ORDER_COMPLETE, Tone.DONE, msg(
                "Pack", "{packed} {labels} {numbers}", packed=packed_in, labels=msg(
                    "Pack", "Labels are printing: scan each label on its box.")
                if check_labels else msg("Pack", "Documents are printing."),
                numbers=shipping.low_numbers_note(self._conn, contract) or ""),
                order_id=order_id)
        return _outcome(Kind.ORDER_COMPLETE, Tone.DONE, msg(
            "Pack", "{packed} Documents are printing.", packed=packed_in), order_id=order_id)

    def _refuse_shipment(self, contract: Contract, problems: list[Problem]) -> ScanOutcome:
        """The carrier would refuse the order: it stays open and unsealed, the first problem
        named with what to do (all of them are in the journal)."""
        assert self.order is not None
        first = problems[0]
        fields = tuple(dict.fromkeys(problem.field for problem in problems))
        with self._store.write():
            self._record(ShipmentRefused(order_id=self.order.id, carrier=contract.carrier,
                                         fields=fields))
        return _outcome(Kind.CARRIER_PROBLEM, Tone.BAD, msg(
            "Pack", "Not sealed: {problem} ({field}) {action} {more}", problem=first.message,
            field=first.field, action=first.action,
            more=words.more_problems(len(problems) - 1)
            if len(problems) > 1 else ""), order_id=self.order.id)

    def _actor(self) -> Actor:
        return Actor(self.station_id, self.signin.user, self._clock.now())

    def _unweighed_boxes(self) -> list[int]:
        return decide.unweighed_boxes(self.state, self.settings.weight_check)

    # ------------------------------------------------------------------------ recording
    def _record(self, payload: EventPayload) -> journal.Event:
        """Append an event about the open order; the recorder folds it into the state."""
        assert self.order is not None
        return self._recorder.append(self.order.id, payload)

    def _apply(self, event: journal.Event) -> None:
        assert self.state is not None
        self.state.apply(event)
        self.steps.apply(event)

    def _close_order(self, status: str) -> None:
        assert self.order is not None
        self._recorder.closed(self.order.id, status)
        self.order = None
        self.state = None
        self.steps = steps.Steps()
        self._prompt = None
        self.quantity_ready = None
        self.reports.cancel()

    def reload(self) -> None:
        """Forget what memory holds and fold the open order again from the journal."""
        self.order = None
        self.state = None
        self.steps = steps.Steps()
        self._prompt = None
        self.quantity_ready = None
        self.reports.cancel()
        self._resume()

    def _resume(self) -> None:
        order_id = queries.state_value(self._conn, queries.OPEN_ORDER)
        if not order_id:
            return
        order = self._catalogue.order(order_id)  # type: ignore[arg-type]
        if order is None:
            return
        self.order = order
        events = journal.for_subject(self._conn, order_id)
        self.state = rebuild(order_id, events)
        self.steps = steps.rebuild(events)
