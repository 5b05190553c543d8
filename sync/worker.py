"""The station's sync worker: pushes the journal's unsynced events in order, in batches, and
pulls the hub's feed into the inbox. It runs in a background thread with its own SQLite
connection, and keeps each write transaction to one batch's acknowledgement or one feed page,
so a scan never waits long for it.

Exactly once, from the station's side: an event is marked synced only after the hub answered
for it (applied, duplicate or rejected). If the answer is lost, the batch goes again and the
hub reports duplicates. If the process dies anywhere, nothing acknowledged is forgotten and
nothing unacknowledged is marked.

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
from station.messages import Message
from station.store import Store, open_store
from sync.blocks import top_up_blocks
from sync.client import HubClient, HubRefusedError, HubUnavailableError
from sync.settings import HubSettings

log = logging.getLogger("packstation.sync")


@dataclass(frozen=True)
class SyncStatus:
    """What the status widget shows besides the backlog (which it reads itself)."""

    online: bool | None = None          # None: not tried yet
    last_error: str | None = None
    last_success_at: str | None = None
    pushed: int = 0
    rejected: int = 0
    refused: bool = False               # the hub refuses this station (token, site)
    photos_waiting: int = 0
    photo_problems: int = 0             # photos that cannot be sent (files.problems)


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
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
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
            answers = {r["id"]: r for r in self._client.push(batch)}
        except HubRefusedError as error:
            if error.status_code != 413 or len(batch) == 1:
                raise
            # Too large for the hub: halve the batch and go on; it grows back after.
            self._batch_size = max(1, len(batch) // 2)
            return self.push_once()
        self._batch_size = min(self.settings.batch_size, self._batch_size * 2)
        accepted: list[EventId] = []
        refused: list[tuple[journal.Event, str]] = []
        applied = duplicates = 0
        for event in batch:
            answer = answers.get(event.id)
            if answer is None:
                continue
            if answer["status"] == "rejected":
                refused.append((event, str(answer.get("reason") or "")))
            else:
                accepted.append(event.id)
                applied += answer["status"] == "applied"
                duplicates += answer["status"] == "duplicate"
        with self.store.write() as db:
            rejected.acknowledge(db.conn, accepted, refused, self._clock.now())
        self._update(pushed=self._status.pushed + applied,
                     rejected=self._status.rejected + len(refused))
        return PushResult(len(batch), applied, duplicates, len(refused))

    def drain(self, max_batches: int | None = None) -> int:
        """Push until nothing is waiting. Returns the number of events sent."""
        sent = 0
        batches = 0
        while max_batches is None or batches < max_batches:
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
            if result.tried < self.settings.file_batch:
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
            if cursor >= int(page["head"]) or cursor <= before:
                break
        if self._on_inbox is not None and (total.order_changes or total.catalogue_changed):
            self._on_inbox(total)
        top_up_blocks(self.store, self._client, self._clock)
        return total

    def cycle(self) -> None:
        """Drain, upload the photos, then pull; the status says how it went."""
        try:
            self.drain()
            self.upload_all()
            self.pull()
        except HubRefusedError as error:
            self._failures += 1
            self._update(online=False, refused=True, last_error=str(error))
            raise
        except HubUnavailableError as error:
            self._failures += 1
            self._update(online=False, refused=False, last_error=str(error))
            raise
        finally:
            self._count_photos()
        self._failures = 0
        self._update(online=True, refused=False, last_error=None,
                     last_success_at=iso(self._clock.now()))

    # --------------------------------------------------------------------- in the background
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Push soon (the session just appended events)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._store is not None:
            self._store.close()
            self._store = None
        self._client.close()

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def _run(self) -> None:
        last_pull = 0.0
        while not self._stop.is_set():
            delay = self.settings.push_interval_s
            try:
                self.drain()
                if self.upload_files().tried == self.settings.file_batch:
                    delay = 0.0             # more photos waiting: go on after a pull check
                now = time.monotonic()
                if now - last_pull >= self.settings.pull_interval_s:
                    self.pull()
                    last_pull = now
                self._failures = 0
                self._update(online=True, refused=False, last_error=None,
                             last_success_at=iso(self._clock.now()))
            except HubRefusedError as error:
                self._failures += 1
                self._update(online=False, refused=True, last_error=str(error))
                delay = self.settings.backoff_max_s
            except HubUnavailableError as error:
                self._failures += 1
                self._update(online=False, refused=False, last_error=str(error))
                delay = backoff_delay(self._failures, self.settings.backoff_base_s,
                                      self.settings.backoff_max_s, self._rng)
            except (StationError, sqlite3.Error) as error:
                # The station's own database was busy or refused a write (a long transaction
                # elsewhere, a full disk): nothing was acknowledged, so try again later.
                self._failures += 1
                log.warning("sync round failed on the station database: %s", error)
                self._update(last_error=str(error))
                delay = backoff_delay(self._failures, self.settings.backoff_base_s,
                                      self.settings.backoff_max_s, self._rng)
            except Exception as error:
                # Anything else (a hub or proxy answering nonsense, a bug): log it and back off.
                # The worker must never die, or the outbox would silently stop draining.
                self._failures += 1
                log.exception("sync round failed")
                self._update(online=False, last_error=f"{type(error).__name__}: {error}")
                delay = backoff_delay(self._failures, self.settings.backoff_base_s,
                                      self.settings.backoff_max_s, self._rng)
            self._count_photos()
            self._wake.wait(delay)
            self._wake.clear()

    def _count_photos(self) -> None:
        try:
            counted = files.backlog(self.store.conn)
        except (sqlite3.Error, StationError):
            return                          # the count waits for the next round
        self._update(photos_waiting=counted.waiting, photo_problems=counted.problems)

    def _update(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
