"""Fault injectors for the sync tests: a loopback TCP proxy that drops the hub's answers
after the hub has committed, an HTTP transport that delivers every push twice, and station
journals filled with random events (optionally on a skewed, jumping clock)."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from pathlib import Path

import httpx
from sqlalchemy import Engine, select

from station import journal
from station.clock import FixedClock
from station.events import EventPayload
from station.metrics.synthetic import opened_order, packed_item, packed_order
from station.store import Store, open_store
from sync.client import HubUnavailableError
from sync.hub.orders import publish_orders
from sync.hub.schema import events
from sync.worker import SyncWorker


class DroppingProxy:
    """Forwards loopback TCP to the hub. With probability `drop`, an answer coming back from
    the hub (so after it committed) is swallowed and both connections are cut."""

    def __init__(self, upstream_port: int, drop: float, rng: random.Random) -> None:
        self.upstream_port = upstream_port
        self.drop = drop
        self.rng = rng
        self.dropped = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads = [threading.Thread(target=self._accept, name="proxy-accept",
                                          daemon=True)]
        self._threads[0].start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        """Stop accepting, cut every connection and wait for every thread of the proxy."""
        self._closed.set()
        for sock in [self._listener, *self._sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked accept() or recv()
        for thread in self._threads:
            thread.join(timeout=30)
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._closed.is_set():
                client.close()
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._sockets += [client, upstream]
            for args in ((client, upstream, False), (upstream, client, True)):
                thread = threading.Thread(target=self._pipe, args=args, name="proxy-pipe",
                                          daemon=True)
                self._threads.append(thread)
                thread.start()

    def _pipe(self, source: socket.socket, target: socket.socket, answers: bool) -> None:
        try:
            while chunk := source.recv(65536):
                if answers and self.rng.random() < self.drop:
                    self.dropped += 1
                    break
                target.sendall(chunk)
        except OSError:
            pass
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class TwiceTransport(httpx.BaseTransport):
    """Sends every push twice (a retry the client never knew about) and hands back one of
    the two answers at random."""

    def __init__(self, rng: random.Random) -> None:
        self._inner = httpx.HTTPTransport()
        self._rng = rng

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        first = self._inner.handle_request(request)
        first.read()
        if request.method != "POST":
            return first
        second = self._inner.handle_request(request)
        second.read()
        return first if self._rng.random() < 0.5 else second

    def close(self) -> None:
        self._inner.close()


def fill_journal(store: Store, station: str, count: int, clock: FixedClock,
                 rng: random.Random, *, skew_hours: float = 0.0, per_commit: int = 1,
                 hub: Engine | None = None, site: str = "TYO1") -> None:
    """Append `count` events as a busy station would (an order opened, items, packed),
    `per_commit` to a transaction. With a skew, the clock also jumps back halfway. The
    orders are published to `hub` (which refuses events naming orders it never had)."""
    if hub is not None:
        publish_orders(hub, [{"id": f"{station}-ORDER-{n}", "site": site, "brand": "KAZE",
                              "customer_name": "Test", "ship_to": {}, "cancelled": False,
                              "hold": "", "lines": [{"line_no": 1, "sku": "S", "quantity": 4}]}
                             for n in range(1, count // 5 + 2)])
    clock.advance(hours=skew_hours)
    order = 0
    number = 0
    while number < count:
        with store.write() as db:
            for _ in range(min(per_commit, count - number)):
                if skew_hours and number == count // 2:
                    clock.advance(hours=-rng.uniform(1, 30))
                clock.advance(seconds=rng.uniform(0.5, 20))
                order += number % 5 == 0
                subject = f"{station}-ORDER-{order}"
                payload: EventPayload = (
                    opened_order(subject) if number % 5 == 0 else
                    packed_order(subject, 4) if number % 5 == 4 else packed_item(subject))
                journal.append(db.conn, journal.event_of(
                    payload, station=station, user="P-1001", at=clock.now(), subject=subject))
                number += 1


def open_station_db(path: Path) -> Store:
    return open_store(path)


def hub_events(engine: Engine, station: str) -> list[tuple[str, int]]:
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.id, events.c.seq)
                            .where(events.c.station == station).order_by(events.c.seq))
        return [(r.id, r.seq) for r in rows]


def local_events(store: Store, synced_only: bool = False) -> list[tuple[str, int]]:
    where = " WHERE synced_at IS NOT NULL" if synced_only else ""
    rows = store.conn.execute(f"SELECT id, seq FROM journal{where} ORDER BY seq")
    return [(row[0], row[1]) for row in rows]


def skewed_clock(rng: random.Random) -> FixedClock:
    clock = FixedClock()
    clock.advance(hours=rng.uniform(-72, 72))
    return clock



def drain_until_done(worker: SyncWorker, attempts: int = 500) -> None:
    """Drain, going again after every failure, until nothing is waiting."""
    for _ in range(attempts):
        try:
            if worker.drain() == 0:
                return
        except HubUnavailableError:
            continue
    raise AssertionError("the station never caught up")
