"""What the event catalogue costs, side by side in one run: journal appends/s with each event
built through its model and as a ready dict (as before the catalogue), scan-to-outcome p50/p99
(the session builds every event's model and folds it back through the model), and hub ingest
events/s with and without validating each payload against the catalogue.

    ./dev bench bench_catalogue        (or, from the project root: python -m bench.bench_catalogue)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.bench_pack import scan_latencies
from bench.common import median, percentile, print_table
from station import journal
from station.clock import SystemClock
from station.core import open_core
from station.events import EventPayload
from station.events.pack import ItemPacked
from station.events.signin import SignedIn
from station.metrics.synthetic import opened_order, packed_item
from station.settings import load
from station.store import open_store
from sync.hub import ingest
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.stations import StationIdentity, add_station

SITE = "TYO1"
AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def journal_rows(folder: Path, count: int, per_commit: int) -> list[tuple[Any, ...]]:
    """Appends/s of ItemPacked events, `per_commit` to a WAL transaction with
    synchronous=FULL: the payload built through its model each time, or a ready dict."""
    ready = packed_item("ORD-1").to_payload()

    def through_model(n: int) -> journal.Event:
        return journal.event_of(packed_item("ORD-1", quantity=1 + n % 3), station="S",
                                user="U", at=AT, subject="ORD-1")

    def plain(n: int) -> journal.Event:
        return journal.new_event(ItemPacked.TYPE, ready, station="S", user="U", at=AT,
                                 subject="ORD-1")

    rates = Rates()
    makers = [("model", through_model), ("dict", plain)]
    for round_no in range(4):
        for name, make in makers[::-1] if round_no % 2 else makers:
            store = open_store(folder / f"journal-{name}-{round_no}.sqlite3")
            with rates.timing(name, count):
                for first in range(0, count, per_commit):
                    with store.write() as db:
                        for n in range(first, min(first + per_commit, count)):
                            journal.append(db.conn, make(n))
            store.close()
    return [rates.row(f"journal appends/s ({per_commit} per transaction)", "dict", "model")]


def scan_rows(folder: Path) -> list[tuple[Any, ...]]:
    """Item scans on a 10-line order, wedge text in to outcome out, fsynced commit included."""
    settings = load(None, data_dir=folder / "scans", environ={})
    core = open_core(settings, SystemClock())
    try:
        timings = scan_latencies(core, 10)
    finally:
        core.close()
    return [("scan -> outcome p50 ms (file)", "-", median(timings), "-", "-"),
            ("scan -> outcome p99 ms (file)", "-", percentile(timings, 99), "-", "-")]


def hub_batches(station: str, orders: list[str], events: int,
                batch: int) -> list[list[dict[str, Any]]]:
    """A station's push: per order, OrderOpened and four ItemPacked; a sign-in now and then."""
    payloads: list[tuple[EventPayload, str | None]] = []
    number = 0
    while len(payloads) < events:
        order_id = orders[number % len(orders)]
        number += 1
        if number % 20 == 1:
            payloads.append((SignedIn(badge="P-1001", role="packer"), None))
        payloads.append((opened_order(order_id, "KAZE", 4), order_id))
        payloads += [(packed_item(order_id), order_id)] * 4
    wires = []
    for seq, (payload, subject) in enumerate(payloads[:events], start=1):
        event = journal.event_of(payload, station=station, user="P-1001", at=AT,
                                 subject=subject)
        wire = event.to_wire()
        wire["seq"] = seq
        wires.append(wire)
    return [wires[i:i + batch] for i in range(0, len(wires), batch)]


def hub_rows(folder: Path, events: int, batch: int, rounds: int) -> list[tuple[Any, ...]]:
    """Ingest events/s straight into the hub's SQLite database (no HTTP): the same batches
    checked against the catalogue, or with the envelope only, alternately."""
    engine = open_hub_db(str(folder / "hub.sqlite3"))
    seed_demo(engine, SITE, AT)
    orders = [f"ORD-{100001 + n}" for n in range(200)]
    checks: dict[str, Callable[..., Any]] = {"catalogue": ingest.catalogue_check,
                                              "envelope": ingest.envelope_only}
    rates = Rates()
    for round_no in range(rounds):
        # Alternate which goes first, so neither always meets the warmer (or larger) database.
        for name, check in sorted(checks.items(), reverse=bool(round_no % 2)):
            station = f"BENCH-{name}-{round_no}"
            add_station(engine, SITE, station)
            who = StationIdentity(station, SITE)
            batches = hub_batches(station, orders, events, batch)
            with rates.timing(name, events):
                for body in batches:
                    results = ingest.push(engine, who, body, check=check)
                    assert all(r.status is ingest.ResultStatus.APPLIED for r in results)
    engine.dispose()
    return [rates.row(f"hub ingest events/s (batches of {batch})", "envelope", "catalogue")]


class Rates:
    """Events per second of wall time and of this process's CPU time, per way of doing it.
    The machine is shared: CPU time shows the cost of the work itself, wall time what a
    station or the hub would see."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    @contextmanager
    def timing(self, name: str, count: int) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall.setdefault(name, []).append(count / (time.perf_counter() - wall))
        self.cpu.setdefault(name, []).append(count / max(time.process_time() - cpu, 1e-9))

    def row(self, title: str, before: str, after: str) -> tuple[Any, ...]:
        wall_before, wall_after = median(self.wall[before]), median(self.wall[after])
        cpu_before, cpu_after = median(self.cpu[before]), median(self.cpu[after])
        return (title, wall_before, wall_after, _cost(wall_before, wall_after),
                _cost(cpu_before, cpu_after))


def _cost(before: float, after: float) -> str:
    return f"{(before - after) / before * 100:+.1f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000, help="events per ingest round")
    parser.add_argument("--rounds", type=int, default=8, help="ingest rounds of each kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        rows = [*journal_rows(folder, 2000, 1), *journal_rows(folder, 20_000, 100),
                *scan_rows(folder), *hub_rows(folder, args.events, 500, args.rounds)]
    print_table("The event catalogue, side by side (medians; cost = how much slower with it)",
                ["measure", "without catalogue", "with catalogue", "cost (wall)", "cost (CPU)"],
                rows)


if __name__ == "__main__":
    main()
