"""Soak: many randomised fault trials against one hub, each checked for the guarantees (no
acknowledged event lost, none applied twice, each station's order kept).

    python bench/soak_sync.py [--trials 1000] [--seed 0] [--db sqlite|postgres|both]

Each trial picks a fault at random: answers dropped after the hub committed (loopback proxy),
every batch delivered twice, a skewed and jumping clock, or the station SIGKILLed mid-push.
The hub runs on SQLite, on a throwaway PostgreSQL cluster (initdb + pg_ctl, as in the tests),
or on each in turn (`both`, the default). Prints a table of trials and events per fault kind
and database, and exits non-zero on any violation."""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import print_table  # noqa: E402
from station.clock import FixedClock  # noqa: E402
from station.inbox.rejected import rejected_count  # noqa: E402
from sync.client import HubClient  # noqa: E402
from sync.hub.app import create_app  # noqa: E402
from sync.hub.db import open_hub_db  # noqa: E402
from sync.hub.server import HubThread  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.settings import HubSettings  # noqa: E402
from sync.worker import SyncWorker  # noqa: E402
from tests.sync_faults import (  # noqa: E402
    DroppingProxy,
    TwiceTransport,
    drain_until_done,
    fill_journal,
    hub_events,
    local_events,
    open_station_db,
    skewed_clock,
)
from tests.sync_support import SITE, postgres_available, throwaway_postgres  # noqa: E402

KINDS = ("drop", "twice", "skew", "kill")


def trial(number: int, kind: str, rng: random.Random, *, engine, server: HubThread,
          folder: Path) -> tuple[int, list[str]]:
    name = f"SOAK-{number}"
    store = open_station_db(folder / f"{name}.sqlite3")
    clock = skewed_clock(rng) if kind == "skew" else FixedClock()
    count = rng.randint(100, 300) if kind == "kill" else rng.randint(5, 80)
    fill_journal(store, name, count, clock, rng, per_commit=10 if kind == "kill" else 1,
                 skew_hours=rng.uniform(1, 48) if kind == "skew" else 0.0, hub=engine)
    token = add_station(engine, SITE, name)
    problems: list[str] = []
    proxy = None
    url = server.url
    transport = None
    if kind in {"drop", "skew"}:
        proxy = DroppingProxy(server.port, drop=rng.uniform(0.1, 0.6), rng=rng)
        url = proxy.url
    if kind == "twice":
        transport = TwiceTransport(rng)
    if kind == "kill":
        for _ in range(rng.randint(1, 3)):
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.sync_child", str(store.path), url, token, SITE],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(rng.uniform(0, 0.3))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            if not set(local_events(store, synced_only=True)) <= set(hub_events(engine, name)):
                problems.append("an acknowledged event is missing at the hub")
    worker = SyncWorker(store.path, HubClient(url, token, SITE, timeout_s=2,
                                              transport=transport),
                        HubSettings(batch_size=rng.randint(1, 20)), clock=clock)
    drain_until_done(worker)
    if hub_events(engine, name) != local_events(store):
        problems.append("hub and station journals differ")
    if rejected_count(store.conn):
        problems.append("events were rejected (out of order?)")
    worker.stop()
    if proxy is not None:
        proxy.close()
    store.close()
    return count, problems


def soak(db: str, trials: int, rng: random.Random, folder: Path
         ) -> tuple[Counter[str], Counter[str], list[str]]:
    """`trials` random fault trials against one hub on the database `db` (a URL or file)."""
    done: Counter[str] = Counter()
    events: Counter[str] = Counter()
    failures: list[str] = []
    engine = open_hub_db(db)
    server = HubThread(create_app(engine)).start()
    try:
        for number in range(trials):
            kind = rng.choice(KINDS)
            count, problems = trial(number, kind, random.Random(rng.random()), engine=engine,
                                    server=server, folder=folder)
            done[kind] += 1
            events[kind] += count
            failures += [f"trial {number} ({kind}): {p}" for p in problems]
            for path in folder.glob(f"SOAK-{number}.sqlite3*"):
                path.unlink()
    finally:
        server.stop()
        engine.dispose()
    return done, events, failures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args()
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    if "postgres" in databases and not postgres_available():
        print("PostgreSQL 15 is not installed (tools/setup.d/20-postgres.sh)", file=sys.stderr)
        return 2
    rows: list[tuple[object, ...]] = []
    failures: list[str] = []
    for database in databases:
        rng = random.Random(args.seed)  # the same trials on each database
        start = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
            folder = Path(tmp)
            if database == "postgres":
                db = stack.enter_context(throwaway_postgres()).new_database()
            else:
                db = str(folder / "hub.sqlite3")
            done, events, problems = soak(db, args.trials, rng, folder)
        elapsed = time.perf_counter() - start
        failures += [f"{database}: {problem}" for problem in problems]
        rows += [(database, kind, done[kind], events[kind], "", "") for kind in KINDS]
        rows.append((database, "total", sum(done.values()), sum(events.values()),
                     f"{elapsed:.0f}", len(problems)))
    print_table("Sync fault soak: no acknowledged event lost, none applied twice, order kept",
                ["hub db", "fault", "trials", "events", "seconds", "violations"], rows)
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
