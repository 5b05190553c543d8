"""Webhooks of the OMS door on the real hub over loopback (SQLite and PostgreSQL): a receiver
on loopback that answers 500 for a while still gets every event of its brand exactly once
after deduplication, in order, signed; a delivery given up after the retry window is listed
and replayed. The worker's clock is driven by the test (no sleeping through backoffs)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from station.events.carriers import NumberIssued, ParcelHandedOver
from sync.hub import webhooks
from sync.hub.oms_keys import add_client
from tests import sync_support
from tests.integration.test_hub_push_per_event import wire
from tests.integration.test_oms_api import Oms, an_order, pack, push, sku_of
from tests.support import wait_until
from tests.webhook_support import Receiver, a_days_orders

hub = sync_support.hub
postgres = sync_support.postgres
SECRET = "whsec_0123456789abcdef"
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()


# The receivers here are on loopback, which a hub refuses unless told (webhook_urls).
LOOPBACK = webhooks.DeliveryPolicy(private_urls=True)


@pytest.fixture
def kaze(hub):
    webhooks.use_policy(hub.server.app, LOOPBACK)
    oms = Oms(hub, add_client(hub.engine, ["KAZE"], "kaze-shop")[1])
    yield oms
    oms.http.close()


def fast(interval_s: float) -> webhooks.DeliveryPolicy:
    return webhooks.DeliveryPolicy(interval_s=interval_s, private_urls=True)


def register(oms: Oms, url: str) -> int:
    response = oms.http.post("/v1/oms/webhooks", json={"url": url, "secret": SECRET})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def a_day(hub, kaze) -> None:
    """A KAZE order packed, labelled and handed over; a HANA order packed."""
    kaze.post(an_order("W-1"))
    pack(hub, "W-1")
    push(hub, wire(NumberIssued(kind="tracking/yamato", serial=1, number="123456789012",
                                order_id="W-1", box_no=1), 3),
         wire(ParcelHandedOver(carrier="yamato", order_id="W-1", box_no=1,
                               tracking="123456789012", day="2026-11-23"), 4))
    hana = Oms(hub, add_client(hub.engine, ["HANA"])[1])
    try:
        hana.post(an_order("H-1", "HANA", sku_of(hub, "HANA")))
    finally:
        hana.http.close()
    pack(hub, "H-1", first_seq=5)


def drive(hub, until: Any, start: datetime = START, limit: int = 50) -> datetime:
    """Run the worker's steps, moving its clock past each backoff, until `until()`."""
    now = start
    with httpx.Client(timeout=5) as http:
        for _ in range(limit):
            webhooks.run_once(hub.engine, http, now)
            if until():
                return now
            now += webhooks.LONGEST_WAIT
    raise AssertionError("the deliveries never arrived")


def test_a_failing_receiver_gets_every_event_once_in_order_and_signed(hub, kaze, receiver):
    register(kaze, receiver.url)
    receiver.failures = 3
    a_day(hub, kaze)
    drive(hub, lambda: len(receiver.events()) == 3)
    got = receiver.events()
    assert [(e["type"], e["order_id"]) for e in got] == [
        ("order.packed", "W-1"), ("shipment.labelled", "W-1"), ("parcel.handed_over", "W-1")]
    assert [e["id"] for e in got] == [e["id"] for e in kaze.all_events()]
    for headers, body in receiver.received:
        stamp = int(headers[webhooks.SIGNATURE_HEADER].split(",")[0].removeprefix("t="))
        assert webhooks.verify(SECRET, headers[webhooks.SIGNATURE_HEADER], body, now=stamp)
    with hub.engine.connect() as conn:
        assert webhooks.pending(conn) == []


def test_a_signature_fails_on_a_changed_body_an_old_timestamp_or_another_secret():
    body = b'{"id":"PACK-01:1","type":"order.packed"}'
    header = webhooks.sign(SECRET, 1_800_000_000, body)
    assert webhooks.verify(SECRET, header, body, now=1_800_000_060)
    assert not webhooks.verify(SECRET, header, body.replace(b"packed", b"voided"),
                               now=1_800_000_060)
    assert not webhooks.verify(SECRET, header, body, now=1_800_000_000 + 301)
    assert not webhooks.verify("whsec_another_secret_0000", header, body, now=1_800_000_000)
    assert not webhooks.verify(SECRET, "v1=" + header.split("v1=")[1], body, now=1_800_000_000)


def test_backoff_grows_to_an_hour():
    assert [webhooks.backoff(n).total_seconds() for n in (1, 2, 3, 8, 50)] == [
        30, 60, 120, 3600, 3600]


def test_a_delivery_given_up_after_the_window_is_listed_and_replayed(hub, kaze, receiver):
    register(kaze, receiver.url)
    receiver.failures = 10**6
    kaze.post(an_order("W-2"))
    pack(hub, "W-2")
    past = START + webhooks.RETRY_WINDOW + timedelta(hours=1)
    with httpx.Client(timeout=5) as http:
        webhooks.run_once(hub.engine, http, START)
        with hub.engine.connect() as conn:
            [retrying] = webhooks.pending(conn)
        assert (retrying["failed"], retrying["last_error"]) == (False, "HTTP 500")
        webhooks.run_once(hub.engine, http, past)
    db = hub.engine.url.render_as_string(hide_password=False)
    cli = [sys.executable, "-m", "sync.hub", "webhooks"]
    listed = subprocess.run([*cli, "list", "--db", db], capture_output=True, text=True,
                            check=True).stdout
    assert "given up" in listed
    assert "HTTP 500" in listed
    receiver.failures = 0
    subprocess.run([*cli, "replay", str(retrying["delivery"]), "--db", db], check=True,
                   capture_output=True)
    drive(hub, lambda: len(receiver.events()) == 1, start=datetime.now(UTC))
    assert receiver.events()[0]["type"] == "order.packed"


def test_the_worker_delivers_beside_the_api_and_stops(hub, kaze, receiver):
    register(kaze, receiver.url)
    worker = webhooks.WebhookWorker(hub.engine, fast(0.05)).start()
    try:
        kaze.post(an_order("W-3"))
        pack(hub, "W-3")
        assert wait_until(lambda: len(receiver.events()) == 1)
    finally:
        worker.stop()
    assert not worker._thread.is_alive()


def test_the_verification_in_the_docs_accepts_the_hub_signature_and_nothing_else():
    text = (Path(__file__).resolve().parents[2] / "docs" / "oms.md").read_text("utf-8")
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # the documented snippet, run as a receiver would
    body = b'{"id":"PACK-01:1","type":"order.packed"}'
    header = webhooks.sign(SECRET, int(time.time()), body)
    assert namespace["verify"](SECRET, header, body)
    assert not namespace["verify"](SECRET, header, body + b" ")
    assert not namespace["verify"](SECRET, webhooks.sign(SECRET, int(time.time()) - 600, body),
                                   body)


def test_two_workers_deliver_each_event_once(hub, kaze, receiver):
    register(kaze, receiver.url)
    workers = [webhooks.WebhookWorker(hub.engine, fast(0.01)) for _ in range(2)]
    try:
        for worker in workers:
            worker.start()
        a_day(hub, kaze)
        assert wait_until(lambda: len(receiver.events()) == 3)
    finally:
        for worker in workers:
            worker.stop()
    assert len(receiver.received) == 3


def test_a_worker_killed_after_sending_is_covered_by_the_next_once_deduplicated(hub, kaze,
                                                                                 receiver):
    register(kaze, receiver.url)
    a_day(hub, kaze)
    # A worker claims the first delivery and sends it, then dies before recording it.
    with hub.engine.begin() as conn:
        webhooks.queue(conn, START)
        [claimed] = webhooks.claim(conn, START)
    with httpx.Client(timeout=5) as http:
        assert webhooks.deliver(http, claimed, START) is None
        # Within its lease no other worker sends it again.
        assert webhooks.run_once(hub.engine, http, START) == 0
    drive(hub, lambda: len(receiver.events()) == 3, start=START + webhooks.LEASE)
    assert len(receiver.received) == 4          # the first one twice: at least once
    assert [e["type"] for e in receiver.events()] == [
        "order.packed", "shipment.labelled", "parcel.handed_over"]


def test_a_receiver_that_hangs_does_not_hold_up_another_webhook_of_the_same_worker(hub, kaze):
    hana = Oms(hub, add_client(hub.engine, ["HANA"], "hana-shop")[1])
    hanging, answering = Receiver(), Receiver()
    hanging.hold_at = 1
    try:
        register(kaze, hanging.url)
        register(hana, answering.url)
        a_days_orders(hub, kaze, range(1))
        a_days_orders(hub, hana, range(1, 2), "HANA", sku_of(hub, "HANA"))
        with httpx.Client(timeout=30) as http:
            step = threading.Thread(target=webhooks.run_once, args=(hub.engine, http, START))
            step.start()
            try:
                assert wait_until(hanging.holding.is_set)
                # One step of one worker: HANA's first event arrives while KAZE's hangs.
                assert wait_until(lambda: len(answering.events()) == 1)
            finally:
                hanging.release.set()
                step.join()
    finally:
        hana.http.close()
        hanging.close()
        answering.close()
    assert [event["type"] for event in hanging.events()] == ["order.packed"]
