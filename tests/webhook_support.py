"""Webhook tests' edges: an OMS's receiver on loopback (it can fail, and can hold a request
open so the hub is killed mid-delivery), and the hub as real `python -m sync.hub serve`
processes that a test starts, SIGKILLs, restarts and always stops."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine

from station.events.carriers import NumberIssued, ParcelHandedOver
from station.events.pack import OrderOpened, OrderPacked
from sync.hub import webhooks
from sync.hub.stations import add_station
from tests.integration.test_hub_push_per_event import wire
from tests.integration.test_oms_api import KAZE_SKU, an_order, push
from tests.support import wait_until
from tests.sync_support import SITE, free_port

ROOT = Path(__file__).resolve().parents[1]


class Receiver:
    """An OMS's webhook endpoint. It answers 500 to the next `failures` requests; with
    `hold_at = n` the n-th request it takes waits for `release` before answering."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.hold_at: int | None = None
        self.holding = threading.Event()
        self.release = threading.Event()
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # the name http.server calls
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.lock:
                    failing = receiver.failures > 0
                    receiver.failures -= 1
                    if not failing:
                        receiver.received.append((dict(self.headers), body))
                    hold = not failing and len(receiver.received) == receiver.hold_at
                if hold:
                    receiver.holding.set()
                    receiver.release.wait()
                try:
                    self.send_response(500 if failing else 204)
                    self.end_headers()
                except OSError:
                    pass          # the hub that sent it is gone

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/oms"

    def event_ids(self) -> list[str]:
        """Every request's event id, duplicates included, in arrival order."""
        with self.lock:
            return [headers[webhooks.EVENT_ID_HEADER] for headers, _ in self.received]

    def events(self) -> list[dict[str, Any]]:
        """What arrived, deduplicated by the event id header, in arrival order."""
        with self.lock:
            received = list(self.received)
        seen: dict[str, dict[str, Any]] = {}
        for headers, body in received:
            seen.setdefault(headers[webhooks.EVENT_ID_HEADER], json.loads(body))
        return list(seen.values())

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


# Retries in fractions of a second; the lease outlasts the timeout (DeliveryPolicy checks).
FAST = ("--webhook-first-retry", "0.05", "--webhook-longest-wait", "0.2",
        "--webhook-lease", "3", "--webhook-timeout", "2", "--webhook-interval", "0.02")


@dataclass
class HubProcess:
    """`python -m sync.hub serve` on `db` in its own process group (its uvicorn workers
    too), so a test can SIGKILL all of it and nothing outlives the test. Quacks like
    `tests.sync_support.Hub` for the OMS test helpers (`url`, `engine`, `token_for`)."""

    db: str
    engine: Engine
    log: Path
    workers: int = 1
    flags: tuple[str, ...] = ()      # more serve flags (a later one wins over FAST)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def token_for(self, station: str, site: str = SITE) -> str:
        return add_station(self.engine, site, station)

    def start(self) -> HubProcess:
        command = [sys.executable, "-m", "sync.hub", "serve", "--db", self.db,
                   "--port", str(self.port), "--workers", str(self.workers),
                   "--allow-private-webhooks", *FAST, *self.flags]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log,
                                            start_new_session=True,
                                            env={**os.environ, "PYTHONPATH": str(ROOT)})
        if not wait_until(self._up, timeout=60):
            self.stop()
            raise RuntimeError(f"the hub did not start: {self.log.read_text()[-2000:]}")
        return self

    def _up(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise RuntimeError(f"the hub exited: {self.log.read_text()[-2000:]}")
        try:
            return httpx.get(self.url + "/v1/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def kill(self) -> None:
        """SIGKILL the whole process group: no shutdown, no settling of deliveries."""
        self._signal(signal.SIGKILL)

    def stop(self) -> None:
        self._signal(signal.SIGTERM)

    def _signal(self, sig: signal.Signals) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if sig != signal.SIGKILL:
            # The workers of a group whose parent is gone: make sure none is left.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None


def a_days_orders(hub: Any, oms: Any, numbers: range, brand: str = "KAZE",
                  sku: str = KAZE_SKU) -> int:
    """Orders <brand>-<n> posted by the OMS, then opened, packed, labelled and handed over
    at PACK-01 (one push each, seq from n): three outward events per order. Returns how
    many."""
    for n in numbers:
        order_id = f"{brand}-{n:04d}"
        oms.post(an_order(order_id, brand, sku))
        seq = 4 * n + 1
        tracking = f"{100000000000 + n}"
        push(hub,
             wire(OrderOpened(order_id=order_id, brand=brand, lines=1, units=1), seq,
                  subject=order_id),
             wire(OrderPacked(order_id=order_id, units=1, lines=1), seq + 1, subject=order_id),
             wire(NumberIssued(kind="tracking/yamato", serial=n + 1, number=tracking,
                               order_id=order_id, box_no=1), seq + 2, subject=order_id),
             wire(ParcelHandedOver(carrier="yamato", order_id=order_id, box_no=1,
                                   tracking=tracking, day="2026-11-23"), seq + 3,
                  subject=order_id))
    return 3 * len(numbers)


def settled(engine: Engine) -> bool:
    """No delivery waits to be sent again (`webhooks list` is empty)."""
    with engine.connect() as conn:
        return webhooks.pending(conn) == []
