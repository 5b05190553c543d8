"""Webhooks: each client's outward events pushed to the URLs it registered, signed, retried.

Delivery runs in `WebhookWorker`, beside the API and never in a request. One webhook's
events go out in position order (the oldest undelivered one first), so a receiver sees an
order's events in order; a failure is retried with exponential backoff for `RETRY_WINDOW`
and then given up, visible (`python -m sync.hub webhooks list`) and replayable. Delivery is
at least once: a receiver deduplicates by the `Oms-Event-Id` header (the event's id).

The signature is Stripe's scheme: `Oms-Signature: t=UNIX,v1=HEX` where HEX is
HMAC-SHA256(secret, f"{t}.{body}")."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, Engine, insert, select, update

from sync.hub import oms_feed
from sync.hub.schema import oms_clients, oms_deliveries, oms_webhooks

SIGNATURE_HEADER = "Oms-Signature"
EVENT_ID_HEADER = "Oms-Event-Id"
DELIVERY_HEADER = "Oms-Delivery-Id"
RETRY_WINDOW = timedelta(hours=72)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
LEASE = timedelta(minutes=2)     # a delivery being tried is not due again before this
TOLERANCE_S = 300                 # a receiver refuses signatures older than this

Clock = Callable[[], datetime]


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def verify(secret: str, header: str, body: bytes, now: int,
           tolerance_s: int = TOLERANCE_S) -> bool:
    """What a receiver does (docs/oms.md shows it standalone)."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    if not parts.get("t", "").isdigit() or abs(now - int(parts["t"])) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, int(parts["t"]), body), header)


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failure: 30 s, 1 min, 2 min ... at most an hour."""
    return min(FIRST_RETRY * (1 << min(max(attempts - 1, 0), 20)), LONGEST_WAIT)


def add_webhook(engine: Engine, client: str, url: str, secret: str) -> int:
    """Register a URL; it receives the client's events from now on."""
    with engine.begin() as conn:
        head = conn.execute(select(oms_feed.head_position())).scalar_one()
        return int(conn.execute(insert(oms_webhooks).values(
            client=client, url=url, secret=secret, cursor=head,
            created_at=datetime.now(UTC)).returning(oms_webhooks.c.id)).scalar_one())


@dataclass(frozen=True)
class Attempt:
    delivery: int
    url: str
    secret: str
    event: dict[str, Any]
    attempts: int
    created_at: datetime


def queue(conn: Connection, now: datetime) -> int:
    """Queue each webhook's new outward events (of its client's brands)."""
    queued = 0
    hooks = conn.execute(select(oms_webhooks.c.id, oms_webhooks.c.cursor, oms_clients.c.brands)
                         .join(oms_clients, oms_clients.c.name == oms_webhooks.c.client)
                         .where(oms_clients.c.revoked_at.is_(None))
                         .with_for_update(of=oms_webhooks, skip_locked=True)).all()
    for hook in hooks:
        fresh = oms_feed.page(conn, frozenset(hook.brands.split(",")), hook.cursor, 1000)
        if not fresh:
            continue
        conn.execute(insert(oms_deliveries), [
            {"webhook": hook.id, "position": event["position"], "attempts": 0, "next_at": now,
             "created_at": now} for event in fresh])
        conn.execute(update(oms_webhooks).where(oms_webhooks.c.id == hook.id)
                     .values(cursor=fresh[-1]["position"]))
        queued += len(fresh)
    return queued


def claim(conn: Connection, now: datetime, limit: int = 50) -> list[Attempt]:
    """The oldest pending delivery of each webhook, if it is due, leased to this worker."""
    pending = (select(oms_deliveries.c.webhook, oms_deliveries.c.id)
               .where(oms_deliveries.c.delivered_at.is_(None),
                      oms_deliveries.c.failed_at.is_(None))
               .order_by(oms_deliveries.c.webhook, oms_deliveries.c.position))
    heads: dict[int, int] = {}
    for row in conn.execute(pending):
        heads.setdefault(row.webhook, row.id)
    if not heads:
        return []
    rows = conn.execute(
        select(oms_deliveries, oms_webhooks.c.url, oms_webhooks.c.secret)
        .join(oms_webhooks, oms_webhooks.c.id == oms_deliveries.c.webhook)
        .where(oms_deliveries.c.id.in_(list(heads.values())[:limit]),
               oms_deliveries.c.next_at <= now,
               # Checked again on the locked row (PostgreSQL): another worker may have
               # delivered it since `heads` was read.
               oms_deliveries.c.delivered_at.is_(None), oms_deliveries.c.failed_at.is_(None))
        .with_for_update(of=oms_deliveries, skip_locked=True)).all()
    attempts = []
    for row in rows:
        conn.execute(update(oms_deliveries).where(oms_deliveries.c.id == row.id)
                     .values(next_at=now + LEASE))
        attempts.append(Attempt(row.id, row.url, row.secret,
                                oms_feed.at_position(conn, row.position), row.attempts,
                                _aware(row.created_at)))
    return attempts


def deliver(http: httpx.Client, attempt: Attempt, now: datetime) -> str | None:
    """POST one event; None when the receiver took it (2xx), else what went wrong."""
    body = json.dumps(attempt.event, ensure_ascii=False, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json",
               SIGNATURE_HEADER: sign(attempt.secret, int(now.timestamp()), body),
               EVENT_ID_HEADER: attempt.event["id"], DELIVERY_HEADER: str(attempt.delivery)}
    try:
        response = http.post(attempt.url, content=body, headers=headers)
    except httpx.HTTPError as error:
        return f"{type(error).__name__}: {error}"[:500]
    return None if response.is_success else f"HTTP {response.status_code}"


def settle(conn: Connection, attempt: Attempt, error: str | None, now: datetime) -> None:
    tries = attempt.attempts + 1
    if error is None:
        values: dict[str, Any] = {"delivered_at": now, "attempts": tries, "last_error": None}
    elif now - attempt.created_at >= RETRY_WINDOW:
        values = {"failed_at": now, "attempts": tries, "last_error": error}
    else:
        values = {"next_at": now + backoff(tries), "attempts": tries, "last_error": error}
    conn.execute(update(oms_deliveries).where(oms_deliveries.c.id == attempt.delivery)
                 .values(**values))


def run_once(engine: Engine, http: httpx.Client, now: datetime) -> int:
    """Queue new events, then try every due delivery once; returns how many were tried."""
    with engine.begin() as conn:
        queue(conn, now)
        attempts = claim(conn, now)
    for attempt in attempts:
        error = deliver(http, attempt, now)
        with engine.begin() as conn:
            settle(conn, attempt, error, now)
    return len(attempts)


def pending(conn: Connection) -> list[dict[str, Any]]:
    """Deliveries not (yet) delivered: what `webhooks list` shows."""
    rows = conn.execute(
        select(oms_deliveries, oms_webhooks.c.url)
        .join(oms_webhooks, oms_webhooks.c.id == oms_deliveries.c.webhook)
        .where(oms_deliveries.c.delivered_at.is_(None))
        .order_by(oms_deliveries.c.webhook, oms_deliveries.c.position))
    return [{"delivery": row.id, "url": row.url, "position": row.position,
             "attempts": row.attempts, "failed": row.failed_at is not None,
             "last_error": row.last_error} for row in rows]


def replay(engine: Engine, delivery_ids: list[int], now: datetime | None = None) -> int:
    """Make deliveries due again (given up or delivered), with a fresh retry window."""
    now = now or datetime.now(UTC)
    with engine.begin() as conn:
        result = conn.execute(update(oms_deliveries)
                              .where(oms_deliveries.c.id.in_(delivery_ids))
                              .values(delivered_at=None, failed_at=None, next_at=now,
                                      created_at=now, attempts=0))
    return result.rowcount


class WebhookWorker:
    """Runs `run_once` every `interval_s` in a thread of the serving process."""

    def __init__(self, engine: Engine, interval_s: float = 1.0, timeout_s: float = 10.0,
                 clock: Clock = lambda: datetime.now(UTC)) -> None:
        self.engine = engine
        self.interval_s = interval_s
        self.clock = clock
        self.http = httpx.Client(timeout=timeout_s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhooks", daemon=True)

    def start(self) -> WebhookWorker:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        self.http.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = run_once(self.engine, self.http, self.clock())
            except Exception:  # a database hiccup must not end delivery
                busy = 0
            if not busy:
                self._stop.wait(self.interval_s)


def _aware(value: datetime) -> datetime:
    """SQLite gives back naive datetimes; the hub only ever writes UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
