"""The print desk: turns print requests into queued jobs on one database connection. The
worker thread has its own desk (its own connection), so documents render off the packer's
thread; tests and the command line use the service's desk on the caller's thread."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from printing.brandkit import KitProblems
from printing.compose import Documents, LabelDocument
from printing.documents import recommerce
from printing.documents.carrier_order import issued_labels
from printing.documents.shipping import box_numbers
from printing.errors import PrintingError
from printing.settings import PrintersSettings
from station import journal
from station.carriers.contracts import Carrier, Contract, carrier_name, default_contracts
from station.carriers.issuing import issue_sscc
from station.carriers.numbering import Actor, NumbersExhaustedError
from station.catalogue import Catalogue
from station.clock import Clock
from station.events.pack import OrderPacked, ReprintRequested
from station.events.returns import RecommerceLabelRequested
from station.events.shipping import LabelReissued
from station.ids import OrderId
from station.messages import Message, msg
from station.models import Order
from station.printing import requests
from station.printing.jobs import DocumentKind, NewJob, PrintJob, PrintJobs
from station.returns.models import RecommerceLabelData
from station.store import Store

log = logging.getLogger(__name__)

ORDER_KINDS = (DocumentKind.LABEL, DocumentKind.SLIP, DocumentKind.INSERT, DocumentKind.GIFT_CARD)
# A request that failed unexpectedly (a bug, a missing font) is tried again after this pause,
# not in a tight loop; it stays pending in the database until it is handled.
RETRY_BROKEN_REQUEST_SECONDS = 30.0

Refused = Callable[[PrintingError], None]


class PrintDesk:
    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock,
                 settings: PrintersSettings, station_id: str, *,
                 kit_problems: KitProblems | None = None,
                 contracts: dict[Carrier, Contract] | None = None) -> None:
        self.store = store
        self.kit_problems = kit_problems or KitProblems()
        self.catalogue = catalogue
        self.clock = clock
        self.settings = settings
        self.documents = Documents(catalogue, settings)
        self.station_id = station_id
        self.jobs = PrintJobs(store, clock, station_id)
        self.retry_broken_seconds = RETRY_BROKEN_REQUEST_SECONDS
        self.contracts = default_contracts() if contracts is None else contracts
        self._broken: dict[str, float] = {}  # request -> when it broke (monotonic)

    # ---------------------------------------------------------------------------- requests
    def process_requests(self, refused: Refused | None = None, *,
                         inserts: bool = True) -> list[PrintJob]:
        """Queue the jobs of every print request not handled yet, oldest first. A cancelled
        or held order is refused (recorded, told through `refused`), never printed. With
        `inserts=False` only packed orders' labels and slips are queued (the request stays
        pending for its insert): the worker sends those before it renders any insert, so a
        brand kit never holds up a label."""
        queued: list[PrintJob] = []
        for event in requests.pending(self.store.conn):
            if not inserts and event.type not in {OrderPacked.TYPE, LabelReissued.TYPE}:
                continue
            broke = self._broken.get(event.id)
            if broke is not None and time.monotonic() - broke < self.retry_broken_seconds:
                continue
            try:
                queued += self._handle(event, inserts)
            except PrintingError as error:
                self._refuse(event, error.message)
                if refused is not None:
                    refused(error)
            except Exception as error:
                log.exception("print request %s (%s %s) failed", event.id, event.type,
                              event.subject)
                self._broken[event.id] = time.monotonic()
                if refused is not None:
                    refused(PrintingError(
                        msg("Printing", "The documents of {subject} could not be prepared: "
                            "{reason}", subject=event.subject or "", reason=repr(error)),
                        msg("Printing", "Printing tries again by itself. Call a supervisor "
                            "if this keeps happening.")))
        with self.store.write() as db:
            requests.advance_cursor(db.conn)
        return queued

    def _handle(self, event: journal.Event, inserts: bool = True) -> list[PrintJob]:
        if event.type == RecommerceLabelRequested.TYPE:
            data = requests.recommerce_label_of(event)
            return self._queue([self._recommerce_job(data)], event.user, None, event)
        if event.type == LabelReissued.TYPE:
            return self._queue(self._reissued_label(event.read(LabelReissued)), event.user,
                               None, event)
        if event.type == ReprintRequested.TYPE:
            return self.reprint(event.read(ReprintRequested).order_id, event.user,
                                request=event)
        return self.print_packed_order(event.read(OrderPacked).order_id, event.user,
                                       request=event, insert=inserts)

    def _queue(self, new: list[NewJob], user: str | None, reprint_of: list[str] | None,
               request: journal.Event | None) -> list[PrintJob]:
        """Queue the jobs and mark their request handled in one transaction: all or none."""
        with self.store.write() as db:
            if request is not None and not requests.mark_handled(db.conn, request, self.clock):
                return []
            return self.jobs.queue(new, user=user, reprint_of=reprint_of)

    def _refuse(self, event: journal.Event, why: Message) -> None:
        with self.store.write() as db:
            requests.mark_handled(db.conn, event, self.clock, refused=why)

    # ------------------------------------------------------------------------------ orders
    def print_packed_order(self, order_id: str, user: str | None = None,
                           request: journal.Event | None = None,
                           insert: bool = True) -> list[PrintJob]:
        """Queue the order's documents once: calling it again returns the jobs already
        queued (a restart or a double call never prints a second set; use `reprint`). The
        labels and slip are queued first, in their own transaction; the insert (a brand's
        templates and logo) after them, with the request marked handled. `insert=False` stops
        after the labels and slip; a later call adds the insert."""
        existing = [job for job in self.jobs.for_order(order_id)
                    if job.kind in ORDER_KINDS and job.reprint_of is None]
        if any(job.kind is DocumentKind.INSERT for job in existing):
            if request is not None:
                self._queue([], user, None, request)
            return existing
        if not existing:
            existing = self._queue(self._label_and_slip(order_id), user, None, None)
        if not insert:
            return existing
        order = self._order(order_id)
        document = self.documents.insert(order)
        new_job = NewJob(DocumentKind.INSERT, self.settings.insert, "pdf",
                         f"{order_id}-insert", document.pdf, order_id,
                         notes=tuple(problem.render() for problem in document.problems))
        self.kit_problems.record(order.brand, document.problems)
        return existing + self._queue([new_job], user, None, request)

    def _order(self, order_id: str) -> Order:
        order = self.catalogue.order(OrderId(order_id))
        if order is None:
            raise PrintingError(msg("Printing", "Order {order} is not on this station.",
                                    order=order_id))
        return order

    def _label_and_slip(self, order_id: str) -> list[NewJob]:
        order = self._order(order_id)
        if order.cancelled or order.hold:
            raise PrintingError(
                msg("Printing", "Order {order} is cancelled or on hold: nothing was printed.",
                    order=order_id),
                msg("Printing", "Put the parcel on the cancellations or hold shelf."))
        new_jobs = [
            NewJob(DocumentKind.LABEL, self.settings.label, label.format,
                   f"{order_id}-label-{label.box_no}", label.data, order_id, label.box_no)
            for label in self._labels(order)]
        # A gift's slip and card follow the brand kit's [gift] table; its problems (the
        # default was used) go with the jobs, into the journal.
        notes = (tuple(problem.render() for problem in self.documents.gift_kit(order).problems)
                 if order.gift is not None else ())
        if self.documents.gift_slip_wanted(order):
            new_jobs.append(NewJob(DocumentKind.SLIP, self.settings.slip, "pdf",
                                   f"{order_id}-slip", self.documents.slip(order), order_id,
                                   notes=notes))
        card = self.documents.gift_card(order)
        if card is not None:  # on the insert printer's card stock
            new_jobs.append(NewJob(DocumentKind.GIFT_CARD, self.settings.insert, "pdf",
                                   f"{order_id}-gift-card", card, order_id, notes=notes))
        return new_jobs

    def _labels(self, order: Order) -> list[LabelDocument]:
        """The carrier's own labels when the order's boxes got numbers from its contract at
        sealing, else the generic label."""
        carrier = carrier_name(order.carrier) if order.carrier else None
        contract = self.contracts.get(carrier) if carrier else None
        if contract is not None:
            labels = issued_labels(self.store.conn, order, contract, self.catalogue,
                                   self.clock.now().date())
            if labels:
                return self.documents.carrier_labels(labels)
        packed = self._packed(order.id)
        return self.documents.labels(order, packed, ssccs=self._ssccs(order, packed))

    def _ssccs(self, order: Order, packed: OrderPacked | None) -> dict[int, str]:
        """Each box's SSCC from the station's serials (issued once: a reprint gets the same).
        A station that holds none yet (never synced) prints the fallback SSCC."""
        actor = Actor(self.station_id, None, self.clock.now())
        ssccs: dict[int, str] = {}
        for box_no in box_numbers(order, packed):
            try:
                ssccs[box_no] = issue_sscc(self.store, self.settings.gs1_company_prefix,
                                           order.id, box_no, actor)
            except NumbersExhaustedError:
                log.warning("no SSCC serials on this station: %s box %d gets the fallback",
                            order.id, box_no)
                break
        return ssccs

    def _reissued_label(self, reissued: LabelReissued) -> list[NewJob]:
        """The new label of a box whose label was voided; nothing when the box's number has
        changed again since (a later request prints that one)."""
        order = self._order(reissued.order_id)
        carrier = carrier_name(order.carrier) if order.carrier else None
        contract = self.contracts.get(carrier) if carrier else None
        labels = (issued_labels(self.store.conn, order, contract, self.catalogue,
                                self.clock.now().date()) if contract else None) or []
        return [NewJob(DocumentKind.LABEL, self.settings.label, document.format,
                       f"{order.id}-label-{document.box_no}-{reissued.tracking}",
                       document.data, order.id, document.box_no)
                for label in labels if label.tracking_number == reissued.tracking
                for document in self.documents.carrier_labels([label])]

    def _packed(self, order_id: str) -> OrderPacked | None:
        events = [event for event in journal.for_subject(self.store.conn, order_id)
                  if event.type == OrderPacked.TYPE]
        return events[-1].read(OrderPacked) if events else None

    def reprint(self, order_id: str, user: str | None = None,
                request: journal.Event | None = None) -> list[PrintJob]:
        """Print the order's documents again, byte for byte (same tracking number and SSCC),
        skipping any the packer voided."""
        originals = [job for job in self.jobs.for_order(order_id)
                     if job.kind in ORDER_KINDS and job.reprint_of is None
                     and job.status.value != "voided"]
        if not originals:
            return self.print_packed_order(order_id, user, request)
        number = self._reprints(order_id) // len(originals) + 1
        copies = [NewJob(job.kind, job.printer, job.format, f"{job.name}-reprint-{number}",
                         self.jobs.document(job.id), job.order_id, job.box_no)
                  for job in originals]
        return self._queue(copies, user, [job.id for job in originals], request)

    def _reprints(self, order_id: str) -> int:
        return sum(job.reprint_of is not None for job in self.jobs.for_order(order_id))

    def _recommerce_job(self, data: RecommerceLabelData) -> NewJob:
        return NewJob(DocumentKind.RECOMMERCE, self.settings.recommerce, "pdf",
                      f"recommerce-{data.new_sku}", recommerce.render(data))
