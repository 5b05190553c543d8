"""Photo upload benchmarks, printed as a table (medians, p99 side by side).

    python bench/bench_sync_photos.py [--quick]

1. Upload a backlog of photos (half returns photo files, half box photos in the database,
   150 KB each, like a 1280x720 JPEG) from one station to the hub over loopback with the real
   worker, `file_batch` 10: wall time, MB/s, one round (batch) and the station's write lock
   per photo marked.
2. The cost of counting and listing what waits, which the worker does every round, with
   10,000 photos waiting.

The hub runs as its own process (`python -m sync.hub serve`, SQLite), as in production."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_sync import hub_process  # noqa: E402
from bench.common import median, percentile, print_table  # noqa: E402
from station.clock import FixedClock, iso  # noqa: E402
from station.inbox import files  # noqa: E402
from station.store import Store, open_store  # noqa: E402
from sync.client import HubClient  # noqa: E402
from sync.hub.db import open_hub_db  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.settings import HubSettings  # noqa: E402
from sync.worker import SyncWorker  # noqa: E402

SITE = "TYO1"
PHOTO_BYTES = 150 * 1024


def fill_photos(store: Store, photos_dir: Path, count: int, clock: FixedClock) -> None:
    """`count` photos waiting, alternately a returns photo file and a box photo row."""
    photos_dir.mkdir(parents=True, exist_ok=True)
    with store.write() as db:
        for number in range(count):
            content = os.urandom(PHOTO_BYTES)
            digest = hashlib.sha256(content).hexdigest()
            at = iso(clock.now())
            clock.advance(seconds=1)
            if number % 2:
                db.conn.execute(
                    "INSERT INTO box_photos (sha256, order_id, box_no, event_id, taken_at,"
                    " width, height, jpeg) VALUES (?, ?, 1, ?, ?, 1280, 720, ?)",
                    (digest, f"ORD-{number}", f"E-{number}", at, content))
            else:
                (photos_dir / f"{digest}.jpg").write_bytes(content)
                db.conn.execute(
                    "INSERT INTO return_photos (sha256, rma_id, unit_no, file, taken_at)"
                    " VALUES (?, ?, 1, ?, ?)", (digest, f"RMA-{number}", f"{digest}.jpg", at))


@contextmanager
def timed_writes(store: Store, into: list[float]) -> Iterator[None]:
    """Record how long each write transaction of the worker holds the station's lock."""
    original = store.write

    @contextmanager
    def write():  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        with original() as db:
            yield db
        into.append(time.perf_counter() - started)

    store.write = write  # type: ignore[method-assign]
    try:
        yield
    finally:
        store.write = original  # type: ignore[method-assign]


def upload_backlog(count: int) -> list[tuple[object, ...]]:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        hub_db = str(base / "hub.sqlite3")
        token = add_station(open_hub_db(hub_db), SITE, "PACK-01")
        clock = FixedClock()
        store = open_store(base / "station.sqlite3")
        fill_photos(store, base / "photos", count, clock)
        store.close()
        with hub_process(hub_db) as url:
            worker = SyncWorker(base / "station.sqlite3", HubClient(url, token, SITE),
                                HubSettings(file_batch=10), clock=clock,
                                photos_dir=base / "photos")
            rounds: list[float] = []
            locks: list[float] = []
            started = time.perf_counter()
            with timed_writes(worker.store, locks):
                while True:
                    began = time.perf_counter()
                    result = worker.upload_files()
                    rounds.append(time.perf_counter() - began)
                    if result.tried < 10:
                        break
            wall = time.perf_counter() - started
            assert files.backlog(worker.store.conn) == files.FileBacklog(0, 0)
            worker.stop()
    megabytes = count * PHOTO_BYTES / 1024 / 1024
    return [
        (f"upload {count} photos of 150 KB (both kinds)", f"{wall:.2f} s", "-",
         f"{megabytes / wall:.1f} MB/s"),
        ("one round: a batch of 10 photos", f"{median(rounds) * 1000:.1f} ms",
         f"{percentile(rounds, 99) * 1000:.1f} ms", "-"),
        ("station write lock: mark one photo uploaded", f"{median(locks) * 1000:.2f} ms",
         f"{percentile(locks, 99) * 1000:.2f} ms", "-"),
    ]


def waiting_queries(count: int, repeats: int) -> list[tuple[object, ...]]:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        store = open_store(base / "station.sqlite3")
        clock = FixedClock()
        with store.write() as db:
            for number in range(count):
                digest = hashlib.sha256(str(number).encode()).hexdigest()
                table = ("box_photos", "return_photos")[number % 2]
                if table == "box_photos":
                    db.conn.execute(
                        "INSERT INTO box_photos (sha256, order_id, box_no, event_id, taken_at,"
                        " width, height, jpeg) VALUES (?, 'O', 1, 'E', ?, 1, 1, x'00')",
                        (digest, iso(clock.now())))
                else:
                    db.conn.execute(
                        "INSERT INTO return_photos (sha256, rma_id, file, taken_at)"
                        " VALUES (?, 'R', ?, ?)", (digest, f"{digest}.jpg", iso(clock.now())))
                clock.advance(seconds=1)
        counts, lists = [], []
        for _ in range(repeats):
            began = time.perf_counter()
            files.backlog(store.conn)
            counts.append(time.perf_counter() - began)
            began = time.perf_counter()
            files.pending(store.conn, base, 10)
            lists.append(time.perf_counter() - began)
        store.close()
    return [
        (f"count photos waiting ({count:,} waiting)", f"{median(counts) * 1000:.2f} ms",
         f"{percentile(counts, 99) * 1000:.2f} ms", "-"),
        (f"list the next 10 ({count:,} waiting)", f"{median(lists) * 1000:.2f} ms",
         f"{percentile(lists, 99) * 1000:.2f} ms", "-"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = upload_backlog(100 if args.quick else 400)
    rows += waiting_queries(2_000 if args.quick else 10_000, 20 if args.quick else 100)
    print_table("Photo sync (hub on SQLite, its own process, loopback)",
                ["benchmark", "median", "p99", "throughput"], rows)


if __name__ == "__main__":
    main()
