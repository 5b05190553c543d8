"""What the process guards cost: settings checked by pydantic at load, the data folder's lock,
and print jobs due on the monotonic clock next to the wall-clock query they replace.

    ./dev bench bench_process
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bench.common import median, percentile, print_table
from station.clock import FixedClock
from station.instance_lock import DataDirLock
from station.messages import msg
from station.printing.jobs import _COLUMNS, DocumentKind, NewJob, PrintJobs, _job
from station.settings import load
from station.store import open_store
from ui.settings_sections import SECTIONS

CONFIG = """version = 1
[station]
id = "PACK-03"
[pack]
weight_tolerance_percent = 5
[targets]
units_per_hour = 90
[metrics]
time_zone = "Asia/Tokyo"
[hub]
batch_size = 100
[printers]
retry_seconds = 5
"""


def _timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1e6)
    return times


def _row(name: str, times: list[float]) -> list[object]:
    return [name, median(times), percentile(times, 99)]


def _waiting_jobs(folder: Path, count: int) -> tuple[PrintJobs, Callable[[], object]]:
    """`count` failed jobs waiting for their retry; the old wall-clock query beside it."""
    clock = FixedClock()
    store = open_store(folder / f"jobs-{count}.sqlite3")
    jobs = PrintJobs(store, clock, "PACK-01")
    queued = jobs.queue([NewJob(DocumentKind.LABEL, "tcp:10.0.0.9:9100", "zpl", f"L{i}", b"^XA^XZ")
                         for i in range(count)], user=None)
    for job in queued:
        jobs.mark_failed(job.id, msg("Bench", "out of paper"), timedelta(seconds=30))
    clock.advance(seconds=10)

    def wall_clock_query() -> object:
        rows = store.conn.execute(
            f"SELECT {_COLUMNS} FROM print_jobs WHERE status IN ('queued', 'failed')"
            " AND next_attempt_at <= ? ORDER BY created_at, rowid",
            (clock.now().isoformat(),))
        return [_job(row) for row in rows]

    return jobs, wall_clock_query


def main(runs: int = 300) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        config = folder / "station.toml"
        config.write_text(CONFIG, encoding="utf-8")
        rows = [
            _row("settings: core sections", _timed(lambda: load(config, environ={}), runs)),
            _row("settings: every section", _timed(
                lambda: load(config, environ={}, sections=SECTIONS), runs)),
            _row("data folder lock + release", _timed(
                lambda: DataDirLock.acquire(folder / "data").release(), runs)),
        ]
        print_table("Start-up checks (microseconds)", ["what", "median", "p99"], rows)

        rows = []
        for count in (10, 1000):
            jobs, wall_clock_query = _waiting_jobs(folder, count)
            rows.append(_row(f"{count} waiting: wall-clock SQL (before)",
                             _timed(wall_clock_query, runs // 3)))
            rows.append(_row(f"{count} waiting: due() monotonic (after)",
                             _timed(jobs.due, runs // 3)))
        print_table("Print jobs due, one worker round (microseconds)", ["what", "median", "p99"],
                    rows)


if __name__ == "__main__":
    main()
