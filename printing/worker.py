"""The print worker: on its own thread, turns print requests from the journal into jobs
(rendering the documents there, never on the packer's thread) and sends waiting jobs, one at
a time. A failed send is recorded (the packer sees it) and retried later with a growing pause;
packing goes on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from printing.backends import Printer, PrinterUnavailable
from printing.desk import PrintDesk, Refused
from station.errors import StationError
from station.loop_thread import LoopThread, RunsInBackground
from station.messages import msg
from station.printing.jobs import JobStatus, PrintJob, PrintJobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    first_seconds: float = 5.0
    max_seconds: float = 60.0

    def after(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(self.max_seconds, self.first_seconds * 2 ** attempts))


DeskFactory = Callable[[], tuple[PrintDesk, Callable[[], None]]]


class PrintWorker(RunsInBackground):
    """`run_once()` queues the jobs of new print requests, sends what is due and returns the
    jobs it sent or failed; `start()` runs it on a background thread until `stop()`. The
    thread gets its own `PrintDesk` (its own SQLite connection to the same file) from
    `desk_factory`. `refused` hears of requests that cannot print (a cancelled order)."""

    def __init__(self, desk: PrintDesk, printer: Callable[[str], Printer],
                 backoff: Backoff | None = None, *, desk_factory: DeskFactory | None = None,
                 interval_seconds: float = 0.5, refused: Refused | None = None) -> None:
        self._desk = desk
        self._printer = printer
        self._backoff = backoff or Backoff()
        self._desk_factory = desk_factory
        self.refused = refused
        self._interval = interval_seconds
        self._thread = LoopThread("print-worker", self._loop)
        self._lock = threading.Lock()

    def run_once(self, desk: PrintDesk | None = None) -> list[PrintJob]:
        """Queue new requests' labels and slips and send them, then their inserts and the
        other requests' jobs, and send those."""
        desk = desk or self._desk
        touched: list[PrintJob | None] = []
        failed_printers: set[str] = set()
        with self._lock:
            # Products may have changed since the last round (a catalogue pulled from the
            # hub): documents are rendered from what the database holds now.
            desk.catalogue.forget()
            # Labels and slips go out before any insert is rendered: a brand kit's logo or
            # templates never hold up the parcel.
            desk.process_requests(self.refused, inserts=False)
            touched += self._send_due(desk.jobs, failed_printers)
            desk.process_requests(self.refused)
            touched += self._send_due(desk.jobs, failed_printers)
        return [job for job in touched if job is not None]

    def _send_due(self, jobs: PrintJobs, failed_printers: set[str]) -> list[PrintJob | None]:
        """Send every due job, oldest first. Once a printer fails, its other jobs wait for
        the next round: one printer that times out does not hold up the others' jobs."""
        touched = []
        for job in jobs.due():
            if job.printer in failed_printers:
                continue
            result = self._send(jobs, job)
            if result is not None and result.status is JobStatus.FAILED:
                failed_printers.add(job.printer)
            touched.append(result)
        return touched

    def _send(self, jobs: PrintJobs, job: PrintJob) -> PrintJob | None:
        try:
            self._printer(job.printer).send(job.name, job.format, jobs.document(job.id))
        except PrinterUnavailable as error:
            return jobs.mark_failed(job.id, error.reason, self._backoff.after(job.attempts))
        except StationError as error:  # e.g. a printer setting that cannot be understood
            return jobs.mark_failed(job.id, error.message, self._backoff.after(job.attempts))
        except Exception as error:
            # A bug in a driver: logged with its context, and the job waits like any other
            # failure instead of being retried in a tight loop.
            log.exception("sending print job %s to %s failed", job.id, job.printer)
            return jobs.mark_failed(job.id, msg("Printing", "Printing failed unexpectedly: "
                                                "{reason}", reason=repr(error)),
                                    self._backoff.after(job.attempts))
        return jobs.mark_sent(job.id)

    def wake(self) -> None:
        """New requests or jobs were recorded: handle them now, not at the next tick."""
        self._thread.wake()

    def _loop(self) -> None:
        desk, close = (self._desk_factory() if self._desk_factory
                       else (self._desk, lambda: None))
        try:
            while not self._thread.stopping:
                try:
                    self.run_once(desk)
                except Exception:
                    # A bug must not silently end printing for the rest of the shift: log
                    # it with its context and keep the worker alive for the next round.
                    log.exception("print worker round failed")
                self._thread.pause(self._interval)
        finally:
            close()
