"""A cancel over the OMS door racing a station's OrderPacked, on PostgreSQL, gives one
consistent answer: the cancel is accepted and the OrderPacked refused, or the order is
packed and the cancel refused, never both accepted.

The bad interleaving is forced, not hoped for: the test holds the order's status row, so
the push has read the order (not cancelled) and then waits to mark it packed; the cancel is
then sent. Both requests start together (a barrier) once the push is seen waiting on a lock
(pg_stat_activity), and each step is polled, never slept."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from station.events.pack import OrderOpened, OrderPacked
from sync.hub.oms_keys import add_client
from sync.hub.schema import order_status
from tests import sync_support
from tests.integration.test_hub_push_per_event import wire
from tests.integration.test_oms_api import Oms, an_order, push
from tests.support import wait_until
from tests.sync_support import SITE, start_hub

postgres = sync_support.postgres
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_hub(postgres):
    running = start_hub(postgres.new_database())
    yield running
    running.server.stop()
    running.engine.dispose()


def waiting_on_locks(hub) -> int:
    with hub.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database()")).scalar_one())


def test_a_cancel_racing_order_packed_gives_one_consistent_answer(pg_hub):
    kaze = Oms(pg_hub, add_client(pg_hub.engine, ["KAZE"], "kaze-shop")[1])
    kaze.post(an_order("W-1"))
    push(pg_hub, wire(OrderOpened(order_id="W-1", brand="KAZE", lines=1, units=1), 1,
                      subject="W-1"))
    token = pg_hub.token_for("PACK-01")      # a new token (push() took one of its own)
    answers: dict[str, Any] = {}
    barrier = threading.Barrier(2)

    def pack() -> None:
        barrier.wait()
        with httpx.Client(base_url=pg_hub.url, timeout=60) as http:
            answers["push"] = http.post(
                f"/v1/sites/{SITE}/events", headers={"Authorization": f"Bearer {token}"},
                json={"events": [wire(OrderPacked(order_id="W-1", units=1, lines=1), 2,
                                      subject="W-1")]}).json()["results"][0]

    def cancel() -> None:
        barrier.wait()
        # The push has read the order and waits on its status row, holding its station.
        answers["push_waited"] = wait_until(lambda: waiting_on_locks(pg_hub) >= 1)
        answers["cancel"] = kaze.http.post("/v1/oms/orders/W-1/cancel",
                                           json={"reason": "customer called"}, timeout=60)

    gate = pg_hub.engine.connect()
    threads = [threading.Thread(target=pack), threading.Thread(target=cancel)]
    try:
        with gate.begin():
            gate.execute(select(order_status).where(order_status.c.order_id == "W-1")
                         .with_for_update()).one()
            for thread in threads:
                thread.start()
            # The cancel has answered, or waits behind the push: either way it has looked.
            assert wait_until(lambda: "cancel" in answers or waiting_on_locks(pg_hub) >= 2)
    finally:
        gate.close()
        for thread in threads:
            thread.join(timeout=60)
        kaze.http.close()
    assert answers["push_waited"]
    cancelled = answers["cancel"].json()
    packed = answers["push"]["status"] == "applied"
    assert cancelled["accepted"] != packed, (cancelled, answers["push"])
    with httpx.Client(base_url=pg_hub.url, headers=dict(kaze.http.headers)) as http:
        status = http.get("/v1/oms/orders/W-1").json()["status"]
    assert status == ("packed" if packed else "cancelled")
