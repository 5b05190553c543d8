"""Webhooks: each client's outward events pushed to the URLs it registered, signed, retried.

Delivery runs in `WebhookWorker`, beside the API and never in a request: a thread in every
hub process (`sync.hub.serving`), so with several worker processes several workers deliver
at once. They share the work through row leases: a worker claims a due delivery by locking
its row (`FOR UPDATE SKIP LOCKED` on PostgreSQL; on SQLite `BEGIN IMMEDIATE` makes the
claiming transactions take turns) and moving its `next_at` past a lease longer than the
HTTP timeout, so no other worker sends it while it is in flight. One webhook's
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
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, Engine, and_, func, insert, select, update

from sync.hub import oms_feed, webhook_urls
from sync.hub.schema import oms_clients, oms_deliveries, oms_webhooks

log = logging.getLogger("hub.webhooks")

SIGNATURE_HEADER = "Oms-Signature"
EVENT_ID_HEADER = "Oms-Event-Id"
DELIVERY_HEADER = "Oms-Delivery-Id"
RETRY_WINDOW = timedelta(hours=72)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
LEASE = timedelta(minutes=2)     # a delivery being tried is not due again before this
TOLERANCE_S = 300                 # a receiver refuses signatures older than this

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class DeliveryPolicy:
    """How webhooks are delivered. The defaults are the documented ones; a test shortens
    the waits so a day of retries takes seconds."""

    first_retry: timedelta = FIRST_RETRY
    longest_wait: timedelta = LONGEST_WAIT
    retry_window: timedelta = RETRY_WINDOW
    lease: timedelta = LEASE
    timeout_s: float = 10.0
    interval_s: float = 1.0
    parallel: int = 8                # webhooks a worker sends to at once, one delivery each
    # Loopback, private and link-local receivers (sync.hub.webhook_urls): off unless set.
    private_urls: bool = False

    def __post_init__(self) -> None:
        if self.lease.total_seconds() <= self.timeout_s:
            raise ValueError("the webhook lease must be longer than the HTTP timeout, or a"
                             " slow delivery is sent again by another worker")
        if self.parallel < 1:
            raise ValueError("a webhook worker sends at least one delivery at a time")
        if min(self.first_retry, self.longest_wait).total_seconds() <= 0:
            raise ValueError("webhook retry waits must be positive")

    def backoff(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failure: doubling from `first_retry` up to
        `longest_wait`."""
        return min(self.first_retry * (1 << min(max(attempts - 1, 0), 20)),
                   self.longest_wait)


DEFAULT_POLICY = DeliveryPolicy()


def policy_of(app: Any) -> DeliveryPolicy:
    """The policy a serving app was given (`sync.hub.serving`); the default otherwise."""
    policy = getattr(app.state, "webhook_policy", DEFAULT_POLICY)
    return policy if isinstance(policy, DeliveryPolicy) else DEFAULT_POLICY


def use_policy(app: Any, policy: DeliveryPolicy) -> None:
    app.state.webhook_policy = policy


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
    """The default wait after the `attempts`-th failure: 30 s, 1 min, 2 min ... an hour."""
    return DEFAULT_POLICY.backoff(attempts)


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


def claim(conn: Connection, now: datetime, limit: int = 50,
          lease: timedelta = LEASE) -> list[Attempt]:
    """The oldest pending delivery of each webhook, if it is due, leased to this worker."""
    waiting = and_(oms_deliveries.c.delivered_at.is_(None), oms_deliveries.c.failed_at.is_(None))
    # Found by the database, one row per webhook (not every pending row read out).
    heads = (select(oms_deliveries.c.webhook, func.min(oms_deliveries.c.position).label("head"))
             .where(waiting).group_by(oms_deliveries.c.webhook).subquery())
    rows = conn.execute(
        select(oms_deliveries, oms_webhooks.c.url, oms_webhooks.c.secret)
        .join(heads, and_(heads.c.webhook == oms_deliveries.c.webhook,
                          heads.c.head == oms_deliveries.c.position))
        .join(oms_webhooks, oms_webhooks.c.id == oms_deliveries.c.webhook)
        # A revoked client's webhooks get nothing more, not even what was queued.
        .join(oms_clients, and_(oms_clients.c.name == oms_webhooks.c.client,
                                oms_clients.c.revoked_at.is_(None)))
        # Checked again on the locked row (PostgreSQL): another worker may have delivered
        # it, or leased it, since `heads` was read.
        .where(oms_deliveries.c.next_at <= now, waiting)
        .order_by(oms_deliveries.c.webhook).limit(limit)
        .with_for_update(of=oms_deliveries, skip_locked=True)).all()
    attempts = []
    for row in rows:
        conn.execute(update(oms_deliveries).where(oms_deliveries.c.id == row.id)
                     .values(next_at=now + lease))
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


def settle(conn: Connection, attempt: Attempt, error: str | None, now: datetime,
           policy: DeliveryPolicy = DEFAULT_POLICY) -> None:
    tries = attempt.attempts + 1
    if error is None:
        values: dict[str, Any] = {"delivered_at": now, "attempts": tries, "last_error": None}
    elif now - attempt.created_at >= policy.retry_window:
        values = {"failed_at": now, "attempts": tries, "last_error": error}
    else:
        values = {"next_at": now + policy.backoff(tries), "attempts": tries,
                  "last_error": error}
    conn.execute(update(oms_deliveries).where(oms_deliveries.c.id == attempt.delivery)
                 .values(**values))


def run_once(engine: Engine, http: httpx.Client, now: datetime,
             policy: DeliveryPolicy = DEFAULT_POLICY) -> int:
    """Queue new events, then try every due delivery once; returns how many were tried."""
    with engine.begin() as conn:
        queue(conn, now)
        attempts = claim(conn, now, lease=policy.lease)

    def attempt_one(attempt: Attempt) -> None:
        error = deliver(http, attempt, now)
        with engine.begin() as conn:
            settle(conn, attempt, error, now, policy)

    if len(attempts) == 1 or policy.parallel == 1:
        for attempt in attempts:
            attempt_one(attempt)
    elif attempts:
        # Different webhooks' heads at once: a slow receiver does not hold up the others.
        with ThreadPoolExecutor(min(len(attempts), policy.parallel),
                                thread_name_prefix="webhook") as pool:
            list(pool.map(attempt_one, attempts))
    return len(attempts)


def pending(conn: Connection) -> list[dict[str, Any]]:
    """Deliveries not (yet) delivered: what `webhooks list` shows."""
    rows = conn.execute(
        select(oms_deliveries, oms_webhooks.c.url, oms_clients.c.revoked_at)
        .join(oms_webhooks, oms_webhooks.c.id == oms_deliveries.c.webhook)
        .join(oms_clients, oms_clients.c.name == oms_webhooks.c.client)
        .where(oms_deliveries.c.delivered_at.is_(None))
        .order_by(oms_deliveries.c.webhook, oms_deliveries.c.position))
    return [{"delivery": row.id, "url": row.url, "position": row.position,
             "attempts": row.attempts, "failed": row.failed_at is not None,
             "last_error": row.last_error, "revoked": row.revoked_at is not None}
            for row in rows]


def known(conn: Connection, delivery_ids: list[int]) -> set[int]:
    """Which of these deliveries exist (a replay names them by hand)."""
    return set(conn.scalars(select(oms_deliveries.c.id)
                            .where(oms_deliveries.c.id.in_(delivery_ids))))


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
    """Runs `run_once` every `policy.interval_s` in a thread of a serving process. Its HTTP
    client refuses receivers on private addresses unless the policy allows them."""

    def __init__(self, engine: Engine, policy: DeliveryPolicy = DEFAULT_POLICY,
                 clock: Clock = lambda: datetime.now(UTC)) -> None:
        self.engine = engine
        self.policy = policy
        self.clock = clock
        self.http = httpx.Client(timeout=policy.timeout_s, transport=webhook_urls.Guarded(
            allow_private=policy.private_urls))
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
                busy = run_once(self.engine, self.http, self.clock(), self.policy)
            except Exception:  # a database hiccup must not end delivery
                log.exception("webhook delivery step failed; trying again")
                busy = 0
            if not busy:
                self._stop.wait(self.policy.interval_s)


def _aware(value: datetime) -> datetime:
    """SQLite gives back naive datetimes; the hub only ever writes UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
