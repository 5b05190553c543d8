"""The OMS door of the hub (issue 12), on the real hub over loopback on SQLite and
PostgreSQL: brand-scoped keys, orders in (idempotent, refused once packed) and the outward
events a brand's OMS pages through, built from what stations push."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from station.events.carriers import NumberIssued, ParcelHandedOver
from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.events.pack import ExceptionReported, OrderOpened, OrderPacked, PackerUnits
from station.events.shipping import ConfirmedParcel, ShipmentConfirmed
from sync.hub import feed, webhooks
from sync.hub.oms_keys import add_client, revoke_client
from sync.hub.schema import entities
from tests import sync_support
from tests.integration.test_hub_push_per_event import wire
from tests.sync_support import SITE, Hub

hub = sync_support.hub
postgres = sync_support.postgres
KAZE_SKU = "KAZE-TEE-BLK-S"
NEW_ADDRESS = {"postcode": "530-0001", "city": "大阪市", "street": "梅田1-1"}
HANA_IDS = ("H-1", "H-2")      # HANA's orders in the isolation test: one waiting, one packed


def sku_of(hub: Hub, brand: str) -> str:
    with hub.engine.connect() as conn:
        for row in conn.execute(select(entities.c.key, entities.c.data)
                                .where(entities.c.kind == "product").order_by(entities.c.key)):
            if json.loads(row.data)["brand"] == brand:
                return str(row.key)
    raise AssertionError(f"the demo catalogue has no {brand} product")


def an_order(order_id: str, brand: str = "KAZE", sku: str = KAZE_SKU, quantity: int = 1,
             **more: Any) -> dict[str, Any]:
    return {"id": order_id, "site": SITE, "brand": brand, "customer_name": "山田 太郎",
            "ship_to": {"postcode": "150-0001", "city": "渋谷区"},
            "lines": [{"sku": sku, "quantity": quantity}], **more}


class Oms:
    """One brand's OMS talking to the hub with its key."""

    def __init__(self, hub: Hub, key: str) -> None:
        self.http = httpx.Client(base_url=hub.url,
                                 headers={"Authorization": f"Bearer {key}"})

    def post(self, *orders: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.http.post("/v1/oms/orders", json={"orders": list(orders)})
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def events(self, after: int = 0, limit: int = 100) -> dict[str, Any]:
        response = self.http.get("/v1/oms/events", params={"after": after, "limit": limit})
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page

    def all_events(self, limit: int = 2) -> list[dict[str, Any]]:
        cursor, seen = 0, []
        while page := self.events(cursor, limit)["events"]:
            seen += page
            cursor = page[-1]["position"]
        return seen


@pytest.fixture
def kaze(hub):
    oms = Oms(hub, add_client(hub.engine, ["KAZE"])[1])
    yield oms
    oms.http.close()


@pytest.fixture
def hana(hub):
    oms = Oms(hub, add_client(hub.engine, ["HANA"])[1])
    yield oms
    oms.http.close()


def push(hub: Hub, *events: dict[str, Any], station: str = "PACK-01") -> None:
    token = hub.token_for(station)
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as http:
        response = http.post(f"/v1/sites/{SITE}/events", json={"events": list(events)})
    assert response.status_code == 200, response.text
    assert {r["status"] for r in response.json()["results"]} == {"applied"}, response.text


def pack(hub: Hub, order_id: str, first_seq: int = 1) -> None:
    push(hub, wire(OrderOpened(order_id=order_id, brand="KAZE", lines=1, units=1), first_seq,
                   subject=order_id),
         wire(OrderPacked(order_id=order_id, units=1, lines=1), first_seq + 1,
              subject=order_id))


def feed_head(hub: Hub) -> int:
    with hub.engine.connect() as conn:
        return feed.head(conn)


def test_an_oms_key_is_not_a_station_token_nor_the_other_way_round(hub, kaze):
    station_token = hub.token_for("PACK-01")
    with httpx.Client(base_url=hub.url) as http:
        as_station = {"Authorization": f"Bearer {station_token}"}
        as_oms = dict(kaze.http.headers)
        assert http.get("/v1/oms/events", headers=as_station).status_code == 401
        assert http.get("/v1/oms/events").status_code == 401
        assert http.get(f"/v1/sites/{SITE}/feed", headers=as_oms).status_code == 401
        assert http.get("/v1/oms/events", headers=as_oms).status_code == 200


def test_add_client_prints_a_key_once_and_revoke_client_ends_it(hub):
    db = hub.engine.url.render_as_string(hide_password=False)
    run = [sys.executable, "-m", "sync.hub"]
    made = subprocess.run([*run, "add-client", "--brand", "KAZE", "--name", "kaze-shop",
                           "--db", str(db)], capture_output=True, text=True, check=True)
    key = made.stdout.strip()
    assert key.startswith("oms_")
    assert "kaze-shop" in made.stderr
    oms = Oms(hub, key)
    try:
        assert oms.post(an_order("W-CLI-1"))[0]["status"] == "created"
        subprocess.run([*run, "revoke-client", "--name", "kaze-shop", "--db", str(db)],
                       check=True, capture_output=True)
        assert oms.http.get("/v1/oms/events").status_code == 401
    finally:
        oms.http.close()
    assert not revoke_client(hub.engine, "nobody")


def test_orders_in_twice_are_in_once_and_a_change_reaches_the_stations(hub, kaze):
    before = feed_head(hub)
    assert [r["status"] for r in kaze.post(an_order("W-1"), an_order("W-2"))] == [
        "created", "created"]
    head = feed_head(hub)
    assert head == before + 2
    assert [r["status"] for r in kaze.post(an_order("W-1"), an_order("W-2"))] == [
        "unchanged", "unchanged"]
    assert feed_head(hub) == head
    assert kaze.post(an_order("W-1", quantity=3))[0]["status"] == "updated"
    with hub.engine.connect() as conn:
        changed = feed.read(conn, SITE, head, 10, feed.head(conn))
    assert [(r["kind"], r["key"], r["data"]["lines"][0]["quantity"]) for r in changed] == [
        ("order", "W-1", 3)]
    view = kaze.http.get("/v1/oms/orders/W-1").json()
    assert (view["status"], view["order"]["lines"][0]["quantity"]) == ("waiting", 3)


def test_a_bad_order_is_rejected_alone_with_its_reasons(hub, kaze):
    results = kaze.post(an_order("W-3", sku="NO-SUCH-SKU", quantity=0),
                        an_order("W-4"), an_order("X" * 129))
    assert [r["status"] for r in results] == ["rejected", "created", "rejected"]
    assert any("NO-SUCH-SKU is not in the hub's catalogue" in p for p in results[0]["problems"])
    assert any("from 1 to" in p for p in results[0]["problems"])
    assert any("id is longer than 128" in p for p in results[2]["problems"])
    assert kaze.http.get("/v1/oms/orders/W-3").status_code == 404


def test_an_order_changed_after_packing_is_refused_with_a_reason(hub, kaze):
    kaze.post(an_order("W-5"))
    pack(hub, "W-5")
    result = kaze.post(an_order("W-5", quantity=2))[0]
    assert result["status"] == "rejected"
    assert "already packed" in result["problems"][0]
    view = kaze.http.get("/v1/oms/orders/W-5").json()
    assert (view["status"], view["order"]["lines"][0]["quantity"]) == ("packed", 1)
    # The same order as it was is still just unchanged.
    assert kaze.post(an_order("W-5"))[0]["status"] == "unchanged"


def test_a_cancellation_at_the_hub_survives_the_oms_posting_the_order_again(hub, kaze):
    from sync.hub.orders import cancel_order

    kaze.post(an_order("W-6"))
    assert cancel_order(hub.engine, "W-6", "customer called")
    assert kaze.post(an_order("W-6"))[0]["status"] == "unchanged"
    assert kaze.http.get("/v1/oms/orders/W-6").json()["status"] == "cancelled"


def test_the_event_feed_pages_what_happened_and_the_order_shows_its_shipment(hub, kaze, hana):
    kaze.post(an_order("W-7"))
    pack(hub, "W-7")
    push(hub, wire(NumberIssued(kind="tracking/yamato", serial=1, number="123456789012",
                                order_id="W-7", box_no=1), 3),
         wire(ShipmentConfirmed(order_id="W-7", carrier="yamato", service="TA-Q-BIN",
                                parcels=(ConfirmedParcel(box_no=1, tracking="123456789012",
                                                         weight_g=640),),
                                labels_checked=True), 4, subject="W-7"),
         wire(ParcelHandedOver(carrier="yamato", order_id="W-7", box_no=1,
                               tracking="123456789012", day="2026-11-23"), 5))
    seen = kaze.all_events(limit=2)
    assert [(e["type"], e["order_id"]) for e in seen] == [
        ("order.packed", "W-7"), ("shipment.labelled", "W-7"), ("shipment.confirmed", "W-7"),
        ("parcel.handed_over", "W-7")]
    assert len({e["id"] for e in seen}) == 4
    assert seen[2]["data"]["parcels"][0]["tracking"] == "123456789012"
    assert seen[0]["data"]["units"] == 1
    assert kaze.events(after=seen[-1]["position"]) == {"events": [],
                                                      "cursor": seen[-1]["position"]}
    view = kaze.http.get("/v1/oms/orders/W-7").json()
    assert view["status"] == "shipped"
    assert view["shipments"] == [{"box_no": 1, "tracking": "123456789012",
                                  "carrier": "yamato", "handed_over": "2026-11-23",
                                  "voided": False}]
    assert hana.all_events() == []


def test_an_exception_reaches_the_feed_and_the_status(hub, kaze):
    kaze.post(an_order("W-8"))
    push(hub, wire(OrderOpened(order_id="W-8", brand="KAZE", lines=1, units=1), 1,
                   subject="W-8"),
         wire(ExceptionReported(reason="short", missing_units=1), 2, subject="W-8"))
    assert [e["type"] for e in kaze.all_events()] == ["exception.reported"]
    assert kaze.http.get("/v1/oms/orders/W-8").json()["status"] == "exception"


def test_a_supervisors_resolve_and_release_reach_the_feed_and_the_status(hub, kaze):
    kaze.post(an_order("W-12"), an_order("W-13"))
    for seq, order_id in ((1, "W-12"), (3, "W-13")):
        push(hub, wire(OrderOpened(order_id=order_id, brand="KAZE", lines=1, units=1), seq,
                       subject=order_id),
             wire(ExceptionReported(reason="damaged", missing_units=1), seq + 1,
                  subject=order_id))
    push(hub, wire(ExceptionResolved(order_id="W-12", reason="sent from the other site"), 5,
                   subject="W-12"),
         wire(ExceptionReleased(order_id="W-13", reason="replacement came"), 6,
              subject="W-13"))
    happened = [(e["type"], e["order_id"]) for e in kaze.all_events()]
    assert happened[-2:] == [("exception.resolved", "W-12"), ("exception.released", "W-13")]
    assert kaze.all_events()[-1]["data"]["reason"] == "replacement came"
    assert kaze.http.get("/v1/oms/orders/W-12").json()["status"] == "closed"
    assert kaze.http.get("/v1/oms/orders/W-13").json()["status"] == "waiting"


def test_staff_badges_of_a_hand_over_stay_inside_the_3pl(hub, kaze):
    kaze.post(an_order("W-14", quantity=3))
    push(hub, wire(OrderOpened(order_id="W-14", brand="KAZE", lines=1, units=3), 1,
                   subject="W-14"),
         wire(OrderPacked(order_id="W-14", units=3, lines=1,
                          packers=(PackerUnits(badge="P-0001", units=1),
                                   PackerUnits(badge="P-0002", units=2))), 2,
              subject="W-14"))
    packed = kaze.all_events()[0]
    assert packed["type"] == "order.packed"
    assert packed["data"]["units"] == 3
    assert "packers" not in packed["data"]
    assert "P-0001" not in json.dumps(packed)


def change(oms: Oms, order_id: str, what: str, body: dict[str, Any]) -> httpx.Response:
    return oms.http.post(f"/v1/oms/orders/{order_id}/{what}", json=body)


def test_cancel_hold_and_address_say_whether_the_station_can_still_act(hub, kaze):
    kaze.post(an_order("W-9"), an_order("W-10"), an_order("W-11"))
    head = feed_head(hub)
    cancelled = change(kaze, "W-9", "cancel", {"reason": "customer called"}).json()
    assert (cancelled["accepted"], cancelled["status"]) == (True, "waiting")
    assert "before it starts" in cancelled["detail"]
    assert kaze.http.get("/v1/oms/orders/W-9").json()["status"] == "cancelled"
    push(hub, wire(OrderOpened(order_id="W-10", brand="KAZE", lines=1, units=1), 1,
                   subject="W-10"))
    held = change(kaze, "W-10", "hold", {"reason": "address check"}).json()
    assert (held["accepted"], held["status"]) == (True, "packing")
    assert "open at a station" in held["detail"]
    assert change(kaze, "W-10", "address", {"ship_to": NEW_ADDRESS}).json()["accepted"]
    pack(hub, "W-11", first_seq=2)
    late = change(kaze, "W-11", "address", {"ship_to": NEW_ADDRESS}).json()
    assert (late["accepted"], late["status"]) == (False, "packed")
    with hub.engine.connect() as conn:
        published = feed.read(conn, SITE, head, 10, feed.head(conn))
        assert feed.order_data(conn, "W-11")["ship_to"]["city"] == "渋谷区"
    assert [(r["kind"], r["key"]) for r in published] == [
        ("order_cancelled", "W-9"), ("order_held", "W-10"), ("address_changed", "W-10")]
    assert kaze.http.get("/v1/oms/orders/W-10").json()["order"]["ship_to"] == NEW_ADDRESS
    assert change(kaze, "W-404", "cancel", {}).status_code == 404
    assert change(kaze, "W-9", "address", {"ship_to": {**NEW_ADDRESS, "planet": "Mars"}}
                  ).status_code == 422


# Every OMS route, with what a KAZE key tries on HANA data. A route added without a case here
# fails `test_every_oms_route_has_an_isolation_case`.
def _tries(hana_sku: str) -> dict[tuple[str, str], list[tuple[str, dict[str, Any]]]]:
    return {
        ("GET", "/v1/oms/orders/{order_id}"): [("/v1/oms/orders/H-1", {}),
                                               ("/v1/oms/orders/H-2", {})],
        ("POST", "/v1/oms/orders"): [
            ("/v1/oms/orders", {"json": {"orders": [an_order("H-1", "HANA", hana_sku, 5)]}}),
            ("/v1/oms/orders", {"json": {"orders": [an_order("H-1", "KAZE", KAZE_SKU, 5)]}}),
            ("/v1/oms/orders", {"json": {"orders": [an_order("H-2", "KAZE", KAZE_SKU)]}}),
            ("/v1/oms/orders", {"json": {"orders": [an_order("H-9", "HANA", hana_sku)]}})],
        ("GET", "/v1/oms/events"): [("/v1/oms/events", {"params": {"after": 0}})],
        ("POST", "/v1/oms/orders/{order_id}/cancel"): [
            (f"/v1/oms/orders/{key}/cancel", {"json": {"reason": "x"}}) for key in HANA_IDS],
        ("POST", "/v1/oms/orders/{order_id}/hold"): [
            (f"/v1/oms/orders/{key}/hold", {"json": {"reason": "x"}}) for key in HANA_IDS],
        ("POST", "/v1/oms/orders/{order_id}/address"): [
            (f"/v1/oms/orders/{key}/address", {"json": {"ship_to": NEW_ADDRESS}})
            for key in HANA_IDS],
        ("POST", "/v1/oms/webhooks"): [("/v1/oms/webhooks", {"json": {
            "url": "http://127.0.0.1:9/hooks", "secret": "whsec_0123456789abcdef"}})],
    }


def oms_routes(hub: Hub) -> set[tuple[str, str]]:
    """From the app's OpenAPI description: every route FastAPI serves is listed there."""
    paths = hub.server.app.openapi()["paths"]
    return {(method.upper(), path) for path, operations in paths.items()
            if path.startswith("/v1/oms/") for method in operations}


def test_every_oms_route_has_an_isolation_case(hub):
    assert oms_routes(hub) == set(_tries("any"))


def test_a_kaze_key_never_sees_or_changes_hana_data(hub, kaze, hana):
    webhooks.use_policy(hub.server.app, webhooks.DeliveryPolicy(private_urls=True))
    hana_sku = sku_of(hub, "HANA")
    hana.post(an_order("H-1", "HANA", hana_sku), an_order("H-2", "HANA", hana_sku))
    pack(hub, "H-2")
    with hub.engine.connect() as conn:
        before = {key: feed.order_data(conn, key) for key in ("H-1", "H-2", "H-9")}
        head = feed.head(conn)
    hana_events = hana.all_events()
    assert [e["order_id"] for e in hana_events] == ["H-2"]
    for route, tries in _tries(hana_sku).items():
        for path, request in tries:
            response = kaze.http.request(route[0], path, **request)
            text = response.text
            assert "HANA" not in text, (route, text)
            assert hana_sku not in text, (route, text)
            if "{order_id}" in route[1]:
                assert response.status_code == 404
            elif route[1].endswith("/webhooks"):
                assert response.status_code == 201
            elif route[0] == "POST":
                assert response.status_code == 200
                assert {r["status"] for r in response.json()["results"]} == {"rejected"}
            else:
                assert response.json()["events"] == []
    with hub.engine.connect() as conn:
        assert {key: feed.order_data(conn, key) for key in before} == before
        assert feed.head(conn) == head
        assert conn.execute(select(func.count()).select_from(entities).where(
            entities.c.key == "H-9")).scalar_one() == 0
    assert hana.all_events() == hana_events
    # The KAZE webhook registered above is never given a HANA event.
    pack(hub, "H-1", first_seq=3)
    with hub.engine.begin() as conn:
        webhooks.queue(conn, datetime.now(UTC))
        assert webhooks.pending(conn) == []
