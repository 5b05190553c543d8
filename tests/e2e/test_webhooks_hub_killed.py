"""A day of webhooks survives the hub being SIGKILLed mid-delivery and restarted, and a
receiver answering 500 for a while (before and after): the receiver gets every event of the
day exactly once after deduplication by its id, in feed order. The one request in flight when
the hub died arrives twice (at least once), and nothing is left waiting. The hub is a real
`python -m sync.hub serve` process with retry waits shortened by its flags; the test waits by
polling state, never by sleeping."""

from __future__ import annotations

from collections import Counter

import pytest

from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.oms_keys import add_client
from tests import sync_support
from tests.integration.test_oms_api import Oms
from tests.support import wait_until
from tests.sync_support import SITE
from tests.webhook_support import HubProcess, Receiver, a_days_orders, settled

postgres = sync_support.postgres


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub(request, tmp_path):
    if request.param == "sqlite":
        db = str(tmp_path / "hub.sqlite3")
    else:
        db = request.getfixturevalue("postgres").new_database()
    engine = open_hub_db(db)
    seed_demo(engine, SITE)
    process = HubProcess(db, engine, tmp_path / "hub.log")
    try:
        yield process
    finally:
        process.stop()
        engine.dispose()


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()


def test_every_event_arrives_once_after_dedup_across_a_kill_and_a_failing_receiver(hub,
                                                                                  receiver):
    hub.start()
    kaze = Oms(hub, add_client(hub.engine, ["KAZE"], "kaze-shop")[1])
    try:
        answer = kaze.http.post("/v1/oms/webhooks", json={
            "url": receiver.url, "secret": "whsec_0123456789abcdef"})
        assert answer.status_code == 201, answer.text
        receiver.failures, receiver.hold_at = 3, 5
        before = a_days_orders(hub, kaze, range(10))
        assert wait_until(receiver.holding.is_set)
        hub.kill()                      # while the fifth event is being sent
        receiver.release.set()
        receiver.failures = 4           # and the receiver fails for a while after
        hub.start()
        after = a_days_orders(hub, kaze, range(10, 20))
        assert wait_until(lambda: len(receiver.events()) == before + after, timeout=60)
        assert wait_until(lambda: settled(hub.engine))
        feed = [event["id"] for event in kaze.all_events(limit=100)]
    finally:
        kaze.http.close()
    assert len(feed) == before + after
    assert [event["id"] for event in receiver.events()] == feed
    raw = Counter(receiver.event_ids())
    assert raw[feed[4]] == 2            # in flight at the kill: sent again, deduplicated
    assert sum(raw.values()) == len(feed) + 1
