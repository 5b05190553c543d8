"""`python -m sync.hub serve --workers 2` on PostgreSQL (and on SQLite): each worker process
delivers webhooks beside its API, and each event reaches its receiver exactly once, counted
by its idempotency id and by raw requests (row leases: `FOR UPDATE SKIP LOCKED` on
PostgreSQL, claims taking turns under `BEGIN IMMEDIATE` on SQLite).

That the second process delivers is shown without timing: one receiver holds its first
request open (the worker sending it waits, its timeout set far away) and the other brand's
receiver must still get all its events meanwhile. With delivery in one process only, it
would get nothing until the held request ended."""

from __future__ import annotations

from collections import Counter

import pytest

from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.oms_keys import add_client
from tests import sync_support
from tests.integration.test_oms_api import Oms, sku_of
from tests.support import wait_until
from tests.sync_support import SITE
from tests.webhook_support import HubProcess, Receiver, a_days_orders, settled

postgres = sync_support.postgres
# A held request is not timed out (nor its lease run out) while the test runs.
PATIENT = ("--webhook-timeout", "300", "--webhook-lease", "400")


@pytest.fixture(params=[pytest.param("postgres", marks=pytest.mark.postgres), "sqlite"])
def two_workers(request, tmp_path):
    if request.param == "sqlite":
        db = str(tmp_path / "hub.sqlite3")
    else:
        db = request.getfixturevalue("postgres").new_database()
    engine = open_hub_db(db)
    seed_demo(engine, SITE)
    hub = HubProcess(db, engine, tmp_path / "hub.log", workers=2, flags=PATIENT)
    try:
        yield hub.start()
    finally:
        hub.stop()
        engine.dispose()


@pytest.fixture
def receivers():
    running = (Receiver(), Receiver())
    yield running
    for receiver in running:
        receiver.close()


def client(hub: HubProcess, brand: str, receiver: Receiver) -> Oms:
    oms = Oms(hub, add_client(hub.engine, [brand], f"{brand.lower()}-shop")[1])
    answer = oms.http.post("/v1/oms/webhooks", json={
        "url": receiver.url, "secret": "whsec_0123456789abcdef"})
    assert answer.status_code == 201, answer.text
    return oms


def assert_exactly_once_in_order(receiver: Receiver, oms: Oms) -> None:
    feed = [event["id"] for event in oms.all_events(limit=100)]
    assert [event["id"] for event in receiver.events()] == feed
    raw = Counter(receiver.event_ids())
    assert sum(raw.values()) == len(feed)
    assert set(raw.values()) == {1}


def test_two_hub_worker_processes_deliver_each_webhook_exactly_once(two_workers, receivers):
    kaze_receiver, hana_receiver = receivers
    kaze = client(two_workers, "KAZE", kaze_receiver)
    hana = client(two_workers, "HANA", hana_receiver)
    try:
        kaze_receiver.failures = 3     # retried by whichever worker finds them due
        kaze_receiver.hold_at = 1
        kazes = a_days_orders(two_workers, kaze, range(20))
        assert wait_until(kaze_receiver.holding.is_set)
        # One worker process is stuck sending KAZE's first event; the other delivers HANA's.
        hanas = a_days_orders(two_workers, hana, range(20, 40), "HANA",
                              sku_of(two_workers, "HANA"))
        assert wait_until(lambda: len(hana_receiver.events()) == hanas, timeout=60)
        assert len(kaze_receiver.events()) == 1
        kaze_receiver.release.set()
        assert wait_until(lambda: len(kaze_receiver.events()) == kazes, timeout=60)
        assert wait_until(lambda: settled(two_workers.engine))
        assert_exactly_once_in_order(kaze_receiver, kaze)
        assert_exactly_once_in_order(hana_receiver, hana)
    finally:
        kaze.http.close()
        hana.http.close()
