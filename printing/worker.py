"""The print worker: sends waiting jobs, one at a time, off the packer's thread. A failed send
is recorded (the packer sees it) and retried later with a growing pause; packing goes on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from printing.backends import Printer, PrinterUnavailable
from station.errors import StationError
from station.messages import msg
from station.printing.jobs import JobStatus, PrintJob, PrintJobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    first_seconds: float = 5.0
    max_seconds: float = 60.0

    def after(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(self.max_seconds, self.first_seconds * 2 ** attempts))


class PrintWorker:
    """`run_once()` sends what is due and returns the jobs it touched; `start()` runs it on a
    background thread until `stop()`. The thread gets its own `PrintJobs` (its own SQLite
    connection to the same file) from `jobs_factory`."""

    def __init__(self, jobs: PrintJobs, printer: Callable[[str], Printer],
                 backoff: Backoff | None = None,
                 jobs_factory: Callable[[], tuple[PrintJobs, Callable[[], None]]] | None = None,
                 interval_seconds: float = 0.5) -> None:
        self._jobs = jobs
        self._printer = printer
        self._backoff = backoff or Backoff()
        self._jobs_factory = jobs_factory
        self._interval = interval_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run_once(self, jobs: PrintJobs | None = None) -> list[PrintJob]:
        """Send every due job, oldest first. Once a printer fails, its other jobs wait for
        the next round: one printer that times out does not hold up the others' jobs."""
        jobs = jobs or self._jobs
        touched = []
        failed_printers: set[str] = set()
        with self._lock:
            for job in jobs.due():
                if job.printer in failed_printers:
                    continue
                result = self._send(jobs, job)
                if result is not None and result.status is JobStatus.FAILED:
                    failed_printers.add(job.printer)
                touched.append(result)
        return [job for job in touched if job is not None]

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
        """New jobs were queued: send them now instead of at the next tick."""
        self._wake.set()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="print-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        jobs, close = (self._jobs_factory() if self._jobs_factory
                       else (self._jobs, lambda: None))
        try:
            while not self._stop.is_set():
                try:
                    self.run_once(jobs)
                except Exception:
                    # A bug must not silently end printing for the rest of the shift: log
                    # it with its context and keep the worker alive for the next round.
                    log.exception("print worker round failed")
                self._wake.wait(self._interval)
                self._wake.clear()
        finally:
            close()
