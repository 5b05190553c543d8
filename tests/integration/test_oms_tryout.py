"""What a brand's developer and a 3PL's IT person ran into following docs/oms.md against a
real hub (issue 12's try-out), each pinned on the real hub over loopback."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from station.limits import MAX_TEXT
from sync.hub import webhooks
from sync.hub.db import open_hub_db
from sync.hub.oms_keys import revoke_client
from sync.hub.schema import oms_webhooks
from tests import sync_support
from tests.integration import test_oms_api
from tests.integration.test_oms_api import an_order, pack
from tests.webhook_support import HubProcess

hub = sync_support.hub
postgres = sync_support.postgres
kaze = test_oms_api.kaze


def view(oms, order_id: str) -> dict:
    response = oms.http.get(f"/v1/oms/orders/{order_id}")
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("cancelled", ["no", "false", 0, 1, {"x": 1}])
def test_cancelled_that_is_not_a_boolean_is_refused_not_read_as_a_cancellation(hub, kaze,
                                                                               cancelled):
    (result,) = kaze.post(an_order("W-1", cancelled=cancelled))
    assert result["status"] == "rejected"
    assert any("cancelled must be true or false" in p for p in result["problems"]), result
    assert kaze.http.get("/v1/oms/orders/W-1").status_code == 404
    (result,) = kaze.post(an_order("W-1", cancelled=False))
    assert result["status"] == "created"
    assert view(kaze, "W-1")["status"] == "waiting"


@pytest.mark.parametrize("hold", [{"x": 1}, ["payment"], 3, "x" * (MAX_TEXT + 1)])
def test_a_hold_that_is_not_a_short_text_is_refused(hub, kaze, hold):
    (result,) = kaze.post(an_order("W-1", hold=hold))
    assert result["status"] == "rejected", result
    assert any(p.endswith("hold must be a text of up to"
                          f" {MAX_TEXT} characters (empty: not held)")
               for p in result["problems"]), result


@pytest.mark.parametrize(("ship_to", "says"), [
    ({"postcode": {"a": 1}, "city": "渋谷区"}, "ship_to postcode must be a text"),
    ({"postcode": 1500001, "city": "渋谷区"}, "ship_to postcode must be a text"),
    ({"postcode": "150-0001", "street": "x" * (MAX_TEXT + 1)},
     f"ship_to street is longer than {MAX_TEXT} characters"),
    ({"postcode": "150-0001", "zip": "150-0001"}, "ship_to has unknown field(s) zip"),
])
def test_an_address_the_stations_could_not_use_is_refused_with_the_field(hub, kaze, ship_to,
                                                                         says):
    (result,) = kaze.post(an_order("W-1", ship_to=ship_to))
    assert result["status"] == "rejected", result
    assert any(says in p for p in result["problems"]), result


def hub_cli(hub, *args: str) -> subprocess.CompletedProcess[str]:
    db = hub.engine.url.render_as_string(hide_password=False)
    return subprocess.run([sys.executable, "-m", "sync.hub", *args, "--db", db],
                          check=False, capture_output=True, text=True)


def a_failed_delivery(hub, kaze) -> int:
    """A delivery to a port nobody listens on, tried once: retrying."""
    webhooks.use_policy(hub.server.app, webhooks.DeliveryPolicy(private_urls=True))
    response = kaze.http.post("/v1/oms/webhooks", json={
        "url": f"http://127.0.0.1:{sync_support.free_port()}/hook",
        "secret": "whsec_0123456789abcdef"})
    assert response.status_code == 201, response.text
    kaze.post(an_order("W-1"))
    pack(hub, "W-1")
    with httpx.Client(timeout=5) as http:
        webhooks.run_once(hub.engine, http, datetime.now(UTC))
    with hub.engine.connect() as conn:
        [retrying] = webhooks.pending(conn)
    assert retrying["attempts"] == 1
    return int(retrying["delivery"])


def test_replaying_a_delivery_that_does_not_exist_says_so_and_replays_nothing(hub, kaze):
    delivery = a_failed_delivery(hub, kaze)
    done = hub_cli(hub, "webhooks", "replay", str(delivery), str(delivery + 1000))
    assert done.returncode == 1
    assert f"no delivery {delivery + 1000}" in done.stderr
    with hub.engine.connect() as conn:
        [still] = webhooks.pending(conn)
    assert still["attempts"] == 1
    done = hub_cli(hub, "webhooks", "replay", str(delivery))
    assert (done.returncode, done.stdout.strip()) == (0, "1 delivery(ies) due again")


def test_revoke_client_says_what_it_did_and_an_unknown_name_fails(hub):
    made = hub_cli(hub, "add-client", "--brand", "KAZE", "--name", "kaze-shop")
    assert made.returncode == 0, made.stderr
    done = hub_cli(hub, "revoke-client", "--name", "kaze-shop")
    assert (done.returncode, done.stdout.strip()) == (0, "revoked client kaze-shop")
    done = hub_cli(hub, "revoke-client", "--name", "kaze-shopp")
    assert (done.returncode, done.stderr.strip()) == (1, "no client kaze-shopp")


def test_too_many_orders_answer_a_short_422_that_says_so_not_the_body_echoed(hub, kaze):
    orders = [an_order(f"W-{n}", customer_name="山" * 1000) for n in range(1001)]
    response = kaze.http.post("/v1/oms/orders", json={"orders": orders})
    assert response.status_code == 422
    assert len(response.content) < 2000, response.content[:300]
    [error] = response.json()["detail"]
    assert error["msg"] == "List should have at most 1000 items after validation, not 1001"


def test_a_refused_webhook_secret_is_not_echoed_back(hub, kaze):
    response = kaze.http.post("/v1/oms/webhooks", json={"url": "https://example.com/hook",
                                                        "secret": "tooshort-s3cret"})
    assert response.status_code == 422
    assert "tooshort-s3cret" not in response.text
    assert response.json()["detail"][0]["loc"] == ["body", "secret"]


def test_webhooks_list_tells_a_delivery_waiting_its_turn_from_one_retrying(hub, kaze):
    delivery = a_failed_delivery(hub, kaze)
    kaze.post(an_order("W-2"))
    pack(hub, "W-2", first_seq=3)
    with httpx.Client(timeout=5) as http:
        webhooks.run_once(hub.engine, http, datetime.now(UTC))
    listed = hub_cli(hub, "webhooks", "list").stdout.splitlines()
    assert [line.split("\t")[:3] for line in listed] == [
        [str(delivery), "retrying", "1 attempt(s)"],
        [str(delivery + 1), "waiting", "0 attempt(s)"]]


def test_an_order_of_a_brand_not_the_keys_names_the_keys_brands_as_such(hub, kaze):
    """It read "...not one of this key's: KAZE", as if KAZE were the order's brand (the
    order's own brand is not named: the isolation test keeps other brands' names out)."""
    (result,) = kaze.post(an_order("H-1", brand="HANA"))
    assert result["status"] == "rejected"
    assert result["problems"] == [
        "the order's brand is not one of this key's brands (KAZE)"]


def test_serve_says_where_it_listens_and_that_private_webhooks_are_allowed(tmp_path):
    """`serve` printed nothing at all: an IT person could not tell it had started, on which
    address, or that webhooks may go into the warehouse network."""
    db = str(tmp_path / "hub.sqlite3")
    engine = open_hub_db(db)
    hub = HubProcess(db, engine, tmp_path / "hub.log", workers=2)
    try:
        hub.start()
    finally:
        hub.stop()
        engine.dispose()
    said = (tmp_path / "hub.log").read_text()
    assert f"hub serving on {hub.url} with 2 worker process(es), database {db}" in said
    assert "webhooks may go to loopback and private addresses (--allow-private-webhooks)" in said


def test_revoking_a_key_stops_the_deliveries_already_queued_for_its_webhooks(hub, kaze):
    """A leaked key's webhook kept getting its backlog (retried for 72 hours, replayable)
    after `revoke-client`: only new events stopped being queued."""
    delivery = a_failed_delivery(hub, kaze)
    with hub.engine.connect() as conn:
        client = conn.scalar(select(oms_webhooks.c.client))
    assert revoke_client(hub.engine, client)
    later = datetime.now(UTC) + timedelta(hours=1)
    with httpx.Client(timeout=5) as http:
        webhooks.run_once(hub.engine, http, later)
        webhooks.replay(hub.engine, [delivery], later)
        webhooks.run_once(hub.engine, http, later)
    with hub.engine.connect() as conn:
        [left] = webhooks.pending(conn)
    assert left["attempts"] == 0
    listed = hub_cli(hub, "webhooks", "list").stdout.split("\t")
    assert listed[:2] == [str(delivery), "client revoked"]


def test_a_json_body_without_its_content_type_is_told_so(hub, kaze):
    """`curl -d` without `-H 'Content-Type: application/json'` (the commonest slip) got
    "Input should be a valid dictionary or object to extract fields from"."""
    response = kaze.http.post("/v1/oms/orders", content=b'{"orders": []}',
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 422
    assert response.json()["detail"] == [{
        "type": "content_type", "loc": ["body"],
        "msg": "send the body as JSON, with the header Content-Type: application/json"}]


def test_an_order_id_with_a_slash_is_refused_as_it_could_never_be_read_back(hub, kaze):
    """Orders in took "W/1001", but every route with the id in its path answered 404 "Not
    Found" for it, even URL-encoded (the path is decoded before routing; a path-wide id
    would swallow /cancel and make the routes ambiguous)."""
    (result,) = kaze.post(an_order("W/1001"))
    assert result == {"id": "W/1001", "status": "rejected", "problems": [
        "an order id for the OMS door cannot contain '/': it goes into the path of"
        " /v1/oms/orders/{id}"]}


def test_an_address_change_to_blank_fields_is_refused_and_changes_nothing(hub, kaze):
    kaze.post(an_order("W-1"))
    response = kaze.http.post("/v1/oms/orders/W-1/address", json={
        "ship_to": {"postcode": " ", "city": "", "street": "梅田1-1"}})
    assert response.status_code == 422
    assert {tuple(e["loc"]) for e in response.json()["detail"]} == {
        ("body", "ship_to", "postcode"), ("body", "ship_to", "city")}
    assert view(kaze, "W-1")["order"]["ship_to"]["postcode"] == "150-0001"
