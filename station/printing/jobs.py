"""Print jobs recorded in the journal: queued, sent, failed (waiting to retry), reprinted and
voided. Each event is appended in the same transaction as the `print_jobs` row it moves, so the
journal says exactly what was printed for an order, and a restart resends what was waiting."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from station import file_names, journal
from station.clock import Clock, iso
from station.events import EventPayload
from station.events import printing as ev
from station.ids import new_event_id
from station.limits import MAX_TEXT
from station.messages import Message, msg
from station.store import Store


class DocumentKind(StrEnum):
    LABEL = "label"
    SLIP = "slip"
    INSERT = "insert"
    GIFT_CARD = "gift_card"
    RECOMMERCE = "recommerce"
    TEST_PAGE = "test_page"


class JobStatus(StrEnum):
    QUEUED = "queued"
    FAILED = "failed"     # the last attempt failed; the worker tries again
    SENT = "sent"
    VOIDED = "voided"

    @property
    def waiting(self) -> bool:
        return self in (JobStatus.QUEUED, JobStatus.FAILED)


@dataclass(frozen=True)
class PrintJob:
    id: str
    order_id: str | None
    kind: DocumentKind
    printer: str
    format: str
    name: str
    box_no: int | None
    status: JobStatus
    attempts: int
    last_error: str
    next_attempt_at: str
    reprint_of: str | None
    created_at: str
    updated_at: str
    error: Message | None = None

    @property
    def file_name(self) -> str:
        """The file a folder printer writes: never a path built from the order id."""
        return file_names.safe_name(self.name, self.format)


@dataclass(frozen=True)
class NewJob:
    """What to print: the service renders the document, the core records it."""

    kind: DocumentKind
    printer: str
    format: str
    name: str
    document: bytes
    order_id: str | None = None
    box_no: int | None = None
    notes: tuple[str, ...] = ()


_COLUMNS = ("id, order_id, kind, printer, format, name, box_no, status, attempts, last_error,"
            " next_attempt_at, reprint_of, created_at, updated_at, last_error_message")


def _job(row: tuple[Any, ...]) -> PrintJob:
    return PrintJob(
        id=row[0], order_id=row[1], kind=DocumentKind(row[2]), printer=row[3], format=row[4],
        name=row[5], box_no=row[6], status=JobStatus(row[7]), attempts=row[8],
        last_error=row[9], next_attempt_at=row[10], reprint_of=row[11], created_at=row[12],
        updated_at=row[13], error=message_from_json(row[14]))


def message_to_json(message: Message) -> str:
    return json.dumps({"context": message.context, "text": message.text,
                       "params": {key: str(value) for key, value in message.params}},
                      ensure_ascii=False)


def message_from_json(text: str) -> Message | None:
    if not text:
        return None
    data = json.loads(text)
    return msg(data["context"], data["text"], **data["params"])


class PrintJobs:
    """Reads and writes of print jobs on one store (one SQLite connection)."""

    def __init__(self, store: Store, clock: Clock, station_id: str) -> None:
        self._store = store
        self._clock = clock
        self.station_id = station_id
        # When each job failed by this object may be retried, on the monotonic clock, with
        # the row's wall-clock `next_attempt_at` it stands for: that one is for people, for
        # after a restart, and for whoever changes it (retry now) on another connection.
        self._retry_at: dict[str, tuple[str, float]] = {}

    # ------------------------------------------------------------------------- writing
    def queue(self, jobs: list[NewJob], *, user: str | None,
              reprint_of: list[str] | None = None) -> list[PrintJob]:
        """Record new jobs (all or none) ready for the worker to send."""
        now = iso(self._clock.now())
        ids = []
        with self._store.write() as db:
            for index, job in enumerate(jobs):
                job_id = str(new_event_id())
                original = reprint_of[index] if reprint_of else None
                db.conn.execute(
                    f"INSERT INTO print_jobs ({_COLUMNS}, document) VALUES"
                    " (?, ?, ?, ?, ?, ?, ?, 'queued', 0, '', ?, ?, ?, ?, '', ?)",
                    (job_id, job.order_id, job.kind.value, job.printer, job.format, job.name,
                     job.box_no, now, original, now, now, job.document))
                as_queued = ev.PrintJobQueued(
                    job_id=job_id, order_id=job.order_id, kind=job.kind.value,
                    printer=job.printer, format=job.format, name=job.name, box_no=job.box_no,
                    bytes=len(job.document), sha256=hashlib.sha256(job.document).hexdigest(),
                    notes=tuple(job.notes))
                recorded: EventPayload = (
                    ev.PrintJobReprinted(**as_queued.model_dump(), reprint_of=original)
                    if original else as_queued)
                self._append(db.conn, recorded, job.order_id, user)
                ids.append(job_id)
        return [queued for job_id in ids if (queued := self.get(job_id)) is not None]

    def mark_sent(self, job_id: str) -> PrintJob | None:
        now = iso(self._clock.now())
        with self._store.write() as db:
            job = self.get(job_id)
            if job is None or not job.status.waiting:
                return job
            self._retry_at.pop(job_id, None)
            db.conn.execute(
                "UPDATE print_jobs SET status = 'sent', attempts = attempts + 1,"
                " last_error = '', last_error_message = '', updated_at = ? WHERE id = ?",
                (now, job_id))
            recovered = job.attempts if job.status is JobStatus.FAILED else None
            self._append(db.conn, ev.PrintJobSent(
                job_id=job_id, printer=job.printer, attempt=job.attempts + 1,
                recovered_after_failures=recovered), job.order_id, None)
        return self.get(job_id)

    def mark_failed(self, job_id: str, error: Message,
                    retry_in: timedelta) -> PrintJob | None:
        now = self._clock.now()
        with self._store.write() as db:
            job = self.get(job_id)
            if job is None or not job.status.waiting:
                return job
            retry_at = iso(now + retry_in)
            self._retry_at[job_id] = (retry_at,
                                      self._clock.monotonic() + retry_in.total_seconds())
            db.conn.execute(
                "UPDATE print_jobs SET status = 'failed', attempts = attempts + 1,"
                " last_error = ?, last_error_message = ?, next_attempt_at = ?, updated_at = ?"
                " WHERE id = ?",
                (error.render(), message_to_json(error), retry_at, iso(now), job_id))
            if job.status is JobStatus.QUEUED:
                # Only the change of state is an event: the retries of one outage stay in
                # the row (attempts, last error), not in the journal, the supervisor's tile
                # and the sync outbox. The recovery is the PrintJobSent that follows.
                self._append(db.conn, ev.PrintJobFailed(
                    job_id=job_id, printer=job.printer, attempt=job.attempts + 1,
                    error=error.render().replace("\x00", "")[:MAX_TEXT], retry_at=retry_at),
                    job.order_id, None)
        return self.get(job_id)

    def void(self, job_id: str, *, user: str | None) -> PrintJob | None:
        """Stop a waiting job, or mark a printed one as not to be used (a spoilt label).
        Voiding twice records nothing more."""
        with self._store.write() as db:
            job = self.get(job_id)
            if job is None or job.status is JobStatus.VOIDED:
                return job
            self._retry_at.pop(job_id, None)
            db.conn.execute("UPDATE print_jobs SET status = 'voided', updated_at = ?"
                            " WHERE id = ?", (iso(self._clock.now()), job_id))
            self._append(db.conn, ev.PrintJobVoided(job_id=job_id, was=job.status.value),
                         job.order_id, user)
        return self.get(job_id)

    def _append(self, conn: sqlite3.Connection, payload: EventPayload,
                subject: str | None, user: str | None) -> None:
        journal.append(conn, journal.event_of(payload, station=self.station_id, user=user,
                                              at=self._clock.now(), subject=subject))

    # ------------------------------------------------------------------------- reading
    def get(self, job_id: str) -> PrintJob | None:
        row = self._store.conn.execute(f"SELECT {_COLUMNS} FROM print_jobs WHERE id = ?",
                                       (job_id,)).fetchone()
        return _job(row) if row else None

    def document(self, job_id: str) -> bytes:
        row = self._store.conn.execute("SELECT document FROM print_jobs WHERE id = ?",
                                       (job_id,)).fetchone()
        return bytes(row[0]) if row else b""

    def for_order(self, order_id: str) -> list[PrintJob]:
        rows = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM print_jobs WHERE order_id = ? ORDER BY created_at, rowid",
            (order_id,))
        return [_job(row) for row in rows]

    def due(self) -> list[PrintJob]:
        """Waiting jobs to send now: every queued job, and failed ones whose pause is over.
        A pause this object started is timed on the monotonic clock, so a wall clock stepped
        back does not hold a label for hours; any other (from before a restart, or moved by
        "retry now") by `next_attempt_at`."""
        wall = iso(self._clock.now())
        monotonic = self._clock.monotonic()
        due = []
        # Only the three columns that decide: an outage can leave a thousand jobs waiting.
        for job_id, status, next_attempt_at in self._store.conn.execute(
                "SELECT id, status, next_attempt_at FROM print_jobs"
                " WHERE status IN ('queued', 'failed') ORDER BY created_at, rowid"):
            timed = self._retry_at.get(job_id)
            if status == JobStatus.QUEUED:
                due.append(job_id)
            elif timed is not None and timed[0] == next_attempt_at:
                if timed[1] <= monotonic:
                    due.append(job_id)
            elif next_attempt_at <= wall:
                due.append(job_id)
        return [job for job_id in due if (job := self.get(job_id)) is not None]

    def waiting(self) -> list[PrintJob]:
        rows = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM print_jobs WHERE status IN ('queued', 'failed')"
            " ORDER BY created_at, rowid")
        return [_job(row) for row in rows]

    def recent(self, limit: int = 50) -> list[PrintJob]:
        rows = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM print_jobs ORDER BY created_at DESC, rowid DESC LIMIT ?",
            (limit,))
        return [_job(row) for row in rows]
