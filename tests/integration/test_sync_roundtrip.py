"""A station and the real hub over loopback, on SQLite and on PostgreSQL."""

from __future__ import annotations

import httpx

from station import demo, journal
from station.events.pack import OrderPacked
from station.inbox.rejected import rejected_events
from station.pack.outcomes import Kind
from station.sortwall import demo as sortwall_demo
from station.sortwall.batches import batch_ids
from sync.hub import orders
from tests import sync_support
from tests.support import ean, find_order, scan
from tests.sync_support import SITE, station, worker_for

# The hub on SQLite and on PostgreSQL, as fixtures of this module.
hub = sync_support.hub
postgres = sync_support.postgres


def pack_one_order(core, min_lines=1, max_lines=2):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=min_lines,
                       max_lines=max_lines, max_quantity=2)
    scan(core, order.id)
    for line in order.lines:
        for _ in range(line.quantity):
            scan(core, ean(core, line.product.sku))
    return order


def test_packed_events_reach_the_hub_once_each_in_journal_order(hub, tmp_path):
    core = station(tmp_path)
    pack_one_order(core)
    worker = worker_for(core, hub, batch_size=3)
    local = [(e.id, e.seq) for e in journal.all_events(core.store.conn)]
    assert worker.drain() == len(local)
    assert worker.drain() == 0
    assert hub.events("PACK-01") == local
    assert journal.backlog(core.store.conn).waiting == 0
    worker.stop()


def test_a_batch_pushed_twice_is_reported_as_duplicates(hub, tmp_path):
    core = station(tmp_path)
    pack_one_order(core)
    worker = worker_for(core, hub)
    batch = journal.unsynced(core.store.conn)
    first = worker._client.push(batch)["results"]
    second = worker._client.push(batch)["results"]
    assert {r["status"] for r in first} == {"applied"}
    assert {r["status"] for r in second} == {"duplicate"}
    assert len(hub.events()) == len(batch)
    worker.stop()


def test_a_cancellation_pulled_while_packing_stops_the_order_before_its_label(hub, tmp_path):
    core = station(tmp_path)
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    changes = []
    worker = worker_for(core, hub)
    worker._on_inbox = changes.append
    worker.pull()
    assert orders.cancel_order(hub.engine, order.id, "customer asked")
    result = worker.pull()
    assert result.affects(order.id)
    assert changes
    assert changes[-1].affects(order.id)
    stopped = core.pack.check_for_hub_changes()
    assert stopped is not None
    assert stopped.kind is Kind.STOPPED_BY_HUB
    assert core.pack.order is None
    worker.stop()


def test_a_hold_and_a_new_address_arrive_at_the_station(hub, tmp_path):
    core = station(tmp_path)
    order = find_order(core)
    worker = worker_for(core, hub)
    worker.pull()
    orders.hold_order(hub.engine, order.id, "payment check")
    orders.change_address(hub.engine, order.id, {"name": "山田 花子", "postcode": "100-0001",
                                                  "region": "東京都", "city": "千代田区",
                                                  "street": "千代田1-1"})
    worker.pull()
    fresh = core.catalogue.order(order.id)
    assert fresh.hold == "payment check"
    assert fresh.ship_to.postcode == "100-0001"
    worker.stop()


def test_an_order_packed_after_the_hub_cancelled_it_is_rejected_and_kept(hub, tmp_path):
    core = station(tmp_path)
    order = pack_one_order(core)
    orders.cancel_order(hub.engine, order.id, "fraud")
    worker = worker_for(core, hub)
    worker.drain()
    kept = rejected_events(core.store.conn)
    assert [r.type for r in kept] == [OrderPacked.TYPE]
    assert "cancelled" in kept[0].reason
    assert journal.backlog(core.store.conn).waiting == 0
    worker.stop()


def test_no_token_is_401_and_another_sites_feed_is_403(hub, tmp_path):
    token = hub.token_for("PACK-09")
    with httpx.Client(base_url=hub.url) as http:
        assert http.get(f"/v1/sites/{SITE}/feed").status_code == 401
        bad = http.get(f"/v1/sites/{SITE}/feed", headers={"Authorization": "Bearer nope"})
        assert bad.status_code == 401
        other = http.get("/v1/sites/OSA1/feed", headers={"Authorization": f"Bearer {token}"})
        assert other.status_code == 403


def test_a_revoked_token_is_refused(hub):
    from sync.hub.stations import revoke_station

    token = hub.token_for("PACK-08")
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=hub.url, headers=headers) as http:
        assert http.get(f"/v1/sites/{SITE}/feed").status_code == 200
        assert revoke_station(hub.engine, "PACK-08")
        assert http.get(f"/v1/sites/{SITE}/feed").status_code == 401


def test_pushing_as_another_station_is_403(hub, tmp_path):
    core = station(tmp_path, "PACK-02")
    pack_one_order(core)
    token = hub.token_for("PACK-03")
    body = {"events": [e.to_wire() for e in journal.unsynced(core.store.conn)]}
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as http:
        assert http.post(f"/v1/sites/{SITE}/events", json=body).status_code == 403
    assert hub.events() == []


def test_a_body_over_the_size_limit_is_413(hub):
    token = hub.token_for("PACK-07")
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as http:
        big = http.post(f"/v1/sites/{SITE}/events", content=b"{" + b" " * (5 * 1024 * 1024))
        assert big.status_code == 413


def test_a_file_uploaded_twice_is_stored_once_and_a_wrong_hash_is_refused(hub):
    import hashlib

    from sync.client import HubClient

    client = HubClient(hub.url, hub.token_for("PACK-06"), SITE)
    photo = b"\x89PNG fake photo bytes" * 100
    digest = hashlib.sha256(photo).hexdigest()
    assert client.put_file(digest, photo)["status"] == "created"
    assert client.put_file(digest, photo)["status"] == "exists"
    with httpx.Client(base_url=hub.url,
                      headers={"Authorization": f"Bearer {hub.token_for('PACK-06')}"}) as http:
        assert http.put(f"/v1/sites/{SITE}/files/{digest}", content=b"other").status_code == 422
        assert http.get(f"/v1/sites/{SITE}/files/{digest}").content == photo
    client.close()


def test_a_station_behind_a_pruned_feed_starts_over_from_a_snapshot(hub, tmp_path):
    from sync.hub import feed

    core = station(tmp_path, demo=False)
    with hub.engine.begin() as conn:
        feed.prune(conn, feed.head(conn))
    worker = worker_for(core, hub)
    result = worker.pull()
    assert result.problems == 0
    batch_orders = sum(count for _, count, _, _ in sortwall_demo.BATCHES)
    assert len(core.catalogue.order_ids()) == (demo.ORDER_COUNT + len(demo.KIT_ORDERS)
                                               + batch_orders + demo.GIFT_ORDER_COUNT)
    # The sort wall's batches come in the snapshot after the orders they name.
    assert batch_ids(core.store.conn) == [batch for batch, _, _, _ in sortwall_demo.BATCHES]
    assert core.catalogue.box_types()
    worker.stop()


def test_a_rejected_event_sent_again_gets_the_same_reason(hub, tmp_path):
    core = station(tmp_path)
    order = pack_one_order(core)
    orders.cancel_order(hub.engine, order.id, "fraud")
    worker = worker_for(core, hub)
    batch = journal.unsynced(core.store.conn)
    first = {r["id"]: r for r in worker._client.push(batch)["results"]}
    again = {r["id"]: r for r in worker._client.push(batch)["results"]}
    packed = next(e.id for e in batch if e.type == OrderPacked.TYPE)
    assert first[packed]["status"] == again[packed]["status"] == "rejected"
    assert again[packed]["reason"] == first[packed]["reason"]
    assert "cancelled" in again[packed]["reason"]
    assert {r["status"] for i, r in again.items() if i != packed} == {"duplicate"}
    worker.stop()
