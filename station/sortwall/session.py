"""The sort wall session: every scan at the wall goes in, a `SortOutcome` comes out.

Scan a batch tote to open the batch; each item scan is placed (`decide.place`), recorded as
one journal event and folded into the `WallState`; a slot label opens its order at the pack
bench (`PackSession.open_presorted`) in the same transaction; `CMD:COMPLETE` closes the
batch, sending short orders and left-over items to the exception queue. The open batch is
kept in `station_state`, so a restart folds the same events back to the same slots."""

from __future__ import annotations

from collections.abc import Sequence

from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.events import sortwall as ev
from station.messages import Message, counted, msg
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.pack.session import PACKING_ROLES, PackSession
from station.reloading import reloads_on_error
from station.scans import Command, Scan, clean
from station.signin import SignIn
from station.sortwall import batches, wall
from station.sortwall.codes import read_slot
from station.sortwall.decide import Placement, Shortfall, Verdict, place, shortfalls
from station.sortwall.outcomes import SortKind, SortOutcome
from station.sortwall.recorder import Recorder, open_batch
from station.sortwall.wall import WallState
from station.store import Store


def _outcome(kind: SortKind, tone: Tone, message: Message, *, slot: int | None = None,
             order_id: str | None = None, pack: ScanOutcome | None = None) -> SortOutcome:
    return SortOutcome(kind, tone, message, slot, order_id, pack)


# What the pack session says of an order the hub stopped, and the reason the wall records.
_STOPPED = {Kind.ORDER_CANCELLED: "CANCELLED", Kind.ORDER_ON_HOLD: "HOLD"}


class SortWall:
    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, signin: SignIn,
                 pack: PackSession, *, reverify: bool = False) -> None:
        self._store = store
        self._catalogue = catalogue
        self.signin = signin
        self._pack = pack
        self.reverify = reverify
        self.state: WallState | None = None
        # COMPLETE asked to confirm closing with units unsorted; any other scan forgets it.
        self._close_asked = False
        self._recorder = Recorder(store, clock, signin, on_event=self._apply)
        self._resume()

    # ----------------------------------------------------------------------- reading
    def claims(self, text: str) -> bool:
        """Whether a scan is the sort wall's (a batch tote or a slot label), so the window
        can bring the wall forward for it."""
        code = clean(text)
        return read_slot(code) is not None or batches.batch_for_tote(self._store.conn,
                                                                      code) is not None

    # ----------------------------------------------------------------- the one entry
    @reloads_on_error
    def scan(self, scan: Scan) -> SortOutcome:
        """Decide, record durably, say so (see `reloads_on_error`)."""
        confirmed, self._close_asked = self._close_asked, False
        if scan.problem is not None:
            return _outcome(SortKind.UNREADABLE, Tone.WARN, scan.problem)
        if not scan.text and scan.command is None:
            return _outcome(SortKind.UNREADABLE, Tone.WARN,
                            msg("Sort wall", "Nothing was read. Scan again."))
        if self.signin.badge is None:
            return _outcome(SortKind.SIGN_IN_REQUIRED, Tone.INFO,
                            msg("Sort wall", "Scan your badge to sign in."))
        if not self.signin.has_role(*PACKING_ROLES):
            return _outcome(SortKind.ROLE_NOT_ALLOWED, Tone.WARN, msg(
                "Sort wall", "Your badge is not for packing. Use the returns screen."))
        self.signin.touch()
        batch_id = batches.batch_for_tote(self._store.conn, scan.text.strip())
        if batch_id is not None:
            return self._open(batch_id, scan.text.strip())
        slot = read_slot(scan.text)
        if slot is not None:
            return self._slot(slot)
        if scan.command is Command.COMPLETE:
            return self._close(confirmed)
        if scan.command is Command.UNDO:
            return self._undo()
        if scan.gtin is not None:
            return self._item(scan)
        return _outcome(SortKind.UNKNOWN_CODE, Tone.WARN, msg(
            "Sort wall", "{code} is not a batch tote, an item or a slot label here.",
            code=scan.text))

    # ------------------------------------------------------------------------ batches
    def _open(self, batch_id: str, tote: str) -> SortOutcome:
        state = self.state
        if state is not None and state.batch.id == batch_id and not state.closed:
            return _outcome(SortKind.BATCH_OPENED, Tone.INFO, msg(
                "Sort wall", "Batch {batch} is already open: scan its items.", batch=batch_id))
        if state is not None and not state.closed and state.total_sorted():
            return _outcome(SortKind.BATCH_IN_PROGRESS, Tone.WARN, msg(
                "Sort wall", "Finish batch {batch} first: scan COMPLETE when its totes are "
                "empty.", batch=state.batch.id))
        batch = batches.load_batch(self._store.conn, batch_id)
        assert batch is not None
        fresh = wall.rebuild(self._store.conn, batch,
                             journal.for_subject(self._store.conn, batch_id))
        self.state = fresh
        self._recorder.opened(ev.BatchOpened(batch_id=batch_id, tote=tote, slots=batch.slots,
                                             orders=len(batch.orders),
                                             units=fresh.total_units()))
        return _outcome(SortKind.BATCH_OPENED, Tone.GOOD, msg(
            "Sort wall", "Batch {batch}: {orders} orders, {units} items, {slots} slots. Scan "
            "each item.", batch=batch_id, orders=len(batch.orders),
            units=fresh.total_units() - fresh.total_sorted(), slots=batch.slots))

    def _no_batch(self) -> SortOutcome:
        return _outcome(SortKind.NO_BATCH, Tone.WARN, msg(
            "Sort wall", "Scan a batch tote first."))

    # -------------------------------------------------------------------------- items
    def _item(self, scan: Scan) -> SortOutcome:
        state = self.state
        if state is None or state.closed:
            return self._no_batch()
        assert scan.gtin is not None
        sku = state.gtins.get(scan.gtin)
        if sku is None:
            product = self._catalogue.product_by_gtin(scan.gtin)
            sku = product.sku if product is not None else None
        if sku is None:
            self._recorder.append(ev.StrayItemScanned(batch_id=state.batch.id, code=scan.text))
            return _outcome(SortKind.UNKNOWN_ITEM, Tone.BAD, msg(
                "Sort wall", "Unknown item {code}: not in the catalogue. Put it on the "
                "exception shelf.", code=scan.text))
        placement = self._place(state, sku)
        if placement.verdict is Verdict.STRAY:
            self._recorder.append(ev.StrayItemScanned(batch_id=state.batch.id, code=scan.text,
                                                 sku=sku))
            return _outcome(SortKind.STRAY, Tone.BAD, msg(
                "Sort wall", "No order in this batch needs {sku}: put it aside for the "
                "exception shelf.", sku=sku))
        if placement.verdict is Verdict.WALL_FULL:
            return _outcome(SortKind.WALL_FULL, Tone.WARN, msg(
                "Sort wall", "Every slot is taken: pack a complete slot, then scan this item "
                "again."))
        return self._sort(state, placement, sku, scan)

    def _place(self, state: WallState, sku: str) -> Placement:
        """`place`, never to an order the hub cancelled or held since the batch opened (a
        sync pull may land mid-batch): such an order is blocked and the item placed again."""
        while True:
            placement = place(state, sku)
            if placement.order_id is None or not self._stopped_by_hub(placement.order_id):
                return placement
            state.blocked.add(placement.order_id)

    def _stopped_by_hub(self, order_id: str) -> bool:
        row = self._store.conn.execute("SELECT cancelled, hold FROM orders WHERE id = ?",
                                       (order_id,)).fetchone()
        return row is None or bool(row[0]) or bool(row[1])

    def _sort(self, state: WallState, placement: Placement, sku: str,
              scan: Scan) -> SortOutcome:
        assert placement.order_id is not None
        assert placement.slot is not None
        order_id, slot = placement.order_id, placement.slot
        self._recorder.append(ev.ItemSorted(batch_id=state.batch.id, slot=slot, order_id=order_id,
                                       sku=sku, gtin=scan.gtin or "",
                                       source=scan.source.value))
        if state.complete(order_id):
            return _outcome(SortKind.SLOT_COMPLETE, Tone.DONE, msg(
                "Sort wall", "Slot {slot}: order {order} is complete. Scan the slot label to "
                "pack it.", slot=slot, order=order_id), slot=slot, order_id=order_id)
        return _outcome(SortKind.SORTED, Tone.GOOD, msg(
            "Sort wall", "Slot {slot}: {sorted} of {units} for order {order}.", slot=slot,
            sorted=state.sorted_units(order_id), units=state.units(order_id),
            order=order_id), slot=slot, order_id=order_id)

    def _undo(self) -> SortOutcome:
        state = self.state
        if state is None or state.closed:
            return self._no_batch()
        if not state.undo_stack:
            return _outcome(SortKind.NOTHING_TO_UNDO, Tone.WARN, msg(
                "Sort wall", "Nothing to undo."))
        last = state.undo_stack[-1]
        self._recorder.append(ev.SortUndone(batch_id=state.batch.id, undone_event=last.event_id,
                                            undone_type=last.type))
        if last.slot is None:
            return _outcome(SortKind.UNDONE, Tone.INFO, msg(
                "Sort wall", "Undone: the stray {item} is not counted.", item=last.key))
        return _outcome(SortKind.UNDONE, Tone.INFO, msg(
            "Sort wall", "Undone: take {sku} back out of slot {slot}.", sku=last.key,
            slot=last.slot), slot=last.slot, order_id=last.order_id)

    # -------------------------------------------------------------------------- slots
    def _slot(self, slot: int) -> SortOutcome:
        state = self.state
        if state is None:
            return self._no_batch()
        view = state.status(slot) if slot <= state.batch.slots else None
        if view is None or view.order_id is None:
            return _outcome(SortKind.SLOT_EMPTY, Tone.WARN, msg(
                "Sort wall", "Slot {slot} is empty.", slot=slot), slot=slot)
        order_id = view.order_id
        if order_id in state.emptied:
            return _outcome(SortKind.SLOT_PACKED, Tone.WARN, msg(
                "Sort wall", "Order {order} of slot {slot} has gone to packing already.",
                order=order_id, slot=slot), slot=slot, order_id=order_id)
        if order_id in state.excepted:
            return _outcome(SortKind.SLOT_PACKED, Tone.WARN, msg(
                "Sort wall", "Slot {slot} is in the exception queue: take it to the exception "
                "shelf.", slot=slot), slot=slot, order_id=order_id)
        if not state.complete(order_id):
            missing = state.missing(order_id)
            return _outcome(SortKind.SLOT_NOT_COMPLETE, Tone.WARN, counted(
                missing, msg("Sort wall", "Slot {slot} still waits for 1 item of order {order}.",
                             slot=slot, order=order_id),
                msg("Sort wall", "Slot {slot} still waits for {missing} items of order {order}.",
                    slot=slot, missing=missing, order=order_id)),
                slot=slot, order_id=order_id)
        units = dict(state.sorted[order_id])
        with self._store.write():
            opened = self._pack.open_presorted(order_id, {} if self.reverify else units)
            if opened.kind in _STOPPED:
                return self._stopped(state, slot, order_id, units, opened.kind)
            if opened.kind is not Kind.ORDER_OPENED or self._pack.order is None:
                return _outcome(SortKind.NOT_OPENED, opened.tone, opened.message, slot=slot,
                                order_id=order_id, pack=opened)
            self._recorder.append(ev.SlotEmptied(batch_id=state.batch.id, slot=slot,
                                        order_id=order_id, units=sum(units.values()),
                                        reverify=self.reverify))
        to_scan = self._pack.missing_units()
        if self.reverify:
            message = msg("Sort wall", "Order {order} from slot {slot}: scan each item again "
                          "as you pack it.", order=order_id, slot=slot)
            tone = Tone.GOOD
        elif to_scan:
            message = msg("Sort wall", "Order {order} from slot {slot}: {units} items verified "
                          "at sorting; scan the other {to_scan} (lot, expiry or serial) as you "
                          "pack them.", order=order_id, slot=slot,
                          units=sum(units.values()) - to_scan, to_scan=to_scan)
            tone = Tone.GOOD
        else:
            verified = sum(units.values())
            message = counted(verified, msg(
                "Sort wall", "Order {order} from slot {slot}: 1 item verified at sorting. Box "
                "it and scan COMPLETE.", order=order_id, slot=slot), msg(
                "Sort wall", "Order {order} from slot {slot}: {units} items verified at "
                "sorting. Box them and scan COMPLETE.", order=order_id, slot=slot,
                units=verified))
            tone = Tone.DONE
        pack = ScanOutcome(Kind.ORDER_OPENED if to_scan else Kind.ALL_ITEMS_PACKED,
                           tone, message, order_id=order_id)
        return _outcome(SortKind.SLOT_TO_PACK, tone, message, slot=slot, order_id=order_id,
                        pack=pack)

    def _stopped(self, state: WallState, slot: int, order_id: str, units: dict[str, int],
                 kind: Kind) -> SortOutcome:
        """The hub cancelled or held the slot's order while it was sorted: its units leave
        the wall for the shelf, and the slot is free again."""
        self._recorder.append(ev.SortExceptionReported(
            batch_id=state.batch.id, reason=_STOPPED[kind], slot=slot, order_id=order_id,
            leftover=tuple(ev.LeftoverItem(sku=sku, quantity=count)
                           for sku, count in sorted(units.items()))))
        if kind is Kind.ORDER_CANCELLED:
            message = msg("Sort wall", "STOP: order {order} of slot {slot} was cancelled. Take "
                          "the slot's items to the cancellations shelf.", order=order_id,
                          slot=slot)
        else:
            message = msg("Sort wall", "STOP: order {order} of slot {slot} is on hold. Take "
                          "the slot's items to the hold shelf.", order=order_id, slot=slot)
        return _outcome(SortKind.SLOT_STOPPED, Tone.BAD, message, slot=slot, order_id=order_id)

    # ------------------------------------------------------------------------ closing
    def _close(self, confirmed: bool) -> SortOutcome:
        state = self.state
        if state is None or state.closed:
            return self._no_batch()
        short = shortfalls(state)
        if short and not confirmed:
            self._close_asked = True
            return _outcome(SortKind.CLOSE_TO_CONFIRM, Tone.WARN, msg(
                "Sort wall", "Not sorted yet: {unsorted} of {units} items. Closing now sends "
                "these orders to the exception queue: {orders}. To close anyway, scan "
                "COMPLETE again or press Close the batch again; to keep sorting, scan an item.",
                unsorted=sum(item.missing_units for item in short),
                units=state.total_units(), orders=len(short)))
        leftover = [ev.LeftoverItem(sku=sku, quantity=count)
                    for sku, count in sorted(state.strays.items())
                    if count > 0]  # a stray scanned then undone leaves a zero count
        batch_id = state.batch.id
        self._recorder.closed(batch_id, state.total_sorted(), short, leftover)
        if not short and not leftover:
            return _outcome(SortKind.BATCH_CLOSED, Tone.DONE, msg(
                "Sort wall", "Batch {batch} is closed: every item was sorted.",
                batch=batch_id))
        return _outcome(SortKind.BATCH_CLOSED, Tone.WARN, msg(
            "Sort wall", "Batch {batch} is closed. {short} {leftover} They are in the exception "
            "queue: take them to the exception shelf.", batch=batch_id,
            short=_short_orders(short), leftover=_left_over(leftover)))

    # ---------------------------------------------------------------------- recording
    def _apply(self, event: journal.Event) -> None:
        assert self.state is not None
        self.state.apply(event)

    def reload(self) -> None:
        """Forget what memory holds and fold the open batch again from the journal; the pack
        session too, which a slot scan moves in the same transaction."""
        self.state = None
        self._resume()
        self._pack.reload()

    def _resume(self) -> None:
        batch_id = open_batch(self._store)
        batch = batches.load_batch(self._store.conn, batch_id) if batch_id else None
        if batch is None:
            return
        self.state = wall.rebuild(self._store.conn, batch,
                                  journal.for_subject(self._store.conn, batch.id))


def _short_orders(short: Sequence[Shortfall]) -> Message | str:
    """"1 order is short (slot 4)." / "2 orders are short (slots 4, 7).", or nothing."""
    slots = ", ".join(str(item.slot) for item in short if item.slot is not None) or "-"
    if not short:
        return ""
    return counted(len(short), msg("Sort wall", "1 order is short (slot {slots}).", slots=slots),
                   msg("Sort wall", "{orders} orders are short (slots {slots}).",
                       orders=len(short), slots=slots))


def _left_over(leftover: Sequence[ev.LeftoverItem]) -> Message | str:
    """"1 item is left over." / "3 items are left over.", or nothing."""
    units = sum(item.quantity for item in leftover)
    if not units:
        return ""
    return counted(units, msg("Sort wall", "1 item is left over."),
                   msg("Sort wall", "{units} items are left over.", units=units))
