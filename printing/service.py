"""The print service: the one entry point the app calls. An order completes -> its labels
(one per box), packing slip and branded insert are rendered, recorded as print jobs in the
journal and handed to the worker, which sends them without blocking the packer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from printing import settings as printer_settings
from printing.backends import Printer, PrinterState, printer_for
from printing.compose import Documents
from printing.documents import recommerce, test_page
from printing.documents.insert import InsertResult
from printing.documents.recommerce import RecommerceLabel
from printing.errors import PrintingError
from printing.worker import Backoff, PrintWorker
from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.core import StationCore
from station.ids import OrderId
from station.messages import Message, msg
from station.pack import events as pack_events
from station.pack.outcomes import Kind, ScanOutcome
from station.printing.jobs import DocumentKind, NewJob, PrintJob, PrintJobs
from station.settings import Settings
from station.store import Store, open_store

ORDER_KINDS = (DocumentKind.LABEL, DocumentKind.SLIP, DocumentKind.INSERT)


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer status widget shows for one printer."""

    printer: str
    kinds: tuple[str, ...]
    waiting: int
    last_error: str
    state: PrinterState | None = None
    error: Message | None = None


class PrintService:
    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, settings: Settings,
                 printers: Mapping[str, Printer] | None = None) -> None:
        self._store = store
        self._clock = clock
        self.station_id = settings.station.id
        self.settings = printer_settings.load(settings)
        self.folder = printer_settings.print_folder(settings, self.settings)
        self.documents = Documents(catalogue, self.settings)
        self.catalogue = catalogue
        self.jobs = PrintJobs(store, clock, self.station_id)
        self._printers: dict[str, Printer] = dict(printers or {})
        self.problems: tuple[Message, ...] = ()
        factory = self._own_connection if store.path is not None else None
        self.worker = PrintWorker(
            self.jobs, self.printer,
            Backoff(self.settings.retry_seconds, self.settings.max_retry_seconds),
            jobs_factory=factory)

    @classmethod
    def for_core(cls, core: StationCore) -> PrintService:
        """The service for the app's composition root, from the core's settings."""
        return cls(core.store, core.catalogue, core.clock, core.settings)

    # -------------------------------------------------------------------------- printers
    def printer(self, spec: str) -> Printer:
        if spec not in self._printers:
            self._printers[spec] = printer_for(spec, self.folder,
                                               self.settings.tcp_timeout_seconds)
        return self._printers[spec]

    def printer_names(self) -> dict[str, tuple[str, ...]]:
        """Each configured printer and the document kinds it prints."""
        names: dict[str, list[str]] = {}
        for kind in ("label", "slip", "insert", "recommerce"):
            names.setdefault(self.settings.printer_for(kind), []).append(kind)
        return {name: tuple(kinds) for name, kinds in names.items()}

    def statuses(self, check: bool = False) -> list[PrinterStatus]:
        """Per printer: jobs waiting and the last error (cheap, from the database); with
        `check`, ask the printer itself too (slow for an unreachable network printer)."""
        waiting = self.jobs.waiting()
        result = []
        for name, kinds in self.printer_names().items():
            mine = [job for job in waiting if job.printer == name]
            failing = [job for job in mine if job.last_error]
            last = failing[-1] if failing else None
            result.append(PrinterStatus(name, kinds, len(mine), last.last_error if last else "",
                                        self.printer(name).check() if check else None,
                                        last.error if last else None))
        return result

    # ---------------------------------------------------------------------------- orders
    def print_packed_order(self, order_id: str, user: str | None = None) -> list[PrintJob]:
        """Queue the order's documents once: calling it again returns the jobs already
        queued (a restart or a double call never prints a second set; use `reprint`)."""
        existing = [job for job in self.jobs.for_order(order_id)
                    if job.kind in ORDER_KINDS and job.reprint_of is None]
        if existing:
            return existing
        order = self.catalogue.order(OrderId(order_id))
        if order is None:
            raise PrintingError(msg("Printing", "Order {order} is not on this station.",
                                    order=order_id))
        if order.cancelled or order.hold:
            raise PrintingError(
                msg("Printing", "Order {order} is cancelled or on hold: nothing was printed.",
                    order=order_id),
                msg("Printing", "Put the parcel on the cancellations or hold shelf."))
        packed = self._packed_payload(order_id)
        new_jobs = [
            NewJob(DocumentKind.LABEL, self.settings.label, label.format,
                   f"{order_id}-label-{label.box_no}", label.data, order_id, label.box_no)
            for label in self.documents.labels(order, packed)]
        new_jobs.append(NewJob(DocumentKind.SLIP, self.settings.slip, "pdf",
                               f"{order_id}-slip", self.documents.slip(order), order_id))
        insert = self.documents.insert(order)
        self.problems = insert.problems
        new_jobs.append(NewJob(DocumentKind.INSERT, self.settings.insert, "pdf",
                               f"{order_id}-insert", insert.pdf, order_id,
                               notes=tuple(problem.render() for problem in insert.problems)))
        queued = self.jobs.queue(new_jobs, user=user)
        self.worker.wake()
        return queued

    def on_scan_outcome(self, outcome: ScanOutcome, user: str | None = None) -> list[PrintJob]:
        """What printing does after a scan: an order completed prints its documents, the
        REPRINT command reprints them; any other outcome prints nothing. The pack screen
        can pass every outcome here."""
        if outcome.order_id is None:
            return []
        if outcome.kind is Kind.ORDER_COMPLETE:
            return self.print_packed_order(outcome.order_id, user)
        if outcome.kind is Kind.REPRINT_REQUESTED:
            return self.reprint(outcome.order_id, user)
        return []

    def _packed_payload(self, order_id: str) -> Mapping[str, Any]:
        events = [event for event in journal.for_subject(self._store.conn, order_id)
                  if event.type == pack_events.ORDER_PACKED]
        return events[-1].payload if events else {}

    def reprint(self, order_id: str, user: str | None = None) -> list[PrintJob]:
        """Print the order's documents again, byte for byte (same tracking number and SSCC),
        skipping any the packer voided."""
        originals = [job for job in self.jobs.for_order(order_id)
                     if job.kind in ORDER_KINDS and job.reprint_of is None
                     and job.status.value != "voided"]
        if not originals:
            return self.print_packed_order(order_id, user)
        number = self._reprints(order_id) // len(originals) + 1
        copies = [NewJob(job.kind, job.printer, job.format, f"{job.name}-reprint-{number}",
                         self.jobs.document(job.id), job.order_id, job.box_no)
                  for job in originals]
        queued = self.jobs.queue(copies, user=user, reprint_of=[job.id for job in originals])
        self.worker.wake()
        return queued

    def _reprints(self, order_id: str) -> int:
        return sum(job.reprint_of is not None for job in self.jobs.for_order(order_id))

    def void(self, job_id: str, user: str | None = None) -> PrintJob | None:
        return self.jobs.void(job_id, user=user)

    def test_page(self, printer: str, user: str | None = None) -> PrintJob:
        kinds = self.printer_names().get(printer, ())
        zpl = "label" in kinds and self.settings.label_format == "zpl"
        data = (test_page.zpl(self.station_id, printer, self._clock.now(),
                              self.settings.label_dpi) if zpl
                else test_page.pdf(self.station_id, printer, self._clock.now()))
        stamp = self._clock.now().strftime("%Y%m%d-%H%M%S")
        [job] = self.jobs.queue([NewJob(DocumentKind.TEST_PAGE, printer, "zpl" if zpl else "pdf",
                                        f"test-page-{stamp}", data)], user=user)
        self.worker.wake()
        return job

    def print_recommerce_label(self, data: RecommerceLabel,
                               user: str | None = None) -> PrintJob:
        [job] = self.jobs.queue([NewJob(DocumentKind.RECOMMERCE, self.settings.recommerce,
                                        "pdf", f"recommerce-{data.new_sku}",
                                        recommerce.render(data))], user=user)
        self.worker.wake()
        return job

    def insert_preview(self, order_id: str, kit_folder: Path | None = None) -> InsertResult:
        order = self.catalogue.order(OrderId(order_id))
        if order is None:
            raise PrintingError(msg("Printing", "Order {order} is not on this station.",
                                    order=order_id))
        return self.documents.insert(order, kit_folder)

    # ---------------------------------------------------------------------------- sending
    def send_due(self) -> list[PrintJob]:
        """Send what is due now, on the caller's thread (tests, command line)."""
        return self.worker.run_once()

    def start(self) -> None:
        """Send in the background. The worker needs its own connection to the database
        file; an in-memory station (tests, previews) sends with `send_due()` instead."""
        if self._store.path is None:
            raise PrintingError(msg("Printing", "Background printing needs the station "
                                    "database on disk."))
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()

    def retry_now(self) -> None:
        """The packer fixed the printer: try the waiting jobs at once."""
        with self._store.write() as db:
            db.conn.execute("UPDATE print_jobs SET next_attempt_at = '' WHERE status = 'failed'")
        self.worker.wake()

    def _own_connection(self) -> tuple[PrintJobs, Any]:
        assert self._store.path is not None
        store = open_store(self._store.path)
        return PrintJobs(store, self._clock, self.station_id), store.close
