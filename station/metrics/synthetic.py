"""Journals made to order, for tests with hand-computed figures and for benchmarks.

`Script` writes events one by one with the times a test chooses (clock jumps included);
`generate` fills a table with a large, realistic journal quickly (executemany)."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from station.clock import iso
from station.events import EventPayload
from station.events import pack as ev
from station.events.printing import PrintJobFailed
from station.events.returns import ItemDispositioned, Refund, ReturnGraded, ReturnReceived

_INSERT = ("INSERT INTO {table} (id, seq, ts, station, user, type, subject, payload)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass
class Script:
    """Writes one station's events into `table` with explicit times and journal order."""

    conn: sqlite3.Connection
    station: str
    table: str = "journal"
    count: int = 0

    def event(self, payload: EventPayload, at: datetime, user: str | None,
              subject: str | None = None) -> None:
        self.count += 1
        # The station journal numbers its own rows; the hub keeps each station's numbers.
        seq = None if self.table == "journal" else self.count
        row = (f"{self.station}-{self.count}", seq, iso(at), self.station, user, payload.TYPE,
               subject, json.dumps(payload.to_payload(), separators=(",", ":")))
        with self.conn:
            self.conn.execute(_INSERT.format(table=self.table), row)

    def order(self, order_id: str, user: str, opened: datetime, scan_gaps: list[float], *,
              brand: str = "KAZE", wrong_after: int | None = None) -> datetime:
        """Open, scan one unit per gap (seconds after the previous event), pack. Returns the
        time of OrderPacked, one second after the last scan."""
        self.event(opened_order(order_id, brand, len(scan_gaps)), opened, user, order_id)
        at = opened.astimezone(UTC)  # aware arithmetic in a local zone would lose DST's fold
        for index, gap in enumerate(scan_gaps):
            at += timedelta(seconds=gap)
            if wrong_after == index:
                self.event(wrong_item(), at, user, order_id)
            self.event(packed_item(order_id), at, user, order_id)
        at += timedelta(seconds=1)
        self.event(packed_order(order_id, len(scan_gaps)), at, user, order_id)
        return at


# Events of the shapes the metrics read, with everything else made up.
def opened_order(order_id: str, brand: str = "KAZE", units: int = 1) -> ev.OrderOpened:
    return ev.OrderOpened(order_id=order_id, brand=brand, lines=1, units=units)


def packed_item(order_id: str, quantity: int = 1) -> ev.ItemPacked:
    return ev.ItemPacked(order_id=order_id, line_no=1, sku="S", gtin="04589123000012",
                         quantity=quantity, box_no=1, source="wedge")


def wrong_item() -> ev.WrongItemScanned:
    return ev.WrongItemScanned(sku="X", gtin="04589123000029")


def packed_order(order_id: str, units: int) -> ev.OrderPacked:
    return ev.OrderPacked(order_id=order_id, units=units, lines=1)


def exception(reason: str, missing_units: int = 1) -> ev.ExceptionReported:
    return ev.ExceptionReported(reason=reason, missing_units=missing_units)


def received(rma: str, brand: str) -> ReturnReceived:
    return ReturnReceived(rma=rma, brand=brand, scanned=rma)


def graded(grade: str) -> ReturnGraded:
    return ReturnGraded(unit=1, line_no=1, sku="S", brand="KAZE", grade=grade, proposed=grade,
                        overridden=False)


def dispositioned(disposition: str, grade: str = "B") -> ItemDispositioned:
    return ItemDispositioned(unit=1, line_no=1, sku="S", grade=grade, disposition=disposition,
                             refund=Refund(kind="full", reason=""), label=False)


def print_failed(job_id: str = "job-1") -> PrintJobFailed:
    return PrintJobFailed(job_id=job_id, printer="folder", attempt=1, error="out of paper",
                          retry_at="2026-01-01T00:00:00.000+00:00")


def create_hub_table(conn: sqlite3.Connection, table: str = "hub_events") -> None:
    """The hub's copy of events: the journal's columns plus the site."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, seq INTEGER,"
                 " ts TEXT, station TEXT, user TEXT, type TEXT, subject TEXT, payload TEXT,"
                 " site TEXT NOT NULL DEFAULT 'TYO1')")
    conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_ts ON {table} (ts)")
    conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_subject ON {table} (subject)")


def generate(conn: sqlite3.Connection, *, events: int, end: datetime, stations: int = 10,
             packers: int = 25, zone: ZoneInfo | None = None, table: str = "journal",
             seed: int = 7) -> int:
    """Fill `table` with about `events` events of a site working 8:00-18:00 local time every
    day up to `end`: packing with wrong scans and exceptions, returns, print failures.
    Returns the number written."""
    zone = zone or ZoneInfo("Asia/Tokyo")
    last = end.astimezone(zone).date()

    def count(day: date, until: datetime | None) -> int:
        return sum(1 for _ in _site_day(random.Random(seed), {}, day, stations=stations,
                                        packers=packers, zone=zone, end=until, table=table))

    today, per_day = count(last, end), count(last, None)
    earlier_days = max(-(-(events - today) // per_day), 0)
    first = last - timedelta(days=earlier_days)
    skip = max(today + earlier_days * per_day - events, 0)  # cut from the oldest morning
    rng, seqs = random.Random(seed), dict[int, int]()
    written = 0
    batch: list[tuple[Any, ...]] = []
    day = first
    while day <= last:
        for row in _site_day(rng, seqs, day, stations=stations, packers=packers,
                             zone=zone, end=end, table=table):
            if skip:
                skip -= 1
                continue
            batch.append(row)
            if len(batch) == 20_000:
                written += _flush(conn, table, batch)
        day += timedelta(days=1)
    return written + _flush(conn, table, batch)


def _flush(conn: sqlite3.Connection, table: str, batch: list[tuple[Any, ...]]) -> int:
    with conn:
        conn.executemany(_INSERT.format(table=table), batch)
    count = len(batch)
    batch.clear()
    return count


def _site_day(rng: random.Random, seqs: dict[int, int], day: date, *, stations: int,
              packers: int, zone: ZoneInfo, end: datetime | None,
              table: str) -> Iterator[tuple[Any, ...]]:
    start = datetime(day.year, day.month, day.day, 8, tzinfo=zone)
    for station in range(stations):
        rows = _station_day(rng, seqs, station, packers=packers, start=start,
                            end=end or start + timedelta(days=1))
        if table == "journal":  # the station journal numbers its own rows
            rows = ((*row[:1], None, *row[2:]) for row in rows)
        yield from rows


def _station_day(rng: random.Random, seqs: dict[int, int], station: int, *, packers: int,
                 start: datetime, end: datetime) -> Iterator[tuple[Any, ...]]:
    name = f"PACK-{station + 1:02d}"
    user = f"P-{1000 + rng.randrange(packers)}"
    returns = station % 5 == 4
    at = start.astimezone(UTC) + timedelta(seconds=rng.randrange(600))
    stop = min(start.astimezone(UTC) + timedelta(hours=10), end)
    number = 0

    def row(subject: str | None, payload: EventPayload) -> tuple[Any, ...]:
        seqs[station] = seqs.get(station, 0) + 1
        return (f"{name}-{start:%Y%m%d}-{seqs[station]}", seqs[station], iso(at), name, user,
                payload.TYPE, subject, json.dumps(payload.to_payload(), separators=(",", ":")))

    while at < stop:
        number += 1
        subject = f"{'RMA' if returns else 'ORD'}-{name}-{start:%Y%m%d}-{number}"
        brand = "KAZE" if rng.random() < 0.6 else "HANA"
        if returns:
            yield row(subject, received(subject, brand))
            at += timedelta(seconds=rng.randrange(60, 240))
            yield row(subject, graded(rng.choice("ABCD")))
            at += timedelta(seconds=rng.randrange(5, 30))
            yield row(subject, dispositioned(rng.choice(
                ["restock", "recommerce", "refurbish", "liquidate", "recycle"])))
            at += timedelta(seconds=rng.randrange(20, 90))
            continue
        units = rng.randint(1, 4)
        yield row(subject, opened_order(subject, brand, units))
        for _ in range(units):
            at += timedelta(seconds=rng.randrange(3, 15))
            if rng.random() < 0.02:
                yield row(subject, wrong_item())
            yield row(subject, packed_item(subject))
        at += timedelta(seconds=rng.randrange(2, 8))
        if rng.random() < 0.01:
            yield row(subject, exception(rng.choice(["SHORT", "DAMAGED", "WRONGPICK", "OTHER"])))
        else:
            yield row(subject, ev.BoxChosen(box_no=1, box_type="B60"))
            yield row(subject, packed_order(subject, units))
            if rng.random() < 0.005:
                yield row(subject, print_failed())
        at += timedelta(seconds=rng.randrange(5, 40))
