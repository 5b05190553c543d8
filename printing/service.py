"""The print service: the one entry point the app calls. An order completes -> its OrderPacked
event is the durable request; the worker (its own thread and connection) renders its labels
(one per box), packing slip and branded insert, records them as print jobs in the journal and
sends them without blocking the packer. Reprints and re-commerce labels go the same way."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from printing import settings as printer_settings
from printing.backends import Printer, PrinterState, printer_for
from printing.brandkit import KitProblems
from printing.desk import PrintDesk
from printing.documents import test_page
from printing.documents.insert import InsertResult
from printing.documents.recommerce import RecommerceLabel
from printing.errors import PrintingError
from printing.monitor import PrinterMonitor
from printing.worker import Backoff, PrintWorker
from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.core import StationCore
from station.ids import OrderId
from station.messages import Message, msg
from station.pack.outcomes import Kind, ScanOutcome
from station.printing import requests
from station.printing.jobs import DocumentKind, NewJob, PrintJob
from station.settings import Settings
from station.store import Store, open_store

PRINTING_OUTCOMES = frozenset({Kind.ORDER_COMPLETE, Kind.REPRINT_REQUESTED})


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer status widget shows for one printer."""

    printer: str
    kinds: tuple[str, ...]
    waiting: int
    last_error: str
    state: PrinterState | None = None
    error: Message | None = None
    problems: tuple[Message, ...] = ()  # e.g. a broken brand kit: printed plain meanwhile


class PrintService:
    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, settings: Settings,
                 printers: Mapping[str, Printer] | None = None) -> None:
        self._store = store
        self._clock = clock
        self.station_id = settings.station.id
        self._language = settings.station.language
        self.settings = printer_settings.load(settings)
        self.folder = printer_settings.print_folder(settings, self.settings)
        self.kit_problems = KitProblems()
        self.desk = PrintDesk(store, catalogue, clock, self.settings, self.station_id,
                              kit_problems=self.kit_problems)
        self.documents = self.desk.documents
        self.catalogue = catalogue
        self.jobs = self.desk.jobs
        self._printers: dict[str, Printer] = dict(printers or {})
        self._printers_lock = threading.Lock()
        factory = self._own_desk if store.path is not None else None
        self.worker = PrintWorker(
            self.desk, self.printer,
            Backoff(self.settings.retry_seconds, self.settings.max_retry_seconds),
            desk_factory=factory)
        self.monitor = PrinterMonitor(self._configured_printers, self.settings.status_seconds)

    @classmethod
    def for_core(cls, core: StationCore) -> PrintService:
        """The service for the app's composition root, from the core's settings."""
        return cls(core.store, core.catalogue, core.clock, core.settings)

    # -------------------------------------------------------------------------- printers
    def printer(self, spec: str) -> Printer:
        """One printer object per spec, shared by the worker and the monitor threads (a 9100
        printer's connection lock lives in it)."""
        with self._printers_lock:
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

    def _configured_printers(self) -> dict[str, Printer]:
        return {name: self.printer(name) for name in self.printer_names()}

    def statuses(self, check: bool = False) -> list[PrinterStatus]:
        """Per printer: jobs waiting and the last error (cheap, from the database) and the
        printer's own state as the monitor last saw it; with `check`, ask the printer now
        (slow for an unreachable network printer: not on the UI thread)."""
        waiting = self.jobs.waiting()
        kit_problems = self.kit_problems.current()
        result = []
        for name, kinds in self.printer_names().items():
            mine = [job for job in waiting if job.printer == name]
            failing = [job for job in mine if job.last_error]
            last = failing[-1] if failing else None
            result.append(PrinterStatus(name, kinds, len(mine), last.last_error if last else "",
                                        self.printer(name).check() if check
                                        else self.monitor.state(name),
                                        last.error if last else None,
                                        kit_problems if "insert" in kinds else ()))
        return result

    # ---------------------------------------------------------------------------- orders
    def print_packed_order(self, order_id: str, user: str | None = None) -> list[PrintJob]:
        """Queue the order's documents now, on the caller's thread (tests, command line);
        the app leaves it to the worker, which finds the order's OrderPacked event."""
        queued = self.desk.print_packed_order(order_id, user)
        self.worker.wake()
        return queued

    def reprint(self, order_id: str, user: str | None = None) -> list[PrintJob]:
        queued = self.desk.reprint(order_id, user)
        self.worker.wake()
        return queued

    def on_scan_outcome(self, outcome: ScanOutcome) -> list[PrintJob]:
        """After a scan that asked for documents (an order completed, REPRINT), handle the
        requests now on the caller's thread; other outcomes print nothing. The app only
        wakes the worker instead (`wake`)."""
        if outcome.order_id is None or outcome.kind not in PRINTING_OUTCOMES:
            return []
        return self.process_requests()

    def process_requests(self) -> list[PrintJob]:
        """Turn the journal's print requests not handled yet into jobs, on the caller's
        thread: what the worker does each round (in-memory stations, tests)."""
        return self.desk.process_requests(self.worker.refused)

    def wake(self) -> None:
        """A request was recorded in the journal: the worker handles it now."""
        self.worker.wake()

    def void(self, job_id: str, user: str | None = None) -> PrintJob | None:
        return self.jobs.void(job_id, user=user)

    def test_page(self, printer: str, user: str | None = None) -> PrintJob:
        kinds = self.printer_names().get(printer, ())
        zpl = "label" in kinds and self.settings.label_format == "zpl"
        language = self._language
        data = (test_page.zpl(self.station_id, printer, self._clock.now(),
                              self.settings.label_dpi, language) if zpl
                else test_page.pdf(self.station_id, printer, self._clock.now(),
                                   language=language))
        stamp = self._clock.now().strftime("%Y%m%d-%H%M%S")
        [job] = self.jobs.queue([NewJob(DocumentKind.TEST_PAGE, printer, "zpl" if zpl else "pdf",
                                        f"test-page-{stamp}", data)], user=user)
        self.worker.wake()
        return job

    def print_recommerce_label(self, data: RecommerceLabel,
                               user: str | None = None) -> journal.Event:
        """Record the request (durable at once); the worker renders and queues the label."""
        event = requests.request_recommerce_label(self._store, self._clock, self.station_id,
                                                  data, user)
        self.worker.wake()
        return event

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
        """Send in the background and watch the printers' state. The worker needs its own
        connection to the database file; an in-memory station (tests, previews) sends with
        `send_due()` instead."""
        if self._store.path is None:
            raise PrintingError(msg("Printing", "Background printing needs the station "
                                    "database on disk."))
        self.worker.start()
        self.monitor.start()

    def stop(self) -> None:
        self.monitor.stop()
        self.worker.stop()

    def retry_now(self) -> None:
        """The packer fixed the printer: try the waiting jobs at once."""
        with self._store.write() as db:
            db.conn.execute("UPDATE print_jobs SET next_attempt_at = '' WHERE status = 'failed'")
        self.worker.wake()

    def _own_desk(self) -> tuple[PrintDesk, Callable[[], None]]:
        assert self._store.path is not None
        store = open_store(self._store.path)
        desk = PrintDesk(store, Catalogue(store.conn), self._clock, self.settings,
                         self.station_id, kit_problems=self.kit_problems)
        return desk, store.close
