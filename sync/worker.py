"""The station's sync worker: pushes the journal's unsynced events in order, in batches, and
pulls the hub's feed into the inbox. It runs in a background thread with its own SQLite
connection, and keeps each write transaction to one batch's acknowledgement or one feed page,
so a scan never waits long for it.

Exactly once, from the station's side, failing closed: an event is marked synced only on an
explicit answer for ITS id (`applied` or `duplicate`; `rejected` and `conflict` park it with
the hub's reason, see station.inbox.rejected, and the outbox goes on with the next). An answer
that cannot be trusted (sync.answers) marks nothing and backs off. If the answer is lost, the
batch goes again and the hub reports duplicates. If the process dies anywhere, nothing
acknowledged is forgotten and nothing unacknowledged is marked.

Photos (returns inspection photos and box-contents photos) go after the events, a small batch
per round, each marked uploaded in its own short transaction once the hub has it. The hub
stores them by sha256, so an upload repeated after a lost answer is harmless. A photo that
cannot be sent (file gone or changed, refused by the hub) is recorded as a problem and
skipped; a hub that is down leaves them waiting, with the same backoff as the pushes."""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from station import journal
from station.clock import Clock, SystemClock, iso
from station.errors import StationError
from station.ids import EventId
from station.inbox import files, rejected
from station.inbox.apply import apply_page
from station.inbox.cursor import get_cursor
from station.inbox.records import FeedRecord, InboxResult
from station.loop_thread import LoopThread
from station.messages import Message
from station.store import Store, open_store
from sync.answers import Outcome, read_push_answer
from sync.blocks import top_up_blocks
from sync.client import HubClient, HubRefusedError, HubUnavailableError
from sync.settings import HubSettings
from sync.status import SyncProblem, SyncStatus, problem_of

log = logging.getLogger("packstation.sync")


@dataclass(frozen=True)
class PushResult:
    sent: int
    applied: int
    duplicates: int
    rejected: int


@dataclass(frozen=True)
class UploadResult:
    tried: int
    uploaded: int
    problems: int


@dataclass(frozen=True)
class Round:
    """How one background round went: how long to wait, and whether the feed was read."""

    delay: float
    pulled: bool


def _refuses_station(error: HubRefusedError) -> bool:
    """A bad token (401) or a wrong site (403) refuses every upload: the photos stay waiting.
    Any other refusal (422, 413, 403 for bytes another site stored first) is this file's."""
    if error.status_code == 401:
        return True
    return error.status_code == 403 and "another site" not in error.detail


def backoff_delay(failures: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential backoff with full jitter: a random wait up to base * 2^failures."""
    return rng.uniform(0, min(max_s, base_s * 2 ** min(failures, 30)))


class SyncWorker:
    def __init__(self, db_path: Path, client: HubClient, settings: HubSettings, *,
                 clock: Clock | None = None,
                 on_inbox: Callable[[InboxResult], None] | None = None,
                 rng: random.Random | None = None,
                 photos_dir: Path | None = None) -> None:
        self._db_path = db_path
        self._photos_dir = photos_dir or db_path.parent / "photos"
        self._client = client
        self.settings = settings
        self._clock = clock or SystemClock()
        self._on_inbox = on_inbox
        self._rng = rng or random.Random()
        self._store: Store | None = None
        self._status = SyncStatus()
        self._lock = threading.Lock()
        self._thread = LoopThread("sync-worker", self._run)
        self._failures = 0
        self._batch_size = settings.batch_size

    # ---------------------------------------------------------------- one step at a time
    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self._db_path)
        return self._store

    def push_once(self) -> PushResult:
        """Push the oldest unsynced batch and record the hub's answer for each event."""
        batch = journal.unsynced(self.store.conn, self._batch_size)
        if not batch:
            return PushResult(0, 0, 0, 0)
        try:
            answer = self._client.push(batch)
        except HubRefusedError as error:
            if error.status_code != 413 or len(batch) == 1:
                raise
            # Too large for the hub: halve the batch and go on; it grows back after.
            self._batch_size = max(1, len(batch) // 2)
            return self.push_once()
        verdicts = read_push_answer([event.id for event in batch], answer)
        self._batch_size = min(self.settings.batch_size, self._batch_size * 2)
        delivered: list[EventId] = []
        parked: list[rejected.Parked] = []
        for event in batch:
            verdict = verdicts[event.id]
            if verdict.outcome.delivered:
                delivered.append(event.id)
            else:
                parked.append(rejected.Parked(event, verdict.outcome.value, verdict.reason))
        with self.store.write() as db:
            rejected.acknowledge(db.conn, delivered, parked, self._clock.now())
        applied = sum(v.outcome is Outcome.APPLIED for v in verdicts.values())
        self._update(pushed=self._status.pushed + applied,
                     rejected=self._status.rejected + len(parked))
        return PushResult(len(batch), applied, len(delivered) - applied, len(parked))

    def drain(self, max_batches: int | None = None) -> int:
        """Push until nothing is waiting. Returns the number of events sent."""
        sent = 0
        batches = 0
        while (max_batches is None or batches < max_batches) and not self._thread.stopping:
            result = self.push_once()
            if result.sent == 0:
                break
            sent += result.sent
            batches += 1
        return sent

    def upload_files(self) -> UploadResult:
        """Upload the oldest waiting photos (one batch). A hub that is unreachable raises
        HubUnavailableError after the photos already sent were marked."""
        batch = files.pending(self.store.conn, self._photos_dir, self.settings.file_batch)
        uploaded = problems = 0
        for item in batch:
            content = files.read_content(self.store.conn, item)
            if not isinstance(content, Message):
                try:
                    self._client.put_file(item.sha256, content)
                except HubRefusedError as error:
                    if _refuses_station(error):
                        raise
                    content = files.refused_by_hub(error.detail)
            with self.store.write() as db:
                if isinstance(content, Message):
                    files.record_problem(db.conn, item, content, iso(self._clock.now()))
                    problems += 1
                else:
                    files.mark_uploaded(db.conn, item, iso(self._clock.now()))
                    uploaded += 1
        return UploadResult(len(batch), uploaded, problems)

    def upload_all(self) -> int:
        """Upload batches until no photo is waiting. Returns the number uploaded."""
        uploaded = 0
        while True:
            result = self.upload_files()
            uploaded += result.uploaded
            if result.tried < self.settings.file_batch or self._thread.stopping:
                return uploaded

    def pull(self) -> InboxResult:
        """Read the feed from the cursor to its head, page by page (a snapshot if the cursor
        is too old), each page applied in one transaction."""
        total = InboxResult(cursor=get_cursor(self.store.conn))
        while True:
            before = total.cursor
            page = self._client.feed(before, self.settings.feed_page)
            if page.get("snapshot_required"):
                snap = self._client.snapshot()
                records, cursor = snap["records"], int(snap["cursor"])
            else:
                records, cursor = page["records"], int(page["cursor"])
            result = apply_page(self.store, [FeedRecord.from_wire(r) for r in records],
                                cursor, self._clock.now())
            total = total.merge(result)
            if cursor >= int(page["head"]) or cursor <= before or self._thread.stopping:
                break
        if self._on_inbox is not None and (total.order_changes or total.catalogue_changed):
            self._on_inbox(total)
        top_up_blocks(self.store, self._client, self._clock)
        return total

    def cycle(self) -> None:
        """Drain, upload the photos, then pull; the status says how it went. Raises what
        stopped the round (tests and tools call this; the background loop uses run_round)."""
        try:
            self.drain()
            self.upload_all()
            self.pull()
        except (HubRefusedError, HubUnavailableError) as error:
            self._failed(problem_of(error), str(error))
            raise
        self._succeeded()

    def run_round(self, *, pull: bool = True) -> Round:
        """One round of the background loop: push what waits, a batch of photos, and read
        the feed when `pull`. Never raises: the status records what went wrong, and the
        delay returned backs off after a failure."""
        delay, pulled = self.settings.push_interval_s, False
        try:
            self.drain()
            if self.upload_files().tried == self.settings.file_batch:
                delay = 0.0             # more photos waiting: go on after a pull check
            if pull:
                self.pull()
                pulled = True
            self._succeeded()
        except HubRefusedError as error:
            # Refused as a whole (token, site, a batch the hub will not take): retrying soon
            # will not help, so wait the longest.
            self._failed(problem_of(error), str(error))
            delay = self.settings.backoff_max_s
        except HubUnavailableError as error:
            self._failed(problem_of(error), str(error))
            delay = self._backoff()
        except (StationError, sqlite3.Error) as error:
            # The station's own database was busy or refused a write (a long transaction
            # elsewhere, a full disk): nothing was acknowledged, so try again later.
            log.warning("sync round failed on the station database: %s", error)
            self._failures += 1
            self._update(problem=SyncProblem.STATION_DATABASE, last_error=str(error),
                         **self._photo_counts())
            delay = self._backoff()
        except Exception as error:
            # Anything else (a bug): log it and back off. The worker must never die, or the
            # outbox would silently stop draining.
            log.exception("sync round failed")
            self._failed(SyncProblem.FAILED, f"{type(error).__name__}: {error}")
            delay = self._backoff()
        return Round(delay, pulled)

    # --------------------------------------------------------------------- in the background
    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Push soon (the session just appended events)."""
        self._thread.wake()

    def stop(self) -> None:
        """Stop the background loop and wait for its thread before closing the database and
        the client. The wait is bounded: the loop checks for the stop between batches,
        pages and photos, and every call in it ends within the hub timeout (`timeout_s`)
        or the database's busy timeout."""
        self._thread.stop(timeout=None)
        if self._store is not None:
            self._store.close()
            self._store = None
        self._client.close()

    @property
    def running(self) -> bool:
        """The background thread is alive (False after stop() returned)."""
        return self._thread.running

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def _run(self) -> None:
        last_pull: float | None = None
        while not self._thread.stopping:
            now = time.monotonic()
            due = last_pull is None or now - last_pull >= self.settings.pull_interval_s
            done = self.run_round(pull=due)
            if done.pulled:
                last_pull = now
            self._thread.pause(done.delay)

    # The outcome of a round and the photos waiting go into the status in one update, so a
    # reader never sees the one without the other.
    def _succeeded(self) -> None:
        self._failures = 0
        self._update(online=True, problem=None, last_error=None,
                     last_success_at=iso(self._clock.now()), **self._photo_counts())

    def _failed(self, problem: SyncProblem, error: str) -> None:
        self._failures += 1
        self._update(online=False, problem=problem, last_error=error, **self._photo_counts())

    def _backoff(self) -> float:
        return backoff_delay(self._failures, self.settings.backoff_base_s,
                             self.settings.backoff_max_s, self._rng)

    def _photo_counts(self) -> dict[str, int]:
        try:
            counted = files.backlog(self.store.conn)
        except (sqlite3.Error, StationError):
            return {}                       # the count waits for the next round
        return {"photos_waiting": counted.waiting, "photo_problems": counted.problems}

    def _update(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
